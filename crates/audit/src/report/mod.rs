//! The audit report as data ([`dalil_model::audit::AuditReport`]): per
//! ministry and directorate the counts by status, every problem with its
//! file, field and code, each service's completeness checks, and the
//! consistency findings across ministries. The CLI prints it (table, JSON,
//! CSV), `publish` writes it into the preview tree, the app reads it.

mod checks;
mod consistency;
mod table;

pub use consistency::content_words;
pub use table::{reason, render};

use crate::{Catalogue, Problem, Severity};
use dalil_fees::Date;
use dalil_model::audit::{
    AuditProblem, AuditReport, DirectorateAudit, FileProblems, MinistryAudit, ServiceAudit,
    Severity as ReportSeverity, StatusCounts,
};
use dalil_model::{Text, SCHEMA_VERSION};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// The report of a loaded and audited catalogue, judged as of `today`.
/// `problems` are those of [`crate::audit::load_and_audit_on`].
pub fn build(cat: &Catalogue, problems: &[Problem], today: Date) -> AuditReport {
    let months = cat.settings.audit.verified_within_months.max(1);
    let offered: HashSet<&str> = cat
        .centres
        .iter()
        .flat_map(|c| c.services.iter().map(String::as_str))
        .collect();
    let mut by_service: HashMap<&str, Vec<AuditProblem>> = HashMap::new();
    let mut by_file: BTreeMap<String, Vec<AuditProblem>> = BTreeMap::new();
    for p in problems {
        let loaded_service = p
            .service
            .as_deref()
            .filter(|_| !cat.failed.contains(&p.file));
        match loaded_service {
            Some(id) => by_service.entry(id).or_default().push(problem(cat, p)),
            None => by_file
                .entry(path(&p.file))
                .or_default()
                .push(problem(cat, p)),
        }
    }
    let failed_checks = crate::parallel::map(&cat.services, |s| {
        let file = cat.file_of(&s.id);
        let stem = file.file_stem().and_then(|f| f.to_str()).unwrap_or(&s.id);
        checks::failed(
            s,
            &checks::Context {
                today,
                verified_within_months: months,
                offered_at_centres: offered.contains(s.id.as_str()) || offered.contains(stem),
            },
        )
    });

    let mut ministries: BTreeMap<&str, MinistryAudit> = BTreeMap::new();
    let mut directorates: BTreeMap<(&str, &str), StatusCounts> = BTreeMap::new();
    for (s, failed) in cat.services.iter().zip(failed_checks) {
        let ministry = cat.ministry_of(&s.authority);
        let problems = by_service.remove(s.id.as_str()).unwrap_or_default();
        let failing = problems.iter().any(|p| p.severity == ReportSeverity::Error);
        let m = ministries.entry(ministry).or_insert_with(|| MinistryAudit {
            id: ministry.to_string(),
            name: name_of(cat, ministry),
            counts: StatusCounts::default(),
            completeness: 0,
            stale: 0,
            directorates: Vec::new(),
            services: Vec::new(),
        });
        m.counts.count(s.status, failing);
        directorates
            .entry((ministry, s.authority.as_str()))
            .or_default()
            .count(s.status, failing);
        m.services.push(ServiceAudit {
            id: s.id.clone(),
            name: s.name.clone(),
            status: s.status,
            failing,
            authority: s.authority.clone(),
            file: path(&cat.file_of(&s.id)),
            verified: s.verified.date.clone(),
            failed,
            problems,
        });
    }
    for ((ministry, authority), counts) in directorates {
        if let Some(m) = ministries.get_mut(ministry) {
            m.directorates.push(DirectorateAudit {
                id: authority.to_string(),
                name: name_of(cat, authority),
                counts,
            });
        }
    }
    let mut ministries: Vec<MinistryAudit> = ministries.into_values().map(finish).collect();
    ministries.sort_by(|a, b| attention(a).cmp(&attention(b)));
    let mut totals = StatusCounts::default();
    for m in &ministries {
        totals.add(&m.counts);
    }
    AuditReport {
        schema: SCHEMA_VERSION,
        date: today.to_string(),
        verified_within_months: months,
        totals,
        ministries,
        files: by_file
            .into_iter()
            .map(|(file, problems)| FileProblems { file, problems })
            .collect(),
        consistency: consistency::findings(cat, today),
    }
}

/// Completeness and stale count, and the services in order of attention:
/// failing first, then the most failed checks.
fn finish(mut m: MinistryAudit) -> MinistryAudit {
    let checks = dalil_model::audit::Check::ALL.len() * m.services.len();
    let failed: usize = m.services.iter().map(|s| s.failed.len()).sum();
    m.completeness = ((checks - failed) * 100)
        .checked_div(checks)
        .map_or(100, |p| p as u32);
    m.stale = m
        .services
        .iter()
        .filter(|s| !s.passed(dalil_model::audit::Check::RecentlyVerified))
        .count();
    m.services.sort_by(|a, b| {
        (!a.failing, std::cmp::Reverse(a.failed.len()), &a.id).cmp(&(
            !b.failing,
            std::cmp::Reverse(b.failed.len()),
            &b.id,
        ))
    });
    m
}

/// What needs attention first: failing services, then low completeness,
/// then stale records.
fn attention(m: &MinistryAudit) -> impl Ord + '_ {
    (
        std::cmp::Reverse(m.counts.failing),
        m.completeness,
        std::cmp::Reverse(m.stale),
        &m.id,
    )
}

fn name_of(cat: &Catalogue, authority: &str) -> Text {
    cat.authority(authority)
        .map(|a| a.name.clone())
        .unwrap_or_else(|| Text::new(authority, authority))
}

/// A path as the report writes it: `/` between parts on every system.
fn path(p: &Path) -> String {
    p.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn problem(cat: &Catalogue, p: &Problem) -> AuditProblem {
    AuditProblem {
        severity: match p.severity {
            Severity::Error => ReportSeverity::Error,
            Severity::Warning => ReportSeverity::Warning,
        },
        file: path(&p.file),
        line: p.line,
        field: p.field.clone(),
        code: code(cat, p),
        message: p.message.clone(),
    }
}

/// The kind of a problem: `load` in a file that did not load, else the
/// field path without its list indices (`steps.where`), else `file`.
pub fn code(cat: &Catalogue, p: &Problem) -> String {
    if cat.failed.contains(&p.file) && p.is_error() {
        return "load".into();
    }
    match &p.field {
        Some(field) => {
            let mut out = String::with_capacity(field.len());
            let mut depth = 0;
            for c in field.chars() {
                match c {
                    '[' => depth += 1,
                    ']' => depth -= 1,
                    _ if depth == 0 => out.push(c),
                    _ => {}
                }
            }
            out
        }
        None => "file".into(),
    }
}
