//! The completeness checks: each one failed by one edit of the minimal
//! catalogue, and passed by it as it is (or by the fix).

use crate::support::*;
use dalil_model::audit::Check;

/// The failed checks of `id`, each with its field.
fn failed(case: &Case, id: &str) -> Vec<(Check, String)> {
    let report = case.report();
    service_in(&report, id)
        .failed
        .iter()
        .map(|f| (f.check, f.field.clone()))
        .collect()
}

fn field_of(case: &Case, id: &str, check: Check) -> Option<String> {
    failed(case, id)
        .into_iter()
        .find(|(c, _)| *c == check)
        .map(|(_, f)| f)
}

#[test]
fn both_languages() {
    let case = Case::new();
    assert_eq!(field_of(&case, "civil-extract", Check::Languages), None);
    case.edit(EXTRACT, "en = \"Civil extract\"", "en = \"\"");
    assert_eq!(
        field_of(&case, "civil-extract", Check::Languages).as_deref(),
        Some("name.en")
    );
}

#[test]
fn documents_with_their_issuer() {
    let case = Case::new();
    assert_eq!(
        field_of(&case, "civil-extract", Check::DocumentIssuers).as_deref(),
        Some("documents[0].issuer")
    );
    case.edit(
        EXTRACT,
        "originals = 1\n",
        "originals = 1\nissuer = { ar = \"الشؤون المدنية\", en = \"Civil affairs\" }\n",
    );
    assert_eq!(
        field_of(&case, "civil-extract", Check::DocumentIssuers),
        None
    );
    // No documents to bring: nothing to say about issuers.
    assert_eq!(field_of(&case, "id-card", Check::DocumentIssuers), None);
}

#[test]
fn steps_with_where_each_happens() {
    let case = Case::new();
    // A step with alternatives says where in each of them.
    assert_eq!(field_of(&case, "civil-extract", Check::StepPlaces), None);
    assert_eq!(field_of(&case, "id-card", Check::StepPlaces), None);
    case.edit(ID_CARD, "where = { kind = \"centre\" }\n", "");
    assert_eq!(
        field_of(&case, "id-card", Check::StepPlaces).as_deref(),
        Some("steps[0].where")
    );
    // No steps at all fails too.
    assert_eq!(
        field_of(&case, "marriage", Check::StepPlaces).as_deref(),
        Some("steps")
    );
}

#[test]
fn a_processing_time() {
    let case = Case::new();
    assert_eq!(field_of(&case, "id-card", Check::ProcessingTime), None);
    case.edit(
        ID_CARD,
        "[[processing_time]]\nmin = 1\nmax = 3\nunit = \"weeks\"\n",
        "",
    );
    assert_eq!(
        field_of(&case, "id-card", Check::ProcessingTime).as_deref(),
        Some("processing_time")
    );
}

#[test]
fn fees_with_a_date_and_a_source() {
    let case = Case::new();
    assert_eq!(field_of(&case, "civil-extract", Check::FeeSources), None);
    // No fees: nothing to source.
    assert_eq!(field_of(&case, "id-card", Check::FeeSources), None);
    case.edit(
        EXTRACT,
        "source = { ar = \"قرار\", en = \"Decision\" }\n",
        "",
    );
    assert_eq!(
        field_of(&case, "civil-extract", Check::FeeSources).as_deref(),
        Some("fees[0].items[0].source")
    );
    let case = Case::new();
    case.edit(
        EXTRACT,
        "valid_from = \"2025-01-01\"",
        "valid_from = \"2025-02-30\"",
    );
    assert_eq!(
        field_of(&case, "civil-extract", Check::FeeSources).as_deref(),
        Some("fees[0].valid_from")
    );
}

#[test]
fn a_centre_or_an_online_channel() {
    let case = Case::new();
    assert_eq!(field_of(&case, "id-card", Check::CentreOrOnline), None);
    case.edit(
        ID_CARD,
        "[[channels]]\nkind = \"centre\"",
        "[[channels]]\nkind = \"office\"",
    );
    case.edit("centres.toml", "  \"id-card\",\n", "");
    assert_eq!(
        field_of(&case, "id-card", Check::CentreOrOnline).as_deref(),
        Some("channels")
    );
}

#[test]
fn a_legal_basis() {
    let case = Case::new();
    assert_eq!(
        field_of(&case, "id-card", Check::LegalBasis).as_deref(),
        Some("legal_basis")
    );
    case.edit(
        ID_CARD,
        "categories = [\"identity\"]\n",
        "categories = [\"identity\"]\nlegal_basis = [{ ar = \"قانون الأحوال المدنية\", en = \"Civil Status Law\" }]\n",
    );
    assert_eq!(field_of(&case, "id-card", Check::LegalBasis), None);
}

#[test]
fn verified_within_the_catalogue_setting() {
    let case = Case::new();
    assert_eq!(field_of(&case, "id-card", Check::RecentlyVerified), None);
    // 2025-09-01 is 14 months before the test's day: stale at 12 months.
    case.edit(ID_CARD, "date = \"2026-09-01\"", "date = \"2025-09-01\"");
    assert_eq!(
        field_of(&case, "id-card", Check::RecentlyVerified).as_deref(),
        Some("verified.date")
    );
    let report = case.report();
    assert_eq!(report.ministry("interior").unwrap().stale, 1);
    // The catalogue allows 24 months: no longer stale.
    case.write("settings.toml", b"[audit]\nverified_within_months = 24\n");
    assert_eq!(field_of(&case, "id-card", Check::RecentlyVerified), None);
    assert_eq!(case.report().verified_within_months, 24);
}

#[test]
fn a_setting_of_zero_months_is_an_error() {
    let case = Case::new();
    case.write("settings.toml", b"[audit]\nverified_within_months = 0\n");
    let problems = case.audit();
    let p = at(&problems, "settings.toml", "audit.verified_within_months");
    assert!(p.is_error());
    let case = Case::new();
    case.write("settings.toml", b"[audit]\nverified_within = 24\n");
    let problems = case.audit();
    assert!(problems
        .iter()
        .any(|p| p.file.ends_with("settings.toml") && p.is_error()));
}

#[test]
fn completeness_is_the_share_of_passed_checks() {
    let report = Case::new().report();
    let interior = report.ministry("interior").unwrap();
    // civil-extract misses issuer and legal basis; id-card misses legal basis.
    let failed: usize = interior.services.iter().map(|s| s.failed.len()).sum();
    assert_eq!(failed, 3, "{:?}", interior.services);
    assert_eq!(interior.completeness, (16 - 3) * 100 / 16);
}
