//! The shapes of the short strings that end up in URLs, file names and the
//! device's one-line catalogue pointer: ids, catalogue versions and dates.
//!
//! One definition, shared by the audit (which refuses bad sources), the
//! publisher, the update check (which refuses a bad manifest from a server
//! that never ran the audit) and the app (which echoes only well-shaped ids).

/// The longest id: ids appear in URLs and file names.
pub const MAX_ID_LEN: usize = 80;

/// The longest catalogue version a client accepts. Dalil's publisher writes
/// 16 hex digits; a hand-made server may use its own scheme, within this.
pub const MAX_VERSION_LEN: usize = 64;

/// Ids are lowercase ASCII words joined by `-`: `individual-civil-extract`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

/// A catalogue version: 1 to 64 characters of `[0-9A-Za-z._-]`. No space,
/// tab or newline can reach the device's pointer line or a cache name.
pub fn valid_version(version: &str) -> bool {
    !version.is_empty()
        && version.len() <= MAX_VERSION_LEN
        && version
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A real calendar day written `YYYY-MM-DD` (years 0001 to 9999, the
/// Gregorian calendar's leap years): `2026-02-29` is refused.
pub fn valid_iso_date(date: &str) -> bool {
    iso_date_parts(date).is_some()
}

/// The year, month and day of a real `YYYY-MM-DD` date.
pub fn iso_date_parts(date: &str) -> Option<(u16, u8, u8)> {
    let b = date.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u16> {
        date.get(range.clone())
            .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?
            .parse()
            .ok()
    };
    let year = digits(0..4)?;
    let month = u8::try_from(digits(5..7)?).ok()?;
    let day = u8::try_from(digits(8..10)?).ok()?;
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (year >= 1 && (1..=days_in_month).contains(&day)).then_some((year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        for good in ["interior", "individual-civil-extract", "a1", "x"] {
            assert!(valid_id(good), "{good}");
        }
        let long = "a".repeat(MAX_ID_LEN + 1);
        for bad in ["", "-a", "a-", "A", "a b", "a_b", "../x", "أ", "a\n", &long] {
            assert!(!valid_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn versions() {
        for good in ["cd3c7b2dddbffeb9", "v1", "2026.10.05-r2", "A_b"] {
            assert!(valid_version(good), "{good}");
        }
        let long = "a".repeat(MAX_VERSION_LEN + 1);
        for bad in ["", " ", "v1\t", "v1\nx", "a b", "a/b", "é", "a;b", &long] {
            assert!(!valid_version(bad), "{bad:?}");
        }
    }

    #[test]
    fn dates() {
        for good in [
            "2026-10-05",
            "2024-02-29",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
        ] {
            assert!(valid_iso_date(good), "{good}");
        }
        for bad in [
            "",
            "2026-1-05",
            "2026-13-01",
            "2026-00-10",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "0000-01-01",
            "2026-10-05\t",
            "2026-10-05\n",
            " 2026-10-05",
            "2026/10/05",
            "+026-10-05",
            "٢٠٢٦-١٠-٠٥",
        ] {
            assert!(!valid_iso_date(bad), "{bad:?}");
        }
    }
}
