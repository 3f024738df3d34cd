//! One module per route.

pub mod all_services;
pub mod audit;
pub mod authority;
pub mod category;
pub mod centres;
pub mod fees;
pub mod home;
pub mod not_found;
pub mod record;
pub mod search;
pub mod service;

use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

/// The pages of the catalogue's records, the same on the site, in the
/// kiosk (under `/kiosk`) and in the embed (under `/embed`): one list, so a
/// new page reaches all three.
#[component(transparent)]
pub fn CatalogueRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    // One parent with an empty path, so the list is a single route (as a
    // transparent component must be, with or without `erase_components`).
    view! {
        <ParentRoute path=path!("") view=Outlet>
            <Route path=path!("/services") view=all_services::AllServicesPage />
            <Route path=path!("/services/:id") view=service::ServicePage />
            <Route path=path!("/services/:id/fees") view=fees::FeesPage />
            <Route path=path!("/authorities/:id") view=authority::AuthorityPage />
            <Route path=path!("/categories/:id") view=category::CategoryPage />
            <Route path=path!("/centres") view=centres::CentresPage />
            <Route path=path!("/centres/:id") view=centres::CentrePage />
        </ParentRoute>
    }
    .into_inner()
}
