//! The interface language: chosen at start from `?lang=`, then the stored
//! choice, then Arabic; kept on the device; applied to `<html lang dir>`.

use crate::i18n::{translate, Arg};
use crate::storage::personal as storage;
use crate::url;
use dalil_model::Lang;
use leptos::prelude::*;

const STORAGE_KEY: &str = "dalil.lang";

#[derive(Clone, Copy)]
pub struct Locale {
    pub lang: RwSignal<Lang>,
}

/// The language to start in. `?lang=` wins so shared links open as sent.
fn initial_lang() -> Lang {
    url::query_param("lang")
        .and_then(|l| Lang::from_code(&l))
        .or_else(|| storage::get(STORAGE_KEY).and_then(|l| Lang::from_code(&l)))
        .unwrap_or_default()
}

pub fn provide_locale() -> Locale {
    let locale = Locale {
        lang: RwSignal::new(initial_lang()),
    };
    provide_context(locale);
    Effect::new(move |_| {
        let lang = locale.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", lang.code());
            let _ = html.set_attribute("dir", lang.dir());
        }
    });
    locale
}

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<Locale>().lang
}

/// Switches the language, stores the choice, and keeps a `?lang=` in the URL
/// in step so a reload does not switch back.
pub fn choose(lang: Lang) {
    use_lang().set(lang);
    storage::set(STORAGE_KEY, lang.code());
    if url::query_param("lang").is_some() {
        url::replace_query(&[("lang".to_string(), Some(lang.code().to_string()))]);
    }
}

/// A reactive translation of a message without arguments.
pub fn tr(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || translate(lang.get(), id, &[])
}

/// The document title of a page: `page` (empty for the home page) with
/// the app's name.
pub fn page_title(lang: Lang, page: &str) -> String {
    if page.is_empty() {
        format!(
            "{} | {}",
            translate(lang, "app-name", &[]),
            translate(lang, "app-tagline", &[])
        )
    } else {
        translate(lang, "page-title", &[("page", Arg::Str(page))])
    }
}

/// Sets the document title for the current page, following the language.
#[cfg(target_arch = "wasm32")]
pub fn use_page_title(page: impl Fn() -> String + Send + Sync + 'static) {
    let lang = use_lang();
    Effect::new(move |_| {
        let title = page_title(lang.get(), &page());
        document().set_title(&title);
    });
}

/// Where the pre-renderer collects the title a page asks for (natively no
/// effect runs and there is no document).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Default)]
pub struct RenderedTitle(pub std::sync::Arc<std::sync::Mutex<String>>);

#[cfg(not(target_arch = "wasm32"))]
pub fn use_page_title(page: impl Fn() -> String + Send + Sync + 'static) {
    if let Some(slot) = use_context::<RenderedTitle>() {
        let title = page_title(use_lang().get_untracked(), &untrack(page));
        if let Ok(mut slot) = slot.0.lock() {
            *slot = title;
        }
    }
}
