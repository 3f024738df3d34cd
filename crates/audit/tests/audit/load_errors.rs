//! Files that do not load: each gives its file, line or field, and advice,
//! once, without a cascade of errors elsewhere.

use crate::support::*;
use dalil_audit::{Catalogue, Severity};
use std::path::Path;

#[test]
fn the_minimal_catalogue_is_clean() {
    let problems = Case::new().audit();
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn a_toml_syntax_error_gives_the_line_and_the_fix() {
    let case = Case::new();
    case.edit(EXTRACT, "status = \"published\"", "status = published");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(2),
        None,
        &["TOML syntax error", "double quotes: status = \"published\""],
    );
}

#[test]
fn an_unclosed_string_says_the_quote_is_missing() {
    let case = Case::new();
    case.edit(
        ID_CARD,
        "\"National identity card\"",
        "\"National identity card",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(p, ID_CARD, Some(5), None, &["closing double quote"]);
}

#[test]
fn an_empty_file_says_so() {
    let case = Case::new();
    case.write(ID_CARD, b"# to do\n\n");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(p, ID_CARD, None, None, &["the file has no data"]);
}

#[test]
fn a_single_table_written_as_a_list_is_refused() {
    let case = Case::new();
    case.edit(ID_CARD, "[output]", "[[output]]");
    let line = case.line_of(ID_CARD, "[[output]]");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(line),
        Some("output"),
        &["single brackets, [output]"],
    );
}

#[test]
fn a_list_header_written_as_a_table_names_the_line() {
    let case = Case::new();
    case.edit(EXTRACT, "[[channels]]", "[channels]");
    let single = case.line_of(EXTRACT, "[channels]");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_eq!(p.line, Some(case.line_of(EXTRACT, "[[channels]]")));
    let words = format!("Line {single} has [channels] but other headers have [[channels]]");
    assert_problem(p, EXTRACT, p.line, None, &[&words]);
}

#[test]
fn a_wrong_type_names_the_field_and_both_types() {
    let case = Case::new();
    case.edit(EXTRACT, "originals = 1", "originals = \"two\"");
    let line = case.line_of(EXTRACT, "originals");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("documents[0].originals"),
        &["expected a whole number", "found the text \"two\""],
    );
}

#[test]
fn a_date_without_quotes_says_to_quote_it() {
    let case = Case::new();
    case.edit(ID_CARD, "date = \"2026-09-01\"", "date = 2026-09-01");
    let line = case.line_of(ID_CARD, "date = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(line),
        Some("verified.date"),
        &["in double quotes: \"2026-09-01\""],
    );
}

#[test]
fn a_record_key_under_a_table_gets_the_move_it_up_hint() {
    let case = Case::new();
    case.edit(EXTRACT, "related = [\"id-card\"]\n", "");
    case.edit(
        EXTRACT,
        "by = \"civil-affairs\"",
        "by = \"civil-affairs\"\nrelated = [\"id-card\"]",
    );
    let line = case.line_of(EXTRACT, "related = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("verified.related"),
        &[
            "unknown field `related` in [verified]",
            "move it above the first [table] header",
        ],
    );
}

#[test]
fn a_misspelt_key_suggests_the_right_one() {
    let case = Case::new();
    case.edit(ID_CARD, "summary = ", "summery = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(6),
        Some("summery"),
        &["unknown field `summery`", "did you mean `summary`?"],
    );
    assert!(!p.message.contains("move it above"), "{p}");
}

#[test]
fn an_unknown_key_in_a_tagged_table_points_at_its_line() {
    let case = Case::new();
    case.edit(EXTRACT, "default = 0", "default = 0\nstep = 5");
    let line = case.line_of(EXTRACT, "step = 5");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("fees[0].inputs[1].step"),
        &["unknown field `step`", "min, max"],
    );
}

#[test]
fn an_unknown_status_lists_the_allowed_values() {
    let case = Case::new();
    case.edit(EXTRACT, "status = \"published\"", "status = \"publish\"");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(2),
        Some("status"),
        &[
            "`publish` is not a valid value",
            "did you mean `published`?",
            "draft, under_audit, published",
        ],
    );
}

#[test]
fn an_unknown_unit_in_a_flattened_table_points_at_its_line() {
    let case = Case::new();
    case.edit(ID_CARD, "unit = \"weeks\"", "unit = \"fortnights\"");
    let line = case.line_of(ID_CARD, "fortnights");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(line),
        Some("processing_time[0].unit"),
        &["`fortnights` is not a valid value", "working_days"],
    );
}

#[test]
fn a_missing_required_field_is_named() {
    let case = Case::new();
    case.edit(
        ID_CARD,
        "[verified]\ndate = \"2026-09-01\"\nby = \"civil-affairs\"\n",
        "",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        None,
        Some("verified"),
        &["the required field `verified` is missing"],
    );
}

#[test]
fn a_file_in_another_encoding_gives_the_line_of_the_first_bad_byte() {
    let case = Case::new();
    let mut bytes = case.read(ID_CARD).into_bytes();
    // "é" in Latin-1 on line 3.
    let at = bytes.windows(9).position(|w| w == b"authority").unwrap();
    bytes.insert(at, 0xE9);
    case.write(ID_CARD, &bytes);
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(3),
        None,
        &["not UTF-8", "save the file as UTF-8"],
    );
}

#[test]
fn a_huge_file_is_refused_without_reading_it_all() {
    let case = Case::new();
    let mut text = case.read(ID_CARD);
    text.push_str(&format!("# {}\n", "x".repeat(5 * 1024 * 1024)));
    case.write(ID_CARD, text.as_bytes());
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(p, ID_CARD, None, None, &["larger than 4 MB"]);
}

#[test]
fn a_missing_catalogue_folder_is_one_clear_error() {
    let (cat, problems) = Catalogue::load(Path::new("/no/such/catalogue"));
    assert!(cat.services.is_empty());
    let p = the_error(&problems);
    assert_problem(p, "", None, None, &["not a catalogue folder"]);
    assert!(p.to_string().starts_with("catalogue folder: error:"), "{p}");
}

#[test]
fn an_empty_services_folder_is_an_error() {
    let case = Case::new();
    for f in [EXTRACT, ID_CARD, ATTORNEY, "services/marriage.toml"] {
        case.remove(f);
    }
    // Centres still name services: those references are reported too.
    case.edit("centres.toml", "  \"civil-extract\",\n  \"id-card\",\n", "");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        "services",
        None,
        None,
        &["has no service files", "services/<id>.toml"],
    );
}

#[test]
fn a_missing_services_folder_is_an_error() {
    let case = Case::new();
    case.remove("services");
    case.edit("centres.toml", "  \"civil-extract\",\n  \"id-card\",\n", "");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(p, "services", None, None, &["services folder is missing"]);
}

#[test]
fn a_file_with_another_extension_is_a_warning() {
    let case = Case::new();
    case.write("services/passport.tml", b"id = \"passport\"\n");
    let problems = case.audit();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert_problem(
        &problems[0],
        "services/passport.tml",
        None,
        None,
        &["ignored", "<id>.toml"],
    );
}

#[test]
fn a_missing_list_file_is_reported_once() {
    let case = Case::new();
    case.remove("centres.toml");
    let problems = case.audit();
    // No "centre channel but no centre offers it" for every service.
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_problem(
        &problems[0],
        "centres.toml",
        None,
        None,
        &["the file is missing"],
    );
}

#[test]
fn a_broken_authorities_file_does_not_flag_every_service() {
    let case = Case::new();
    case.edit(
        "authorities.toml",
        "kind = \"ministry\"",
        "kind = \"ministery\"",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        "authorities.toml",
        Some(5),
        Some("authority[0].kind"),
        &[
            "`ministery` is not a valid value",
            "did you mean `ministry`?",
        ],
    );
}

#[test]
fn two_files_with_one_id_name_both_files() {
    let case = Case::new();
    let text = case.read(ID_CARD);
    case.write("services/id-card-copy.toml", text.as_bytes());
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        "services/id-card-copy.toml",
        Some(1),
        Some("id"),
        &["the id `id-card` is also used by services/id-card.toml"],
    );
}

#[test]
fn an_id_that_differs_from_the_file_name_is_one_error() {
    let case = Case::new();
    case.edit(ID_CARD, "id = \"id-card\"", "id = \"identity-card\"");
    let problems = case.audit();
    // The centre and the extract still name `id-card`: they stay quiet.
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(1),
        Some("id"),
        &[
            "`identity-card` must match the file name",
            "id = \"id-card\"",
        ],
    );
}

#[test]
fn a_file_that_fails_to_load_does_not_cascade() {
    let case = Case::new();
    // The centre, the extract's document and its `related` all name id-card.
    case.edit(ID_CARD, "[output]", "[output");
    let (cat, problems) = case.load();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(20),
        None,
        &["TOML syntax error", "Close the header"],
    );
    assert!(cat.failed.contains(Path::new(ID_CARD)));
    assert_eq!(cat.unresolved_service("id-card"), None);
    assert!(cat
        .unresolved_service("no-such")
        .unwrap()
        .contains("has no file services/no-such.toml"));
}
