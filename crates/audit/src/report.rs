//! The per-ministry picture the audit workshop needs:
//! "1,200 services: 1,000 published, the rest under review", and for each
//! failing service the reasons, so a ministry can fix its own records.

use crate::{Catalogue, Problem};
use dalil_model::Status;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MinistryLine {
    pub ministry: String,
    pub name: String,
    /// Published and passing the audit.
    pub published: usize,
    pub under_audit: usize,
    pub draft: usize,
    /// Services with at least one error, whatever their status.
    pub failing: Vec<Failing>,
}

/// A service that cannot be published as it is, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failing {
    pub id: String,
    pub status: Status,
    pub file: PathBuf,
    /// One line per error: where (line, field) and what.
    pub reasons: Vec<String>,
}

/// A service file that did not load: its ministry is unknown until it does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unloaded {
    pub file: PathBuf,
    pub reasons: Vec<String>,
}

/// The reasons of the errors of one service, keyed by service id.
fn reasons_by_service(problems: &[Problem]) -> BTreeMap<&str, Vec<&Problem>> {
    let mut out: BTreeMap<&str, Vec<&Problem>> = BTreeMap::new();
    for p in problems.iter().filter(|p| p.is_error()) {
        if let Some(id) = p.service.as_deref() {
            out.entry(id).or_default().push(p);
        }
    }
    out
}

/// "line 12, `steps[0].where`: say where the step happens …"
pub fn reason(p: &Problem) -> String {
    let mut out = String::new();
    if let Some(line) = p.line {
        let _ = write!(out, "line {line}");
    }
    if let Some(field) = &p.field {
        let _ = write!(out, "{}`{field}`", if out.is_empty() { "" } else { ", " });
    }
    if !out.is_empty() {
        out.push_str(": ");
    }
    out.push_str(&p.message);
    out
}

/// One line per ministry, in id order.
pub fn by_ministry(cat: &Catalogue, problems: &[Problem]) -> Vec<MinistryLine> {
    let reasons = reasons_by_service(problems);
    let mut lines: BTreeMap<&str, MinistryLine> = BTreeMap::new();
    for s in &cat.services {
        let ministry = cat.ministry_of(&s.authority);
        let line = lines.entry(ministry).or_insert_with(|| MinistryLine {
            ministry: ministry.to_string(),
            name: cat
                .authority(ministry)
                .map(|a| a.name.en.clone())
                .unwrap_or_else(|| "(unknown authority)".into()),
            ..MinistryLine::default()
        });
        if let Some(errors) = reasons.get(s.id.as_str()) {
            line.failing.push(Failing {
                id: s.id.clone(),
                status: s.status,
                file: cat.file_of(&s.id),
                reasons: errors.iter().map(|p| reason(p)).collect(),
            });
            continue;
        }
        match s.status {
            Status::Published => line.published += 1,
            Status::UnderAudit => line.under_audit += 1,
            Status::Draft => line.draft += 1,
        }
    }
    lines.into_values().collect()
}

/// The service files that did not load, with their errors.
pub fn unloaded(cat: &Catalogue, problems: &[Problem]) -> Vec<Unloaded> {
    cat.failed
        .iter()
        .filter(|f| f.starts_with(crate::source::SERVICES_DIR))
        .map(|file| Unloaded {
            file: file.clone(),
            reasons: problems
                .iter()
                .filter(|p| p.is_error() && &p.file == file)
                .map(reason)
                .collect(),
        })
        .collect()
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Published => "published",
        Status::UnderAudit => "under audit",
        Status::Draft => "draft",
    }
}

/// The report as text: the totals, a table per ministry, then each failing
/// service with its reasons, and the files that did not load.
pub fn render(cat: &Catalogue, problems: &[Problem]) -> String {
    let lines = by_ministry(cat, problems);
    let unloaded = unloaded(cat, problems);
    let mut out = String::new();
    let total = cat.services.len();
    let published: usize = lines.iter().map(|l| l.published).sum();
    let under: usize = lines.iter().map(|l| l.under_audit).sum();
    let draft: usize = lines.iter().map(|l| l.draft).sum();
    let failing: usize = lines.iter().map(|l| l.failing.len()).sum();
    let _ = write!(
        out,
        "{total} services: {published} published, {under} under audit, {draft} draft, {failing} failing"
    );
    if !unloaded.is_empty() {
        let _ = write!(
            out,
            "; {} service file(s) could not be loaded",
            unloaded.len()
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{:<28} {:>9} {:>11} {:>6} {:>8}",
        "ministry", "published", "under audit", "draft", "failing"
    );
    for l in &lines {
        let _ = writeln!(
            out,
            "{:<28} {:>9} {:>11} {:>6} {:>8}",
            l.ministry,
            l.published,
            l.under_audit,
            l.draft,
            l.failing.len()
        );
    }
    for l in lines.iter().filter(|l| !l.failing.is_empty()) {
        let _ = writeln!(
            out,
            "\n{} ({}): {} failing service(s)",
            l.ministry,
            l.name,
            l.failing.len()
        );
        for f in &l.failing {
            let _ = writeln!(
                out,
                "  {} ({}, {}):",
                f.id,
                status_name(f.status),
                f.file.display()
            );
            for r in &f.reasons {
                let _ = writeln!(out, "    - {r}");
            }
        }
    }
    if !unloaded.is_empty() {
        let _ = writeln!(
            out,
            "\nservice files that could not be loaded (fix these first: links to them are checked once they load):"
        );
        for u in &unloaded {
            let _ = writeln!(out, "  {}:", u.file.display());
            for r in &u.reasons {
                let _ = writeln!(out, "    - {r}");
            }
        }
    }
    out
}
