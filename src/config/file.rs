//! `/config.json`, fetched and read once for the whole page, by the one
//! reader `dalil_model::config::SiteConfig::parse`.

use crate::http::{self, Limits};
use dalil_model::config::{SiteConfig, DEFAULT_TIMEOUT_SECONDS};
use futures::future::{FutureExt, LocalBoxFuture, Shared};

type SharedConfig = Shared<LocalBoxFuture<'static, SiteConfig>>;

thread_local! {
    static CONFIG: SharedConfig = async {
        let limits = Limits {
            timeout_ms: DEFAULT_TIMEOUT_SECONDS * 1000,
            max_bytes: 64 * 1024,
            fresh: true,
            reload: false,
        };
        // Missing or unreachable: the defaults. The config is optional,
        // the catalogue is not.
        let Ok(text) = http::get_text("/config.json", limits).await else {
            return SiteConfig::default();
        };
        match SiteConfig::parse(&text) {
            Ok((config, warnings)) => {
                for warning in warnings {
                    leptos::logging::warn!("config.json: {warning}");
                }
                config
            }
            Err(problem) => {
                leptos::logging::warn!("config.json: {problem}");
                SiteConfig::default()
            }
        }
    }
    .boxed_local()
    .shared();
}

/// This deployment's settings (the defaults where `config.json` is
/// missing, unreachable or not a config).
pub async fn load() -> SiteConfig {
    CONFIG.with(Clone::clone).await
}
