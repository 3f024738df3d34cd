//! dalil-pages: a complete HTML page for every public route in each
//! language, so a first visit (and a search engine, a link preview, a phone
//! without JavaScript) reads the page before any script runs.
//!
//! The pages are rendered by the app's own components (`dalil::prerender`,
//! Leptos `ssr`), inside the frame of Trunk's `index.html` (its hashed
//! scripts, styles and integrity values), and carry their data as an inert
//! JSON block the app takes over from. nginx serves `pages/{ar,en}/<path>.html`
//! when one exists (deploy/nginx.conf).

#[cfg(not(target_arch = "wasm32"))]
mod build;
#[cfg(not(target_arch = "wasm32"))]
pub mod frame;
#[cfg(not(target_arch = "wasm32"))]
pub mod json_ld;
#[cfg(not(target_arch = "wasm32"))]
pub mod sitemap;

#[cfg(not(target_arch = "wasm32"))]
pub use build::{build, Built, PAGES_DIR};
