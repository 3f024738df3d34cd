//! What one person leaves on a shared screen, and wiping it.

/// Everything Dalil keeps on the device is under this prefix: the language
/// (`dalil.lang`), the governorate (`dalil.governorate`), checklist ticks
/// (`dalil.checklist.<id>`), fee calculator answers. On a kiosk all of it
/// belongs to the person who just left, so all of it goes.
pub const PREFIX: &str = "dalil.";

/// What the device keeps for everyone: the pointer to the catalogue kept
/// for offline use (dropping it would make every session download the
/// whole catalogue again), and whether the device is a kiosk.
const DEVICE_KEYS: &[&str] = &[
    crate::offline::catalogue_store::POINTER_KEY,
    super::DEVICE_KIOSK_KEY,
];

/// Removes every `dalil.` key from local and session storage, except the
/// device's own ([`DEVICE_KEYS`]).
pub fn clear_personal_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    for storage in [window.local_storage(), window.session_storage()]
        .into_iter()
        .filter_map(|s| s.ok().flatten())
    {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(PREFIX) && !DEVICE_KEYS.contains(&k.as_str()))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}
