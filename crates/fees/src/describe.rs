//! A line's computation in words and figures ("3 × 500", "2% of 10,000,000,
//! raised to the minimum"), in Arabic or English, for the app and the CLI.

use crate::breakdown::{Clamp, LineDetail, TierApplied};
use crate::format::{format_amount, Digits};
use dalil_model::fee_schedule::{Elapsed, TierMode};
use dalil_model::{Amount, Lang};
use rust_decimal::Decimal;

/// How the line was computed; empty for a fixed amount, which needs no
/// explanation. Figures are grouped and written in `digits`.
pub fn describe(detail: &LineDetail, lang: Lang, digits: Digits) -> String {
    let num = |a: Amount| format_amount(a, true, digits);
    match detail {
        LineDetail::Fixed => String::new(),
        LineDetail::PerUnit {
            rate,
            quantity,
            free,
            elapsed,
            ..
        } => {
            let counted = match elapsed {
                Some(unit) => count_of(*quantity, *unit, lang, digits),
                None => num(*quantity),
            };
            let units = if free.0 > Decimal::ZERO {
                let free_word = match lang {
                    Lang::Ar => "مجانًا",
                    Lang::En => "free",
                };
                format!("({counted} − {} {free_word})", num(*free))
            } else {
                counted
            };
            format!("{units} × {}", num(*rate))
        }
        LineDetail::ByChoice { option_label, .. } => option_label.get(lang).to_string(),
        LineDetail::Tiered { mode, tiers, .. } => match mode {
            TierMode::Whole => tiers
                .iter()
                .map(|t| {
                    format!(
                        "{}: {}",
                        tier_range(t, lang, digits),
                        tier_formula(t, digits)
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
            TierMode::Marginal => tiers
                .iter()
                .map(|t| tier_formula(t, digits))
                .collect::<Vec<_>>()
                .join(" + "),
        },
        LineDetail::Percent {
            base,
            percent,
            clamp,
            ..
        } => {
            let sign = match digits {
                Digits::Latin => "%",
                Digits::ArabicIndic => "٪",
            };
            let mut text = match lang {
                Lang::Ar => format!("{}{sign} من {}", num(*percent), num(*base)),
                Lang::En => format!("{}{sign} of {}", num(*percent), num(*base)),
            };
            let note = match (clamp, lang) {
                (None, _) => "",
                (Some(Clamp::Min(_)), Lang::Ar) => "، رُفع إلى الحد الأدنى",
                (Some(Clamp::Min(_)), Lang::En) => ", raised to the minimum",
                (Some(Clamp::Max(_)), Lang::Ar) => "، خُفّض إلى الحد الأعلى",
                (Some(Clamp::Max(_)), Lang::En) => ", capped at the maximum",
            };
            text.push_str(note);
            text
        }
    }
}

/// "over 1,000 up to 2,000", "up to 1,000", "over 2,000".
fn tier_range(t: &TierApplied, lang: Lang, digits: Digits) -> String {
    let num = |a: Amount| format_amount(a, true, digits);
    let first = t.index == 0;
    match (first, t.upto, lang) {
        (true, Some(upto), Lang::Ar) => format!("حتى {}", num(upto)),
        (true, Some(upto), Lang::En) => format!("up to {}", num(upto)),
        (false, Some(upto), Lang::Ar) => format!("أكثر من {} حتى {}", num(t.above), num(upto)),
        (false, Some(upto), Lang::En) => format!("over {} up to {}", num(t.above), num(upto)),
        (true, None, Lang::Ar) => "كل القيم".to_string(),
        (true, None, Lang::En) => "any value".to_string(),
        (false, None, Lang::Ar) => format!("أكثر من {}", num(t.above)),
        (false, None, Lang::En) => format!("over {}", num(t.above)),
    }
}

/// "150,000 + 1,600 × 10": the fixed part if any, then units × rate if any.
fn tier_formula(t: &TierApplied, digits: Digits) -> String {
    let num = |a: Amount| format_amount(a, true, digits);
    let mut parts = Vec::new();
    if t.fixed.0 > Decimal::ZERO {
        parts.push(num(t.fixed));
    }
    if t.rate.0 > Decimal::ZERO {
        parts.push(format!("{} × {}", num(t.units), num(t.rate)));
    }
    if parts.is_empty() {
        parts.push(num(Amount::ZERO));
    }
    parts.join(" + ")
}

/// A count of days, months or years with its unit: "4 months", "٤ أشهر".
fn count_of(count: Amount, unit: Elapsed, lang: Lang, digits: Digits) -> String {
    let n = format_amount(count, true, digits);
    match lang {
        Lang::En => {
            let one = count.0 == Decimal::ONE;
            let word = match (unit, one) {
                (Elapsed::Days, true) => "day",
                (Elapsed::Days, false) => "days",
                (Elapsed::Months, true) => "month",
                (Elapsed::Months, false) => "months",
                (Elapsed::Years, true) => "year",
                (Elapsed::Years, false) => "years",
            };
            format!("{n} {word}")
        }
        Lang::Ar => arabic_count(count.0, unit, &n),
    }
}

/// Arabic counted nouns: 1 and 2 use the singular and dual alone, 3-10 the
/// plural, 11-99 the accusative singular, and round hundreds the singular.
fn arabic_count(count: Decimal, unit: Elapsed, n: &str) -> String {
    let (one, two, plural, accusative, singular) = match unit {
        Elapsed::Days => ("يوم واحد", "يومان", "أيام", "يومًا", "يوم"),
        Elapsed::Months => ("شهر واحد", "شهران", "أشهر", "شهرًا", "شهر"),
        Elapsed::Years => ("سنة واحدة", "سنتان", "سنوات", "سنةً", "سنة"),
    };
    if count == Decimal::ONE {
        return one.to_string();
    }
    if count == Decimal::TWO {
        return two.to_string();
    }
    let last_two = count.checked_rem(Decimal::ONE_HUNDRED).unwrap_or_default();
    let word = if last_two >= Decimal::from(3) && last_two <= Decimal::TEN {
        plural
    } else if last_two >= Decimal::from(11) {
        accusative
    } else {
        singular
    };
    format!("{n} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(n: i64) -> Amount {
        Amount::from_int(n)
    }

    #[test]
    fn per_unit_in_both_languages() {
        let detail = LineDetail::PerUnit {
            rate: a(1000),
            quantity: a(3),
            free: a(1),
            charged: a(2),
            elapsed: None,
        };
        assert_eq!(
            describe(&detail, Lang::En, Digits::Latin),
            "(3 − 1 free) × 1,000"
        );
        assert_eq!(
            describe(&detail, Lang::Ar, Digits::ArabicIndic),
            "(٣ − ١ مجانًا) × ١٬٠٠٠"
        );
        assert_eq!(describe(&LineDetail::Fixed, Lang::Ar, Digits::Latin), "");
    }

    #[test]
    fn arabic_counted_nouns() {
        let months = |n| count_of(a(n), Elapsed::Months, Lang::Ar, Digits::Latin);
        assert_eq!(months(1), "شهر واحد");
        assert_eq!(months(2), "شهران");
        assert_eq!(months(3), "3 أشهر");
        assert_eq!(months(10), "10 أشهر");
        assert_eq!(months(11), "11 شهرًا");
        assert_eq!(months(100), "100 شهر");
        assert_eq!(months(103), "103 أشهر");
        assert_eq!(
            count_of(a(1), Elapsed::Days, Lang::En, Digits::Latin),
            "1 day"
        );
        assert_eq!(
            count_of(a(2), Elapsed::Years, Lang::En, Digits::Latin),
            "2 years"
        );
    }

    #[test]
    fn percent_and_tiers_in_arabic() {
        let detail = LineDetail::Percent {
            base: a(1_000_000),
            percent: Amount(Decimal::new(25, 1)),
            raw: a(25_000),
            clamp: Some(Clamp::Min(a(50_000))),
        };
        assert_eq!(
            describe(&detail, Lang::Ar, Digits::ArabicIndic),
            "٢٫٥٪ من ١٬٠٠٠٬٠٠٠، رُفع إلى الحد الأدنى"
        );
        let tier = TierApplied {
            index: 1,
            above: a(1000),
            upto: Some(a(2000)),
            units: a(1500),
            fixed: a(100),
            rate: a(2),
            amount: a(3100),
        };
        let detail = LineDetail::Tiered {
            mode: TierMode::Whole,
            value: a(1500),
            elapsed: None,
            tiers: vec![tier],
        };
        assert_eq!(
            describe(&detail, Lang::Ar, Digits::Latin),
            "أكثر من 1,000 حتى 2,000: 100 + 1,500 × 2"
        );
    }
}
