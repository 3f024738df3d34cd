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

    #[test]
    fn kinds_have_tags_except_plain_fees() {
        assert_eq!(kind_tag(ItemKind::Fee, Lang::En), None);
        assert_eq!(kind_tag(ItemKind::Stamp, Lang::En), Some("Stamp"));
        assert_eq!(kind_tag(ItemKind::Duty, Lang::Ar), Some("رسم مقرّر"));
        assert_eq!(kind_key(ItemKind::Fine), "fine");
    }
}
