//! Where the catalogue API lives, as `config.json` says, and the limits of
//! one request to it.

use crate::http::Limits;
use dalil_model::api::paths;
use dalil_model::config::SiteConfig;
use dalil_model::link::Schemes;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiBase {
    pub root: String,
    /// Reading the preview tree of drafts and records under audit.
    pub preview: bool,
    /// How long one request may take.
    pub timeout_ms: u32,
    /// Which web addresses in this API's data may become links.
    pub links: Schemes,
}

impl ApiBase {
    pub fn new(config: &SiteConfig, preview: bool) -> ApiBase {
        ApiBase {
            root: config.api_base.clone(),
            preview,
            timeout_ms: config.request_timeout_seconds * 1000,
            links: config.links,
        }
    }

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
            reload: false,
        }
    }
}
