//! The response headers of Dalil's pages: one table, rendered for nginx (`crate::nginx`) and
//! for the service worker (`crate::worker`), so a page reads the same rules online and offline.
//!
//! Framing (`frame-ancestors`, `X-Frame-Options`) is not here: who may frame the embed is a
//! deployment choice made in deploy/nginx.conf, and the worker keeps what the server sent.

/// The policy inputs that vary per build.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Build {
    /// CSP hash sources (`sha256-...`) of the inline scripts allowed to run.
    pub script_hashes: Vec<String>,
    /// The API's origin when it is not the site's own (`config.json`'s `api_base`).
    pub api_origin: Option<String>,
}

/// The document headers, each value as sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headers {
    /// Content-Security-Policy without `frame-ancestors` (nginx and the worker append it).
    pub content_security_policy: String,
    pub permissions_policy: String,
    /// Sent on the site's pages only, not on the embed tree: see `Headers::embed`.
    pub cross_origin_opener_policy: String,
    pub referrer_policy: String,
    pub content_type_options: String,
}

/// Powerful features no page of Dalil uses, off for the page and every frame in it;
/// geolocation stays available to Dalil itself for a "centres near me" feature.
pub const PERMISSIONS_POLICY: &str =
    "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)";

impl Headers {
    /// Dalil's own headers for `build`: scripts only from this origin plus Trunk's start-up
    /// script by hash, WebAssembly compilation, styles only from files (no `style=`), data
    /// only from this origin and the API, no plugins, no `<base>`, forms only to this origin.
    pub fn for_build(build: &Build) -> Headers {
        let mut script_src = vec!["'self'".to_string(), "'wasm-unsafe-eval'".to_string()];
        script_src.extend(build.script_hashes.iter().map(|h| format!("'{h}'")));
        let mut connect_src = vec!["'self'".to_string()];
        connect_src.extend(build.api_origin.iter().cloned());
        let directives = [
            ("default-src", "'none'".to_string()),
            ("script-src", script_src.join(" ")),
            ("style-src", "'self'".to_string()),
            ("img-src", "'self' data:".to_string()),
            ("connect-src", connect_src.join(" ")),
            ("worker-src", "'self'".to_string()),
            ("manifest-src", "'self'".to_string()),
            ("base-uri", "'none'".to_string()),
            ("form-action", "'self'".to_string()),
            ("object-src", "'none'".to_string()),
        ];
        Headers::with_policy(
            directives
                .iter()
                .map(|(name, value)| format!("{name} {value}"))
                .collect::<Vec<_>>()
                .join("; "),
        )
    }

    /// These headers with another Content-Security-Policy (a test's stand-in for another
    /// site, which sets its own).
    pub fn with_policy(content_security_policy: String) -> Headers {
        Headers {
            content_security_policy,
            permissions_policy: PERMISSIONS_POLICY.to_string(),
            cross_origin_opener_policy: "same-origin".to_string(),
            referrer_policy: "strict-origin-when-cross-origin".to_string(),
            content_type_options: "nosniff".to_string(),
        }
    }

    /// `(name, value)` for a site page (everything but `/embed...`).
    pub fn site(&self) -> Vec<(&'static str, &str)> {
        let mut all = self.embed();
        all.push((
            "Cross-Origin-Opener-Policy",
            &self.cross_origin_opener_policy,
        ));
        all
    }

    /// `(name, value)` for the embed tree. No Cross-Origin-Opener-Policy: it does nothing in
    /// a frame, and a host that opens the embed with `window.open` would lose its handle on
    /// the window it opened.
    pub fn embed(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("Content-Security-Policy", &self.content_security_policy),
            ("Permissions-Policy", &self.permissions_policy),
            ("Referrer-Policy", &self.referrer_policy),
            ("X-Content-Type-Options", &self.content_type_options),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_is_strict_and_names_the_hash_and_the_api() {
        let headers = Headers::for_build(&Build {
            script_hashes: vec!["sha256-abc=".into()],
            api_origin: Some("https://api.example".into()),
        });
        assert_eq!(
            headers.content_security_policy,
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; \
             style-src 'self'; img-src 'self' data:; connect-src 'self' https://api.example; \
             worker-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; \
             object-src 'none'"
        );
        for loose in ["unsafe-inline", " 'unsafe-eval'", "frame-ancestors", "*"] {
            assert!(!headers.content_security_policy.contains(loose), "{loose}");
        }
    }

    #[test]
    fn the_same_origin_api_adds_nothing() {
        let headers = Headers::for_build(&Build {
            script_hashes: vec![],
            api_origin: None,
        });
        assert!(headers
            .content_security_policy
            .contains("; connect-src 'self'; "));
    }

    #[test]
    fn only_site_pages_get_the_opener_policy() {
        let headers = Headers::with_policy("default-src 'none'".into());
        let names = |list: Vec<(&'static str, &str)>| -> Vec<&'static str> {
            list.into_iter().map(|(n, _)| n).collect()
        };
        assert!(names(headers.site()).contains(&"Cross-Origin-Opener-Policy"));
        assert!(!names(headers.embed()).contains(&"Cross-Origin-Opener-Policy"));
        assert_eq!(headers.site().len(), headers.embed().len() + 1);
    }
}
