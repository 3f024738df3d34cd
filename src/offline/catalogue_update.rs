//! Checking the server for a newer catalogue and taking it only when it
//! is complete and sound. Never replaces good data with bad: every file is
//! downloaded into a fresh cache and checked against the manifest
//! (`dalil_model::update`); the pointer moves only when all of it passed.

use super::catalogue_store::{self, DeviceCatalogue, CACHE_PREFIX};
use super::device_cache::{self, Copier, StorageProblem};
use crate::config::api_base::ApiBase;
use crate::http::{self, Limits};
use dalil_model::api::{paths, FileEntry, Manifest};
use dalil_model::{update, ApiError};
use futures::stream::{self, StreamExt, TryStreamExt};

/// Downloads at once: enough to fill a slow link, few enough not to
/// starve the page's own requests.
const PARALLEL_DOWNLOADS: usize = 6;

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
}

/// Asks the server for its manifest and brings the device up to date, one
/// tab at a time (a second tab waits, then finds the copy up to date).
pub async fn check(base: &ApiBase) -> Outcome {
    super::sync_lock::exclusively(check_now(base)).await
}

async fn check_now(base: &ApiBase) -> Outcome {
    if let Err(problem) = device_cache::available() {
        return Outcome::NoStorage(problem);
    }
    let limits = Limits {
        fresh: true,
        ..base.limits(update::MAX_MANIFEST_BYTES)
    };
    let manifest_text = match http::get_bytes(&base.url(paths::MANIFEST), limits)
        .await
        .and_then(|body| {
            let manifest = update::manifest(&body)?;
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

/// The catalogue in use on the device, as the source of files that did not
/// change: its cache, and its manifest (checked when it was stored, like
/// every file beside it).
struct Previous {
    cache: String,
    manifest: Manifest,
}

impl Previous {
    async fn read(cache: String) -> Option<Previous> {
        let text = device_cache::get(&cache, paths::MANIFEST).await?;
        let manifest = update::manifest(text.as_bytes()).ok()?;
        Some(Previous { cache, manifest })
    }

    /// Opens the old and the new cache for copying.
    async fn copier(&self, into: &str) -> Result<Copier, Outcome> {
        Copier::open(&self.cache, into)
            .await
            .map_err(Outcome::NoStorage)
    }

    /// Whether the device's copy of `path` is the file `entry` describes.
    fn holds(&self, path: &str, entry: &FileEntry) -> bool {
        self.manifest
            .files
            .get(path)
            .is_some_and(|held| held.sha256 == entry.sha256 && held.bytes == entry.bytes)
    }
}

/// Fills a fresh cache with every file of `manifest`, checked; the
/// manifest goes in last, as the mark of a complete copy. A file the
/// device already holds in `previous` (the catalogue in use) with the same
/// size and SHA-256 is copied from there as it is, not downloaded: a
/// republished catalogue costs only what changed.
async fn download(
    base: &ApiBase,
    manifest: &Manifest,
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
    stream::iter(update::files_to_keep(manifest))
        .map(|(path, entry)| fetch_one(base, &cache, reuse.as_ref(), path, entry))
        .buffer_unordered(PARALLEL_DOWNLOADS)
        .try_collect::<()>()
        .await?;
    device_cache::put(&cache, paths::MANIFEST, manifest_text)
        .await
        .map_err(Outcome::NoStorage)
}

async fn fetch_one(
    base: &ApiBase,
    cache: &str,
    reuse: Option<&(&Previous, Copier)>,
    path: &str,
    entry: &FileEntry,
) -> Result<(), Outcome> {
    if let Some((_, copier)) = reuse.filter(|(previous, _)| previous.holds(path, entry)) {
        // Copied unread: it was checked against this very size and hash
        // when it was stored. Missing after all (evicted): downloaded.
        if copier.copy(path).await.map_err(Outcome::NoStorage)? {
            return Ok(());
        }
    }
    // One byte over the promised size is enough to know it is wrong.
    let max = usize::try_from(entry.bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(1);
    let body = http::get_bytes(&base.url(path), base.limits(max))
        .await
        .map_err(Outcome::Failed)?;
    let text = update::file(path, entry, &body).map_err(Outcome::Failed)?;
    device_cache::put(cache, path, text)
        .await
        .map_err(Outcome::NoStorage)
}

/// Asks the browser first whether the copy can fit, so a device that is
/// nearly full is told so plainly instead of failing half-way.
async fn room_for(manifest: &Manifest) -> Result<(), StorageProblem> {
    let needed = update::bytes_to_keep(manifest);
    match device_cache::free_bytes().await {
        Some(free) if free < needed => Err(StorageProblem::NoRoom { needed, free }),
        _ => Ok(()),
    }
}

/// Old versions and interrupted downloads take room and are never read.
async fn remove_other_catalogues(keep: &DeviceCatalogue) {
    let keep = keep.cache_name();
    for name in device_cache::names().await {
        if name.starts_with(CACHE_PREFIX) && name != keep {
            device_cache::delete(&name).await;
        }
    }
}
