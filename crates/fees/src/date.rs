//! A small civil (proleptic Gregorian) date: enough to know which schedule is
//! in force and how long ago something happened, without a time-zone crate.

use dalil_model::fee_schedule::Elapsed;
use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date between 0001-01-01 and 9999-12-31.
///
/// Fields are private so that every `Date` is a real day; the derived order
/// (year, then month, then day) is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD`.
    Format,
    /// The form is right but the day does not exist (2025-02-29, 2025-13-01).
    NoSuchDay,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format => f.write_str("write the date as YYYY-MM-DD"),
            DateError::NoSuchDay => f.write_str("there is no such day in the calendar"),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// The number of days in a month (1-12) of a year; 0 for a month that does not exist.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// The date, if it is a real day between years 1 and 9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let real = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        real.then_some(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, zero-padded). Anything else,
    /// including surrounding spaces, is refused: schedule files and URLs carry
    /// this form only, and a lenient parser would hide typos.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let b = text.as_bytes();
        let shape_ok = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shape_ok {
            return Err(DateError::Format);
        }
        let num = |range: std::ops::Range<usize>| {
            b[range]
                .iter()
                .fold(0u16, |acc, c| acc * 10 + u16::from(c - b'0'))
        };
        let (year, month, day) = (num(0..4), num(5..7), num(8..10));
        // Both are at most 99, so the narrowing cannot fail.
        let month = u8::try_from(month).map_err(|_| DateError::NoSuchDay)?;
        let day = u8::try_from(day).map_err(|_| DateError::NoSuchDay)?;
        Date::new(year, month, day).ok_or(DateError::NoSuchDay)
    }

    /// Days since 1970-01-01 (negative before it). Howard Hinnant's
    /// `days_from_civil`, exact for the whole supported range.
    pub fn days_since_epoch(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let shifted_month = (month + 9) % 12; // March = 0
        let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Today in Syria (UTC+3 all year since 2022), from the system clock: the day natively
    /// worked-out fees are for (the CLI, the pre-rendered pages). `None` if the clock is before
    /// 1970 or out of range. (In the browser the device's own date is used instead.)
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_in_syria() -> Option<Date> {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        Date::from_days_since_epoch(i64::try_from((seconds + 3 * 3600) / 86_400).ok()?)
    }

    /// The date `days` days after 1970-01-01, if it is within years 1-9999.
    /// The CLI uses it to turn the system clock into today's date.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        // Outside this window the year is out of range anyway; the bound also
        // keeps the arithmetic below far from overflow.
        if !(-719_162..=2_932_896).contains(&days) {
            return None;
        }
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date::new(
            u16::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// Whole months from `self` to `later`; 0 if `later` is not after `self`.
    ///
    /// `n` months have passed once `later` reaches the same day-of-month `n`
    /// months on, or the last day of that month when it is shorter: from
    /// 31 January, one month has passed on 28 February (29 in a leap year).
    /// This is how civil codes count periods that end in a short month.
    pub fn whole_months_until(self, later: Date) -> i64 {
        if later <= self {
            return 0;
        }
        let mut months = (i64::from(later.year) - i64::from(self.year)) * 12
            + i64::from(later.month)
            - i64::from(self.month);
        // The anniversary day in `later`'s month, clamped to its length.
        let anniversary = self.day.min(days_in_month(later.year, later.month));
        if later.day < anniversary {
            months -= 1;
        }
        months.max(0)
    }

    /// Whole years from `self` to `later`, counted like months: from
    /// 29 February, a year has passed on 28 February of a common year.
    pub fn whole_years_until(self, later: Date) -> i64 {
        self.whole_months_until(later) / 12
    }

    /// The time elapsed from `self` to `later` in whole `unit`s; 0 when
    /// `later` is not after `self`.
    pub fn elapsed_until(self, later: Date, unit: Elapsed) -> i64 {
        match unit {
            Elapsed::Days => self.days_until(later).max(0),
            Elapsed::Months => self.whole_months_until(later),
            Elapsed::Years => self.whole_years_until(later),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn epoch_days_round_trip_over_the_whole_range() {
        for days in (-719_162..=2_932_896).step_by(997) {
            let date = Date::from_days_since_epoch(days).unwrap();
            assert_eq!(date.days_since_epoch(), days, "{date}");
        }
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(Date::from_days_since_epoch(-719_162), Some(d("0001-01-01")));
        assert_eq!(
            Date::from_days_since_epoch(2_932_896),
            Some(d("9999-12-31"))
        );
        assert_eq!(Date::from_days_since_epoch(-719_163), None);
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
    }
}
