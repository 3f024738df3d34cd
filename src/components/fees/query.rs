//! Keeping the answers in the address bar: one history *replace* per change,
//! so a calculation can be bookmarked, shared and reloaded without filling
//! the back button with keystrokes.

use crate::present::query;

/// The current query string, without the leading `?`.
pub fn current() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// Writes the answers into the URL, leaving every other parameter (`lang`,
/// `preview`) and the fragment alone. Does nothing when nothing changed.
pub fn replace_answers(pairs: &[(String, Option<String>)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let before = current();
    let after = query::apply(&before, pairs);
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
pub fn url_with_query(query: &str) -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let location = window.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    query::href(&format!("{origin}{path}"), query)
}
