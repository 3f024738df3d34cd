//! The per-ministry picture the audit workshop needs:
//! "1,200 services: 1,000 published, the rest under review".

use crate::{Catalogue, Problem};
use dalil_model::Status;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MinistryLine {
    pub ministry: String,
    pub name: String,
    /// Published and passing the audit.
    pub published: usize,
    pub under_audit: usize,
    pub draft: usize,
    /// Services with at least one error, whatever their status.
    pub failing: Vec<String>,
}

/// One line per ministry, in id order.
pub fn by_ministry(cat: &Catalogue, problems: &[Problem]) -> Vec<MinistryLine> {
    let failing: BTreeSet<&str> = problems
        .iter()
        .filter(|p| p.is_error())
        .filter_map(|p| p.service.as_deref())
        .collect();
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
        if failing.contains(s.id.as_str()) {
            line.failing.push(s.id.clone());
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

/// The report as text: per ministry, then the reasons for each failure.
pub fn render(cat: &Catalogue, problems: &[Problem]) -> String {
    let lines = by_ministry(cat, problems);
    let mut out = String::new();
    let total = cat.services.len();
    let published: usize = lines.iter().map(|l| l.published).sum();
    let under: usize = lines.iter().map(|l| l.under_audit).sum();
    let draft: usize = lines.iter().map(|l| l.draft).sum();
    let failing: usize = lines.iter().map(|l| l.failing.len()).sum();
    let _ = writeln!(
        out,
        "{total} services: {published} published, {under} under audit, {draft} draft, {failing} failing"
    );
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
        let _ = writeln!(out, "\n{} ({}): failing services", l.ministry, l.name);
        for id in &l.failing {
            let reasons = problems
                .iter()
                .filter(|p| p.is_error() && p.service.as_deref() == Some(id.as_str()))
                .count();
            let _ = writeln!(out, "  {id}: {reasons} error(s), listed above");
        }
    }
    out
}
