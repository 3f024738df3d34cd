//! Catalogue text in the interface language, falling back to the other
//! language with a visible marker. Always rendered as text, never as HTML.

use crate::i18n::translate;
use crate::locale::use_lang;
use dalil_model::Text;
use leptos::prelude::*;

#[component]
pub fn Localised(#[prop(into)] text: Signal<Text>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let text = text.get();
        let wanted = lang.get();
        let picked = text.pick(wanted);
        let shown = picked.text.to_string();
        let code = picked.lang.code();
        if picked.fell_back && !shown.is_empty() {
            view! {
                <span lang=code dir="auto">{shown}</span>
                " "
                <small class="fallback-marker">{translate(wanted, "fallback-marker", &[])}</small>
            }
            .into_any()
        } else {
            view! { <span lang=code dir="auto">{shown}</span> }.into_any()
        }
    }
}
