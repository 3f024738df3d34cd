//! The current URL's query string: read and rewritten without a reload. The
//! encoding is `crate::present::query`'s, the one codec of the app.

use crate::present::query;

/// The current query string, without the leading `?`.
#[cfg(target_arch = "wasm32")]
pub fn current_query() -> String {
    crate::browser::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The address of the page being pre-rendered (natively there is no
/// `window.location`): set by the pre-renderer (`prerender`) around each render.
#[cfg(not(target_arch = "wasm32"))]
pub mod request {
    use std::cell::RefCell;

    #[derive(Clone, Default)]
    pub struct Request {
        /// `https://host`, no trailing slash.
        pub origin: String,
        pub path: String,
        /// Without the leading `?`.
        pub query: String,
    }

    thread_local! {
        static CURRENT: RefCell<Request> = RefCell::default();
    }

    pub fn set(request: Request) {
        CURRENT.with(|c| *c.borrow_mut() = request);
    }

    pub fn get() -> Request {
        CURRENT.with(|c| c.borrow().clone())
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn current_query() -> String {
    request::get().query
}

/// This site's origin (`https://host`).
#[cfg(target_arch = "wasm32")]
pub fn origin() -> String {
    crate::browser::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn origin() -> String {
    request::get().origin
}

/// The current address's path.
#[cfg(target_arch = "wasm32")]
pub fn current_path() -> String {
    crate::browser::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn current_path() -> String {
    request::get().path
}

/// The value of `name` in the current URL's query string.
pub fn query_param(name: &str) -> Option<String> {
    query::get(&current_query(), name)
}

/// Applies `changes` to the current URL's query (see [`query::apply`]) with
/// one history *replace*, leaving every other parameter and the fragment
/// alone, so a shared or reloaded link carries the current state without
/// filling the back button. Does nothing when nothing changes.
#[cfg(not(target_arch = "wasm32"))]
pub fn replace_query(_changes: &[(String, Option<String>)]) {}

#[cfg(target_arch = "wasm32")]
pub fn replace_query(changes: &[(String, Option<String>)]) {
    let Some(window) = crate::browser::window() else {
        return;
    };
    let location = window.location();
    let before = current_query();
    let after = query::apply(&before, changes);
    if after == before {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{}{hash}", query::href(&path, &after));
    if let Ok(history) = window.history() {
        // Keep the router's state object; only the address changes.
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&url));
    }
}

/// This page's absolute URL with another query string.
#[cfg(not(target_arch = "wasm32"))]
pub fn this_page_with_query(query: &str) -> String {
    let request = request::get();
    query::href(&format!("{}{}", request.origin, request.path), query)
}

/// This page's absolute URL with another query string.
#[cfg(target_arch = "wasm32")]
pub fn this_page_with_query(query: &str) -> String {
    let Some(window) = crate::browser::window() else {
        return String::new();
    };
    let location = window.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    query::href(&format!("{origin}{path}"), query)
}
