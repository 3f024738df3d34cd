//! Processing time, output, legal basis and the last verification.

use crate::components::localised::Localised;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::{service::channel_label_id, time};
use dalil_model::{Authority, Service};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ProcessingTimes(service: Arc<Service>) -> impl IntoView {
    let lang = use_lang();
    let rows = service
        .processing_time
        .iter()
        .cloned()
        .map(|p| {
            let channel = p.channel;
            view! {
                <li class="time">
                    <strong>{move || time::range(lang.get(), &p.range)}</strong>
                    {match channel {
                        Some(kind) => view! { " — " <span>{tr(channel_label_id(kind))}</span> }.into_any(),
                        None => ().into_any(),
                    }}
                    {p.note.clone().map(|n| view! { " — " <Localised text=n /> })}
                </li>
            }
        })
        .collect_view();
    view! { <ul class="times">{rows}</ul> }
}

#[component]
pub fn OutputFacts(service: Arc<Service>) -> impl IntoView {
    let lang = use_lang();
    service.output.clone().map(|o| {
        view! {
            <p class="output">
                <strong><Localised text=o.document.clone() /></strong>
                {o.validity.map(|v| view! {
                    " — " {move || translate(lang.get(), "output-validity", &[("duration", Arg::Str(&time::duration(lang.get(), &v)))])}
                })}
            </p>
            {o.note.clone().map(|n| view! { <p><Localised text=n /></p> })}
        }
    })
}

#[component]
pub fn LegalBasis(service: Arc<Service>) -> impl IntoView {
    view! {
        <ul class="legal">
            {service.legal_basis.iter().cloned().map(|l| view! { <li><Localised text=l /></li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn Verified(service: Arc<Service>, by: Option<Authority>) -> impl IntoView {
    let lang = use_lang();
    let date = service.verified.date.clone();
    let by_id = service.verified.by.clone();
    move || {
        let by_name = by
            .as_ref()
            .map(|a| a.name.get(lang.get()).to_string())
            .unwrap_or_else(|| by_id.clone());
        translate(
            lang.get(),
            "verified-on",
            &[("by", Arg::Str(&by_name)), ("date", Arg::Str(&date))],
        )
    }
}
