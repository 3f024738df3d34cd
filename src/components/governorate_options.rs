//! The options of a governorate choice, named in the interface language.

use crate::locale::use_lang;
use dalil_model::Governorate;
use leptos::prelude::*;

/// One `<option>` per governorate, the remembered choice `chosen` selected.
pub fn governorate_options(
    governorates: impl IntoIterator<Item = Governorate>,
    chosen: ReadSignal<String>,
) -> impl IntoView {
    let lang = use_lang();
    governorates
        .into_iter()
        .map(|g| {
            let id = g.id.clone();
            view! {
                <option value=id.clone() selected=move || chosen.get() == id>
                    {move || g.name.get(lang.get()).to_string()}
                </option>
            }
        })
        .collect_view()
}
