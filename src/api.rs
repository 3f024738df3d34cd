//! The one client of the read-only catalogue API.
//!
//! It fetches text and hands it to `dalil_model::api::decode`, which owns all
//! parsing and validation: the UI never parses JSON itself.

use crate::http::{self, Limits};
use crate::offline::catalogue_store;
use dalil_model::api::{decode, paths, Versioned, MAX_DOCUMENT_BYTES};
use dalil_model::link::Schemes;
use dalil_model::ApiError;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use serde::de::DeserializeOwned;

/// Longer than any sane answer on a slow 3G link, short enough that a
/// citizen is told something is wrong before giving up.
const DEFAULT_TIMEOUT_MS: u32 = 20_000;

/// Where the API lives. Same origin by default; `config.json` can point
/// elsewhere (a ministry's own server implementing the same contract).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiBase {
    pub root: String,
    /// Reading the preview tree of drafts and records under audit.
    pub preview: bool,
    /// How long one request may take.
    pub timeout_ms: u32,
    /// Which web addresses in this API's data may become links
    /// (`"allow_http_links": true` adds plain http).
    pub links: Schemes,
}

impl ApiBase {
    pub fn url(&self, path: &str) -> String {
        let mut base = self.root.trim_end_matches('/').to_string();
        if self.preview {
            base.push('/');
            base.push_str(paths::PREVIEW_DIR);
        }
        format!("{base}/{path}")
    }

    /// The limits of one request for an API document.
    pub fn limits(&self, max_bytes: usize) -> Limits {
        Limits {
            timeout_ms: self.timeout_ms,
            max_bytes,
            fresh: false,
        }
    }
}

#[derive(serde::Deserialize)]
struct Config {
    api_base: Option<String>,
    /// Seconds one API request may take (1 to 120).
    request_timeout_seconds: Option<u32>,
    /// Let `http:` addresses from the catalogue become links (an intranet
    /// deployment); by default only `https:` do.
    #[serde(default)]
    allow_http_links: bool,
}

type SharedText = Shared<LocalBoxFuture<'static, Option<String>>>;

thread_local! {
    /// `/config.json`, fetched once and shared by whoever reads settings
    /// from it (the API base here, kiosk mode).
    static CONFIG_TEXT: SharedText = {
        let limits = Limits {
            timeout_ms: DEFAULT_TIMEOUT_MS,
            max_bytes: 64 * 1024,
            fresh: true,
        };
        async move { http::get_text("/config.json", limits).await.ok() }
            .boxed_local()
            .shared()
    };
}

/// The text of `/config.json`; `None` when it is missing or unreachable.
pub async fn config_text() -> Option<String> {
    CONFIG_TEXT.with(Clone::clone).await
}

/// Reads `/config.json`. Any trouble falls back to the same-origin default:
/// the config is optional, the catalogue is not.
pub async fn load_base(preview: bool) -> ApiBase {
    let config = config_text()
        .await
        .and_then(|body| serde_json::from_str::<Config>(&body).ok());
    let root = config
        .as_ref()
        .and_then(|c| c.api_base.clone())
        // Spaces or control characters are no address (and would break the
        // device's one-line note of its catalogue, `catalogue_store`).
        .filter(|b| !b.is_empty() && !b.chars().any(|c| c.is_whitespace() || c.is_control()))
        .unwrap_or_else(|| "/api/v1/".to_string());
    let timeout_ms = config
        .as_ref()
        .and_then(|c| c.request_timeout_seconds)
        .map_or(DEFAULT_TIMEOUT_MS, |s| s.clamp(1, 120) * 1000);
    let links = if config.is_some_and(|c| c.allow_http_links) {
        Schemes::HttpAndHttps
    } else {
        Schemes::Https
    };
    ApiBase {
        root,
        preview,
        timeout_ms,
        links,
    }
}

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
