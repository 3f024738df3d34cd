//! The box a person ticks on a checklist item (a document, a step).

use crate::checklist::Checklist;
use leptos::prelude::*;

/// A checkbox bound to `key` in `checklist`: checked while the item is
/// ticked, toggling it on change.
#[component]
pub fn TickBox(checklist: Checklist, key: String, id: String) -> impl IntoView {
    let checked = key.clone();
    view! {
        <input
            type="checkbox"
            class="tick"
            id=id
            prop:checked=move || checklist.is_ticked(&checked)
            on:change=move |_| checklist.toggle(&key)
        />
    }
}
