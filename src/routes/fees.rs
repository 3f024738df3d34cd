//! `/services/{id}/fees`: the fee calculator. The service's schedule in
//! force today is turned into a form; the fee engine judges the answers and
//! computes the itemised fees.

use crate::components::api_error::when_service_loaded;
use crate::components::fees::calculator::Calculator;
use crate::components::fees::clock;
use crate::components::localised::Localised;
use crate::data::service_resource;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::time;
use dalil_fees::{in_force, upcoming, Date};
use dalil_model::Service;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn FeesPage() -> impl IntoView {
    let service = service_resource(super::record::route_id());
    let lang = use_lang();
    use_page_title(move || {
        service
            .get()
            .and_then(|r| r.ok())
            .map(|s| {
                let lang = lang.get();
                translate(
                    lang,
                    "fees-title",
                    &[("service", Arg::Str(s.name.get(lang)))],
                )
            })
            .unwrap_or_default()
    });
    let body =
        move || when_service_loaded(service, |s| view! { <FeesBody service=s /> }.into_any());
    view! {
        <main id="main" class="page page--fees" data-page="fees" tabindex="-1">
            {body}
        </main>
    }
}

#[component]
fn FeesBody(service: Arc<Service>) -> impl IntoView {
    let today = clock::today();
    let href = crate::surface::use_link(format!("/services/{}", service.id));
    let back = {
        let href = href.clone();
        move || view! { <p class="fees-back"><A href=href.clone() attr:id="fees-back">{tr("fees-back")}</A></p> }
    };
    let body = if service.fees.is_empty() {
        view! { <p class="notice fees-none" id="fees-none">{tr("fees-no-schedule")}</p> {back()} }
            .into_any()
    } else {
        let next = upcoming(&service.fees, today).and_then(|v| Date::parse(&v.valid_from).ok());
        match in_force(&service.fees, today) {
            Some(version) => {
                view! { <Calculator version=Arc::new(version.clone()) today upcoming=next /> }
                    .into_any()
            }
            None => view! {
                <p class="notice fees-none" id="fees-none">{tr("fees-not-in-force")}</p>
                {next.map(|date| view! { <p class="fees-upcoming">{upcoming_text(date)}</p> })}
                {back()}
            }
            .into_any(),
        }
    };
    view! {
        <header class="fees-header">
            <h1 class="fees-header__title">
                <span class="fees-header__eyebrow">{tr("fees-heading")}</span>
                <A href=href attr:class="fees-header__service" attr:id="fees-service-link">
                    <Localised text=service.name.clone() />
                </A>
            </h1>
        </header>
        {body}
    }
}

/// "New fees come into force on 1 July 2026", in the page's language and digits.
fn upcoming_text(date: Date) -> impl Fn() -> String + Send + Sync + 'static {
    let lang = use_lang();
    let digits = crate::components::fees::digits::effective(
        crate::components::fees::digits::use_preference(),
    );
    move || {
        let when = time::calendar_date(lang.get(), date, digits.get());
        translate(lang.get(), "fees-upcoming", &[("date", Arg::Str(&when))])
    }
}
