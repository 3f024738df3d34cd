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
mod url;

#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

/// Mounts the app on `#app`, replacing what was there: the static first
/// paint of index.html, or a pre-rendered page (which the app renders again,
/// identically, from the data the page carries).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    let Some(root) = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-ready", "true");
    }
}
