//! Showing amounts and currencies, so that the app and the CLI print the
//! same figures the same way and nobody else formats numbers.

use dalil_model::fee_schedule::{Currency, ItemKind};
use dalil_model::{Amount, Lang};
use serde::{Deserialize, Serialize};

/// Which digits to write numbers with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Digits {
    /// 0-9, with `,` between thousands and `.` before decimals.
    #[default]
    Latin,
    /// ٠-٩, with `٬` between thousands and `٫` before decimals.
    ArabicIndic,
}

impl Digits {
    fn digit(self, ascii: char) -> char {
        match self {
            Digits::Latin => ascii,
            Digits::ArabicIndic => ascii
                .to_digit(10)
                .and_then(|d| char::from_u32(0x0660 + d))
                .unwrap_or(ascii),
        }
    }

    fn group_separator(self) -> char {
        match self {
            Digits::Latin => ',',
            Digits::ArabicIndic => '\u{066C}',
        }
    }

    fn decimal_separator(self) -> char {
        match self {
            Digits::Latin => '.',
            Digits::ArabicIndic => '\u{066B}',
        }
    }
}

/// Writes an amount with no trailing zeros after the decimal separator
/// (`2.5`, `312700`), optionally grouping thousands: `312,700` or `٣١٢٬٧٠٠`.
pub fn format_amount(amount: Amount, grouping: bool, digits: Digits) -> String {
    let plain = amount.0.normalize().to_string();
    let (negative, unsigned) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain.as_str()),
    };
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let mut out = String::with_capacity(plain.len() * 3);
    if negative && !amount.0.is_zero() {
        out.push('-');
    }
    let count = whole.chars().count();
    for (i, c) in whole.chars().enumerate() {
        if grouping && i > 0 && (count - i) % 3 == 0 {
            out.push(digits.group_separator());
        }
        out.push(digits.digit(c));
    }
    if !fraction.is_empty() {
        out.push(digits.decimal_separator());
        out.extend(fraction.chars().map(|c| digits.digit(c)));
    }
    out
}

/// The currency as written after a figure in running text: `312,700 ليرة
/// سورية`, `300 دولار أمريكي`, `50 يورو`; `312,700 SYP`, `300 US dollars`,
/// `50 euros`.
pub fn currency_name(currency: Currency, lang: Lang) -> &'static str {
    match (currency, lang) {
        (Currency::Syp, Lang::Ar) => "ليرة سورية",
        (Currency::Usd, Lang::Ar) => "دولار أمريكي",
        (Currency::Eur, Lang::Ar) => "يورو",
        (Currency::Syp, Lang::En) => "SYP",
        (Currency::Usd, Lang::En) => "US dollars",
        (Currency::Eur, Lang::En) => "euros",
    }
}

/// A line's kind as a word, the one source for the app's tag beside a line
/// and the CLI's kind column. An ordinary fee has a word too, though the app
/// shows no tag for it.
pub fn kind_name(kind: ItemKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (ItemKind::Fee, Lang::Ar) => "رسم",
        (ItemKind::Stamp, Lang::Ar) => "طابع",
        (ItemKind::Tax, Lang::Ar) => "ضريبة",
        (ItemKind::Duty, Lang::Ar) => "رسم مقرّر",
        (ItemKind::Fine, Lang::Ar) => "غرامة",
        (ItemKind::Fee, Lang::En) => "Fee",
        (ItemKind::Stamp, Lang::En) => "Stamp",
        (ItemKind::Tax, Lang::En) => "Tax",
        (ItemKind::Duty, Lang::En) => "Duty",
        (ItemKind::Fine, Lang::En) => "Fine",
    }
}

/// The currency's short form shown beside a figure in tables: ل.س / SYP,
/// $ / USD, € / EUR.
pub fn currency_symbol(currency: Currency, lang: Lang) -> &'static str {
    match (currency, lang) {
        (Currency::Syp, Lang::Ar) => "ل.س",
        (Currency::Usd, Lang::Ar) => "$",
        (Currency::Eur, Lang::Ar) => "€",
        (c, Lang::En) => c.code(),
    }
}

/// An amount with its currency, grouped, the way each language writes it:
/// `312,700 ل.س` (figure first) in Arabic, `SYP 312,700` in English.
pub fn format_money(amount: Amount, currency: Currency, lang: Lang, digits: Digits) -> String {
    let figure = format_amount(amount, true, digits);
    let symbol = currency_symbol(currency, lang);
    match lang {
        Lang::Ar => format!("{figure} {symbol}"),
        Lang::En => format!("{symbol} {figure}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn a(s: &str) -> Amount {
        Amount::from_str(s).unwrap()
    }

    #[test]
    fn every_kind_has_a_word_in_both_languages() {
        for kind in [
            ItemKind::Fee,
            ItemKind::Stamp,
            ItemKind::Tax,
            ItemKind::Duty,
            ItemKind::Fine,
        ] {
            for lang in Lang::ALL {
                assert!(!kind_name(kind, lang).is_empty(), "{kind:?} {lang:?}");
            }
        }
        assert_eq!(kind_name(ItemKind::Duty, Lang::Ar), "رسم مقرّر");
        assert_eq!(kind_name(ItemKind::Stamp, Lang::En), "Stamp");
    }

    #[test]
    fn grouping_and_digits() {
        assert_eq!(format_amount(a("312700"), true, Digits::Latin), "312,700");
        assert_eq!(format_amount(a("312700"), false, Digits::Latin), "312700");
        assert_eq!(
            format_amount(a("2010700"), true, Digits::ArabicIndic),
            "٢٬٠١٠٬٧٠٠"
        );
        assert_eq!(format_amount(a("2.50"), true, Digits::ArabicIndic), "٢٫٥");
        assert_eq!(
            format_amount(a("1234567.125"), true, Digits::Latin),
            "1,234,567.125"
        );
        assert_eq!(format_amount(a("999"), true, Digits::Latin), "999");
        assert_eq!(format_amount(a("1000"), true, Digits::Latin), "1,000");
        assert_eq!(format_amount(a("0.000"), true, Digits::Latin), "0");
        assert_eq!(format_amount(a("-1500"), true, Digits::Latin), "-1,500");
        assert_eq!(format_amount(a("100.00"), true, Digits::Latin), "100");
    }

    #[test]
    fn money_in_both_languages() {
        assert_eq!(
            format_money(a("312700"), Currency::Syp, Lang::Ar, Digits::ArabicIndic),
            "٣١٢٬٧٠٠ ل.س"
        );
        assert_eq!(
            format_money(a("300"), Currency::Usd, Lang::En, Digits::Latin),
            "USD 300"
        );
        assert_eq!(currency_name(Currency::Syp, Lang::Ar), "ليرة سورية");
        assert_eq!(currency_name(Currency::Eur, Lang::En), "euros");
        assert_eq!(currency_name(Currency::Usd, Lang::Ar), "دولار أمريكي");
        assert_eq!(currency_symbol(Currency::Syp, Lang::Ar), "ل.س");
    }
}
