//! The fee summary on a service page.

use crate::i18n::{translate, Arg};
use crate::present::fees::breakdown::totals_in_words;
use dalil_fees::{Breakdown, Digits, EvalError};
use dalil_model::{FeeVersion, Lang};

/// The fee summary of a service page, from the in-force version evaluated
/// with its defaults: one line per currency ("From 312,700 SYP" when the
/// fees depend on answers, the exact figure when they do not); a sentence
/// when no total can be given with the defaults.
pub fn summary_lines(
    version: &FeeVersion,
    result: &Result<Breakdown, EvalError>,
    lang: Lang,
    digits: Digits,
) -> Vec<String> {
    match result {
        Ok(b) if b.totals.is_empty() => vec![translate(lang, "fees-nothing-to-pay", &[])],
        Ok(b) => totals_in_words(b, lang, digits)
            .into_iter()
            .map(|(_, amount)| {
                if version.inputs.is_empty() {
                    amount
                } else {
                    translate(lang, "fees-summary-from", &[("amount", Arg::Str(&amount))])
                }
            })
            .collect(),
        Err(_) => vec![translate(lang, "fees-summary-depends", &[])],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fees::answers::initial_answers;
    use crate::present::fees::breakdown::announcement;
    use crate::present::fees::fixtures::*;
    use crate::present::fees::problems::*;
    use dalil_fees::{evaluate, InputError, InputProblem, Inputs};
    use dalil_model::fee_schedule::{AmountRule, Currency};

    // The summary, the breakdown's announcement and the problems' messages
    // together: tested here, where all three are in reach without an import
    // circle between the files.

    #[test]
    fn a_schedule_without_questions_gives_the_exact_total() {
        let v = version(
            vec![],
            vec![item("fee", Currency::Syp, AmountRule::Fixed(amount(5000)))],
        );
        let result = evaluate(&v, &Inputs::new(), today());
        assert_eq!(
            summary_lines(&v, &result, Lang::En, Digits::Latin),
            vec!["5,000 SYP".to_string()]
        );
        let none = version(vec![], vec![]);
        let result = evaluate(&none, &Inputs::new(), today());
        assert_eq!(
            summary_lines(&none, &result, Lang::En, Digits::Latin),
            vec!["No fee applies to your answers.".to_string()]
        );
    }

    #[test]
    fn totals_are_per_currency_and_never_added() {
        let v = passport();
        let answers = initial_answers(&v, |_| None);
        let result = evaluate(&v, &answers, today());
        let b = result.as_ref().unwrap();
        assert_eq!(
            totals_in_words(b, Lang::En, Digits::Latin),
            vec![
                (Currency::Syp, "312,700 SYP".to_string()),
                (Currency::Usd, "300 US dollars".to_string())
            ]
        );
        assert_eq!(
            summary_lines(&v, &result, Lang::En, Digits::Latin),
            vec![
                "From 312,700 SYP".to_string(),
                "From 300 US dollars".to_string()
            ]
        );
        assert_eq!(
            summary_lines(&v, &result, Lang::Ar, Digits::ArabicIndic),
            vec![
                "ابتداءً من ٣١٢٬٧٠٠ ليرة سورية".to_string(),
                "ابتداءً من ٣٠٠ دولار أمريكي".to_string()
            ]
        );
        assert_eq!(
            announcement(&result, Lang::En, Digits::Latin),
            "Total to pay: 312,700 SYP, and separately 300 US dollars"
        );
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
