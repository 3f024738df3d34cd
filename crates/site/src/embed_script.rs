//! `embed.js` as a content-hashed file a ministry's page can pin with Subresource Integrity.
//!
//! The hashed name changes with every change of the script, so it is cached for a year
//! (deploy/nginx.conf's rule for hashed names); the `integrity` value lets a host refuse any
//! other bytes under that name.

use crate::digest;

/// The description of the pinned script, written to `embed.json` for hosts and tests.
pub const MANIFEST: &str = "embed.json";

#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Pinned {
    /// `/embed-<16 hex digits>.js`
    pub src: String,
    /// `sha384-<base64>`
    pub integrity: String,
}

impl Pinned {
    pub fn of(script: &[u8]) -> Pinned {
        Pinned {
            src: format!("/embed-{}.js", digest::hex_sha256(script, 16)),
            integrity: digest::sri_sha384(script),
        }
    }

    /// The documented snippet's script tag, for a Dalil served at `origin`.
    pub fn script_tag(&self, origin: &str) -> String {
        format!(
            r#"<script src="{origin}{}" integrity="{}" crossorigin="anonymous" async></script>"#,
            self.src, self.integrity
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_and_integrity_follow_the_bytes() {
        let a = Pinned::of(b"one");
        let b = Pinned::of(b"two");
        assert_ne!(a.src, b.src);
        assert!(a.src.starts_with("/embed-") && a.src.ends_with(".js"));
        assert_eq!(a.src.len(), "/embed-".len() + 16 + ".js".len());
        assert!(a.integrity.starts_with("sha384-"));
        assert_eq!(a, Pinned::of(b"one"));
        assert!(a
            .script_tag("https://dalil.example")
            .starts_with(r#"<script src="https://dalil.example/embed-"#));
    }
}
