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
