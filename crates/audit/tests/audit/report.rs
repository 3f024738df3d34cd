//! The per-ministry report: counts by status, and each failing service
//! with its reasons.

use crate::support::*;
use dalil_audit::report::{by_ministry, render};
use dalil_model::Status;

#[test]
fn counts_each_ministry_by_status() {
    let case = Case::new();
    let (cat, problems) = case.load();
    let lines = by_ministry(&cat, &problems);
    let summary: Vec<(&str, usize, usize, usize, usize)> = lines
        .iter()
        .map(|l| {
            (
                l.ministry.as_str(),
                l.published,
                l.under_audit,
                l.draft,
                l.failing.len(),
            )
        })
        .collect();
    assert_eq!(summary, [("interior", 2, 0, 0, 0), ("justice", 0, 1, 1, 0)]);
}

#[test]
fn a_failing_service_is_listed_with_its_reasons() {
    let case = Case::new();
    case.edit(
        ID_CARD,
        "authority = \"civil-affairs\"",
        "authority = \"civil-afairs\"",
    );
    case.edit(ID_CARD, "where = { kind = \"centre\" }\n", "");
    let (cat, problems) = case.load();
    let lines = by_ministry(&cat, &problems);
    // With its authority unknown, the service is its own "ministry".
    let line = lines.iter().find(|l| l.ministry == "civil-afairs").unwrap();
    assert_eq!(line.failing.len(), 1);
    let failing = &line.failing[0];
    assert_eq!(
        (failing.id.as_str(), failing.status),
        ("id-card", Status::Published)
    );
    assert_eq!(failing.reasons.len(), 2, "{:?}", failing.reasons);
    assert!(failing.reasons[0].starts_with("line 3, `authority`: authority `civil-afairs`"));
    assert!(failing.reasons[1].contains("`steps[0].where`: say where the step happens"));

    let text = render(&cat, &problems);
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
    let (cat, problems) = case.load();
    let text = render(&cat, &problems);
    assert!(
        text.contains("1 service file(s) could not be loaded"),
        "{text}"
    );
    assert!(
        text.contains("  services/power-of-attorney.toml:\n    - line 2, `status`: `in_review` is not a valid value"),
        "{text}"
    );
}
