//! The catalogue an embed provides: the site's own, with the listing and the
//! authorities narrowed to the embed's scope (see `scope`).
//!
//! Every page reads the catalogue from context, so swapping in these two
//! resources keeps search, lists, related services and even typed-in service
//! addresses inside the authority, with no change to the pages.

use super::scope;
use crate::data::{Catalogue, Doc, Loaded};
use leptos::prelude::*;
use std::sync::Arc;

/// Awaits a site resource, asking it again first if it had failed: the
/// "try again" button refetches the embed's resources, which must pass the
/// retry on to the site's.
async fn fresh<T: Send + Sync + 'static>(resource: Doc<T>) -> Loaded<T> {
    if matches!(resource.get_untracked(), Some(Err(_))) {
        resource.refetch();
    }
    // Tracked on purpose: when the site's resource loads again, the embed's
    // copy is filtered again (no request: the filtering is all it redoes).
    resource.await
}

/// `site` with only the services and authorities of `root` and below.
/// Without a root nothing is in scope, and the embed says why.
pub fn scoped(site: Catalogue, root: Option<String>) -> Catalogue {
    let root = root.unwrap_or_default();
    let listing = {
        let root = root.clone();
        LocalResource::new(move || {
            let root = root.clone();
            async move {
                let all = fresh(site.authorities).await?;
                let listing = fresh(site.listing).await?;
                let scope = scope::below(&root, &all);
                Ok(Arc::new(scope::listing(&listing, &scope)))
            }
        })
    };
    let authorities = LocalResource::new(move || {
        let root = root.clone();
        async move {
            let all = fresh(site.authorities).await?;
            Ok(Arc::new(scope::authorities(&all, &root)))
        }
    });
    Catalogue {
        listing: Doc::new(listing),
        authorities: Doc::new(authorities),
        ..site
    }
}
