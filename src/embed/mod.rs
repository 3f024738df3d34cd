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
pub mod params;
mod resize;
pub mod scope;
pub mod theme;
mod view;

pub use view::EmbedApp;

/// Whether the page was opened in embed mode (the app starts here once).
pub fn is_embed_path() -> bool {
    crate::surface::paths::in_embed(&crate::url::current_path())
}
