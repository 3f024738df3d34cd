//! An address from the catalogue: a link on the site and in the embed, a QR
//! code to scan on a kiosk (a link would take the shared screen out of
//! Dalil), and plain text wherever it is not a safe web address. The API
//! may be a ministry's own server that never ran the audit, so this is the
//! one place catalogue addresses become something to follow.

use crate::components::qr::QrCodeImage;
use crate::data::use_catalogue;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::surface::{use_surface, Surface};
use dalil_model::link::{web_link, Schemes};
use leptos::prelude::*;

#[component]
pub fn ExternalLink(
    url: String,
    /// The link's words (the address itself follows them).
    #[prop(optional)]
    label: Option<&'static str>,
) -> impl IntoView {
    let schemes = use_catalogue()
        .base
        .get_untracked()
        .map_or(Schemes::default(), |b| b.links);
    if web_link(&url, schemes).is_err() {
        // Shown, so a person can still read it, but never followed.
        let text = url.clone();
        return view! { <bdi class="link-inert" dir="ltr" data-inert-url=url>{text}</bdi> }
            .into_any();
    }
    match use_surface() {
        Surface::Kiosk => view! { <ExternalQr url /> }.into_any(),
        Surface::Site | Surface::Embed => {
            let href = url.clone();
            view! {
                {label.map(|id| view! { <a href=href.clone() rel="noopener noreferrer" target="_blank">{tr(id)}</a>" " })}
                {if label.is_some() {
                    view! { <bdi dir="ltr">{url}</bdi> }.into_any()
                } else {
                    view! { <a href=href rel="noopener noreferrer" target="_blank" dir="ltr">{url}</a> }.into_any()
                }}
            }
            .into_any()
        }
    }
}

/// On a kiosk: the address as a QR code, with the address written under it.
#[component]
fn ExternalQr(url: String) -> impl IntoView {
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
