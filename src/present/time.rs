//! Durations and ranges in words, with the right plural forms.

use crate::i18n::{translate, Arg};
use dalil_model::{Duration, Lang, TimeRange, TimeUnit};

fn unit_id(unit: TimeUnit) -> String {
    format!("unit-{}", unit.key())
}

/// "3 months" / "3 أشهر".
pub fn duration(lang: Lang, d: &Duration) -> String {
    amount_with_unit(lang, d.value, d.unit)
}

fn amount_with_unit(lang: Lang, n: u32, unit: TimeUnit) -> String {
    let word = translate(lang, &unit_id(unit), &[("count", Arg::Num(i64::from(n)))]);
    // Arabic says the unit alone for one and two ("يومان"), as English does not.
    if lang == Lang::Ar && (n == 1 || n == 2) {
        word
    } else {
        format!("{n} {word}")
    }
}

/// "30 to 45 days"; an exact figure when min equals max.
pub fn range(lang: Lang, r: &TimeRange) -> String {
    if r.min == r.max {
        return amount_with_unit(lang, r.max, r.unit);
    }
    let max = amount_with_unit(lang, r.max, r.unit);
    translate(
        lang,
        "time-range",
        &[
            ("min", Arg::Str(&r.min.to_string())),
            ("max", Arg::Str(&max)),
        ],
    )
}

/// "12 March 2026" / "12 مارس 2026" from an ISO date; anything that is not
/// one is shown as it came.
pub fn date(lang: Lang, iso: &str) -> String {
    let mut parts = iso.get(..10).unwrap_or(iso).split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return iso.to_string();
    };
    match (y.parse::<u32>(), m.parse::<u8>(), d.parse::<u8>()) {
        (Ok(y), Ok(m @ 1..=12), Ok(d @ 1..=31)) => {
            let month = translate(lang, &format!("month-{m}"), &[]);
            format!("{d} {month} {y}")
        }
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(min: u32, max: u32, unit: TimeUnit) -> TimeRange {
        TimeRange { min, max, unit }
    }

    #[test]
    fn dates_read_as_words() {
        assert_eq!(date(Lang::En, "2026-03-12"), "12 March 2026");
        assert_eq!(date(Lang::Ar, "2026-03-12"), "12 مارس 2026");
        assert_eq!(date(Lang::En, "2026-10-05T10:00:00Z"), "5 October 2026");
        for odd in ["", "soon", "2026-13-01", "2026-03"] {
            assert_eq!(date(Lang::En, odd), odd);
        }
    }

    #[test]
    fn ranges_read_naturally_in_both_languages() {
        assert_eq!(range(Lang::En, &r(30, 45, TimeUnit::Days)), "30 to 45 days");
        assert_eq!(range(Lang::En, &r(1, 1, TimeUnit::Hours)), "1 hour");
        assert_eq!(
            range(Lang::En, &r(2, 3, TimeUnit::WorkingDays)),
            "2 to 3 working days"
        );
        assert_eq!(
            range(Lang::Ar, &r(30, 45, TimeUnit::Days)),
            "30 إلى 45 يومًا"
        );
        assert_eq!(range(Lang::Ar, &r(2, 2, TimeUnit::Days)), "يومان");
        assert_eq!(range(Lang::Ar, &r(1, 3, TimeUnit::Hours)), "1 إلى 3 ساعات");
        assert_eq!(range(Lang::Ar, &r(15, 15, TimeUnit::Days)), "15 يومًا");
    }

    #[test]
    fn durations_use_plural_forms() {
        let d = |value, unit| Duration { value, unit };
        assert_eq!(duration(Lang::Ar, &d(3, TimeUnit::Months)), "3 أشهر");
        assert_eq!(duration(Lang::Ar, &d(6, TimeUnit::Years)), "6 سنوات");
        assert_eq!(duration(Lang::Ar, &d(1, TimeUnit::Years)), "سنة");
        assert_eq!(duration(Lang::En, &d(1, TimeUnit::Years)), "1 year");
        assert_eq!(duration(Lang::En, &d(6, TimeUnit::Years)), "6 years");
    }
}
