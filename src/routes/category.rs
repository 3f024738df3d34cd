//! `/categories/{id}`: the services of one topic or life event.

use crate::components::api_error::when_loaded;
use crate::components::localised::Localised;
use crate::components::service_list::listed_services;
use crate::data::{by_id, use_catalogue};
use crate::locale::tr;
use leptos::prelude::*;

#[component]
pub fn CategoryPage() -> impl IntoView {
    let id = super::record::route_id();
    let catalogue = use_catalogue();
    super::record::title_from_route(catalogue.categories);
    let body = move || {
        let id = id();
        when_loaded(catalogue.categories.get(), move |categories| {
            let Some(category) = by_id(&categories, &id).cloned() else {
                return view! { <h1>{tr("not-found-title")}</h1> }.into_any();
            };
            let id = category.id.clone();
            let services =
                listed_services(move |listing| crate::data::services_of_category(listing, &id));
            view! {
                <h1><Localised text=category.name.clone() /></h1>
                {services}
            }
            .into_any()
        })
    };
    view! {
        <main id="main" class="page" data-page="category" tabindex="-1">
            {body}
        </main>
    }
}
