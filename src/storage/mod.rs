//! What Dalil keeps on the device, in two kinds that never mix:
//!
//! - [`device`]: the device's own notes (the catalogue kept for offline
//!   use, whether the device is a kiosk). They belong to no one, so a kiosk
//!   keeps them between people.
//! - [`personal`]: one person's choices (language, governorate, checklist
//!   ticks, digits). On a personal device they are remembered in
//!   localStorage; on a shared screen they live in memory only, so a
//!   start-over, a reload or a crash forgets them (docs/security.md).
//!
//! Every key starts with [`PREFIX`].

pub mod device;
pub mod personal;

/// The prefix of every key Dalil stores.
pub const PREFIX: &str = "dalil.";

/// localStorage. Private modes and full quotas make it fail: every call
/// degrades to "nothing stored" instead of breaking the page (and so does
/// the native pre-renderer, which has no window).
fn local() -> Option<web_sys::Storage> {
    crate::browser::window()?.local_storage().ok().flatten()
}

/// Both web storages: what a person may have left in either.
fn both_web_storages() -> impl Iterator<Item = web_sys::Storage> {
    let window = crate::browser::window();
    [
        window
            .as_ref()
            .and_then(|w| w.local_storage().ok().flatten()),
        window.and_then(|w| w.session_storage().ok().flatten()),
    ]
    .into_iter()
    .flatten()
}
