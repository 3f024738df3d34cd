//! Every schedule check: one broken schedule per class, asserting the path
//! a clerk must fix and the gist of the message.

use crate::support::{answers, date, version, EVERYTHING};
use dalil_fees::{check, check_versions, evaluate, EvalError};

/// The problems of EVERYTHING after replacing each unique `from` by `to`.
fn problems_after(edits: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut text = EVERYTHING.to_string();
    for (from, to) in edits {
        assert_eq!(
            text.matches(from).count(),
            1,
            "edit target not unique: {from}"
        );
        text = text.replacen(from, to, 1);
    }
    check(&version(&text))
        .into_iter()
        .map(|p| (p.path, p.message))
        .collect()
}

/// Exactly one problem, at `path`, whose message contains `gist`.
fn expect_one(edits: &[(&str, &str)], path: &str, gist: &str) {
    let got = problems_after(edits);
    assert_eq!(got.len(), 1, "{edits:?} gave {got:#?}");
    assert_eq!(got[0].0, path, "{edits:?}");
    assert!(
        got[0].1.contains(gist),
        "{edits:?}: {:?} lacks {gist:?}",
        got[0].1
    );
}

/// Among the problems, one at `path` whose message contains `gist`.
fn expect_among(edits: &[(&str, &str)], path: &str, gist: &str) {
    let got = problems_after(edits);
    assert!(
        got.iter().any(|(p, m)| p == path && m.contains(gist)),
        "{edits:?}: no {path} / {gist:?} in {got:#?}"
    );
}

#[test]
fn the_base_schedule_is_clean() {
    assert_eq!(problems_after(&[]), Vec::<(String, String)>::new());
}

#[test]
fn version_fields() {
    expect_one(
        &[("\"2025-01-01\"", "\"2025-02-30\"")],
        "valid_from",
        "YYYY-MM-DD",
    );
    expect_one(
        &[("\"2025-01-01\"", "\"1 Jan 2025\"")],
        "valid_from",
        "not a date",
    );
    expect_one(
        &[(
            "source = { ar = \"مصدر\", en = \"Source\" }",
            "source = { ar = \"مصدر\", en = \"Source\" }\nrounding = { to = 0 }",
        )],
        "rounding.to",
        "above 0",
    );
}

#[test]
fn ids() {
    expect_one(
        &[("id = \"share\"", "id = \"scale\"")],
        "items[3].id",
        "also the id of items[2]",
    );
    expect_one(&[("id = \"stamp\"", "id = \" \"")], "items[5].id", "empty");
    expect_among(
        &[("id = \"late\"", "id = \"copies\"")],
        "inputs[3].id",
        "also the id of inputs[1]; input ids must be unique",
    );
    expect_among(
        &[("id = \"since\"", "id = \"\"")],
        "inputs[4].id",
        "the id is empty",
    );
}

#[test]
fn choice_inputs() {
    expect_one(
        &[("default = \"regular\"", "default = \"slow\"")],
        "inputs[0].default",
        "`slow` is not one of the options (regular, urgent)",
    );
    expect_among(
        &[(
            "{ id = \"urgent\", label = { ar = \"مستعجل\", en = \"Urgent\" } }",
            "{ id = \"regular\", label = { ar = \"مستعجل\", en = \"Urgent\" } }",
        )],
        "inputs[0].options[1].id",
        "also the id of options[0]",
    );
    let no_options = [(
        "options = [\n  { id = \"regular\", label = { ar = \"عادي\", en = \"Regular\" } },\n  { id = \"urgent\", label = { ar = \"مستعجل\", en = \"Urgent\" } },\n]",
        "options = []",
    )];
    expect_among(&no_options, "inputs[0].options", "at least one option");
    expect_among(&no_options, "inputs[0].default", "not one of the options");
    expect_among(
        &[("{ id = \"urgent\", label", "{ id = \"\", label")],
        "inputs[0].options[1].id",
        "empty",
    );
}

#[test]
fn number_inputs() {
    let got = problems_after(&[("min = 1\nmax = 20", "min = 30\nmax = 20")]);
    let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["inputs[1].max", "inputs[1].default"], "{got:#?}");
    assert!(got[0].1.contains("max 20 is below min 30"), "{got:#?}");
    expect_one(
        &[("default = 1\n", "default = 25\n")],
        "inputs[1].default",
        "outside the range 1 to 20",
    );
    expect_one(
        &[("default = 1\n", "default = \"1.5\"\n")],
        "inputs[1].default",
        "not a whole number",
    );
    let got = problems_after(&[("min = 0", "min = -5")]);
    let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "items[2].amount.tiered.input",
            "items[3].amount.percent.input"
        ],
        "{got:#?}"
    );
    assert!(
        got[0].1.contains("`value` can be negative (its min is -5)"),
        "{got:#?}"
    );
}

#[test]
fn conditions() {
    expect_one(
        &[("{ input = \"speed\", in", "{ input = \"sped\", in")],
        "items[1].when[0].input",
        "there is no input `sped`; the inputs are: speed, copies, value, late, since",
    );
    expect_one(
        &[("{ input = \"speed\", in", "{ input = \"late\", in")],
        "items[1].when[0].in",
        "`in` tests a choice input, but `late` is a yes/no",
    );
    expect_one(
        &[("in = [\"urgent\"]", "in = [\"urgnet\"]")],
        "items[1].when[0].in[0]",
        "`urgnet` is not an option of `speed`; its options are: regular, urgent",
    );
    expect_one(
        &[(
            "{ input = \"late\", is = true }",
            "{ input = \"speed\", is = true }",
        )],
        "items[4].when[0].is",
        "`is` tests a yes/no input, but `speed` is a choice",
    );
    expect_one(
        &[("{ input = \"late\", is = true }", "{ input = \"late\" }")],
        "items[4].when[0]",
        "tests nothing",
    );
    expect_one(
        &[(
            "{ input = \"late\", is = true }",
            "{ input = \"late\", is = true, elapsed = \"days\" }",
        )],
        "items[4].when[0].elapsed",
        "only used with a bound",
    );
    expect_one(
        &[(
            "{ input = \"since\", elapsed = \"days\", above = 30 }",
            "{ input = \"value\", elapsed = \"days\", above = 30 }",
        )],
        "items[4].when[1].elapsed",
        "`value` is a number",
    );
    expect_one(
        &[(
            "{ input = \"since\", elapsed = \"days\", above = 30 }",
            "{ input = \"since\", above = 30 }",
        )],
        "items[4].when[1].elapsed",
        "`since` is a date",
    );
    expect_one(
        &[(
            "{ input = \"since\", elapsed = \"days\", above = 30 }",
            "{ input = \"speed\", above = 30 }",
        )],
        "items[4].when[1].input",
        "needs a number input (or a date input with `elapsed`), but `speed` is a choice",
    );
    expect_one(
        &[("above = 30 }", "above = 30, below = 10 }")],
        "items[4].when[1]",
        "could never apply",
    );
    expect_one(
        &[("above = 30 }", "above = 30, at_most = 30 }")],
        "items[4].when[1]",
        "could never apply",
    );
    // A negative bound is fine: conditions compare, they do not charge.
    assert!(problems_after(&[("above = 30 }", "above = -1 }")]).is_empty());
}

#[test]
fn per_unit_rules() {
    expect_one(
        &[(
            "per_unit = { input = \"copies\"",
            "per_unit = { input = \"speed\"",
        )],
        "items[1].amount.per_unit.input",
        "`speed` is a choice",
    );
    expect_one(
        &[(
            "per_unit = { input = \"copies\"",
            "per_unit = { input = \"nope\"",
        )],
        "items[1].amount.per_unit.input",
        "there is no input `nope`",
    );
    expect_one(
        &[("elapsed = \"months\", rate = 100", "rate = 100")],
        "items[4].amount.per_unit.elapsed",
        "`since` is a date",
    );
    expect_one(
        &[(
            "input = \"copies\", rate = 500",
            "input = \"copies\", elapsed = \"days\", rate = 500",
        )],
        "items[1].amount.per_unit.elapsed",
        "`copies` is a number",
    );
    expect_one(
        &[("rate = 500", "rate = -500")],
        "items[1].amount.per_unit.rate",
        "-500 is negative",
    );
    expect_one(
        &[("free = 1", "free = -1")],
        "items[1].amount.per_unit.free",
        "negative",
    );
}

#[test]
fn fixed_and_by_choice_rules() {
    expect_one(
        &[("fixed = 25", "fixed = -25")],
        "items[5].amount.fixed",
        "negative",
    );
    expect_one(
        &[(
            "amounts = { regular = 1000, urgent = 3000 }",
            "amounts = { regular = 1000 }",
        )],
        "items[0].amount.by_choice.amounts",
        "no amount for option `urgent` of `speed`",
    );
    expect_one(
        &[(
            "amounts = { regular = 1000, urgent = 3000 }",
            "amounts = {}",
        )],
        "items[0].amount.by_choice.amounts",
        "`regular` and `urgent`",
    );
    expect_one(
        &[("urgent = 3000 }", "urgent = 3000, instant = 5000 }")],
        "items[0].amount.by_choice.amounts.instant",
        "`instant` is not an option of `speed`",
    );
    expect_one(
        &[("urgent = 3000 }", "urgent = -3000 }")],
        "items[0].amount.by_choice.amounts.urgent",
        "negative",
    );
    expect_one(
        &[(
            "by_choice = { input = \"speed\"",
            "by_choice = { input = \"late\"",
        )],
        "items[0].amount.by_choice.input",
        "needs a choice input, but `late` is a yes/no",
    );
}

#[test]
fn tiered_rules() {
    let tiers = "tiers = [{ upto = 1000, fixed = 10 }, { fixed = 20, rate = \"0.5\" }]";
    expect_one(
        &[(tiers, "tiers = []")],
        "items[2].amount.tiered.tiers",
        "at least one tier",
    );
    expect_one(
        &[("{ upto = 1000, fixed = 10 }", "{ upto = 1000 }")],
        "items[2].amount.tiered.tiers[0]",
        "charges nothing",
    );
    expect_one(
        &[("{ upto = 1000, fixed = 10 }", "{ fixed = 10 }")],
        "items[2].amount.tiered.tiers[0].upto",
        "only the last tier may leave out `upto`",
    );
    expect_one(
        &[(
            "{ fixed = 20, rate = \"0.5\" }",
            "{ upto = 5000, fixed = 20, rate = \"0.5\" }",
        )],
        "items[2].amount.tiered.tiers[1].upto",
        "values above 5000 fall in a tier",
    );
    expect_one(
        &[(
            tiers,
            "tiers = [{ upto = 1000, fixed = 10 }, { upto = 1000, fixed = 15 }, { fixed = 20 }]",
        )],
        "items[2].amount.tiered.tiers[1].upto",
        "1000 is not above tiers[0].upto (1000)",
    );
    expect_one(
        &[("rate = \"0.5\"", "rate = \"-0.5\"")],
        "items[2].amount.tiered.tiers[1].rate",
        "negative",
    );
    expect_one(
        &[("fixed = 10 }", "fixed = -10 }")],
        "items[2].amount.tiered.tiers[0].fixed",
        "negative",
    );
    expect_one(
        &[(
            "tiered = { input = \"value\"",
            "tiered = { input = \"late\"",
        )],
        "items[2].amount.tiered.input",
        "`late` is a yes/no",
    );
}

#[test]
fn percent_rules() {
    expect_one(
        &[("percent = 2,", "percent = 120,")],
        "items[3].amount.percent.percent",
        "between 0 and 100",
    );
    expect_one(
        &[("percent = 2,", "percent = -2,")],
        "items[3].amount.percent.percent",
        "between 0 and 100",
    );
    expect_one(
        &[("min = 1, max = 100", "min = 100, max = 1")],
        "items[3].amount.percent.max",
        "the maximum 1 is below the minimum 100",
    );
    expect_one(
        &[("min = 1, max = 100", "min = -1, max = 100")],
        "items[3].amount.percent.min",
        "negative",
    );
    expect_among(
        &[("min = 1, max = 100", "min = 1, max = -100")],
        "items[3].amount.percent.max",
        "-100 is negative",
    );
    expect_one(
        &[(
            "percent = { input = \"value\"",
            "percent = { input = \"since\"",
        )],
        "items[3].amount.percent.input",
        "needs a number input, but `since` is a date",
    );
}

#[test]
fn sources() {
    let got = problems_after(&[("source = { ar = \"مصدر\", en = \"Source\" }\n", "")]);
    let paths: Vec<&str> = got.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        [
            "items[0].source",
            "items[1].source",
            "items[2].source",
            "items[3].source",
            "items[4].source",
            "items[5].source"
        ]
    );
    assert!(got[0].1.contains("legal reference"), "{got:#?}");
    // An item's own source is enough.
    let got = problems_after(&[
        ("source = { ar = \"مصدر\", en = \"Source\" }\n", ""),
        (
            "id = \"stamp\"",
            "id = \"stamp\"\nsource = { ar = \"قرار\", en = \"Decision\" }",
        ),
    ]);
    assert_eq!(got.len(), 5, "{got:#?}");
}

#[test]
fn problems_that_change_no_figure_do_not_stop_evaluation() {
    let text = EVERYTHING
        .replacen("source = { ar = \"مصدر\", en = \"Source\" }\n", "", 1)
        .replacen("id = \"share\"", "id = \"scale\"", 1);
    let v = version(&text);
    assert_eq!(check(&v).len(), 7, "{:#?}", check(&v));
    let b = evaluate(&v, &answers(&[]), date("2025-06-01")).expect("computable");
    assert!(b.lines.iter().all(|l| l.source.is_empty()));
}

#[test]
fn versions_have_distinct_dates_and_prefixed_paths() {
    let good = version(EVERYTHING);
    let mut broken = good.clone();
    broken.valid_from = "2026-01-01".to_string();
    broken.rounding.to = dalil_fees::Amount::ZERO;
    let got = check_versions(&[good.clone(), broken]);
    assert_eq!(got.len(), 1, "{got:#?}");
    assert_eq!(got[0].path, "fees[1].rounding.to");
    let got = check_versions(&[good.clone(), good.clone(), good]);
    let paths: Vec<&str> = got.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, ["fees[1].valid_from", "fees[2].valid_from"]);
    assert!(
        got[0]
            .message
            .contains("2025-01-01 is also the valid_from of fees[0]"),
        "{got:#?}"
    );
    assert_eq!(
        got[0].to_string(),
        format!("fees[1].valid_from: {}", got[0].message)
    );
}

#[test]
fn a_broken_schedule_is_not_evaluated() {
    let text = EVERYTHING.replacen("percent = 2,", "percent = 120,", 1);
    match evaluate(&version(&text), &answers(&[]), date("2025-06-01")) {
        Err(EvalError::Schedule { problems }) => {
            assert_eq!(problems.len(), 1);
            assert_eq!(problems[0].path, "items[3].amount.percent.percent");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_date_input_has_an_earliest_date() {
    // Missing: the audit refuses it, but no figure is wrong for a sensible
    // answer, so the calculator still works (a draft being written).
    expect_one(
        &[("earliest = \"1900-01-01\"\n", "")],
        "inputs[4].earliest",
        "needs `earliest",
    );
    let unbounded = EVERYTHING.replacen("earliest = \"1900-01-01\"\n", "", 1);
    assert!(evaluate(
        &version(&unbounded),
        &answers(&[("late", "yes"), ("since", "2000-01-01")]),
        date("2025-06-01")
    )
    .is_ok());
    // Not a date: a figure could be wrong, so nothing is computed.
    for bad in ["1900-02-30", "1900", "01/01/1900", ""] {
        expect_one(
            &[(
                "earliest = \"1900-01-01\"",
                &format!("earliest = \"{bad}\""),
            )],
            "inputs[4].earliest",
            "is not a real date",
        );
    }
    let broken = EVERYTHING.replacen("\"1900-01-01\"", "\"1900-02-30\"", 1);
    assert!(matches!(
        evaluate(&version(&broken), &answers(&[]), date("2025-06-01")),
        Err(EvalError::Schedule { .. })
    ));
}
