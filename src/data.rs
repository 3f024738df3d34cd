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

/// One catalogue document as the app holds it: its load state, plus what a
/// pre-rendered page said of it (`src/seed.rs`), shown until the document
/// has loaded. So the first render of a pre-rendered page is the page
/// itself, in the browser as in the native pre-renderer (where nothing ever
/// loads).
pub struct Doc<T: Send + Sync + 'static> {
    resource: LocalResource<Loaded<T>>,
    /// What views read: the document, else the stand-in. It does not change (and nothing
    /// renders again) when the first load answers with the very document the page carried.
    shown: Memo<Option<Loaded<T>>>,
}

impl<T: Send + Sync> Clone for Doc<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync> Copy for Doc<T> {}

impl<T: Send + Sync + 'static> Doc<T> {
    /// A document that only `resource` answers.
    pub fn new(resource: LocalResource<Loaded<T>>) -> Self {
        Self::with_stand_in(resource, None)
    }

    fn with_stand_in(resource: LocalResource<Loaded<T>>, stand_in: Option<Arc<T>>) -> Self {
        let stand_in = StoredValue::new(stand_in);
        let shown = Memo::new_with_compare(
            move |_| resource.get().or_else(|| stand_in.get_value().map(Ok)),
            shown_changed::<T>,
        );
        Doc { resource, shown }
    }

    /// The load state (reactive): `None` while loading.
    pub fn get(&self) -> Option<Loaded<T>> {
        self.shown.get()
    }

    pub fn get_untracked(&self) -> Option<Loaded<T>> {
        self.shown.get_untracked()
    }

    /// The document's own load state, never the stand-in.
    pub fn loaded(&self) -> Option<Loaded<T>> {
        self.resource.get()
    }

    pub fn with<R>(&self, f: impl FnOnce(&Option<Loaded<T>>) -> R) -> R {
        self.shown.with(f)
    }

    /// The part of the document a view shows, changed only when that part is: the part a
    /// page carried (a stand-in) and the same part of the whole document, once it has
    /// loaded, are equal, so the view does not render again.
    pub fn part<P>(self, part: impl Fn(&T) -> P + Send + Sync + 'static) -> Memo<Option<Loaded<P>>>
    where
        P: PartialEq + Send + Sync + 'static,
    {
        Memo::new(move |_| {
            self.shown.with(|shown| {
                shown.as_ref().map(|loaded| {
                    loaded
                        .as_ref()
                        .map(|doc| Arc::new(part(doc)))
                        .map_err(Clone::clone)
                })
            })
        })
    }

    /// Loads the document again ("try again").
    pub fn refetch(&self) {
        self.resource.refetch();
    }
}

/// Whether what a document's views show has changed: not when the same document (the same
/// allocation) is shown again, nor while nothing is shown.
fn shown_changed<T>(old: Option<&Option<Loaded<T>>>, new: Option<&Option<Loaded<T>>>) -> bool {
    match (old, new) {
        (Some(Some(Ok(old))), Some(Some(Ok(new)))) => !Arc::ptr_eq(old, new),
        (Some(None), Some(None)) => false,
        _ => true,
    }
}

impl<T: Send + Sync + 'static> std::future::IntoFuture for Doc<T> {
    type Output = Loaded<T>;
    type IntoFuture = <LocalResource<Loaded<T>> as std::future::IntoFuture>::IntoFuture;

    /// Waits for the document itself (never the stand-in).
    fn into_future(self) -> Self::IntoFuture {
        self.resource.into_future()
    }
}

#[derive(Clone, Copy)]
pub struct Catalogue {
    pub base: LocalResource<ApiBase>,
    pub manifest: Doc<PackManifest>,
    pub listing: Doc<Listing>,
    pub authorities: Doc<Vec<Authority>>,
    pub categories: Doc<Vec<Category>>,
    pub governorates: Doc<Vec<Governorate>>,
    pub centres: Doc<Vec<Centre>>,
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

/// What a pre-rendered page carries of one document.
enum Seed<T> {
    /// Nothing: load it.
    None,
    /// The whole document: the first load answers with it, without a request.
    Whole(Arc<T>),
    /// Part of it, shown until the whole document has loaded.
    StandIn(Arc<T>),
}

/// The services an authority's page lists: its own, and a ministry's all.
pub fn services_of_authority(listing: &Listing, id: &str) -> Vec<ServiceSummary> {
    listing
        .services
        .iter()
        .filter(|s| s.authority == id || s.ministry == id)
        .cloned()
        .collect()
}

/// The services a category's page lists.
pub fn services_of_category(listing: &Listing, id: &str) -> Vec<ServiceSummary> {
    listing
        .services
        .iter()
        .filter(|s| s.categories.iter().any(|c| c == id))
        .cloned()
        .collect()
}

/// The services among `ids` (a centre's, a service's related ones), in the
/// listing's order.
pub fn services_among(listing: &Listing, ids: &[String]) -> Vec<ServiceSummary> {
    listing
        .services
        .iter()
        .filter(|s| ids.contains(&s.id))
        .cloned()
        .collect()
}

/// Loads one document once the API base is known, mapping it to its payload.
fn document<D, T>(
    base: LocalResource<ApiBase>,
    generation: RwSignal<u64>,
    path: &'static str,
    payload: fn(D) -> T,
    seed: Seed<T>,
) -> Doc<T>
where
    D: serde::de::DeserializeOwned + dalil_model::api::Versioned + 'static,
    T: Send + Sync + 'static,
{
    let (first_answer, stand_in) = match seed {
        Seed::None => (None, None),
        Seed::Whole(doc) => (Some(doc.clone()), Some(doc)),
        Seed::StandIn(part) => (None, Some(part)),
    };
    // Taken once: after a reload the network (or the device) answers.
    let first_answer = StoredValue::new(first_answer);
    let resource = LocalResource::new(move || {
        generation.track();
        let seeded = first_answer.try_update_value(Option::take).flatten();
        async move {
            if let Some(doc) = seeded {
                return Ok(doc);
            }
            let base = untracked(base).await;
            api::get::<D>(&base, path)
                .await
                .map(|d| Arc::new(payload(d)))
        }
    });
    Doc::with_stand_in(resource, stand_in)
}

/// Awaits a resource without subscribing to it: a plain `.await` inside
/// another resource's fetcher would run that fetcher (and its request) again
/// when the awaited resource resolves.
pub async fn untracked<F: std::future::IntoFuture>(resource: F) -> F::Output {
    ScopedFuture::new_untracked(async move { resource.await }).await
}

pub fn provide_catalogue(preview: bool) -> Catalogue {
    let page = crate::seed::page_data();
    let base = LocalResource::new(move || async move {
        ApiBase::new(&crate::config::file::load().await, preview)
    });
    let g = RwSignal::new(0);
    let catalogue = Catalogue {
        base,
        // The preview tree has no packs: its manifest.json says the same.
        manifest: if preview {
            document(
                base,
                g,
                paths::MANIFEST,
                |m: dalil_model::Manifest| PackManifest {
                    schema: m.schema,
                    version: m.version,
                    data_date: m.data_date,
                    preview: m.preview,
                    counts: m.counts,
                    service_packs: 0,
                    packs: Vec::new(),
                },
                stand_in(page.manifest),
            )
        } else {
            document(
                base,
                g,
                paths::PACKS,
                |m: PackManifest| m,
                stand_in(page.manifest),
            )
        },
        listing: document(
            base,
            g,
            paths::SERVICES,
            |l: Listing| l,
            stand_in(page.listing),
        ),
        authorities: document(
            base,
            g,
            paths::AUTHORITIES,
            |d: AuthoritiesDoc| d.authorities,
            whole(page.authorities),
        ),
        categories: document(
            base,
            g,
            paths::CATEGORIES,
            |d: CategoriesDoc| d.categories,
            whole(page.categories),
        ),
        governorates: document(
            base,
            g,
            paths::GOVERNORATES,
            |d: GovernoratesDoc| d.governorates,
            whole(page.governorates),
        ),
        centres: document(
            base,
            g,
            paths::CENTRES,
            |d: CentresDoc| d.centres,
            whole(page.centres).or_stand_in(page.centres_part),
        ),
        preview,
        generation: g,
    };
    provide_context(catalogue);
    provide_context(SeededService(StoredValue::new(page.service.map(Arc::new))));
    reload_if_page_is_stale(catalogue, page.catalogue);
    catalogue
}

/// A page pre-rendered from another catalogue version than the one the app
/// then loads (a republish between the page and its manifest, or an older
/// copy kept on the device) must not keep showing its records: everything
/// is loaded again, once.
fn reload_if_page_is_stale(catalogue: Catalogue, rendered_from: String) {
    if rendered_from.is_empty() {
        return;
    }
    Effect::new(move |settled: Option<bool>| {
        if settled == Some(true) {
            return true;
        }
        match catalogue.manifest.loaded() {
            None => false,
            Some(Ok(m)) if m.version != rendered_from => {
                catalogue.reload();
                true
            }
            Some(_) => true,
        }
    });
}

fn whole<T>(doc: Option<T>) -> Seed<T> {
    match doc {
        Some(doc) => Seed::Whole(Arc::new(doc)),
        None => Seed::None,
    }
}

impl<T> Seed<T> {
    /// This seed, else `part` as a stand-in.
    fn or_stand_in(self, part: Option<T>) -> Seed<T> {
        match self {
            Seed::None => stand_in(part),
            seed => seed,
        }
    }
}

fn stand_in<T>(part: Option<T>) -> Seed<T> {
    match part {
        Some(part) => Seed::StandIn(Arc::new(part)),
        None => Seed::None,
    }
}

/// The service record a pre-rendered service or fee page carries.
#[derive(Clone, Copy)]
struct SeededService(StoredValue<Option<Arc<Service>>>);

pub fn use_catalogue() -> Catalogue {
    expect_context::<Catalogue>()
}

/// Loads one service's full record.
pub fn service_resource(id: impl Fn() -> String + 'static) -> Doc<Service> {
    let catalogue = use_catalogue();
    // The record the page was rendered with, for the id it was rendered for.
    let seeded = use_context::<SeededService>()
        .and_then(|s| s.0.get_value())
        .filter(|s| s.id == untrack(&id));
    let first_answer = StoredValue::new(seeded.clone());
    let resource = LocalResource::new(move || {
        let id = id();
        catalogue.generation.track();
        let seeded = first_answer
            .try_update_value(Option::take)
            .flatten()
            .filter(|s| s.id == id);
        async move {
            if let Some(service) = seeded {
                return Ok(service);
            }
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
    });
    Doc::with_stand_in(resource, seeded)
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
