//! `/services`: every service, A to Z in the reader's language. A search
//! box used without JavaScript leads here, and so does the search page.

use crate::components::api_error::when_loaded;
use crate::components::service_list::ServiceList;
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::order::sort_by_text;
use leptos::prelude::*;

#[component]
pub fn AllServicesPage() -> impl IntoView {
    let catalogue = crate::data::use_catalogue();
    let lang = use_lang();
    use_page_title(move || tr("all-services-title")());
    let list = move || {
        let lang = lang.get();
        when_loaded(catalogue.listing.get(), move |listing| {
            let mut services = listing.services.clone();
            sort_by_text(&mut services, |s| ["", s.name.get(lang)]);
            view! { <ServiceList services /> }.into_any()
        })
    };
    view! {
        <main id="main" class="page" data-page="all-services" tabindex="-1">
            <h1>{tr("all-services-title")}</h1>
            <p class="lead">{tr("all-services-lead")}</p>
            {list}
        </main>
    }
}
