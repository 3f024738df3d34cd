//! The site's "take it with you": a share link in the current language to
//! copy, a QR code for continuing on a phone, and the print button.

use super::link::share_url;
use crate::components::qr::QrCodeImage;
use crate::locale::{tr, use_lang};
use dalil_model::Service;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn SiteTakeAway(service: Arc<Service>) -> impl IntoView {
    let lang = use_lang();
    let origin = crate::url::origin();
    let id = StoredValue::new(service.id.clone());
    let url = Signal::derive(move || share_url(&origin, &id.get_value(), lang.get().code()));
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let clipboard = window().navigator().clipboard();
        let _ = clipboard.write_text(&url.get_untracked());
        copied.set(true);
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="take-away">
            <div class="take-away__share">
                <label for="share-url">{tr("share-link")}</label>
                <input id="share-url" class="input" type="url" readonly dir="ltr" prop:value=move || url.get() />
                <div class="take-away__buttons">
                    <button type="button" class="button button--secondary" on:click=copy>{tr("share-copy")}</button>
                    <button type="button" class="button" on:click=print>{tr("print")}</button>
                </div>
                <p class="take-away__copied" role="status">{move || copied.get().then(tr("share-copied"))}</p>
            </div>
            <figure class="take-away__qr">
                <QrCodeImage data=url label=Signal::derive(tr("share-qr")) />
                <figcaption>{tr("share-qr")}</figcaption>
            </figure>
        </div>
    }
}
