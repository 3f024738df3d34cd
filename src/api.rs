//! The one client of the read-only catalogue API.
//!
//! It fetches text and hands it to `dalil_model::api::decode`, which owns all
//! parsing and validation: the UI never parses JSON itself.

use crate::config::api_base::ApiBase;
use crate::http;
use crate::offline::catalogue_store;
use dalil_model::api::{decode, Versioned, MAX_DOCUMENT_BYTES};
use dalil_model::ApiError;
use serde::de::DeserializeOwned;

/// Fetches and decodes one API document: from the catalogue kept on the
/// device when it has one, else from the network.
pub async fn get<T: DeserializeOwned + Versioned>(
    base: &ApiBase,
    path: &str,
) -> Result<T, ApiError> {
    if let Some(body) = catalogue_store::read(base, path).await {
        return decode(&body);
    }
    let body = http::get_text(&base.url(path), base.limits(MAX_DOCUMENT_BYTES)).await?;
    decode(&body)
}
