//! The search index, built in the browser from the compact listing once the
//! page is idle, in slices (no long task on a cheap phone), and shared by
//! the search bar and the results page. A pre-rendered page's stand-in
//! listing is never indexed: only the whole listing is.

use crate::data::use_catalogue;
use crate::slices::{idle, Slices};
use dalil_model::api::Listing;
use dalil_search::{Index, IndexBuilder, Options};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

pub struct SearchData {
    pub listing: Arc<Listing>,
    pub index: Index,
}

#[derive(Clone, Copy)]
pub struct SearchIndex(pub RwSignal<Option<Arc<SearchData>>>);

/// Services indexed between two checks of the slice's clock.
const SERVICES_PER_TICK: usize = 16;

/// How long the index may wait for an idle moment.
const IDLE_WAIT_MS: u32 = 1_000;

pub fn provide_search_index() {
    let catalogue = use_catalogue();
    let data = RwSignal::new(None);
    // Each new listing gets a build; a newer one makes an older build stop.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        if let Some(Ok(listing)) = catalogue.listing.loaded() {
            let mine = generation.try_update_value(|g| {
                *g += 1;
                *g
            });
            spawn_local(async move {
                // A search's own page needs the index now; any other page, later.
                if !searching_now() {
                    idle(IDLE_WAIT_MS).await;
                }
                let current = || generation.try_get_value() == mine;
                if let Some(index) = build(&listing, current).await {
                    if current() {
                        data.set(Some(Arc::new(SearchData { listing, index })));
                    }
                }
            });
        }
    });
    provide_context(SearchIndex(data));
}

/// The page is a search with words (`/search?q=...`, on the site or a kiosk).
fn searching_now() -> bool {
    crate::url::current_path().ends_with("/search")
        && crate::url::query_param("q").is_some_and(|q| !q.trim().is_empty())
}

/// Builds the index of `listing` in slices; `None` once `current` says a
/// newer listing has come.
async fn build(listing: &Listing, current: impl Fn() -> bool) -> Option<Index> {
    let mut builder = IndexBuilder::new(Options::default());
    let mut slices = Slices::new();
    for part in listing.services.chunks(SERVICES_PER_TICK) {
        builder.add(part);
        slices.tick().await;
        if !current() {
            return None;
        }
    }
    Some(builder.finish())
}

pub fn use_search_index() -> RwSignal<Option<Arc<SearchData>>> {
    expect_context::<SearchIndex>().0
}
