//! A list of services, each a link to its page.

use crate::components::api_error::when_loaded;
use crate::components::deferred::{in_chunks, LIST_CHUNK};
use crate::components::localised::Localised;
use crate::data::use_catalogue;
use dalil_model::api::Listing;
use dalil_model::ServiceSummary;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ServiceList(services: Vec<ServiceSummary>) -> impl IntoView {
    view! {
        <ul class="service-list">
            {in_chunks(LIST_CHUNK, services, |s| {
                let href = crate::surface::use_link(format!("/services/{}", s.id));
                view! {
                    <li class="service-list__item">
                        <A href=href attr:class="service-list__link">
                            <Localised text=s.name.clone() />
                        </A>
                        <p class="service-list__summary">
                            <Localised text=s.summary.clone() />
                        </p>
                    </li>
                }
            })}
        </ul>
    }
}

/// The list of the services `pick` takes from the listing. On a pre-rendered page `pick`
/// first runs on the page's part of the listing, then on the whole listing once it has
/// loaded: the same services, so the list is not built again.
pub fn listed_services(
    pick: impl Fn(&Listing) -> Vec<ServiceSummary> + Send + Sync + 'static,
) -> impl Fn() -> AnyView + Send + Sync + Copy + 'static {
    let picked = use_catalogue().listing.part(pick);
    move || {
        when_loaded(picked.get(), |services| {
            view! { <ServiceList services=(*services).clone() /> }.into_any()
        })
    }
}
