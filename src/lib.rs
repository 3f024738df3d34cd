//! Dalil: a bilingual guide to government services. One crate, two
//! renderers: in the browser (wasm32) the components mount and take over
//! the page (`start`); natively, `prerender` renders the same components to
//! HTML for crates/pages, so a first visit reads a complete page.

#![recursion_limit = "256"]

mod api;
mod app;
mod browser;
mod checklist;
mod components;
mod config;
mod data;
mod embed;
#[cfg(target_arch = "wasm32")]
mod executor;
mod governorate;
mod http;
mod i18n;
mod kiosk;
mod locale;
mod offline;
mod present;
mod routes;
mod search_index;
mod seed;
mod slices;
mod storage;
mod surface;
#[cfg(target_arch = "wasm32")]
mod take_over;
mod url;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

/// Starts the app in the browser: the executor first, then the take-over in a task of its
/// own, apart from the wasm's instantiation.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
    executor::install();
    let take_over = wasm_bindgen::closure::Closure::once_into_js(take_over::take_over);
    if let Some(window) = browser::window() {
        let _ = window.set_timeout_with_callback(take_over.unchecked_ref());
    }
}
