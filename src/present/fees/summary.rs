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
    use crate::present::fees::fixtures::*;
    use dalil_fees::{evaluate, Inputs};
    use dalil_model::fee_schedule::{AmountRule, Currency};

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
}
