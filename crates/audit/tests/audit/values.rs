//! The record's own values: both languages, times, dates, places, and what
//! a published record must have.

use crate::support::*;
use dalil_audit::Severity;

#[test]
fn a_missing_arabic_text() {
    let case = Case::new();
    case.edit(ID_CARD, "ar = \"البطاقة الشخصية\", ", "ar = \"\", ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(5),
        Some("name.ar"),
        &["the Arabic text is missing"],
    );
}

#[test]
fn a_missing_english_text() {
    let case = Case::new();
    case.edit(EXTRACT, ", en = \"Stamped extract\"", "");
    let line = case.line_of(EXTRACT, "document = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("output.document.en"),
        &["the English text is missing"],
    );
}

#[test]
fn a_processing_time_that_ends_before_it_starts() {
    let case = Case::new();
    case.edit(ID_CARD, "min = 1\nmax = 3", "min = 5\nmax = 3");
    let line = case.line_of(ID_CARD, "[[processing_time]]");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(line),
        Some("processing_time[0]"),
        &["min 5 > max 3"],
    );
}

#[test]
fn a_zero_range() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "duration = { min = 15, max = 60",
        "duration = { min = 0, max = 0",
    );
    let line = case.line_of(EXTRACT, "duration = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("steps[0].or[0].duration"),
        &["the range is zero"],
    );
}

#[test]
fn an_absurd_range() {
    let case = Case::new();
    case.edit(
        ID_CARD,
        "max = 3\nunit = \"weeks\"",
        "max = 400\nunit = \"years\"",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    let line = case.line_of(ID_CARD, "[[processing_time]]");
    assert_problem(
        p,
        ID_CARD,
        Some(line),
        Some("processing_time[0]"),
        &["400 years is longer than two years"],
    );
}

#[test]
fn a_day_that_does_not_exist() {
    let case = Case::new();
    case.edit(ID_CARD, "date = \"2026-09-01\"", "date = \"2025-02-30\"");
    let line = case.line_of(ID_CARD, "date = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(line),
        Some("verified.date"),
        &["`2025-02-30`: month 2 of 2025 has no day 30"],
    );
}

#[test]
fn a_fee_version_starting_on_a_day_that_does_not_exist_is_reported_once() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "valid_from = \"2025-01-01\"",
        "valid_from = \"2025-02-30\"",
    );
    let line = case.line_of(EXTRACT, "valid_from");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("fees[0].valid_from"),
        &["month 2 of 2025 has no day 30"],
    );
}

#[test]
fn a_verification_in_the_future() {
    let case = Case::new();
    case.edit(ID_CARD, "date = \"2026-09-01\"", "date = \"2027-01-01\"");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(24),
        Some("verified.date"),
        &["is in the future (today is 2026-11-28)"],
    );
}

#[test]
fn a_published_record_not_verified_for_years_is_a_warning() {
    let case = Case::new();
    case.edit(ID_CARD, "date = \"2026-09-01\"", "date = \"2023-01-01\"");
    // A draft that old is nobody's concern yet.
    case.edit(
        "services/marriage.toml",
        "date = \"2026-01-01\"",
        "date = \"2020-01-01\"",
    );
    let problems = case.audit();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert_problem(
        &problems[0],
        ID_CARD,
        Some(24),
        Some("verified.date"),
        &["more than 3 years ago"],
    );
}

#[test]
fn an_online_channel_without_an_address() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "kind = \"online\"\nurl = \"https://example.gov.sy/extract\"",
        "kind = \"online\"",
    );
    // The url is missing: the problem points at its channel.
    let line = case.last_line_of(EXTRACT, "[[channels]]");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("channels[1].url"),
        &["an online channel needs its address"],
    );
}

#[test]
fn an_address_that_is_not_https() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "url = \"https://example.gov.sy/extract\"\n",
        "url = \"http://example.gov.sy/extract\"\n",
    );
    let line = case.line_of(EXTRACT, "url = \"http://");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("channels[1].url"),
        &["must be an https:// address"],
    );
}

#[test]
fn an_or_step_with_one_alternative() {
    let case = Case::new();
    let text = case.read(EXTRACT);
    let start = text.find("  [[steps.or]]\n  title = { ar = \"عبر").unwrap();
    let end = text.find("[[processing_time]]").unwrap();
    case.write(
        EXTRACT,
        format!("{}{}", &text[..start], &text[end..]).as_bytes(),
    );
    let problems = case.audit();
    let p = the_error(&problems);
    let line = case.line_of(EXTRACT, "[[steps.or]]");
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("steps[0].or"),
        &["needs at least two alternatives"],
    );
}

#[test]
fn a_step_without_a_place() {
    let case = Case::new();
    case.edit(ID_CARD, "where = { kind = \"centre\" }\n", "");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(8),
        Some("steps[0].where"),
        &["say where the step happens"],
    );
}

#[test]
fn a_published_record_needs_steps_channels_time_and_output() {
    let case = Case::new();
    case.edit(
        ATTORNEY,
        "status = \"under_audit\"",
        "status = \"published\"",
    );
    let problems = case.audit();
    let errors = errors(&problems);
    assert_eq!(errors.len(), 3, "{problems:?}");
    for field in ["channels", "processing_time", "output"] {
        let p = at(&problems, ATTORNEY, field);
        assert!(p.message.contains("a published service needs"), "{p}");
        assert_eq!(p.line, None, "{p}");
    }
    case.edit(ID_CARD, "[[steps]]\ntitle = { ar = \"قدّم الطلب\", en = \"Apply\" }\nwhere = { kind = \"centre\" }\n", "");
    let p = at(&case.audit(), ID_CARD, "steps").clone();
    assert!(p.message.contains("needs at least one [[steps]]"), "{p}");
}

#[test]
fn a_document_to_bring_in_no_number() {
    let case = Case::new();
    case.edit(EXTRACT, "originals = 1\n", "");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(10),
        Some("documents[0]"),
        &["how many originals or copies"],
    );
}
