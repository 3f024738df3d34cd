//! The audit report: counts by status per ministry and directorate, each
//! failing service with its problems (file, field, code), the text table.

use crate::support::*;
use dalil_audit::report::render;
use dalil_model::audit::Severity;
use dalil_model::Status;

#[test]
fn counts_each_ministry_by_status() {
    let report = Case::new().report();
    let summary: Vec<(&str, usize, usize, usize, usize)> = report
        .ministries
        .iter()
        .map(|m| {
            let c = &m.counts;
            (
                m.id.as_str(),
                c.published,
                c.under_audit,
                c.draft,
                c.failing,
            )
        })
        .collect();
    // Both are clean: by completeness, the least complete first.
    let mut sorted = summary.clone();
    sorted.sort();
    assert_eq!(sorted, [("interior", 2, 0, 0, 0), ("justice", 0, 1, 1, 0)]);
    assert_eq!(report.totals.total(), 4);
    assert_eq!(report.date, "2026-11-28");
    assert_eq!(report.verified_within_months, 12);
    let interior = report.ministry("interior").unwrap();
    assert_eq!(interior.directorates.len(), 1);
    assert_eq!(interior.directorates[0].id, "civil-affairs");
    assert_eq!(interior.directorates[0].counts.published, 2);
}

#[test]
fn a_failing_service_is_listed_with_its_problems() {
    let case = Case::new();
    case.edit(
        ID_CARD,
        "authority = \"civil-affairs\"",
        "authority = \"civil-afairs\"",
    );
    case.edit(ID_CARD, "where = { kind = \"centre\" }\n", "");
    let report = case.report();
    // With its authority unknown, the service is its own "ministry", and
    // failing comes first.
    let m = &report.ministries[0];
    assert_eq!(m.id, "civil-afairs");
    assert_eq!(m.counts.failing, 1);
    let s = &m.services[0];
    assert_eq!(
        (s.id.as_str(), s.status, s.failing),
        ("id-card", Status::Published, true)
    );
    assert_eq!(s.file, "services/id-card.toml");
    let errors: Vec<_> = s
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 2, "{:?}", s.problems);
    assert_eq!(errors[0].field.as_deref(), Some("authority"));
    assert_eq!(errors[0].line, Some(3));
    assert_eq!(errors[0].code, "authority");
    assert_eq!(errors[1].field.as_deref(), Some("steps[0].where"));
    assert_eq!(
        errors[1].code, "steps.where",
        "codes leave out list indices"
    );

    let text = render(&report);
    assert!(
        text.starts_with("4 services: 1 published, 1 under audit, 1 draft, 1 failing"),
        "{text}"
    );
    assert!(
        text.contains("  id-card (published, services/id-card.toml):\n    - line 3, `authority`"),
        "{text}"
    );
}

#[test]
fn a_file_that_did_not_load_is_listed_with_its_error() {
    let case = Case::new();
    case.edit(
        ATTORNEY,
        "status = \"under_audit\"",
        "status = \"in_review\"",
    );
    let report = case.report();
    let file = report
        .files
        .iter()
        .find(|f| f.file == "services/power-of-attorney.toml")
        .expect("the file is in the report");
    assert_eq!(file.problems[0].code, "load");
    let text = render(&report);
    assert!(
        text.contains("1 service file(s) could not be loaded"),
        "{text}"
    );
    assert!(
        text.contains("  services/power-of-attorney.toml:\n    - line 2, `status`: `in_review` is not a valid value"),
        "{text}"
    );
}

#[test]
fn the_report_reads_back_through_the_one_reader() {
    let report = Case::new().report();
    let json = serde_json::to_string(&report).unwrap();
    let back: dalil_model::audit::AuditReport = dalil_model::api::decode(&json).unwrap();
    assert_eq!(back, report);
}
