//! A link to this calculation, in the language it was worked out in.

use crate::locale::{tr, use_lang};
use crate::present::fees::answers::share_query;
use crate::url;
use leptos::prelude::*;

#[component]
pub fn ShareLink(
    /// The answers as query parameters.
    #[prop(into)]
    pairs: Signal<Vec<(String, Option<String>)>>,
) -> impl IntoView {
    let lang = use_lang();
    let url = Signal::derive(move || {
        let query = share_query(&url::current_query(), &pairs.get(), lang.get());
        url::this_page_with_query(&query)
    });
    let copied = RwSignal::new(false);
    Effect::new(move |_| {
        url.track();
        copied.set(false);
    });
    let copy = move |_| {
        let _ = window()
            .navigator()
            .clipboard()
            .write_text(&url.get_untracked());
        copied.set(true);
    };
    view! {
        <div class="fee-share">
            <label class="fee-share__label" for="fee-share-url">{tr("fees-share")}</label>
            <div class="fee-share__row">
                <input id="fee-share-url" class="fee-input fee-share__url" type="url" readonly dir="ltr" prop:value=move || url.get() />
                <button type="button" class="button button--secondary" id="fee-share-copy" on:click=copy>{tr("fees-copy")}</button>
            </div>
            <p class="fee-share__copied" role="status">{move || copied.get().then(tr("fees-copied"))}</p>
        </div>
    }
}
