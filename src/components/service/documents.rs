//! Required documents, each with a tick box kept on the device.

use crate::checklist::Checklist;
use crate::components::localised::Localised;
use crate::components::tick::TickBox;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::{checklist::doc_key, service::quantity, time};
use dalil_model::Service;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn Documents(service: Arc<Service>, checklist: Checklist) -> impl IntoView {
    let lang = use_lang();
    let items = service
        .documents
        .iter()
        .map(|d| {
            let key = doc_key(&d.id);
            let input_id = format!("check-{key}").replace(':', "-");
            let key_for_check = key.clone();
            let name = d.name.clone();
            let d_view = d.clone();
            view! {
                <li class="doc" class:doc--done=move || checklist.is_ticked(&key_for_check)>
                    <TickBox checklist key=key.clone() id=input_id.clone() />
                    <div class="doc__body">
                        <label for=input_id class="doc__name">
                            <Localised text=name />
                            {d_view.conditional.then(|| view! { " " <span class="tag">{tr("doc-conditional")}</span> })}
                        </label>
                        <p class="doc__meta">
                            {move || quantity(lang.get(), &d_view.clone())}
                        </p>
                        {d.issuer.clone().map(|issuer| view! {
                            <p class="doc__meta">
                                {move || translate(lang.get(), "doc-issuer", &[("issuer", Arg::Str(issuer.get(lang.get())))])}
                            </p>
                        })}
                        {d.max_age.map(|age| view! {
                            <p class="doc__meta doc__age">
                                {move || translate(lang.get(), "doc-max-age", &[("age", Arg::Str(&time::duration(lang.get(), &age)))])}
                            </p>
                        })}
                        {d.note.clone().map(|note| view! { <p class="doc__note"><Localised text=note /></p> })}
                        {d.service.clone().map(|id| view! {
                            <p class="doc__link"><A href=crate::surface::use_link(format!("/services/{id}"))>{tr("doc-is-service")}</A></p>
                        })}
                    </div>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="docs">{items}</ul> }
}
