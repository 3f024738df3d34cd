//! The one client of the read-only catalogue API.
//!
//! It fetches text and hands it to `dalil_model::api::decode`, which owns all
//! parsing and validation: the UI never parses JSON itself.

use dalil_model::api::{decode, paths, Versioned};
use dalil_model::ApiError;
use futures::future::{select, Either};
use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use std::pin::pin;

/// Longer than any sane answer on a slow 3G link, short enough that a
/// citizen is told something is wrong before giving up.
const TIMEOUT_MS: u32 = 20_000;

/// Where the API lives. Same origin by default; `config.json` can point
/// elsewhere (a ministry's own server implementing the same contract).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiBase {
    pub root: String,
    /// Reading the preview tree of drafts and records under audit.
    pub preview: bool,
}

impl ApiBase {
    fn url(&self, path: &str) -> String {
        let mut base = self.root.trim_end_matches('/').to_string();
        if self.preview {
            base.push('/');
            base.push_str(paths::PREVIEW_DIR);
        }
        format!("{base}/{path}")
    }
}

#[derive(serde::Deserialize)]
struct Config {
    api_base: Option<String>,
}

/// Reads `/config.json`. Any trouble falls back to the same-origin default:
/// the config is optional, the catalogue is not.
pub async fn load_base(preview: bool) -> ApiBase {
    let default = "/api/v1/".to_string();
    let root = match fetch_text("/config.json").await {
        Ok(body) => serde_json::from_str::<Config>(&body)
            .ok()
            .and_then(|c| c.api_base)
            .filter(|b| !b.trim().is_empty())
            .unwrap_or(default),
        Err(_) => default,
    };
    ApiBase { root, preview }
}

/// GETs a URL as text, with a timeout and a size limit.
pub async fn fetch_text(url: &str) -> Result<String, ApiError> {
    let request = async {
        let response = Request::get(url)
            .send()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        match response.status() {
            200 => {}
            404 => return Err(ApiError::NotFound(url.to_string())),
            code => return Err(ApiError::Http(code)),
        }
        let body = response
            .text()
            .await
            .map_err(|e| ApiError::Network(e.to_string()))?;
        if body.len() > dalil_model::api::MAX_DOCUMENT_BYTES {
            return Err(ApiError::TooLarge(body.len()));
        }
        Ok(body)
    };
    let timeout = gloo_timers::future::TimeoutFuture::new(TIMEOUT_MS);
    match select(pin!(request), pin!(timeout)).await {
        Either::Left((result, _)) => result,
        Either::Right(_) => Err(ApiError::Timeout),
    }
}

/// Fetches and decodes one API document.
pub async fn get<T: DeserializeOwned + Versioned>(
    base: &ApiBase,
    path: &str,
) -> Result<T, ApiError> {
    let body = fetch_text(&base.url(path)).await?;
    decode(&body)
}
