//! Embed mode (issue #8): `/embed?authority=...` shows one authority's
//! services in a compact view meant for a ministry's `<iframe>`.
//!
//! The embed is the same app with another frame around the same routes: a
//! router based at `/embed`, a catalogue narrowed to the authority (so lists,
//! search, service pages and the fee calculator all stay filtered), the
//! host's theme within accessible bounds, and the page's height posted to the
//! host page, to its origin only. The embed listens to no messages at all.
//! See docs/embedding.md.

mod catalogue;
mod links;
pub mod params;
mod resize;
pub mod scope;
pub mod theme;
mod view;

pub use view::EmbedApp;

/// Where embed mode lives. Everything under it is served with the
/// `frame-ancestors` that lets ministries frame it (deploy/nginx.conf).
pub const BASE: &str = "/embed";

/// Whether the page was opened in embed mode (the app starts here once).
pub fn is_embed_path() -> bool {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .is_some_and(|p| in_embed(&p))
}

/// `/embed` and the paths below it, not `/embed.js` or `/embedded`.
pub fn in_embed(path: &str) -> bool {
    path == BASE
        || path
            .strip_prefix(BASE)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::in_embed;

    #[test]
    fn only_the_embed_tree_is_embed_mode() {
        for yes in ["/embed", "/embed/", "/embed/services/x", "/embed/search"] {
            assert!(in_embed(yes), "{yes}");
        }
        for no in ["/", "/embed.js", "/embedded", "/services/embed", ""] {
            assert!(!in_embed(no), "{no}");
        }
    }
}
