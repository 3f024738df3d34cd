//! The one client of the read-only catalogue API.
//!
//! It fetches text and hands it to `dalil_model::api::decode`, which owns all
//! parsing and validation: the UI never parses JSON itself.

mod online_packs;

use crate::config::api_base::ApiBase;
use crate::http;
use crate::offline::catalogue_store;
use dalil_model::api::{decode, paths, Versioned, MAX_DOCUMENT_BYTES};
use dalil_model::ApiError;
use serde::de::DeserializeOwned;

/// Fetches and decodes one API document: from the catalogue kept on the
/// device when it has one, else from the network. Online, the documents
/// that have a pack are read from their pack (the same bytes, under a name
/// that never changes), so the copy the device keeps later comes from the
/// HTTP cache instead of the network: the listing crosses it once.
pub async fn get<T: DeserializeOwned + Versioned>(
    base: &ApiBase,
    path: &str,
) -> Result<T, ApiError> {
    if let Some(body) = catalogue_store::read(base, path).await {
        return decode(&body);
    }
    if path == paths::PACKS {
        return decode(&online_packs::manifest_text(base, false).await?);
    }
    if let Some(result) = online_packs::get_document(base, path).await {
        return decode(&result?);
    }
    let body = http::get_text(&base.url(path), base.limits(MAX_DOCUMENT_BYTES)).await?;
    decode(&body)
}
