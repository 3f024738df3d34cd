//! The search box on every page. Typing goes straight to `/search?q=...`:
//! the engine is fast enough to answer every keystroke.

use crate::locale::tr;
use crate::present::search::{filters_from, search_href};
use leptos::prelude::*;
use leptos::web_sys;
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

pub const INPUT_ID: &str = "search-input";

/// The results page, on the site or inside an embed (`/embed/search`).
fn is_search_page(path: &str) -> bool {
    path == "/search" || path == "/embed/search"
}

/// Focuses the first search result, if any (ArrowDown from the box).
fn focus_first_result() {
    if let Some(el) = document()
        .query_selector(".search-result__link")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[component]
pub fn SearchBar() -> impl IntoView {
    let location = use_location();
    let query = use_query_map();
    let navigate = crate::surface::use_surface_navigate();
    let on_search_page = move || is_search_page(&location.pathname.get());
    let current = move || {
        if on_search_page() {
            query.read().get("q").unwrap_or_default()
        } else {
            String::new()
        }
    };
    let go = move |text: String| {
        let params = query.get_untracked();
        // Filters stay while the words change; a new search from another
        // page starts without them.
        let filters = if is_search_page(&location.pathname.get_untracked()) {
            filters_from(|k| params.get(k))
        } else {
            Default::default()
        };
        let replace = is_search_page(&location.pathname.get_untracked());
        navigate(
            &search_href(&text, &filters),
            NavigateOptions {
                replace,
                scroll: false,
                ..Default::default()
            },
        );
    };
    // The form's action loses its query when sent: the language goes as a field.
    let lang = crate::locale::use_lang();
    let surface = crate::surface::use_surface();
    let lang_field = move || {
        surface
            .addresses_name_the_lang()
            .then(|| crate::surface::lang_address::lang_field(lang.get()))
            .flatten()
            .map(|(name, value)| view! { <input type="hidden" name=name value=value /> })
    };
    view! {
        <div class="search-bar">
            <form
                class="search-bar__form"
                role="search"
                // Without JavaScript the box leads to the A to Z list.
                action=crate::surface::use_link("/services")
                on:submit=move |ev| {
                    ev.prevent_default();
                    focus_first_result();
                }
            >
                {lang_field}
                <label for=INPUT_ID class="search-bar__label">{tr("search-label")}</label>
                <div class="search-bar__row">
                    <input
                        id=INPUT_ID
                        class="input search-bar__input"
                        type="search"
                        name="q"
                        autocomplete="off"
                        spellcheck="false"
                        dir="auto"
                        placeholder=tr("search-placeholder")
                        prop:value=current
                        on:input=move |ev| go(event_target_value(&ev))
                        on:keydown=move |ev: web_sys::KeyboardEvent| {
                            if ev.key() == "ArrowDown" {
                                ev.prevent_default();
                                focus_first_result();
                            }
                        }
                    />
                    <button type="submit" class="button search-bar__submit">{tr("search-submit")}</button>
                </div>
            </form>
        </div>
    }
}
