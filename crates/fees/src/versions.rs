//! Which version of a schedule applies on a given day.

use crate::date::Date;
use dalil_model::FeeVersion;

/// The version in force on `today`: the one with the latest `valid_from`
/// on or before it. Versions whose `valid_from` is not a date are ignored
/// (the audit reports them); of two with the same date, the later in the
/// list wins. `None` when every version starts after `today`.
pub fn in_force(versions: &[FeeVersion], today: Date) -> Option<&FeeVersion> {
    versions
        .iter()
        .filter_map(|v| Some((Date::parse(&v.valid_from).ok()?, v)))
        .filter(|(from, _)| *from <= today)
        .max_by_key(|(from, _)| *from)
        .map(|(_, v)| v)
}

/// The next version to come into force after `today`, if one is announced:
/// the app can warn that fees change on its `valid_from`.
pub fn upcoming(versions: &[FeeVersion], today: Date) -> Option<&FeeVersion> {
    versions
        .iter()
        .filter_map(|v| Some((Date::parse(&v.valid_from).ok()?, v)))
        .filter(|(from, _)| *from > today)
        .min_by_key(|(from, _)| *from)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use dalil_model::fee_schedule::Rounding;

    fn v(from: &str) -> FeeVersion {
        FeeVersion {
            valid_from: from.to_string(),
            source: None,
            sample: false,
            rounding: Rounding::default(),
            inputs: Vec::new(),
            items: Vec::new(),
            note: None,
        }
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn the_latest_started_version_is_in_force_whatever_the_order() {
        let versions = [
            v("2024-01-01"),
            v("not a date"),
            v("2022-01-01"),
            v("2025-07-01"),
        ];
        let from = |d: &str| in_force(&versions, day(d)).map(|x| x.valid_from.as_str());
        assert_eq!(from("2021-12-31"), None);
        assert_eq!(from("2022-01-01"), Some("2022-01-01"));
        assert_eq!(from("2023-12-31"), Some("2022-01-01"));
        assert_eq!(from("2024-01-01"), Some("2024-01-01"));
        assert_eq!(from("2030-01-01"), Some("2025-07-01"));
        let next = |d: &str| upcoming(&versions, day(d)).map(|x| x.valid_from.as_str());
        assert_eq!(next("2021-01-01"), Some("2022-01-01"));
        assert_eq!(next("2024-01-01"), Some("2025-07-01"));
        assert_eq!(next("2025-07-01"), None);
        assert_eq!(in_force(&[], day("2025-01-01")), None);
    }
}
