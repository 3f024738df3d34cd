//! On a kiosk, a website is a QR code to scan, never a link to follow: a
//! link would take the shared screen out of Dalil.

use crate::components::qr::QrCodeImage;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use leptos::prelude::*;

#[component]
pub fn ExternalQr(url: String) -> impl IntoView {
    let lang = use_lang();
    let for_label = url.clone();
    let label = Signal::derive(move || {
        translate(
            lang.get(),
            "kiosk-external-qr",
            &[("url", Arg::Str(&for_label))],
        )
    });
    let data = url.clone();
    let marker = url.clone();
    view! {
        <figure class="kiosk-external" data-external=marker>
            <QrCodeImage data label />
            <figcaption>
                {tr("kiosk-external-caption")}" "
                <bdi dir="ltr">{url}</bdi>
            </figcaption>
        </figure>
    }
}
