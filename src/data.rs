//! The catalogue as the app holds it: loaded once from the API and shared
//! through context, each part with its own loading and error state.

use crate::api;
use crate::config::api_base::ApiBase;
use dalil_model::api::{
    paths, AuthoritiesDoc, CategoriesDoc, CentresDoc, GovernoratesDoc, Listing, ServiceDoc,
    ServiceSummary,
};
use dalil_model::pack::PackManifest;
use dalil_model::{ApiError, Authority, Category, Centre, Governorate, Service};
use leptos::prelude::*;
use leptos::reactive::computed::ScopedFuture;
use std::sync::Arc;

pub type Loaded<T> = Result<Arc<T>, ApiError>;

#[derive(Clone, Copy)]
pub struct Catalogue {
    pub base: LocalResource<ApiBase>,
    pub manifest: LocalResource<Loaded<PackManifest>>,
    pub listing: LocalResource<Loaded<Listing>>,
    pub authorities: LocalResource<Loaded<Vec<Authority>>>,
    pub categories: LocalResource<Loaded<Vec<Category>>>,
    pub governorates: LocalResource<Loaded<Vec<Governorate>>>,
    pub centres: LocalResource<Loaded<Vec<Centre>>>,
    pub preview: bool,
    /// Bumped to load everything again: after "try again", or when a newer
    /// catalogue was swapped in on the device.
    pub generation: RwSignal<u64>,
}

impl Catalogue {
    /// Reloads every document (and open service record): the "try again"
    /// button, and the swap to a newer catalogue.
    pub fn reload(&self) {
        self.generation.update(|g| *g += 1);
    }

    /// Authority `id`, once the list has loaded. A reactive read: a view
    /// that calls it follows the list (and the language, if it names it).
    pub fn authority(&self, id: &str) -> Option<Authority> {
        self.authorities.with(|loaded| {
            let all = loaded.as_ref()?.as_ref().ok()?;
            by_id(all, id).cloned()
        })
    }
}

/// A catalogue record known by its id.
pub trait Identified {
    fn id(&self) -> &str;
}

macro_rules! identified {
    ($($t:ty),*) => {$(
        impl Identified for $t {
            fn id(&self) -> &str { &self.id }
        }
    )*};
}
identified!(Authority, Category, Centre, ServiceSummary);

/// The record `id` in a loaded list: the one look-up by id, for every kind
/// of record.
pub fn by_id<'a, T: Identified>(all: &'a [T], id: &str) -> Option<&'a T> {
    all.iter().find(|r| r.id() == id)
}

/// How many services of the listing are in category `id`.
pub fn services_in_category(listing: &Listing, id: &str) -> usize {
    listing
        .services
        .iter()
        .filter(|s| s.categories.iter().any(|c| c == id))
        .count()
}

/// Loads one document once the API base is known, mapping it to its payload.
fn document<D, T>(
    base: LocalResource<ApiBase>,
    generation: RwSignal<u64>,
    path: &'static str,
    payload: fn(D) -> T,
) -> LocalResource<Loaded<T>>
where
    D: serde::de::DeserializeOwned + dalil_model::api::Versioned + 'static,
    T: 'static,
{
    LocalResource::new(move || {
        generation.track();
        async move {
            let base = untracked(base).await;
            api::get::<D>(&base, path)
                .await
                .map(|d| Arc::new(payload(d)))
        }
    })
}

/// Awaits a resource without subscribing to it: a plain `.await` inside
/// another resource's fetcher would run that fetcher (and its request) again
/// when the awaited resource resolves.
pub async fn untracked<T: Clone + 'static>(resource: LocalResource<T>) -> T {
    ScopedFuture::new_untracked(async move { resource.await }).await
}

pub fn provide_catalogue(preview: bool) -> Catalogue {
    let base = LocalResource::new(move || async move {
        ApiBase::new(&crate::config::file::load().await, preview)
    });
    let g = RwSignal::new(0);
    let catalogue = Catalogue {
        base,
        manifest: document(base, g, paths::PACKS, |m: PackManifest| m),
        listing: document(base, g, paths::SERVICES, |l: Listing| l),
        authorities: document(base, g, paths::AUTHORITIES, |d: AuthoritiesDoc| {
            d.authorities
        }),
        categories: document(base, g, paths::CATEGORIES, |d: CategoriesDoc| d.categories),
        governorates: document(base, g, paths::GOVERNORATES, |d: GovernoratesDoc| {
            d.governorates
        }),
        centres: document(base, g, paths::CENTRES, |d: CentresDoc| d.centres),
        preview,
        generation: g,
    };
    provide_context(catalogue);
    catalogue
}

pub fn use_catalogue() -> Catalogue {
    expect_context::<Catalogue>()
}

/// Loads one service's full record.
pub fn service_resource(id: impl Fn() -> String + 'static) -> LocalResource<Loaded<Service>> {
    let catalogue = use_catalogue();
    LocalResource::new(move || {
        let id = id();
        catalogue.generation.track();
        async move {
            // Ids are lowercase words and dashes; anything else cannot exist,
            // and must not turn into a path outside services/.
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(ApiError::NotFound(id));
            }
            let base = untracked(catalogue.base).await;
            // An id the listing does not know is answered at once, without
            // asking the server for a file that is not there.
            if let Ok(listing) = untracked(catalogue.listing).await {
                if !listing.services.iter().any(|s| s.id == id) {
                    return Err(ApiError::NotFound(id));
                }
            }
            api::get::<ServiceDoc>(&base, &paths::service(&id))
                .await
                .map(|d| Arc::new(d.service))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dalil_model::Text;

    fn listed(id: &str, categories: &[&str]) -> ServiceSummary {
        ServiceSummary {
            id: id.into(),
            status: Default::default(),
            authority: "civil-affairs".into(),
            ministry: "interior".into(),
            name: Text::new(id, id),
            summary: Text::default(),
            keywords: Default::default(),
            categories: categories.iter().map(|c| c.to_string()).collect(),
            channels: Vec::new(),
            governorates: Vec::new(),
            documents: Vec::new(),
            has_fees: false,
        }
    }

    #[test]
    fn records_are_found_by_id_and_services_counted_by_category() {
        let listing = Listing {
            schema: 1,
            services: vec![
                listed("passport", &["travel", "identity"]),
                listed("id-card", &["identity"]),
                listed("marriage", &["family"]),
            ],
        };
        assert_eq!(
            by_id(&listing.services, "id-card").map(|s| s.id.as_str()),
            Some("id-card")
        );
        assert!(by_id(&listing.services, "ID-CARD").is_none());
        assert!(by_id(&listing.services, "").is_none());
        assert_eq!(services_in_category(&listing, "identity"), 2);
        assert_eq!(services_in_category(&listing, "travel"), 1);
        assert_eq!(services_in_category(&listing, "none"), 0);
    }
}
