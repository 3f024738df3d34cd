//! The civil date: strict parsing, leap years, and whole units elapsed.

use dalil_fees::date::{days_in_month, is_leap_year};
use dalil_fees::{Date, DateError};
use dalil_model::fee_schedule::Elapsed;

fn d(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

#[test]
fn parsing_is_strict() {
    assert_eq!(d("2025-01-31").to_string(), "2025-01-31");
    assert_eq!((d("0001-01-01").year(), d("9999-12-31").day()), (1, 31));
    for bad in [
        "",
        "2025-1-31",
        "2025-01-1",
        "25-01-31",
        "2025/01/31",
        " 2025-01-31",
        "2025-01-31 ",
        "2025-01-31T00:00",
        "+2025-01-31",
        "2025-0a-31",
        "٢٠٢٥-٠١-٣١",
        "20250131",
    ] {
        assert_eq!(Date::parse(bad), Err(DateError::Format), "{bad:?}");
    }
    for impossible in [
        "0000-01-01",
        "2025-00-10",
        "2025-13-01",
        "2025-01-00",
        "2025-01-32",
        "2025-04-31",
        "2025-02-29",
        "1900-02-29",
    ] {
        assert_eq!(
            Date::parse(impossible),
            Err(DateError::NoSuchDay),
            "{impossible}"
        );
    }
    assert!(Date::parse("2024-02-29").is_ok());
    assert!(Date::parse("2000-02-29").is_ok());
}

#[test]
fn leap_years() {
    assert!(is_leap_year(2024));
    assert!(is_leap_year(2000));
    assert!(!is_leap_year(1900));
    assert!(!is_leap_year(2025));
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2100, 2), 28);
    assert_eq!(days_in_month(2025, 13), 0);
    assert_eq!(Date::new(2025, 2, 29), None);
}

#[test]
fn days_elapsed_cross_leap_days() {
    assert_eq!(d("2024-02-28").days_until(d("2024-03-01")), 2);
    assert_eq!(d("2025-02-28").days_until(d("2025-03-01")), 1);
    assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
    assert_eq!(d("2025-01-01").days_until(d("2024-01-01")), -366);
    assert_eq!(d("1970-01-01").days_since_epoch(), 0);
    assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
    assert_eq!(d("0001-01-01").days_until(d("9999-12-31")), 3_652_058);
}

#[test]
fn whole_months_at_month_ends() {
    let months = |a: &str, b: &str| d(a).whole_months_until(d(b));
    assert_eq!(months("2025-01-15", "2025-02-14"), 0);
    assert_eq!(months("2025-01-15", "2025-02-15"), 1);
    // From the 31st, a month has passed on the last day of a shorter month.
    assert_eq!(months("2025-01-31", "2025-02-27"), 0);
    assert_eq!(months("2025-01-31", "2025-02-28"), 1);
    assert_eq!(months("2024-01-31", "2024-02-28"), 0);
    assert_eq!(months("2024-01-31", "2024-02-29"), 1);
    assert_eq!(months("2025-01-31", "2025-03-30"), 1);
    assert_eq!(months("2025-01-31", "2025-03-31"), 2);
    assert_eq!(months("2025-03-31", "2025-04-30"), 1);
    assert_eq!(months("2025-01-30", "2025-02-28"), 1);
    assert_eq!(months("2024-12-31", "2025-01-31"), 1);
    assert_eq!(months("2024-12-15", "2025-12-14"), 11);
    assert_eq!(months("2025-05-01", "2025-04-01"), 0);
    assert_eq!(months("2025-05-01", "2025-05-01"), 0);
}

#[test]
fn whole_years_including_29_february() {
    let years = |a: &str, b: &str| d(a).whole_years_until(d(b));
    assert_eq!(years("2020-06-10", "2021-06-09"), 0);
    assert_eq!(years("2020-06-10", "2021-06-10"), 1);
    assert_eq!(years("2020-02-29", "2021-02-27"), 0);
    assert_eq!(years("2020-02-29", "2021-02-28"), 1);
    assert_eq!(years("2020-02-29", "2024-02-28"), 3);
    assert_eq!(years("2020-02-29", "2024-02-29"), 4);
    assert_eq!(years("2000-01-01", "2025-06-01"), 25);
    assert_eq!(
        d("2020-02-29").elapsed_until(d("2021-03-01"), Elapsed::Days),
        366
    );
    assert_eq!(
        d("2020-02-29").elapsed_until(d("2021-03-01"), Elapsed::Months),
        12
    );
    assert_eq!(
        d("2021-03-01").elapsed_until(d("2020-02-29"), Elapsed::Days),
        0
    );
}

#[test]
fn dates_order_chronologically() {
    assert!(d("2024-12-31") < d("2025-01-01"));
    assert!(d("2025-02-01") > d("2025-01-31"));
    assert_eq!(
        Date::from_days_since_epoch(d("2024-02-29").days_since_epoch()),
        Some(d("2024-02-29"))
    );
}
