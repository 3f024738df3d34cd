//! The device's side of a kiosk: whether this page is one, and the note
//! that this device's `config.json` makes it one.

use crate::storage::personal;
use crate::surface::paths::{is_kiosk_path, kiosk_path};
use dalil_model::config::KioskConfig;
use leptos::prelude::*;
use std::cell::Cell;

/// Remembers on the device that its `config.json` makes it a kiosk, so the
/// next page load opens in the kiosk at once, before `config.json` has
/// arrived (without it the site's header showed for a moment). It is the
/// device's setting, not a person's: a start-over keeps it.
const DEVICE_KIOSK_KEY: &str = crate::storage::device::KIOSK;

thread_local! {
    /// Set once, never unset: a kiosk has no way back to the ordinary site.
    static ENTERED: Cell<bool> = const { Cell::new(false) };
}

/// Whether this page has been a kiosk (for keeping it one).
pub fn entered() -> bool {
    ENTERED.with(Cell::get)
}

/// The page becomes a kiosk, for the rest of its life.
pub fn enter() {
    ENTERED.with(|a| a.set(true));
    // A shared screen: from now on nothing personal touches the device.
    personal::keep_in_memory();
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-kiosk", "true");
    }
}

/// Before anything reads a person's choices or the router mounts: a device
/// known to be a kiosk moves the address into `/kiosk`, so the first frame
/// drawn is already the kiosk's; and a kiosk page keeps choices in memory
/// from the very first read (the language, before it is applied).
pub fn boot() {
    enter_if_remembered();
    let path = crate::url::current_path();
    if is_kiosk_path(&path) {
        personal::keep_in_memory();
    }
}

fn enter_if_remembered() {
    if crate::storage::device::get(DEVICE_KIOSK_KEY).as_deref() != Some("true") {
        return;
    }
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    if is_kiosk_path(&path) {
        return;
    }
    let full = format!(
        "{path}{}{}",
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&kiosk_path(&full)),
        );
    }
}

/// Keeps [`DEVICE_KIOSK_KEY`] in step with a `config.json` that said
/// `"kiosk": true` or `false` in so many words; anything else (offline, a
/// captive portal's page, no such line) leaves the last word standing.
pub fn remember(config: &KioskConfig) {
    if !config.decided {
        return;
    }
    if config.enabled {
        crate::storage::device::set(DEVICE_KIOSK_KEY, "true");
    } else {
        crate::storage::device::remove(DEVICE_KIOSK_KEY);
    }
}
