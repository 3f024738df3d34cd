//! One module per route.

pub mod authority;
pub mod category;
pub mod centres;
pub mod fees;
pub mod home;
pub mod not_found;
pub mod search;
pub mod service;

use crate::data::Loaded;
use crate::locale::{use_lang, use_page_title};
use dalil_model::{Authority, Category, Centre, Text};
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::hooks::use_params_map;
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

/// The `:id` parameter of the current route.
pub fn route_id() -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get("id").unwrap_or_default()
}

/// A catalogue record with an id and a bilingual name.
pub trait Named {
    fn record_id(&self) -> &str;
    fn record_name(&self) -> &Text;
}

macro_rules! named {
    ($($t:ty),*) => {$(
        impl Named for $t {
            fn record_id(&self) -> &str { &self.id }
            fn record_name(&self) -> &Text { &self.name }
        }
    )*};
}
named!(Authority, Category, Centre);

/// Titles the page with the name of the record whose id is in the route.
pub fn title_from_route<T: Named + Send + Sync + 'static>(records: LocalResource<Loaded<Vec<T>>>) {
    let id = route_id();
    let lang = use_lang();
    use_page_title(move || {
        records
            .get()
            .and_then(|r| r.ok())
            .and_then(|all| {
                all.iter()
                    .find(|r| r.record_id() == id())
                    .map(|r| r.record_name().get(lang.get()).to_string())
            })
            .unwrap_or_default()
    });
}
