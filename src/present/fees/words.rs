//! Amounts and bounds in running text.

use dalil_fees::{currency_name, format_amount, Currency, Digits};
use dalil_model::{Amount, Lang, Text};

/// An amount in running text: `312,700 SYP`, `300 US dollars`,
/// `٣١٢٬٧٠٠ ليرة سورية`.
pub fn money_in_words(amount: Amount, currency: Currency, lang: Lang, digits: Digits) -> String {
    format!(
        "{} {}",
        format_amount(amount, true, digits),
        currency_name(currency, lang)
    )
}

/// A number bound with the input's unit: `20,000 cc`.
pub fn bound_text(amount: Amount, unit: Option<&Text>, lang: Lang, digits: Digits) -> String {
    let figure = format_amount(amount, true, digits);
    match unit.map(|u| u.get(lang)).filter(|u| !u.is_empty()) {
        Some(unit) => format!("{figure} {unit}"),
        None => figure,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fees::fixtures::amount;

    #[test]
    fn figures_carry_their_currency_or_unit() {
        assert_eq!(
            money_in_words(
                amount(312_700),
                Currency::Syp,
                Lang::Ar,
                Digits::ArabicIndic
            ),
            "٣١٢٬٧٠٠ ليرة سورية"
        );
        let cc = Text::new("سم³", "cc");
        assert_eq!(
            bound_text(amount(20_000), Some(&cc), Lang::En, Digits::Latin),
            "20,000 cc"
        );
        assert_eq!(
            bound_text(amount(5), Some(&Text::default()), Lang::En, Digits::Latin),
            "5"
        );
    }
}
