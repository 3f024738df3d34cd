//! The itemised lines (their kind tags) and the totals, one per currency.

use crate::i18n::{translate, Arg};
use crate::present::fees::problems::{blocked, blocked_message};
use crate::present::fees::words::money_in_words;
use dalil_fees::{kind_name, Breakdown, Currency, Digits, EvalError};
use dalil_model::fee_schedule::ItemKind;
use dalil_model::Lang;

/// The tag beside a line, from the fee engine's one table of kind names;
/// an ordinary fee has no tag.
pub fn kind_tag(kind: ItemKind, lang: Lang) -> Option<&'static str> {
    (kind != ItemKind::Fee).then(|| kind_name(kind, lang))
}

/// The kind as a stable word, for `data-kind` and CSS.
pub fn kind_key(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Fee => "fee",
        ItemKind::Stamp => "stamp",
        ItemKind::Tax => "tax",
        ItemKind::Duty => "duty",
        ItemKind::Fine => "fine",
    }
}

/// The totals in words, one per currency, never added across currencies.
pub fn totals_in_words(
    breakdown: &Breakdown,
    lang: Lang,
    digits: Digits,
) -> Vec<(Currency, String)> {
    breakdown
        .totals
        .iter()
        .map(|(currency, amount)| (*currency, money_in_words(*amount, *currency, lang, digits)))
        .collect()
}

/// What the live region says: the total(s), or why there is none.
pub fn announcement(result: &Result<Breakdown, EvalError>, lang: Lang, digits: Digits) -> String {
    match result {
        Ok(b) if b.totals.is_empty() => translate(lang, "fees-nothing-to-pay", &[]),
        Ok(b) => {
            let totals: Vec<String> = totals_in_words(b, lang, digits)
                .into_iter()
                .map(|(_, t)| t)
                .collect();
            let list = totals.join(translate(lang, "fees-and-separately", &[]).as_str());
            translate(lang, "fees-total-is", &[("total", Arg::Str(&list))])
        }
        Err(e) => blocked_message(lang, &blocked(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fees::answers::initial_answers;
    use crate::present::fees::fixtures::*;
    use crate::present::fees::summary::summary_lines;
    use dalil_fees::evaluate;

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
    fn kinds_have_tags_except_plain_fees() {
        assert_eq!(kind_tag(ItemKind::Fee, Lang::En), None);
        assert_eq!(kind_tag(ItemKind::Stamp, Lang::En), Some("Stamp"));
        assert_eq!(kind_tag(ItemKind::Duty, Lang::Ar), Some("رسم مقرّر"));
        assert_eq!(kind_key(ItemKind::Fine), "fine");
    }
}
