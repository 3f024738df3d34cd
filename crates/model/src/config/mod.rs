//! `config.json`: a deployment's settings, and the one reader of it, for the
//! app in the browser and the build step that derives the site's headers
//! (`crates/site`) alike.
//!
//! The file is optional and read leniently: a value that is present but
//! unusable is ignored with a warning naming it, and its default applies. A
//! text that is not a JSON object at all (a captive portal's or a proxy's
//! page answered instead) is refused as a whole, so it decides nothing.

mod kiosk;

pub use kiosk::{KioskConfig, DEFAULT_COUNTDOWN_SECONDS, DEFAULT_IDLE_SECONDS};

use crate::link::Schemes;
use serde_json::Value;

/// The API on the site's own origin, where `publish` writes it.
pub const DEFAULT_API_BASE: &str = "/api/v1/";
/// Longer than any sane answer on a slow 3G link, short enough that a
/// citizen is told something is wrong before giving up.
pub const DEFAULT_TIMEOUT_SECONDS: u32 = 20;
const MAX_TIMEOUT_SECONDS: u32 = 120;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteConfig {
    /// Where the catalogue API lives: a path on this origin, or a
    /// ministry's own server implementing the same contract.
    pub api_base: String,
    /// How long one API request may take.
    pub request_timeout_seconds: u32,
    /// Which web addresses in the catalogue may become links
    /// (`"allow_http_links": true` adds plain http).
    pub links: Schemes,
    pub kiosk: KioskConfig,
    /// The site's public address (`https://host`, no trailing slash): the
    /// pre-rendered pages' canonical links and the sitemap use it.
    pub site_url: String,
}

/// Where the demo is served (scripts/serve.sh, the tests).
pub const DEFAULT_SITE_URL: &str = "http://127.0.0.1:8080";

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            api_base: DEFAULT_API_BASE.to_string(),
            request_timeout_seconds: DEFAULT_TIMEOUT_SECONDS,
            links: Schemes::Https,
            kiosk: KioskConfig::default(),
            site_url: DEFAULT_SITE_URL.to_string(),
        }
    }
}

impl SiteConfig {
    /// Reads `config.json`'s text: the settings and one warning per value
    /// that was ignored, or why the text is no config at all.
    pub fn parse(text: &str) -> Result<(SiteConfig, Vec<String>), String> {
        let Ok(Value::Object(doc)) = serde_json::from_str::<Value>(text) else {
            return Err("not JSON: not a JSON object, so it is ignored".into());
        };
        let mut warnings = Vec::new();
        let mut config = SiteConfig::default();
        match doc.get("api_base") {
            None | Some(Value::Null) => {}
            Some(Value::String(base)) if base.trim().is_empty() => {}
            // Spaces or control characters are no address (and would break
            // the device's one-line note of its catalogue).
            Some(Value::String(base))
                if !base.is_empty()
                    && !base.chars().any(|c| c.is_whitespace() || c.is_control()) =>
            {
                config.api_base = base.clone();
            }
            Some(other) => warnings.push(format!(
                "api_base must be a path or an address without spaces, not {other}; keeping {DEFAULT_API_BASE}"
            )),
        }
        match doc.get("request_timeout_seconds") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) => config.request_timeout_seconds = n.clamp(1, MAX_TIMEOUT_SECONDS),
                None => warnings.push(format!(
                    "request_timeout_seconds must be a whole number of seconds, not {v}; keeping {DEFAULT_TIMEOUT_SECONDS}"
                )),
            },
        }
        match doc.get("allow_http_links") {
            None | Some(Value::Null) => {}
            Some(Value::Bool(true)) => config.links = Schemes::HttpAndHttps,
            Some(Value::Bool(false)) => {}
            Some(other) => warnings.push(format!(
                "allow_http_links must be true or false, not {other}; only https links are made"
            )),
        }
        match doc.get("site_url") {
            None | Some(Value::Null) => {}
            Some(Value::String(url)) if crate::link::web_link(url, Schemes::HttpAndHttps).is_ok()
                && url.matches('/').count() == 2 =>
            {
                config.site_url = url.clone();
            }
            Some(other) => warnings.push(format!(
                "site_url must be the site's address such as https://dalil.example (no path), not {other}; keeping {DEFAULT_SITE_URL}"
            )),
        }
        config.kiosk = KioskConfig::from_document(&doc, &mut warnings);
        Ok((config, warnings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_setting() {
        let (c, w) = SiteConfig::parse(
            r#"{"api_base": "https://api.moi.gov.sy/v1/", "request_timeout_seconds": 30,
                "allow_http_links": true, "kiosk": true, "site_url": "https://dalil.gov.sy"}"#,
        )
        .unwrap();
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.api_base, "https://api.moi.gov.sy/v1/");
        assert_eq!(c.request_timeout_seconds, 30);
        assert_eq!(c.links, Schemes::HttpAndHttps);
        assert!(c.kiosk.enabled && c.kiosk.decided);
        assert_eq!(c.site_url, "https://dalil.gov.sy");
    }

    #[test]
    fn an_empty_object_is_the_defaults() {
        let (c, w) = SiteConfig::parse("{}").unwrap();
        assert!(w.is_empty());
        assert_eq!(c, SiteConfig::default());
    }

    #[test]
    fn bad_values_keep_their_defaults_and_say_so() {
        let (c, w) = SiteConfig::parse(
            r#"{"api_base": "/api /v1/", "request_timeout_seconds": -3, "allow_http_links": "yes",
                "site_url": "https://dalil.gov.sy/ar/"}"#,
        )
        .unwrap();
        assert_eq!(c, SiteConfig::default());
        assert_eq!(w.len(), 4, "{w:?}");
        for bad in [
            "javascript:alert(1)",
            "dalil.gov.sy",
            "https://",
            "ftp://x.sy",
        ] {
            let (c, w) = SiteConfig::parse(&format!("{{\"site_url\": \"{bad}\"}}")).unwrap();
            assert_eq!(
                (c.site_url.as_str(), w.len()),
                (DEFAULT_SITE_URL, 1),
                "{bad}"
            );
        }
        let (_, w) = SiteConfig::parse("{\"api_base\": \"/api/\\tv1/\"}").unwrap();
        assert_eq!(w.len(), 1);
        let (c, _) = SiteConfig::parse(r#"{"request_timeout_seconds": 100000}"#).unwrap();
        assert_eq!(c.request_timeout_seconds, 120);
    }

    #[test]
    fn a_page_that_is_no_config_is_refused_whole() {
        for text in ["", "<html></html>", "[1]", "null", "\"{}\""] {
            assert!(SiteConfig::parse(text).is_err(), "{text:?}");
        }
    }
}
