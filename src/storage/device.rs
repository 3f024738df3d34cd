//! The device's own notes, in localStorage: only the keys listed in
//! [`KEYS`] may be written here, so nothing personal slips in by accident.

use super::local;

/// The device's notes. Anything else under `dalil.` is personal.
pub const KEYS: &[&str] = &[CATALOGUE, KIOSK, KEEP_CATALOGUE];

/// The catalogue kept for offline use (`offline/catalogue_store.rs`).
/// Dropping it would make every kiosk session download it all again.
pub const CATALOGUE: &str = "dalil.catalogue";
/// That the person said yes to keeping the catalogue on a metered
/// connection (`offline/metered.rs`).
pub const KEEP_CATALOGUE: &str = "dalil.catalogue-keep";
/// That this device's `config.json` makes it a kiosk (`kiosk/mod.rs`).
pub const KIOSK: &str = "dalil.kiosk-device";

pub fn get(key: &'static str) -> Option<String> {
    debug_assert!(KEYS.contains(&key), "{key} is not a device key");
    local()?.get_item(key).ok().flatten()
}

/// Stores a value; false when the device refused (quota, private mode).
pub fn set(key: &'static str, value: &str) -> bool {
    debug_assert!(KEYS.contains(&key), "{key} is not a device key");
    local().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &'static str) {
    if let Some(s) = local() {
        let _ = s.remove_item(key);
    }
}
