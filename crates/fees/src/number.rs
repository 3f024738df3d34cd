//! Reading a number the way people type it in Syria: Latin, Arabic-Indic
//! (٠-٩) or Persian (۰-۹) digits, `.` or `٫` for decimals, `,` `٬` or `_`
//! between thousands. Exact: the result is a `Decimal`, never a float.

use rust_decimal::Decimal;

/// Why a text is not a usable number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Empty, or not a plain decimal number (letters, exponents, `NaN`,
    /// `inf`, misplaced separators).
    NotANumber,
    /// A well-formed number beyond the exact range (about 7.9 × 10²⁸).
    TooLarge,
    /// More than 28 significant decimal places.
    TooPrecise,
}

/// Invisible direction marks that copy-pasting Arabic text brings along.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The ASCII digit for a Latin, Arabic-Indic or Persian digit.
pub(crate) fn ascii_digit(c: char) -> Option<char> {
    let offset = match c {
        '0'..='9' => return Some(c),
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => return None,
    };
    char::from_digit(offset, 10)
}

/// Parses a decimal number typed by a person.
///
/// Accepted: an optional sign, digits in any of the three scripts, one
/// decimal separator (`.` or `٫`), and thousands separators (`,` `٬` `_`)
/// only between groups of exactly three digits, so that `2,5` (a decimal
/// comma) is refused rather than read as 25. Surrounding spaces and
/// direction marks are ignored. Refused: empty text, exponents, `NaN`,
/// `inf`, and anything else.
pub fn parse_number(text: &str) -> Result<Decimal, NumberError> {
    let cleaned: String = text.chars().filter(|c| !is_direction_mark(*c)).collect();
    let mut rest = cleaned.trim();
    let mut negative = false;
    if let Some(r) = rest.strip_prefix(['-', '\u{2212}']) {
        negative = true;
        rest = r;
    } else if let Some(r) = rest.strip_prefix('+') {
        rest = r;
    }

    let mut whole = String::new();
    let mut fraction = String::new();
    let mut in_fraction = false;
    // Lengths of the digit groups of the whole part, split at separators.
    let mut groups: Vec<usize> = vec![0];
    for c in rest.chars() {
        if let Some(d) = ascii_digit(c) {
            if in_fraction {
                fraction.push(d);
            } else {
                whole.push(d);
                if let Some(last) = groups.last_mut() {
                    *last += 1;
                }
            }
        } else if matches!(c, '.' | '\u{066B}') && !in_fraction {
            in_fraction = true;
        } else if matches!(c, ',' | '\u{066C}' | '_') && !in_fraction {
            groups.push(0);
        } else {
            return Err(NumberError::NotANumber);
        }
    }
    if whole.is_empty() && fraction.is_empty() {
        return Err(NumberError::NotANumber);
    }
    let grouped_well = groups.len() == 1
        || groups
            .iter()
            .enumerate()
            .all(|(i, n)| if i == 0 { (1..=3).contains(n) } else { *n == 3 });
    if !grouped_well {
        return Err(NumberError::NotANumber);
    }

    let digits = whole.trim_start_matches('0');
    let mut exact = String::with_capacity(digits.len() + fraction.len() + 3);
    if negative {
        exact.push('-');
    }
    exact.push_str(if digits.is_empty() { "0" } else { digits });
    // Trailing zeros add no precision; dropping them keeps `1.000…0` exact.
    let fraction = fraction.trim_end_matches('0');
    if !fraction.is_empty() {
        exact.push('.');
        exact.push_str(fraction);
    }
    // The text is now a plain decimal, so the only possible failures are
    // range and precision.
    Decimal::from_str_exact(&exact).map_err(|e| match e {
        rust_decimal::Error::Underflow | rust_decimal::Error::ScaleExceedsMaximumPrecision(_) => {
            NumberError::TooPrecise
        }
        _ => NumberError::TooLarge,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn ok(text: &str, want: &str) {
        assert_eq!(
            parse_number(text),
            Ok(Decimal::from_str(want).unwrap()),
            "{text}"
        );
    }

    #[test]
    fn every_script_and_separator() {
        ok("312700", "312700");
        ok("312,700", "312700");
        ok("1,234,567.25", "1234567.25");
        ok("1_000", "1000");
        ok("٣١٢٬٧٠٠", "312700");
        ok("٢٫٥", "2.5");
        ok("۱۲۳۴", "1234");
        ok("  7 ", "7");
        ok("\u{200F}١٠\u{200F}", "10");
        ok("-3", "-3");
        ok("\u{2212}3", "-3");
        ok("+3", "3");
        ok(".5", "0.5");
        ok("5.", "5");
        ok("007", "7");
        ok("0.000", "0");
    }

    #[test]
    fn garbage_is_refused() {
        for bad in [
            "",
            " ",
            "-",
            "+",
            ".",
            "abc",
            "NaN",
            "nan",
            "inf",
            "-inf",
            "infinity",
            "1e5",
            "1E5",
            "0x10",
            "1.2.3",
            "1..2",
            "2,5",
            "1,00",
            "1,0000",
            "1000,000",
            ",100",
            "100,",
            "1.000,5",
            "1.5,000",
            "--1",
            "+-1",
            "1 000",
            "١،٠٠٠",
            "12a",
            "½",
        ] {
            assert_eq!(parse_number(bad), Err(NumberError::NotANumber), "{bad:?}");
        }
    }

    #[test]
    fn out_of_range_is_too_large_not_garbage() {
        assert_eq!(parse_number(&"9".repeat(40)), Err(NumberError::TooLarge));
        assert!(parse_number("79228162514264337593543950335").is_ok());
        assert_eq!(
            parse_number("79228162514264337593543950336"),
            Err(NumberError::TooLarge)
        );
        assert_eq!(
            parse_number(&format!("0.{}1", "0".repeat(40))),
            Err(NumberError::TooPrecise)
        );
        ok(&format!("1.{}", "0".repeat(60)), "1");
    }
}
