//! `/services/{id}`: everything a citizen must know before leaving home.

use crate::checklist::Checklist;
use crate::components::api_error::{when_loaded, when_service_loaded};
use crate::components::deferred::Deferred;
use crate::components::localised::Localised;
use crate::components::service::documents::Documents;
use crate::components::service::facts::{LegalBasis, OutputFacts, ProcessingTimes, Verified};
use crate::components::service::steps::StepByStep;
use crate::components::service::take_away::TakeAway;
use crate::components::service::where_to_go::WhereToGo;
use crate::components::service_list::listed_services;
use crate::data::{by_id, service_resource, use_catalogue};
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::checklist::all_keys;
use dalil_model::{Service, Status};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn ServicePage() -> impl IntoView {
    let service = service_resource(super::record::route_id());
    let lang = use_lang();
    use_page_title(move || {
        service
            .get()
            .and_then(|r| r.ok())
            .map(|s| s.name.get(lang.get()).to_string())
            .unwrap_or_default()
    });
    let body =
        move || when_service_loaded(service, |s| view! { <ServiceBody service=s /> }.into_any());
    view! {
        <main id="main" class="page page--service" data-page="service" tabindex="-1">
            {body}
        </main>
    }
}

/// A section with a heading that the "on this page" list links to.
/// Its content is `Deferred`: each section renders in a slice of its own.
fn section<V: IntoView + 'static>(
    id: &'static str,
    title: &'static str,
    content: impl Fn() -> V + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <section class="service-section" id=id aria-labelledby=format!("{id}-title")>
            <h2 id=format!("{id}-title")>{tr(title)}</h2>
            <Deferred>{content()}</Deferred>
        </section>
    }
}

#[component]
fn ServiceBody(service: Arc<Service>) -> impl IntoView {
    let catalogue = use_catalogue();
    let lang = use_lang();
    let checklist = Checklist::load(&service.id);
    let keys = all_keys(&service);
    let total = keys.len() as i64;
    let progress = move || {
        translate(
            lang.get(),
            "checklist-progress",
            &[
                ("done", Arg::Num(checklist.done(&keys) as i64)),
                ("total", Arg::Num(total)),
            ],
        )
    };

    let authority = {
        let id = service.authority.clone();
        move || {
            let id = id.clone();
            when_loaded(catalogue.authorities.get(), move |all| {
                match by_id(&all, &id).cloned() {
                    Some(a) => view! {
                        <A href=crate::surface::use_link(format!("/authorities/{}", a.id))><Localised text=a.name.clone() /></A>
                    }
                    .into_any(),
                    None => view! { <span>{id.clone()}</span> }.into_any(),
                }
            })
        }
    };
    let verified_by = {
        let s = service.clone();
        move || {
            let s = s.clone();
            when_loaded(catalogue.authorities.get(), move |all| {
                let by = by_id(&all, &s.verified.by).cloned();
                view! { <Verified service=s by /> }.into_any()
            })
        }
    };
    let related = {
        let ids = service.related.clone();
        listed_services(move |listing| {
            ids.iter()
                .filter_map(|id| by_id(&listing.services, id).cloned())
                .collect()
        })
    };
    let status = service.status;
    let status_label = move || match status {
        Status::Draft => tr("status-draft")(),
        Status::UnderAudit => tr("status-under-audit")(),
        Status::Published => tr("status-published")(),
    };
    let source = service.source.clone();
    let s = service.clone();

    view! {
        {(status != Status::Published).then(|| view! {
            <p class="notice notice--warning status-banner" role="note">
                {move || translate(lang.get(), "service-status", &[("status", Arg::Str(&status_label()))])}
            </p>
        })}
        <header class="service-header">
            <h1><Localised text=s.name.clone() /></h1>
            <p class="lead"><Localised text=s.summary.clone() /></p>
            <p class="service-header__authority">{tr("service-authority")}": " {authority}</p>
            {s.sample.then(|| view! { <p class="notice notice--sample">{tr("service-sample")}</p> })}
        </header>

        {(!s.eligibility.is_empty()).then(|| section("eligibility", "section-eligibility", { let s = s.clone(); move || view! {
            <p><Localised text=s.eligibility.clone() /></p>
        } }))}

        {section("documents", "section-documents", { let s = s.clone(); move || view! {
            <p class="checklist-progress" aria-live="polite">{progress.clone()}</p>
            <Documents service=s.clone() checklist />
            <p class="checklist-note">{tr("checklist-saved")}" "
                <button type="button" class="link-button" on:click=move |_| checklist.reset()>{tr("checklist-reset")}</button>
            </p>
        } })}

        {section("steps", "section-steps", { let s = s.clone(); move || view! { <StepByStep service=s.clone() checklist /> } })}
        {section("time", "section-time", { let s = s.clone(); move || view! { <ProcessingTimes service=s.clone() /> } })}
        {section("where", "section-where", { let s = s.clone(); move || view! { <WhereToGo service=s.clone() /> } })}
        {section("fees", "section-fees", { let s = s.clone(); move || view! { <crate::components::service::fee_summary::FeeSummary service=s.clone() /> } })}
        {section("output", "section-output", { let s = s.clone(); move || view! { <OutputFacts service=s.clone() /> } })}
        {(!s.legal_basis.is_empty()).then(|| section("legal", "section-legal", { let s = s.clone(); move || view! { <LegalBasis service=s.clone() /> } }))}
        {section("verified", "section-verified", move || view! {
            <p>{verified_by.clone()}</p>
            {source.clone().map(|src| view! { <p class="source">{move || translate(lang.get(), "service-source", &[("source", Arg::Str(src.get(lang.get())))])}</p> })}
        })}
        {(!s.related.is_empty()).then(|| section("related", "section-related", move || view! { {related} }))}
        {section("take-away", "section-take-away", { let s = s.clone(); move || view! { <TakeAway service=s.clone() /> } })}
    }
}
