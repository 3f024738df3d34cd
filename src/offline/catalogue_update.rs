//! Checking the server for a newer catalogue and taking it only when it
//! is complete and sound. Never replaces good data with bad: every pack is
//! downloaded into a fresh cache and checked against the pack manifest
//! (`dalil_model::pack`, in slices); the pointer moves only when all of it
//! passed.

use super::catalogue_store::{self, DeviceCatalogue, CACHE_PREFIX};
use super::device_cache::{self, Copier, StorageProblem};
use super::{metered, pack_check};
use crate::config::api_base::ApiBase;
use crate::http::{self, Limits};
use dalil_model::api::paths;
use dalil_model::pack::{self, PackEntry, PackManifest};
use dalil_model::ApiError;
use futures::stream::{self, StreamExt, TryStreamExt};

/// Packs downloaded at once: a few, so that the page's own requests and
/// the checking of what arrived are not starved.
const PARALLEL_DOWNLOADS: usize = 3;

thread_local! {
    /// Packs whose copy failed its check in this page: asked for again
    /// past the HTTP cache, which may hold the bad copy under a name that
    /// promises never to change.
    static DISTRUSTED: std::cell::RefCell<std::collections::BTreeSet<String>> =
        const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
}

/// What one check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The device already holds the server's catalogue.
    UpToDate(DeviceCatalogue),
    /// A new catalogue was taken; the old one is gone.
    Updated(DeviceCatalogue),
    /// The server's answer was not usable; the device's copy (if any) stays.
    Failed(ApiError),
    /// The device cannot keep a catalogue: online only.
    NoStorage(StorageProblem),
    /// Save-Data is on and the first copy is large: offered to the person
    /// (its size on the wire), not taken.
    Offered(u64),
}

/// Asks the server for its manifest and brings the device up to date, one
/// tab at a time (a second tab waits, then finds the copy up to date).
pub async fn check(base: &ApiBase) -> Outcome {
    super::sync_lock::exclusively(async {
        // A `dalil-catalogue-check` measure on the performance timeline:
        // where the benchmarks and tests look for long tasks.
        let performance = web_sys::window().and_then(|w| w.performance());
        if let Some(p) = &performance {
            let _ = p.mark("dalil-catalogue-check-start");
        }
        let outcome = check_now(base).await;
        if let Some(p) = &performance {
            let _ =
                p.measure_with_start_mark("dalil-catalogue-check", "dalil-catalogue-check-start");
        }
        outcome
    })
    .await
}

async fn check_now(base: &ApiBase) -> Outcome {
    if let Err(problem) = device_cache::available() {
        return Outcome::NoStorage(problem);
    }
    let limits = Limits {
        fresh: true,
        ..base.limits(pack::MAX_PACK_MANIFEST_BYTES)
    };
    let manifest_text = match http::get_bytes(&base.url(paths::PACKS), limits)
        .await
        .and_then(|body| {
            let manifest = pack::manifest(&body)?;
            let text = String::from_utf8(body).map_err(|e| ApiError::Malformed(e.to_string()))?;
            Ok((manifest, text))
        }) {
        Ok(found) => found,
        Err(error) => return Outcome::Failed(error),
    };
    let (manifest, text) = manifest_text;
    let wanted = DeviceCatalogue {
        root: base.root.clone(),
        version: manifest.version.clone(),
        data_date: manifest.data_date.clone(),
    };
    let held = catalogue_store::intact(base).await;
    if held.as_ref() == Some(&wanted) {
        remove_other_catalogues(&wanted).await;
        return Outcome::UpToDate(wanted);
    }
    // Only the first copy is offered: once the person has one, keeping it
    // current costs the packs that changed.
    if held.is_none() && metered::asks_first(manifest.wire_bytes()) {
        return Outcome::Offered(manifest.wire_bytes());
    }
    let previous = match held {
        Some(held) => Previous::read(held.cache_name()).await,
        None => None,
    };
    if let Err(problem) = room_for(&manifest).await {
        return Outcome::NoStorage(problem);
    }
    match download(base, &manifest, &text, &wanted, previous.as_ref()).await {
        Ok(()) => {}
        Err(outcome) => {
            device_cache::delete(&wanted.cache_name()).await;
            return outcome;
        }
    }
    if !catalogue_store::set_current(&wanted) {
        device_cache::delete(&wanted.cache_name()).await;
        return Outcome::NoStorage(StorageProblem::Unavailable);
    }
    remove_other_catalogues(&wanted).await;
    Outcome::Updated(wanted)
}

/// The catalogue in use on the device, as the source of packs that did not
/// change: its cache, and its pack manifest (checked when it was stored,
/// like every pack beside it).
struct Previous {
    cache: String,
    manifest: PackManifest,
}

impl Previous {
    async fn read(cache: String) -> Option<Previous> {
        let text = device_cache::get(&cache, paths::PACKS).await?;
        let manifest = pack::manifest(text.as_bytes()).ok()?;
        Some(Previous { cache, manifest })
    }

    /// Opens the old and the new cache for copying.
    async fn copier(&self, into: &str) -> Result<Copier, Outcome> {
        Copier::open(&self.cache, into)
            .await
            .map_err(Outcome::NoStorage)
    }

    /// Whether the device holds the very pack `entry` describes.
    fn holds(&self, entry: &PackEntry) -> bool {
        self.manifest.packs.contains(entry)
    }
}

/// Fills a fresh cache with every pack of `manifest`, checked, and the
/// index of each service pack; the pack manifest goes in last, as the mark
/// of a complete copy. A pack the device already holds in `previous` (the
/// catalogue in use) is copied from there as it is, not downloaded: a
/// republished catalogue costs only the packs that changed.
async fn download(
    base: &ApiBase,
    manifest: &PackManifest,
    manifest_text: &str,
    wanted: &DeviceCatalogue,
    previous: Option<&Previous>,
) -> Result<(), Outcome> {
    let cache = wanted.cache_name();
    // Leftovers of an interrupted attempt are not trusted.
    device_cache::delete(&cache).await;
    let reuse = match previous {
        Some(previous) => Some((previous, previous.copier(&cache).await?)),
        None => None,
    };
    stream::iter(&manifest.packs)
        .map(|entry| take_pack(base, manifest, &cache, reuse.as_ref(), entry))
        .buffer_unordered(PARALLEL_DOWNLOADS)
        .try_collect::<()>()
        .await?;
    device_cache::put(&cache, paths::PACKS, manifest_text)
        .await
        .map_err(Outcome::NoStorage)
}

async fn take_pack(
    base: &ApiBase,
    manifest: &PackManifest,
    cache: &str,
    reuse: Option<&(&Previous, Copier)>,
    entry: &PackEntry,
) -> Result<(), Outcome> {
    if let Some((_, copier)) = reuse.filter(|(previous, _)| previous.holds(entry)) {
        // Copied unread: it was checked against this very size and hash
        // when it was stored. Missing after all (evicted): downloaded.
        let copied = copier
            .copy(&entry.path())
            .await
            .map_err(Outcome::NoStorage)?;
        let indexed = !catalogue_store::has_index(entry)
            || copier
                .copy(&catalogue_store::index_key(entry))
                .await
                .map_err(Outcome::NoStorage)?;
        if copied && indexed {
            return Ok(());
        }
    }
    // One byte over the promised size is enough to know it is wrong. A pack
    // never changes under its name, so the HTTP cache may answer (the page
    // read the listing's pack already).
    let max = usize::try_from(entry.bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(1);
    let path = entry.path();
    let limits = Limits {
        reload: DISTRUSTED.with(|d| d.borrow().contains(&path)),
        ..base.limits(max)
    };
    let distrust = |error: ApiError| {
        DISTRUSTED.with(|d| d.borrow_mut().insert(path.clone()));
        Outcome::Failed(error)
    };
    let body = http::get_bytes(&base.url(&path), limits)
        .await
        .map_err(|e| match e {
            ApiError::TooLarge(_) => distrust(e),
            e => Outcome::Failed(e),
        })?;
    let index = pack_check::check(manifest, entry, &body)
        .await
        .map_err(distrust)?;
    device_cache::put_bytes(cache, &entry.path(), &body)
        .await
        .map_err(Outcome::NoStorage)?;
    if catalogue_store::has_index(entry) {
        device_cache::put(cache, &catalogue_store::index_key(entry), &index.encode())
            .await
            .map_err(Outcome::NoStorage)?;
    }
    Ok(())
}

/// Asks the browser first whether the copy can fit, so a device that is
/// nearly full is told so plainly instead of failing half-way.
async fn room_for(manifest: &PackManifest) -> Result<(), StorageProblem> {
    let needed = manifest.bytes_to_keep();
    match device_cache::free_bytes().await {
        Some(free) if free < needed => Err(StorageProblem::NoRoom { needed, free }),
        _ => Ok(()),
    }
}

/// Old versions and interrupted downloads take room and are never read.
/// A pack shared by the old and the new version was copied into the new
/// cache: deleting the old cache deletes only packs no version names.
async fn remove_other_catalogues(keep: &DeviceCatalogue) {
    let keep = keep.cache_name();
    for name in device_cache::names().await {
        if name.starts_with(CACHE_PREFIX) && name != keep {
            device_cache::delete(&name).await;
        }
    }
}
