//! The search index, built in the browser from the compact listing as soon
//! as it arrives, and shared by the search bar and the results page.

use crate::data::use_catalogue;
use dalil_model::api::Listing;
use dalil_search::Index;
use leptos::prelude::*;
use std::sync::Arc;

pub struct SearchData {
    pub listing: Arc<Listing>,
    pub index: Index,
}

#[derive(Clone, Copy)]
pub struct SearchIndex(pub RwSignal<Option<Arc<SearchData>>>);

pub fn provide_search_index() {
    let catalogue = use_catalogue();
    let data = RwSignal::new(None);
    Effect::new(move |_| {
        if let Some(Ok(listing)) = catalogue.listing.get() {
            let index = Index::build(&listing.services);
            data.set(Some(Arc::new(SearchData { listing, index })));
        }
    });
    provide_context(SearchIndex(data));
}

pub fn use_search_index() -> RwSignal<Option<Arc<SearchData>>> {
    expect_context::<SearchIndex>().0
}
