//! Back and Forward never leave the kiosk.
//!
//! On entry, the entry the kiosk was opened in becomes a guard (the kiosk
//! home, marked in its history state) and the page the kiosk opened on is
//! pushed above it. Whenever Back lands on the guard, the router shows the
//! kiosk home and a fresh entry is pushed again, so the browser never has an
//! entry of the kiosk to go back from into whatever came before.
//!
//! Starting over rewinds to the guard and pushes the home there, which cuts
//! off every entry above: Back cannot show the next person the pages the
//! last one opened.

use crate::surface::paths::KIOSK_ROOT as ROOT;
use leptos::prelude::*;
use std::cell::Cell;
use wasm_bindgen::JsValue;

const MARKER: &str = "dalilKioskGuard";

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
    /// Going back entry by entry to the guard, after a start over.
    static REWINDING: Cell<bool> = const { Cell::new(false) };
}

/// Marks the page while it rewinds, so the pages passed on the way are
/// not shown (`style/kiosk.css`).
fn set_rewinding(on: bool) {
    REWINDING.with(|r| r.set(on));
    if let Some(html) = document().document_element() {
        let _ = if on {
            html.set_attribute("data-kiosk-rewinding", "true")
        } else {
            html.remove_attribute("data-kiosk-rewinding")
        };
    }
}

/// Goes back to the guard, where the kiosk home is pushed again. Returns
/// false when there is nothing to rewind (already on the guard, or no
/// guard): the caller then shows the home itself.
pub fn rewind() -> bool {
    let Ok(history) = window().history() else {
        return false;
    };
    if !INSTALLED.with(Cell::get) || history.state().is_ok_and(|s| is_guard(&s)) {
        return false;
    }
    set_rewinding(true);
    history.back().is_ok()
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
            set_rewinding(false);
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(ROOT));
        } else if REWINDING.with(Cell::get) {
            let _ = history.back();
        }
    });
    std::mem::forget(handle);
}
