//! The record a route names: its `:id`, and the page title from its name.

use crate::data::Doc;
use crate::locale::{use_lang, use_page_title};
use dalil_model::{Authority, Category, Centre, Text};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

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
pub fn title_from_route<T: Named + Send + Sync + 'static>(records: Doc<Vec<T>>) {
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
