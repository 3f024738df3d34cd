//! The data a pre-rendered page carries (`dalil_model::page_data`): in the
//! browser, the inert JSON block crates/pages wrote into the page; in the
//! native pre-renderer, what it provides as context. Either way the first
//! render shows the same records.

use dalil_model::page_data::PageData;

/// What the pre-renderer hands the app it renders (see the `prerender` module).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone)]
pub struct PageSeed(pub std::sync::Arc<PageData>);

/// The page's data, or nothing for a page that was not pre-rendered (the
/// single-page index.html, the kiosk, the embed).
#[cfg(not(target_arch = "wasm32"))]
pub fn page_data() -> PageData {
    leptos::prelude::use_context::<PageSeed>()
        .map(|seed| (*seed.0).clone())
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// Read ahead of the first render (`read_ahead`), in a task of its own.
    static READ_AHEAD: std::cell::RefCell<Option<PageData>> = const { std::cell::RefCell::new(None) };
}

/// Reads the page's data now, so that the first render (a task of its own) does not.
#[cfg(target_arch = "wasm32")]
pub fn read_ahead() {
    let data = read();
    READ_AHEAD.with(|r| *r.borrow_mut() = Some(data));
}

#[cfg(target_arch = "wasm32")]
pub fn page_data() -> PageData {
    READ_AHEAD
        .with(|r| r.borrow_mut().take())
        .unwrap_or_else(read)
}

#[cfg(target_arch = "wasm32")]
fn read() -> PageData {
    use dalil_model::page_data::ELEMENT_ID;
    let Some(element) = leptos::prelude::document().get_element_by_id(ELEMENT_ID) else {
        return PageData::default();
    };
    // Read once: a later page of the same visit loads its own data.
    element.remove();
    let text = element.text_content().unwrap_or_default();
    match PageData::parse(&text) {
        Ok(data) => data,
        Err(error) => {
            // The page still works: it loads its data like any other.
            leptos::logging::warn!("the page's data block is unreadable: {error}");
            PageData::default()
        }
    }
}
