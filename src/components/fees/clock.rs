//! Today's date from the browser's clock, as the fee engine's `Date`.

use dalil_fees::Date;

/// Today on the device's calendar (local time). Schedules change at
/// midnight in Syria; a device elsewhere sees its own day, which is what
/// its user calls today.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let local = (
        u16::try_from(now.get_full_year()).ok(),
        u8::try_from(now.get_month() + 1).ok(),
        u8::try_from(now.get_date()).ok(),
    );
    match local {
        (Some(y), Some(m), Some(d)) => Date::new(y, m, d),
        _ => None,
    }
    .or_else(|| Date::from_days_since_epoch((now.get_time() / 86_400_000.0).floor() as i64))
    .unwrap_or_else(|| Date::new(1970, 1, 1).expect("a real day"))
}

/// Natively (the pre-renderer): today in Syria, the day the pages are built.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    Date::today_in_syria().unwrap_or_else(|| Date::new(1970, 1, 1).expect("a real day"))
}
