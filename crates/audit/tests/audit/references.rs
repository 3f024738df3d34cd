//! References between records: each must resolve, and the message says
//! which list lacks the id and what was probably meant.

use crate::support::*;
use dalil_audit::Severity;

#[test]
fn an_unknown_authority() {
    let case = Case::new();
    case.edit(
        ID_CARD,
        "authority = \"civil-affairs\"",
        "authority = \"civil-afairs\"",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(3),
        Some("authority"),
        &[
            "authority `civil-afairs` is not in authorities.toml",
            "did you mean `civil-affairs`?",
        ],
    );
    assert_eq!(p.service.as_deref(), Some("id-card"));
}

#[test]
fn an_unknown_verifying_authority() {
    let case = Case::new();
    case.edit(ID_CARD, "by = \"civil-affairs\"", "by = \"nobody\"");
    let line = case.line_of(ID_CARD, "by = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(line),
        Some("verified.by"),
        &["authority `nobody` is not in authorities.toml"],
    );
}

#[test]
fn an_unknown_category() {
    let case = Case::new();
    case.edit(
        ID_CARD,
        "categories = [\"identity\"]",
        "categories = [\"identiy\"]",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        ID_CARD,
        Some(4),
        Some("categories[0]"),
        &[
            "category `identiy` is not in categories.toml",
            "did you mean `identity`?",
        ],
    );
}

#[test]
fn a_centre_in_an_unknown_governorate() {
    let case = Case::new();
    case.edit(
        "centres.toml",
        "governorate = \"damascus\"",
        "governorate = \"damas\"",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        "centres.toml",
        Some(3),
        Some("centre[0].governorate"),
        &["governorate `damas`, which is not in governorates.toml"],
    );
}

#[test]
fn a_centre_offering_an_unknown_service() {
    let case = Case::new();
    case.edit("centres.toml", "  \"id-card\",", "  \"id-cards\",");
    let line = case.line_of("centres.toml", "id-cards");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        "centres.toml",
        Some(line),
        Some("centre[0].services[1]"),
        &[
            "service `id-cards` has no file services/id-cards.toml",
            "did you mean `id-card`?",
        ],
    );
}

#[test]
fn a_document_linking_to_an_unknown_service() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "service = \"id-card\"",
        "service = \"national-id\"",
    );
    let line = case.line_of(EXTRACT, "service = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("documents[0].service"),
        &["service `national-id` has no file services/national-id.toml"],
    );
}

#[test]
fn a_step_bringing_an_unknown_document() {
    let case = Case::new();
    case.edit(EXTRACT, "bring = [\"id\"]", "bring = [\"passport\"]");
    let line = case.line_of(EXTRACT, "bring = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(line),
        Some("steps[0].bring[0]"),
        &["document `passport` is not among this service's [[documents]]"],
    );
}

#[test]
fn related_to_an_unknown_service() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "related = [\"id-card\"]",
        "related = [\"id-card\", \"idcard\"]",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(8),
        Some("related[1]"),
        &["service `idcard` has no file", "did you mean `id-card`?"],
    );
}

#[test]
fn related_to_itself() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "related = [\"id-card\"]",
        "related = [\"civil-extract\"]",
    );
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        EXTRACT,
        Some(8),
        Some("related[0]"),
        &["cannot be related to itself"],
    );
}

#[test]
fn a_published_service_linking_to_one_under_audit_is_a_warning() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "related = [\"id-card\"]",
        "related = [\"id-card\", \"power-of-attorney\"]",
    );
    let problems = case.audit();
    assert!(errors(&problems).is_empty(), "{problems:?}");
    let p = at(&problems, EXTRACT, "related[1]");
    assert_eq!(p.severity, Severity::Warning);
    assert!(
        p.message
            .contains("not published yet; the link is left out of the public API"),
        "{p}"
    );
}

#[test]
fn a_cycle_of_parents() {
    let case = Case::new();
    case.edit(
        "authorities.toml",
        "id = \"interior\"\n",
        "id = \"interior\"\nparent = \"civil-affairs\"\n",
    );
    let problems = case.audit();
    let errors = errors(&problems);
    assert_eq!(errors.len(), 2, "{problems:?}");
    assert_problem(
        errors[0],
        "authorities.toml",
        Some(5),
        Some("authority[0].parent"),
        &["authority `interior` is in a cycle of parents (interior → civil-affairs → interior)"],
    );
    assert_eq!(errors[1].field.as_deref(), Some("authority[1].parent"));
}

#[test]
fn an_unknown_parent() {
    let case = Case::new();
    case.edit(
        "authorities.toml",
        "parent = \"interior\"",
        "parent = \"interiour\"",
    );
    let line = case.line_of("authorities.toml", "parent = ");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        "authorities.toml",
        Some(line),
        Some("authority[1].parent"),
        &[
            "names parent `interiour`, which is not in authorities.toml",
            "did you mean `interior`?",
        ],
    );
}

#[test]
fn a_repeated_list_id() {
    let case = Case::new();
    let mut text = case.read("categories.toml");
    text.push_str("\n[[category]]\nid = \"identity\"\nname = { ar = \"هوية\", en = \"ID\" }\n");
    case.write("categories.toml", text.as_bytes());
    let problems = case.audit();
    let p = the_error(&problems);
    assert_problem(
        p,
        "categories.toml",
        Some(10),
        Some("category[2].id"),
        &["category id `identity` is already used by category[0]"],
    );
}
