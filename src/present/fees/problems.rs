//! What is said for an invalid answer, and instead of a total that cannot
//! be worked out.

use crate::i18n::{translate, Arg};
use crate::present::fees::words::bound_text;
use crate::present::time;
use dalil_fees::{Digits, EvalError, InputProblem};
use dalil_model::fee_schedule::FeeInput;
use dalil_model::Lang;

/// The message shown next to a field for the engine's verdict on its answer.
pub fn problem_message(
    lang: Lang,
    input: Option<&FeeInput>,
    problem: &InputProblem,
    digits: Digits,
) -> String {
    let unit = match input {
        Some(FeeInput::Number { unit, .. }) => unit.as_ref(),
        _ => None,
    };
    match problem {
        InputProblem::BelowMin { min } => {
            let min = bound_text(*min, unit, lang, digits);
            translate(lang, "fees-error-below-min", &[("min", Arg::Str(&min))])
        }
        InputProblem::AboveMax { max } => {
            let max = bound_text(*max, unit, lang, digits);
            translate(lang, "fees-error-above-max", &[("max", Arg::Str(&max))])
        }
        InputProblem::TooEarly { earliest } => {
            let date = time::date_with_digits(lang, earliest, digits);
            translate(lang, "fees-error-too-early", &[("date", Arg::Str(&date))])
        }
        InputProblem::Missing => {
            let id = match input {
                Some(FeeInput::Choice { .. }) => "fees-error-missing-choice",
                Some(FeeInput::Date { .. }) => "fees-error-missing-date",
                _ => "fees-error-missing",
            };
            translate(lang, id, &[])
        }
        other => translate(lang, &format!("fees-error-{}", other.code()), &[]),
    }
}

/// What the result area says instead of a total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocked {
    /// Some answers are invalid or missing: the message asks to fix them.
    Inputs {
        message_id: &'static str,
        count: usize,
    },
    /// The schedule cannot be evaluated (it fails the engine's checks).
    Schedule,
    /// A figure is beyond the exact range.
    Overflow,
}

/// Why no total can be shown. Questions left unanswered are asked for;
/// anything else invalid is to be fixed.
pub fn blocked(error: &EvalError) -> Blocked {
    match error {
        EvalError::Inputs { errors } => {
            let only_missing = errors.iter().all(|e| e.problem == InputProblem::Missing);
            Blocked::Inputs {
                message_id: if only_missing {
                    "fees-answer-needed"
                } else {
                    "fees-fix-fields"
                },
                count: errors.len(),
            }
        }
        EvalError::Schedule { .. } => Blocked::Schedule,
        EvalError::Overflow { .. } => Blocked::Overflow,
    }
}

pub fn blocked_message(lang: Lang, blocked: &Blocked) -> String {
    match blocked {
        Blocked::Inputs { message_id, count } => {
            translate(lang, message_id, &[("count", Arg::Num(*count as i64))])
        }
        Blocked::Schedule => translate(lang, "fees-schedule-broken", &[]),
        Blocked::Overflow => translate(lang, "fees-overflow", &[]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fees::answers::initial_answers;
    use crate::present::fees::breakdown::announcement;
    use crate::present::fees::fixtures::*;
    use crate::present::fees::summary::summary_lines;
    use dalil_fees::{evaluate, InputError, Inputs};
    use dalil_model::fee_schedule::{AmountRule, Currency};

    #[test]
    fn problems_read_as_localised_messages() {
        let n = number("engine_cc");
        let msg = |lang, p: &InputProblem, d| problem_message(lang, Some(&n), p, d);
        assert_eq!(
            msg(
                Lang::En,
                &InputProblem::AboveMax { max: amount(20000) },
                Digits::Latin
            ),
            "Enter at most 20,000 cc."
        );
        assert_eq!(
            msg(
                Lang::Ar,
                &InputProblem::BelowMin { min: amount(1000) },
                Digits::ArabicIndic
            ),
            "أدخل ١٬٠٠٠ سم³ على الأقل."
        );
        assert_eq!(
            msg(Lang::En, &InputProblem::NotWhole, Digits::Latin),
            "Enter a whole number, without a fraction."
        );
        assert_eq!(
            problem_message(
                Lang::En,
                Some(&date_input("d")),
                &InputProblem::FutureDate,
                Digits::Latin
            ),
            "The date cannot be after today."
        );
        assert_eq!(
            problem_message(
                Lang::En,
                Some(&date_input("d")),
                &InputProblem::Missing,
                Digits::Latin
            ),
            "Enter the date."
        );
        assert_eq!(
            problem_message(
                Lang::En,
                Some(&date_input("d")),
                &InputProblem::TooEarly {
                    earliest: "1900-01-01".into()
                },
                Digits::Latin
            ),
            "Enter a date from 1 January 1900 on."
        );
        // Every problem has a message in both languages, never a bare id.
        let all = [
            InputProblem::UnknownInput { known: vec![] },
            InputProblem::Missing,
            InputProblem::NotANumber,
            InputProblem::TooLarge,
            InputProblem::TooPrecise,
            InputProblem::BelowMin { min: amount(1) },
            InputProblem::AboveMax { max: amount(1) },
            InputProblem::NotWhole,
            InputProblem::UnknownOption { options: vec![] },
            InputProblem::NotYesNo,
            InputProblem::NotADate,
            InputProblem::FutureDate,
            InputProblem::TooEarly {
                earliest: "1900-01-01".into(),
            },
        ];
        for lang in Lang::ALL {
            for input in [
                Some(&n),
                Some(&choice("c", &["a"])),
                Some(&date_input("d")),
                None,
            ] {
                for p in &all {
                    let text = problem_message(lang, input, p, Digits::Latin);
                    assert!(!text.starts_with("fees-"), "{lang:?} {p:?}: {text}");
                }
            }
        }
    }

    #[test]
    fn the_engine_verdict_on_a_typed_number_is_shown_as_is() {
        let v = passport();
        let mut answers = initial_answers(&v, |_| None);
        answers.insert("copies".into(), "abc".into());
        let err = evaluate(&v, &answers, today()).unwrap_err();
        assert_eq!(
            err.input_errors(),
            &[InputError {
                input: "copies".into(),
                problem: InputProblem::NotANumber
            }]
        );
        assert_eq!(
            blocked(&err),
            Blocked::Inputs {
                message_id: "fees-fix-fields",
                count: 1
            }
        );
        assert_eq!(
            announcement(&Err(err), Lang::En, Digits::Latin),
            "Fix the highlighted answer to see the total."
        );
    }

    #[test]
    fn missing_answers_are_asked_for() {
        let v = version(
            vec![date_input("birth")],
            vec![item(
                "fine",
                Currency::Syp,
                AmountRule::PerUnit {
                    input: "birth".into(),
                    elapsed: Some(dalil_model::fee_schedule::Elapsed::Months),
                    rate: amount(100),
                    free: None,
                },
            )],
        );
        let err = evaluate(&v, &Inputs::new(), today()).unwrap_err();
        let b = blocked(&err);
        assert_eq!(
            b,
            Blocked::Inputs {
                message_id: "fees-answer-needed",
                count: 1
            }
        );
        assert_eq!(
            blocked_message(
                Lang::Ar,
                &Blocked::Inputs {
                    message_id: "fees-fix-fields",
                    count: 2
                }
            ),
            "صحّح الإجابتين المحدّدتين لترى المجموع."
        );
        assert_eq!(
            blocked_message(
                Lang::En,
                &Blocked::Inputs {
                    message_id: "fees-fix-fields",
                    count: 3
                }
            ),
            "Fix the 3 highlighted answers to see the total."
        );
        assert_eq!(
            summary_lines(&v, &Err(err), Lang::En, Digits::Latin),
            vec!["The fees depend on your answers.".to_string()]
        );
    }
}
