//! Fee schedule mistakes, found by the fee engine's checks and reported
//! with the service's file and the field path.

use crate::support::*;

fn fee_error(edit: (&str, &str), field: &str, words: &[&str]) {
    let case = Case::new();
    case.edit(EXTRACT, edit.0, edit.1);
    let problems = case.audit();
    let p = the_error(&problems);
    assert_eq!(p.file.to_str(), Some(EXTRACT), "{p}");
    assert_eq!(p.field.as_deref(), Some(field), "{p}");
    assert!(p.line.is_some(), "{p}");
    assert_eq!(p.service.as_deref(), Some("civil-extract"));
    for w in words {
        assert!(p.message.contains(w), "`{w}` is not in\n  {p}");
    }
}

#[test]
fn by_choice_missing_an_option() {
    fee_error(
        (", urgent = 2000", ""),
        "fees[0].items[0].amount.by_choice.amounts",
        &["no amount for option", "urgent"],
    );
}

#[test]
fn tiers_out_of_order() {
    fee_error(
        (
            "{ upto = 10000, fixed = 500 }",
            "{ upto = 500, fixed = 500 }",
        ),
        "fees[0].items[1].amount.tiered.tiers[1].upto",
        &["500"],
    );
}

#[test]
fn an_unknown_input() {
    fee_error(
        (
            "by_choice = { input = \"speed\"",
            "by_choice = { input = \"sped\"",
        ),
        "fees[0].items[0].amount.by_choice.input",
        &["no input `sped`", "speed, value"],
    );
}

#[test]
fn a_negative_amount() {
    fee_error(
        ("regular = 1000", "regular = -1000"),
        "fees[0].items[0].amount.by_choice.amounts.regular",
        &["negative"],
    );
}

#[test]
fn a_missing_source() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "source = { ar = \"قرار\", en = \"Decision\" }\n",
        "",
    );
    let problems = case.audit();
    let errors = errors(&problems);
    assert_eq!(errors.len(), 2, "one per item: {problems:?}");
    for (i, p) in errors.iter().enumerate() {
        assert_eq!(
            p.field.as_deref(),
            Some(format!("fees[0].items[{i}].source").as_str())
        );
        assert!(p.message.contains("no source"), "{p}");
    }
}

/// The minimal service with a date input before its first item.
fn with_date_input(case: &Case, extra: &str) {
    case.edit(
        EXTRACT,
        "[[fees.items]]\nid = \"fee\"",
        &format!(
            "[[fees.inputs]]\nid = \"since\"\nkind = \"date\"\nlabel = {{ ar = \"التاريخ\", en = \"Date\" }}\n{extra}\n[[fees.items]]\nid = \"fee\""
        ),
    );
}

#[test]
fn a_date_input_without_an_earliest_date() {
    let case = Case::new();
    with_date_input(&case, "");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_eq!(p.file.to_str(), Some(EXTRACT), "{p}");
    assert_eq!(
        p.field.as_deref(),
        Some("fees[0].inputs[2].earliest"),
        "{p}"
    );
    assert!(p.line.is_some(), "{p}");
    assert!(p.message.contains("needs `earliest"), "{p}");

    let bounded = Case::new();
    with_date_input(&bounded, "earliest = \"1900-01-01\"");
    assert!(errors(&bounded.audit()).is_empty());
}

#[test]
fn a_date_input_with_an_impossible_earliest_date() {
    let case = Case::new();
    with_date_input(&case, "earliest = \"1900-02-30\"");
    let problems = case.audit();
    let p = the_error(&problems);
    assert_eq!(
        p.field.as_deref(),
        Some("fees[0].inputs[2].earliest"),
        "{p}"
    );
    assert!(p.message.contains("not a real date"), "{p}");
}
