//! Every input problem, reported all at once and in schedule order.

use crate::support::{answers, date, version, EVERYTHING};
use dalil_fees::{
    default_inputs, evaluate, form_fields, parse_yes_no, Amount, EvalError, InputError,
    InputProblem,
};

fn problems(pairs: &[(&str, &str)]) -> Vec<InputError> {
    let v = version(EVERYTHING);
    match evaluate(&v, &answers(pairs), date("2025-06-01")) {
        Err(EvalError::Inputs { errors }) => errors,
        other => panic!("expected input errors, got {other:?}"),
    }
}

fn one(input: &str, problem: InputProblem) -> Vec<InputError> {
    vec![InputError {
        input: input.to_string(),
        problem,
    }]
}

#[test]
fn each_problem_on_its_own() {
    let options = vec!["regular".to_string(), "urgent".to_string()];
    assert_eq!(
        problems(&[("speed", "express")]),
        one("speed", InputProblem::UnknownOption { options })
    );
    assert_eq!(
        problems(&[("copies", "lots")]),
        one("copies", InputProblem::NotANumber)
    );
    assert_eq!(
        problems(&[("copies", "inf")]),
        one("copies", InputProblem::NotANumber)
    );
    assert_eq!(
        problems(&[("copies", "2e1")]),
        one("copies", InputProblem::NotANumber)
    );
    assert_eq!(
        problems(&[("copies", "0")]),
        one(
            "copies",
            InputProblem::BelowMin {
                min: Amount::from_int(1)
            }
        )
    );
    assert_eq!(
        problems(&[("copies", "21")]),
        one(
            "copies",
            InputProblem::AboveMax {
                max: Amount::from_int(20)
            }
        )
    );
    assert_eq!(
        problems(&[("copies", "2.5")]),
        one("copies", InputProblem::NotWhole)
    );
    assert_eq!(
        problems(&[("value", &"9".repeat(35))]),
        one("value", InputProblem::TooLarge)
    );
    assert_eq!(
        problems(&[("value", &format!("1.{}1", "0".repeat(30)))]),
        one("value", InputProblem::TooPrecise)
    );
    assert_eq!(
        problems(&[("late", "perhaps")]),
        one("late", InputProblem::NotYesNo)
    );
    assert_eq!(
        problems(&[("late", "yes"), ("since", "2025-02-30")]),
        one("since", InputProblem::NotADate)
    );
    assert_eq!(
        problems(&[("late", "yes"), ("since", "2025-06-02")]),
        one("since", InputProblem::FutureDate)
    );
    // Two thousand years of late fines are a typing mistake, not a figure.
    let too_early = || InputProblem::TooEarly {
        earliest: "1900-01-01".into(),
    };
    assert_eq!(
        problems(&[("late", "yes"), ("since", "0001-01-01")]),
        one("since", too_early())
    );
    assert_eq!(
        problems(&[("late", "yes"), ("since", "1899-12-31")]),
        one("since", too_early())
    );
    assert!(evaluate(
        &version(EVERYTHING),
        &answers(&[("late", "yes"), ("since", "1900-01-01")]),
        date("2025-06-01")
    )
    .is_ok());
    assert_eq!(too_early().code(), "too-early");
    assert_eq!(
        too_early().to_string(),
        "the date must be 1900-01-01 or later"
    );
    assert_eq!(
        problems(&[("late", "yes")]),
        one("since", InputProblem::Missing)
    );
    // Blank text is no answer, and copies count only for urgent service.
    assert_eq!(
        problems(&[("speed", "urgent"), ("copies", " ")]),
        one("copies", InputProblem::Missing)
    );
    assert!(evaluate(
        &version(EVERYTHING),
        &answers(&[("copies", "")]),
        date("2025-06-01")
    )
    .is_ok());
    let known = ["speed", "copies", "value", "late", "since"]
        .map(String::from)
        .to_vec();
    assert_eq!(
        problems(&[("colour", "red")]),
        one("colour", InputProblem::UnknownInput { known })
    );
}

#[test]
fn all_problems_are_reported_together_in_schedule_order() {
    let got = problems(&[
        ("zzz", "1"),
        ("since", "yesterday"),
        ("late", "x"),
        ("value", "-1"),
        ("copies", "abc"),
        ("speed", "?"),
    ]);
    let codes: Vec<(&str, &str)> = got
        .iter()
        .map(|e| (e.input.as_str(), e.problem.code()))
        .collect();
    assert_eq!(
        codes,
        [
            ("speed", "unknown-option"),
            ("copies", "not-a-number"),
            ("value", "below-min"),
            ("late", "not-yes-no"),
            ("since", "not-a-date"),
            ("zzz", "unknown-input"),
        ]
    );
}

#[test]
fn the_error_reads_as_a_list_of_input_errors() {
    let v = version(EVERYTHING);
    let errors = evaluate(&v, &answers(&[("copies", "x")]), date("2025-06-01")).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].input, "copies");
    assert_eq!(errors, one("copies", InputProblem::NotANumber));
    assert_eq!((&errors).into_iter().count(), 1);
    let owned: Vec<InputError> = errors.into_iter().collect();
    assert_eq!(owned, one("copies", InputProblem::NotANumber));
}

#[test]
fn messages_are_plain_english_for_the_cli() {
    let got = problems(&[("copies", "21"), ("speed", "fast")]);
    let text: Vec<String> = got.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "speed: not an option; choose one of: regular, urgent",
            "copies: must be at most 20",
        ]
    );
    let err = EvalError::Inputs { errors: got };
    assert!(
        err.to_string().starts_with("invalid answers:\n  speed:"),
        "{err}"
    );
}

#[test]
fn an_unneeded_missing_date_is_no_error_and_yes_no_accepts_every_spelling() {
    let v = version(EVERYTHING);
    let ok = evaluate(&v, &answers(&[("late", "لا")]), date("2025-06-01"));
    assert!(ok.is_ok(), "{ok:?}");
    for (text, want) in [
        ("true", true),
        ("YES", true),
        ("1", true),
        ("١", true),
        ("نعم", true),
        (" on ", true),
        ("false", false),
        ("No", false),
        ("0", false),
        ("٠", false),
        ("لا", false),
        ("off", false),
    ] {
        assert_eq!(parse_yes_no(text), Some(want), "{text}");
    }
    assert_eq!(parse_yes_no(""), None);
    assert_eq!(parse_yes_no("2"), None);
}

#[test]
fn defaults_fill_the_form_and_round_trip() {
    let v = version(EVERYTHING);
    let defaults = default_inputs(&v);
    assert_eq!(
        defaults,
        answers(&[
            ("speed", "regular"),
            ("copies", "1"),
            ("value", "0"),
            ("late", "no")
        ])
    );
    let fields = form_fields(&v);
    let ids: Vec<&str> = fields.iter().map(|f| f.input.id()).collect();
    assert_eq!(ids, ["speed", "copies", "value", "late", "since"]);
    assert_eq!(fields[4].default, None);
    // The defaults, given back explicitly, give the same result as no answers.
    let today = date("2025-06-01");
    assert_eq!(
        evaluate(&v, &defaults, today),
        evaluate(&v, &answers(&[]), today)
    );
}

#[test]
fn dates_may_be_typed_in_arabic_indic_digits() {
    let v = version(EVERYTHING);
    let today = date("2025-06-01");
    let arabic = evaluate(
        &v,
        &answers(&[("late", "yes"), ("since", "٢٠٢٥-٠١-٣١")]),
        today,
    );
    let latin = evaluate(
        &v,
        &answers(&[("late", "yes"), ("since", "2025-01-31")]),
        today,
    );
    assert!(latin.is_ok(), "{latin:?}");
    assert_eq!(arabic, latin);
}
