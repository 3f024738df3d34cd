//! Reading documents from their packs while online: the pack manifest is
//! fetched once per page (shared by every caller that starts at the same
//! time) and the pack named in it is fetched as a normal, cacheable file.

use crate::config::api_base::ApiBase;
use crate::http;
use dalil_model::api::{paths, MAX_DOCUMENT_BYTES};
use dalil_model::pack::{self, PackKind};
use dalil_model::ApiError;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use std::cell::RefCell;
use std::rc::Rc;

type Fetch = Shared<LocalBoxFuture<'static, Result<Rc<String>, ApiError>>>;

thread_local! {
    /// The pack manifest of this page, by API root.
    static MANIFEST: RefCell<Option<(String, Fetch)>> = const { RefCell::new(None) };
}

/// The text of `packs.json`, fetched once (`again`: fetched anew, after a
/// republish removed the packs it named). A fetch that failed is tried
/// again by the next caller ("try again").
pub async fn manifest_text(base: &ApiBase, again: bool) -> Result<Rc<String>, ApiError> {
    let known = MANIFEST.with(|m| {
        m.borrow()
            .as_ref()
            .filter(|(root, fetch)| {
                !again && *root == base.root && !matches!(fetch.peek(), Some(Err(_)))
            })
            .map(|(_, fetch)| fetch.clone())
    });
    let fetch = match known {
        Some(fetch) => fetch,
        None => {
            let url = base.url(paths::PACKS);
            let limits = base.limits(pack::MAX_PACK_MANIFEST_BYTES);
            let fetch = async move { http::get_text(&url, limits).await.map(Rc::new) }
                .boxed_local()
                .shared();
            MANIFEST.with(|m| *m.borrow_mut() = Some((base.root.clone(), fetch.clone())));
            fetch
        }
    };
    fetch.await
}

/// The document at `path` read from its pack: `None` when it has no pack
/// here (a service, the preview tree, a server without packs), and the
/// caller reads the file itself.
pub async fn get_document(base: &ApiBase, path: &str) -> Option<Result<String, ApiError>> {
    let kind = PackKind::of_document(path).filter(|_| !base.preview)?;
    for again in [false, true] {
        let text = manifest_text(base, again).await.ok()?;
        let manifest = pack::manifest(text.as_bytes()).ok()?;
        let entry = manifest.pack(kind)?;
        let limits = base.limits(MAX_DOCUMENT_BYTES);
        match http::get_text(&base.url(&entry.path()), limits).await {
            // A republish between the manifest and the pack: ask again once.
            Err(ApiError::NotFound(_)) if !again => continue,
            result => return Some(result),
        }
    }
    None
}
