//! `/centres` and `/centres/{id}`: citizen service centres by governorate,
//! and what each one offers.

use crate::components::api_error::when_loaded;
use crate::components::deferred::{in_chunks, LIST_CHUNK};
use crate::components::governorate_options::governorate_options;
use crate::components::localised::Localised;
use crate::components::service::where_to_go::CentreCard;
use crate::components::service_list::listed_services;
use crate::data::{by_id, use_catalogue};
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::order::sort_by_text;
use leptos::prelude::*;

#[component]
pub fn CentresPage() -> impl IntoView {
    let catalogue = use_catalogue();
    let lang = use_lang();
    use_page_title(tr("centres-title"));
    let (chosen, choose) = crate::governorate::remembered();
    let body = move || {
        when_loaded(catalogue.governorates.get(), move |governorates| {
            when_loaded(catalogue.centres.get(), move |centres| {
                let options = governorate_options(governorates.iter().cloned(), chosen);
                let list = move || {
                    let gov = chosen.get();
                    let mut shown: Vec<_> = centres
                        .iter()
                        .filter(|c| gov.is_empty() || c.governorate == gov)
                        .cloned()
                        .collect();
                    let lang = lang.get();
                    sort_by_text(&mut shown, |c| [&c.governorate, c.name.get(lang)]);
                    view! {
                        <ul class="centres">
                            {in_chunks(LIST_CHUNK, shown, |c| view! { <CentreCard centre=c top_level=true /> })}
                        </ul>
                    }
                };
                view! {
                    <div class="centre-picker">
                        <label for="governorate" class="centre-picker__label">{tr("where-governorate")}</label>
                        <select id="governorate" class="select" on:change=move |ev| choose(event_target_value(&ev))>
                            <option value="" selected=move || chosen.get().is_empty()>{tr("centres-all-governorates")}</option>
                            {options}
                        </select>
                    </div>
                    {list}
                }
                .into_any()
            })
        })
    };
    view! {
        <main id="main" class="page" data-page="centres" tabindex="-1">
            <h1>{tr("centres-title")}</h1>
            <p>{tr("centres-intro")}</p>
            {body}
        </main>
    }
}

#[component]
pub fn CentrePage() -> impl IntoView {
    let id = super::record::route_id();
    let catalogue = use_catalogue();
    super::record::title_from_route(catalogue.centres);
    // The page carried this centre only: the same record in the whole list renders nothing again.
    let shown = catalogue
        .centres
        .part(move |all| by_id(all, &id()).cloned());
    let body = move || {
        when_loaded(shown.get(), move |centre| {
            let Some(centre) = (*centre).clone() else {
                return view! { <h1>{tr("not-found-title")}</h1><p>{tr("centre-not-found")}</p> }
                    .into_any();
            };
            let services = centre.services.clone();
            let offered =
                listed_services(move |listing| crate::data::services_among(listing, &services));
            let sample = centre.sample;
            view! {
                <h1><Localised text=centre.name.clone() /></h1>
                {sample.then(|| view! { <p class="notice notice--sample">{tr("centre-sample")}</p> })}
                <ul class="centres centres--single"><CentreCard centre=centre top_level=true /></ul>
                <h2>{tr("centre-services")}</h2>
                {offered}
            }
            .into_any()
        })
    };
    view! {
        <main id="main" class="page" data-page="centre" tabindex="-1">
            {body}
        </main>
    }
}
