//! Durations and ranges in words, with the right plural forms, and the one
//! writer of dates.

use crate::i18n::{translate, Arg};
use dalil_fees::{format_amount, Date, Digits};
use dalil_model::{Amount, Duration, Lang, TimeRange, TimeUnit};

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

/// "12 March 2026" / "12 آذار 2026" from an ISO date (a timestamp's date
/// part is used), in Latin digits; anything that is not one is shown as it
/// came.
pub fn date(lang: Lang, iso: &str) -> String {
    date_with_digits(lang, iso, Digits::Latin)
}

/// [`date`] with the digits of the user's choice.
pub fn date_with_digits(lang: Lang, iso: &str, digits: Digits) -> String {
    match Date::parse(iso.get(..10).unwrap_or(iso)) {
        Ok(d) => calendar_date(lang, d, digits),
        Err(_) => iso.to_string(),
    }
}

/// The one way the app writes a date: day, month name, year. The month
/// names are Fluent's `month-1` … `month-12`; in Arabic they are the
/// Levantine names (كانون الثاني، شباط، آذار …) because that is Syrian usage,
/// where يناير، فبراير، مارس read as foreign.
pub fn calendar_date(lang: Lang, d: Date, digits: Digits) -> String {
    let num = |n: u16| format_amount(Amount::from_int(i64::from(n)), false, digits);
    let month = translate(lang, &format!("month-{}", d.month()), &[]);
    format!("{} {month} {}", num(u16::from(d.day())), num(d.year()))
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
        assert_eq!(date(Lang::Ar, "2026-03-12"), "12 آذار 2026");
        assert_eq!(date(Lang::En, "2026-10-05T10:00:00Z"), "5 October 2026");
        for odd in ["", "soon", "2026-13-01", "2026-03", "2026-02-30"] {
            assert_eq!(date(Lang::En, odd), odd);
        }
        assert_eq!(
            date_with_digits(Lang::Ar, "2025-01-01", Digits::ArabicIndic),
            "١ كانون الثاني ٢٠٢٥"
        );
        let d = |iso| Date::parse(iso).unwrap();
        assert_eq!(
            calendar_date(Lang::Ar, d("2024-12-31"), Digits::Latin),
            "31 كانون الأول 2024"
        );
        assert_eq!(
            calendar_date(Lang::En, d("1900-01-01"), Digits::Latin),
            "1 January 1900"
        );
    }

    #[test]
    fn arabic_months_are_the_levantine_names() {
        let names: Vec<String> = (1..=12)
            .map(|m| translate(Lang::Ar, &format!("month-{m}"), &[]))
            .collect();
        assert_eq!(
            names.join("، "),
            "كانون الثاني، شباط، آذار، نيسان، أيار، حزيران، تموز، آب، أيلول، تشرين الأول، تشرين الثاني، كانون الأول"
        );
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
