//! Back and Forward never leave the kiosk.
//!
//! On entry, the entry the kiosk was opened in becomes a guard (the kiosk
//! home, marked in its history state) and the page the kiosk opened on is
//! pushed above it. Whenever Back lands on the guard, the router shows the
//! kiosk home and a fresh entry is pushed again, so the browser never has an
//! entry of the kiosk to go back from into whatever came before.

use super::paths::ROOT;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsValue;

const MARKER: &str = "dalilKioskGuard";

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

fn marker() -> JsValue {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &MARKER.into(), &JsValue::TRUE);
    state.into()
}

fn is_guard(state: &JsValue) -> bool {
    state.is_object() && js_sys::Reflect::get(state, &MARKER.into()).is_ok_and(|v| v.is_truthy())
}

/// Installs the guard once per page.
pub fn install() {
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let Ok(history) = window().history() else {
        return;
    };
    let location = window().location();
    let here = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    let _ = history.replace_state_with_url(&marker(), "", Some(ROOT));
    let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&here));
    // The listener lives as long as the page: the kiosk never ends.
    let handle = window_event_listener(leptos::ev::popstate, move |_| {
        let Ok(history) = window().history() else {
            return;
        };
        if history.state().is_ok_and(|s| is_guard(&s)) {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(ROOT));
        }
    });
    std::mem::forget(handle);
}
