//! The report as text, for the terminal: the totals, one line per ministry
//! (in order of attention), each failing service with its reasons, the
//! files with problems, and the consistency findings.

use crate::Problem;
use dalil_model::audit::{AuditProblem, AuditReport, Severity};
use dalil_model::Status;
use std::fmt::Write;

/// "line 12, `steps[0].where`: say where the step happens …"
pub fn reason(p: &Problem) -> String {
    place(p.line, p.field.as_deref(), &p.message)
}

fn place(line: Option<usize>, field: Option<&str>, message: &str) -> String {
    let mut out = String::new();
    if let Some(line) = line {
        let _ = write!(out, "line {line}");
    }
    if let Some(field) = field {
        let _ = write!(out, "{}`{field}`", if out.is_empty() { "" } else { ", " });
    }
    if !out.is_empty() {
        out.push_str(": ");
    }
    out.push_str(message);
    out
}

fn problem_line(p: &AuditProblem) -> String {
    place(p.line, p.field.as_deref(), &p.message)
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Published => "published",
        Status::UnderAudit => "under audit",
        Status::Draft => "draft",
    }
}

/// The first services of a finding, and how many more (JSON and CSV list
/// them all; a terminal line stays readable).
fn services(refs: &[dalil_model::audit::ServiceRef]) -> String {
    const SHOWN: usize = 5;
    let mut out = refs
        .iter()
        .take(SHOWN)
        .map(|r| format!("{} ({})", r.id, r.ministry))
        .collect::<Vec<_>>()
        .join(", ");
    if refs.len() > SHOWN {
        let _ = write!(out, " and {} more", refs.len() - SHOWN);
    }
    out
}

pub fn render(report: &AuditReport) -> String {
    let mut out = String::new();
    let t = &report.totals;
    let _ = write!(
        out,
        "{} services: {} published, {} under audit, {} draft, {} failing",
        t.total(),
        t.published,
        t.under_audit,
        t.draft,
        t.failing
    );
    let unloaded = report
        .files
        .iter()
        .filter(|f| f.problems.iter().any(|p| p.code == "load") && f.file.starts_with("services/"))
        .count();
    if unloaded > 0 {
        let _ = write!(out, "; {unloaded} service file(s) could not be loaded");
    }
    let _ = writeln!(
        out,
        "\n{} stale (not verified within {} months), as of {}\n",
        report.stale(),
        report.verified_within_months,
        report.date
    );
    let _ = writeln!(
        out,
        "{:<28} {:>9} {:>11} {:>6} {:>8} {:>9} {:>6}",
        "ministry", "published", "under audit", "draft", "failing", "complete", "stale"
    );
    for m in &report.ministries {
        let c = &m.counts;
        let _ = writeln!(
            out,
            "{:<28} {:>9} {:>11} {:>6} {:>8} {:>8}% {:>6}",
            m.id, c.published, c.under_audit, c.draft, c.failing, m.completeness, m.stale
        );
    }
    for m in report.ministries.iter().filter(|m| m.counts.failing > 0) {
        let _ = writeln!(
            out,
            "\n{} ({}): {} failing service(s)",
            m.id, m.name.en, m.counts.failing
        );
        for s in m.services.iter().filter(|s| s.failing) {
            let _ = writeln!(out, "  {} ({}, {}):", s.id, status_name(s.status), s.file);
            for p in s.problems.iter().filter(|p| p.severity == Severity::Error) {
                let _ = writeln!(out, "    - {}", problem_line(p));
            }
        }
    }
    let files: Vec<_> = report
        .files
        .iter()
        .filter(|f| f.problems.iter().any(|p| p.severity == Severity::Error))
        .collect();
    if !files.is_empty() {
        let _ = writeln!(
            out,
            "\nfiles with errors (fix these first: links to a file that did not load are checked once it loads):"
        );
        for f in files {
            let _ = writeln!(out, "  {}:", f.file);
            for p in f.problems.iter().filter(|p| p.severity == Severity::Error) {
                let _ = writeln!(out, "    - {}", problem_line(p));
            }
        }
    }
    let c = &report.consistency;
    let _ = writeln!(
        out,
        "\nconsistency across ministries: {} finding(s), warnings for people to judge",
        c.len()
    );
    for d in &c.document_names {
        let names: Vec<String> = d
            .names
            .iter()
            .map(|n| format!("«{}» in {}", n.name.ar, services(&n.services)))
            .collect();
        let _ = writeln!(
            out,
            "  same document, different names: {}",
            names.join("; ")
        );
    }
    for a in &c.amounts {
        let amounts: Vec<String> = a
            .amounts
            .iter()
            .map(|u| format!("{} {} in {}", u.amount, a.currency, services(&u.services)))
            .collect();
        let _ = writeln!(
            out,
            "  {} «{}» at different amounts: {}",
            a.kind,
            a.item.ar,
            amounts.join("; ")
        );
    }
    for g in &c.governorates {
        let variants: Vec<String> = g
            .variants
            .iter()
            .map(|v| {
                format!(
                    "{} in {}: {}, {} step(s)",
                    v.service.id, v.governorate, v.processing_time, v.steps
                )
            })
            .collect();
        let what = match (g.times_differ, g.steps_differ) {
            (true, true) => "times and steps",
            (true, false) => "times",
            _ => "steps",
        };
        let _ = writeln!(
            out,
            "  «{}»: {what} differ between governorates with no reason given: {}",
            g.kind.ar,
            variants.join("; ")
        );
    }
    out
}
