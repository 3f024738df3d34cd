//! Amounts, bounds and dates in running text.

use crate::i18n::{translate, Arg};
use dalil_fees::{currency_name, format_amount, Currency, Date, Digits};
use dalil_model::{Amount, FeeVersion, Lang, Text};

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
/// A calendar date in words: `1 January 2025`, `١ كانون الثاني ٢٠٢٥`.
pub fn date_in_words(date: Date, lang: Lang, digits: Digits) -> String {
    let num = |n: u16| format_amount(Amount::from_int(i64::from(n)), false, digits);
    let month = translate(lang, &format!("fees-month-{}", date.month()), &[]);
    translate(
        lang,
        "fees-date",
        &[
            ("day", Arg::Str(&num(u16::from(date.day())))),
            ("month", Arg::Str(&month)),
            ("year", Arg::Str(&num(date.year()))),
        ],
    )
}

/// A version's `valid_from` in words, or as written when it is not a date.
pub fn valid_from_in_words(version: &FeeVersion, lang: Lang, digits: Digits) -> String {
    match Date::parse(&version.valid_from) {
        Ok(date) => date_in_words(date, lang, digits),
        Err(_) => version.valid_from.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fees::fixtures::*;

    #[test]
    fn dates_in_words() {
        let d = Date::parse("2025-01-01").unwrap();
        assert_eq!(date_in_words(d, Lang::En, Digits::Latin), "1 January 2025");
        assert_eq!(
            date_in_words(d, Lang::Ar, Digits::ArabicIndic),
            "١ كانون الثاني ٢٠٢٥"
        );
        assert_eq!(
            date_in_words(Date::parse("2024-12-31").unwrap(), Lang::Ar, Digits::Latin),
            "31 كانون الأول 2024"
        );
        let mut v = passport();
        assert_eq!(
            valid_from_in_words(&v, Lang::En, Digits::Latin),
            "1 January 2025"
        );
        v.valid_from = "soon".into();
        assert_eq!(valid_from_in_words(&v, Lang::En, Digits::Latin), "soon");
    }
}
