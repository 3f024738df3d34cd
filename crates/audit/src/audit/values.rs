//! Checks on single values: ids, dates and time ranges.

use dalil_fees::{Date, DateError};
use dalil_model::{Lang, TimeRange, TimeUnit};

/// A published record last verified longer ago than this gets a warning.
pub const MAX_VERIFIED_AGE_YEARS: i64 = 3;

/// Ids are used in URLs and file names: lowercase ASCII words joined by `-`.
/// The one definition lives in the model, so the app checks the same shape.
pub use dalil_model::shape::valid_id;

pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Ar => "Arabic",
        Lang::En => "English",
    }
}

/// The unit as the sources spell it (`working_days`).
pub fn unit_name(unit: TimeUnit) -> String {
    unit.key().replace('-', "_")
}

/// The longest time any range may claim: beyond it the figure is surely a typo.
const MAX_RANGE_MINUTES: u64 = 2 * 525_600;

/// What is wrong with a time range, if anything.
pub fn check_range(range: &TimeRange) -> Option<String> {
    if range.min > range.max {
        return Some(format!(
            "the range starts after it ends (min {} > max {}); swap them",
            range.min, range.max
        ));
    }
    if range.max == 0 {
        return Some("the range is zero; give at least 1 as max".into());
    }
    if u64::from(range.max) * range.unit.approx_minutes() > MAX_RANGE_MINUTES {
        return Some(format!(
            "{} {} is longer than two years; check the figure and the unit",
            range.max,
            unit_name(range.unit)
        ));
    }
    None
}

/// `None` when `date` is a real, plausible `YYYY-MM-DD` date, else what is wrong.
pub fn check_date(date: &str) -> Option<String> {
    parse_date(date).err()
}

/// The date, or what is wrong with it, precisely enough to fix.
pub fn parse_date(date: &str) -> Result<Date, String> {
    match Date::parse(date) {
        Ok(d) if (1990..=2100).contains(&d.year()) => Ok(d),
        Ok(d) => Err(format!("`{date}`: the year {} is not plausible", d.year())),
        Err(DateError::Format) => Err(format!(
            "`{date}` is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01"
        )),
        Err(DateError::NoSuchDay) => {
            // The shape is right, so the three parts are digits.
            let part = |r: std::ops::Range<usize>| date.get(r).unwrap_or("").to_string();
            let (y, m, d) = (part(0..4), part(5..7), part(8..10));
            let month: u32 = m.parse().unwrap_or(0);
            if !(1..=12).contains(&month) {
                Err(format!("`{date}`: there is no month {m}"))
            } else {
                Err(format!(
                    "`{date}`: month {month} of {y} has no day {}",
                    d.trim_start_matches('0')
                ))
            }
        }
    }
}

/// What is wrong with a verification date as of `today`, and whether it is
/// an error (in the future) or a warning (too old).
pub fn verified_age(date: Date, today: Date) -> Option<(bool, String)> {
    if date > today {
        return Some((
            true,
            format!(
                "`{date}` is in the future (today is {today}); give the day the record was checked"
            ),
        ));
    }
    if date.whole_years_until(today) >= MAX_VERIFIED_AGE_YEARS {
        return Some((
            false,
            format!(
                "last verified on {date}, more than {MAX_VERIFIED_AGE_YEARS} years ago; \
                 ask the directorate to check the record again and update the date"
            ),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_say_what_is_wrong() {
        assert_eq!(check_date("2025-02-28"), None);
        assert!(check_date("2025-02-30")
            .unwrap()
            .contains("month 2 of 2025 has no day 30"));
        assert!(check_date("2025-13-01").unwrap().contains("no month 13"));
        assert!(check_date("1/3/2025").unwrap().contains("YYYY-MM-DD"));
        assert!(check_date("1890-01-01").unwrap().contains("not plausible"));
        assert!(check_date("+025-01-01").is_some());
    }

    #[test]
    fn ranges_catch_typos() {
        let r = |min, max, unit| TimeRange { min, max, unit };
        assert!(check_range(&r(1, 3, TimeUnit::Days)).is_none());
        assert!(check_range(&r(5, 3, TimeUnit::Days))
            .unwrap()
            .contains("min 5 > max 3"));
        assert!(check_range(&r(0, 0, TimeUnit::Days))
            .unwrap()
            .contains("zero"));
        assert!(check_range(&r(1, 400, TimeUnit::Years))
            .unwrap()
            .contains("400 years"));
        assert!(check_range(&r(1, u32::MAX, TimeUnit::Years)).is_some());
    }
}
