//! The ministries' audit workshop: `/audit` (one row per ministry),
//! `/audit/{ministry}` (its services, filtered) and `/audit/consistency`
//! (the findings across ministries). Site only (the route table puts them
//! outside the kiosk's branch, and the embed has its own router), and only
//! with the preview tree (`?preview=1`): the public tree holds no report, so
//! there the pages say there is nothing to show.
//!
//! The pages read the report's parts (`dalil_model::audit::parts`) through
//! the one API client and decoder; the CSV of a download is written by
//! `dalil_model::audit`, never here.

pub mod consistency;
pub mod ministry;
pub mod overview;

use crate::components::api_error::Loading;
use crate::data::{untracked, use_catalogue, Loaded};
use crate::locale::tr;
use crate::present::query;
use dalil_model::ApiError;
use leptos::prelude::*;
use std::sync::Arc;

/// Loads one part of the audit report from the preview tree.
pub fn audit_doc<D>(path: impl Fn() -> String + 'static) -> LocalResource<Loaded<D>>
where
    D: serde::de::DeserializeOwned + dalil_model::api::Versioned + 'static,
{
    let catalogue = use_catalogue();
    LocalResource::new(move || {
        let path = path();
        catalogue.generation.track();
        async move {
            let base = untracked(catalogue.base).await;
            crate::api::get::<D>(&base, &path).await.map(Arc::new)
        }
    })
}

/// A link inside the workshop: the site's path, still in the preview tree
/// after a reload or when shared.
pub fn href(path: &str) -> String {
    query::href(&crate::surface::use_surface().href(path), "preview=1")
}

/// The frame of every workshop page: the page, its title and the links
/// between the three pages; `body` only in the preview tree.
pub fn frame(page: &'static str, body: impl Fn() -> AnyView + Send + Sync + 'static) -> AnyView {
    let preview = use_catalogue().preview;
    view! {
        <main id="main" class="page audit" data-page=page tabindex="-1">
            {if preview {
                view! {
                    <nav class="audit__nav" aria-label=tr("audit-nav-label")>
                        <a href=href("/audit")>{tr("audit-nav-overview")}</a>
                        <a href=href("/audit/consistency")>{tr("audit-nav-consistency")}</a>
                        <button type="button" class="button button--secondary audit__print"
                            on:click=|_| { let _ = window().print(); }>
                            {tr("audit-print")}
                        </button>
                    </nav>
                    {body}
                }
                .into_any()
            } else {
                view! {
                    <h1>{tr("audit-title")}</h1>
                    <p class="notice audit__public" role="status">{tr("audit-public")}</p>
                }
                .into_any()
            }}
        </main>
    }
    .into_any()
}

/// A part's load state: loading, "not published yet" for a report that is
/// not there, an error with retry, or `ready`.
pub fn when_part_loaded<T: 'static>(
    state: Option<Loaded<T>>,
    ready: impl FnOnce(Arc<T>) -> AnyView,
) -> AnyView {
    match state {
        None => view! { <Loading /> }.into_any(),
        Some(Err(ApiError::NotFound(_))) => {
            view! { <p class="notice" role="status">{tr("audit-not-published")}</p> }.into_any()
        }
        Some(other) => crate::components::api_error::when_loaded(Some(other), ready),
    }
}
