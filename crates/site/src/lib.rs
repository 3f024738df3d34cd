//! What the build derives from the built site for the server and the service worker, so that
//! neither is ever typed by hand and the two never disagree:
//!
//! - the response headers of every page (`headers`): a strict Content Security Policy whose
//!   `script-src` carries the hash of Trunk's one inline start-up script (`inline_script`) and
//!   whose `connect-src` carries the API origin from `config.json` (`config`), plus the
//!   Permissions-Policy and the other document headers;
//! - those headers as an nginx snippet (`nginx`) and as a constant for `sw.js` (`worker`);
//! - Trunk's start-up rewritten to wait for the first paint (`paint_first`);
//! - `embed.js` as a content-hashed file with its Subresource Integrity value (`embed_script`).
//!
//! `dalil-site DIST` (run by `scripts/publish-into-staging.sh`) writes them all. Last,
//! `dalil-site compress DIST` writes the pre-compressed copies of every file (`compress`).

pub mod compress;
pub mod config;
pub mod embed_script;
pub mod finish;
pub mod headers;
pub mod inline_script;
pub mod nginx;
pub mod paint_first;
pub mod worker;

mod digest;
