//! The kiosk's "take it with you": a QR code to continue on a phone (the
//! public page of the service, not the kiosk's), and a printed slip.

use super::link::share_url;
use super::slip::Slip;
use crate::components::qr::QrCodeImage;
use crate::locale::{tr, use_lang};
use dalil_model::Service;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn KioskTakeAway(service: Arc<Service>) -> impl IntoView {
    let lang = use_lang();
    let origin = window().location().origin().unwrap_or_default();
    let id = service.id.clone();
    let url = Signal::derive(move || share_url(&origin, &id, lang.get().code()));
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="kiosk-take-away">
            <figure class="kiosk-take-away__qr" id="kiosk-phone-qr">
                <QrCodeImage data=url label=Signal::derive(tr("kiosk-qr-label")) />
                <figcaption>
                    <strong>{tr("kiosk-qr-title")}</strong>
                    <span>{tr("kiosk-qr-caption")}</span>
                </figcaption>
            </figure>
            <div class="kiosk-take-away__print">
                <p>{tr("kiosk-print-intro")}</p>
                <button type="button" id="kiosk-print" class="button kiosk-button" on:click=print>
                    {tr("kiosk-print-slip")}
                </button>
            </div>
            <Slip service url />
        </div>
    }
}
