//! The printed slip: what to bring and what to do, with the QR code of the
//! service's page. Only the printer sees it (`style/kiosk.css`).

use crate::components::localised::Localised;
use crate::components::qr::QrCodeImage;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::service::quantity;
use crate::present::time;
use dalil_fees::{Date, Digits};
use dalil_model::{Lang, Service};
use leptos::prelude::*;
use std::sync::Arc;

/// Today's date in the interface language, written as every date in the app.
fn today(lang: Lang) -> String {
    let now = js_sys::Date::new_0();
    let date = Date::new(
        u16::try_from(now.get_full_year()).unwrap_or_default(),
        u8::try_from(now.get_month() + 1).unwrap_or_default(),
        u8::try_from(now.get_date()).unwrap_or_default(),
    );
    date.map(|d| time::calendar_date(lang, d, Digits::Latin))
        .unwrap_or_default()
}

#[component]
pub fn Slip(service: Arc<Service>, #[prop(into)] url: Signal<String>) -> impl IntoView {
    let lang = use_lang();
    let documents = service
        .documents
        .iter()
        .map(|d| {
            let d = d.clone();
            let name = d.name.clone();
            view! {
                <li>
                    <span class="kiosk-slip__box" aria-hidden="true">"☐"</span>" "
                    <Localised text=name />
                    " "<small>{move || quantity(lang.get(), &d)}</small>
                </li>
            }
        })
        .collect_view();
    let steps = service
        .steps
        .iter()
        .map(|s| view! { <li><Localised text=s.title.clone() /></li> })
        .collect_view();
    let has_steps = !service.steps.is_empty();
    view! {
        <section class="kiosk-slip" id="kiosk-slip" aria-labelledby="kiosk-slip-title">
            <p class="kiosk-slip__brand">{tr("app-name")}" · "{tr("kiosk-slip-heading")}</p>
            <h2 id="kiosk-slip-title"><Localised text=service.name.clone() /></h2>
            <h3>{tr("kiosk-slip-documents")}</h3>
            <ul class="kiosk-slip__docs">{documents}</ul>
            {has_steps.then(|| view! {
                <h3>{tr("kiosk-slip-steps")}</h3>
                <ol class="kiosk-slip__steps">{steps}</ol>
            })}
            <div class="kiosk-slip__qr">
                <QrCodeImage data=url label=Signal::derive(tr("kiosk-qr-label")) />
                <p>{tr("kiosk-qr-caption")}<br /><bdi dir="ltr">{move || url.get()}</bdi></p>
            </div>
            <p class="kiosk-slip__date">
                {move || translate(lang.get(), "kiosk-slip-printed", &[("date", Arg::Str(&today(lang.get())))])}
            </p>
        </section>
    }
}
