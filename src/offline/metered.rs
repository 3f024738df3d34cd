//! Metered connections: with `Save-Data` on (`navigator.connection.saveData`),
//! the first copy of a large catalogue is offered, not taken silently. The
//! person's yes is a note of the device (`storage::device::KEEP_CATALOGUE`),
//! and asks the browser to keep the copy through storage pressure.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A first copy over this many bytes on the wire is offered first.
pub const OFFER_ABOVE_BYTES: u64 = 1_000_000;

const KEEP: &str = crate::storage::device::KEEP_CATALOGUE;

/// Whether the person asked their browser to save data.
pub fn save_data() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    js_sys::Reflect::get(&window.navigator(), &"connection".into())
        .ok()
        .filter(|c| c.is_object())
        .and_then(|c| js_sys::Reflect::get(&c, &"saveData".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Whether a first copy of `wire_bytes` must be offered before it is taken.
pub fn asks_first(wire_bytes: u64) -> bool {
    wire_bytes > OFFER_ABOVE_BYTES && !accepted() && save_data()
}

pub fn accepted() -> bool {
    crate::storage::device::get(KEEP).is_some()
}

/// The person said yes: note it, and ask for persistent storage (the
/// answer does not matter: the copy is kept either way).
pub async fn accept() {
    crate::storage::device::set(KEEP, "1");
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(storage) = js_sys::Reflect::get(&window.navigator(), &"storage".into()) else {
        return;
    };
    let persist = js_sys::Reflect::get(&storage, &"persist".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(promise) = persist
        .and_then(|f| f.call0(&storage).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    {
        let _ = JsFuture::from(promise).await;
    }
}
