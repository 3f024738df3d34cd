//! Dalil: a bilingual guide to government services, as a Leptos CSR app.

mod api;
mod app;
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
mod storage;
mod surface;
mod url;

use wasm_bindgen::JsCast;

fn main() {
    console_error_panic_hook::set_once();
    let document = leptos::prelude::document();
    let Some(root) = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The static first paint in index.html gives way to the live app.
    root.set_inner_html("");
    leptos::mount::mount_to(root, app::App).forget();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("data-ready", "true");
    }
}
