//! A list of services, each a link to its page.

use crate::components::deferred::{in_chunks, LIST_CHUNK};
use crate::components::localised::Localised;
use dalil_model::ServiceSummary;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn ServiceList(services: Vec<ServiceSummary>) -> impl IntoView {
    view! {
        <ul class="service-list">
            {in_chunks(LIST_CHUNK, services, |s| {
                let href = crate::surface::use_surface().href(&format!("/services/{}", s.id));
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
