//! The catalogue kept on the device: one cache per catalogue version
//! (`dalil-catalogue-<version>`) holding its pack manifest (`packs.json`),
//! its packs, and for each service pack the index of where each service is
//! in it; and a pointer in localStorage naming the complete, checked one in
//! use. Moving the pointer is the atomic swap.

use super::device_cache;
use crate::config::api_base::ApiBase;
use dalil_model::api::paths;
use dalil_model::pack::{self, PackEntry, PackIndex, PackKind, PackManifest};
use std::cell::RefCell;
use std::rc::Rc;

pub const CACHE_PREFIX: &str = "dalil-catalogue-";
/// The device's note of its catalogue: not personal, so a kiosk keeps it
/// between sessions.
const POINTER_KEY: &str = crate::storage::device::CATALOGUE;

/// The catalogue this device holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceCatalogue {
    /// The API root it came from (`config.json` may point elsewhere later).
    pub root: String,
    pub version: String,
    /// The manifest's "data as of" date (ISO).
    pub data_date: String,
}

impl DeviceCatalogue {
    pub fn cache_name(&self) -> String {
        format!("{CACHE_PREFIX}{}", self.version)
    }

    /// One line, tab-separated: this is the app's own note, not API data.
    fn encode(&self) -> String {
        format!("1\t{}\t{}\t{}", self.root, self.version, self.data_date)
    }

    fn decode(line: &str) -> Option<DeviceCatalogue> {
        let mut parts = line.split('\t');
        if parts.next()? != "1" {
            return None;
        }
        let root = parts.next()?.to_string();
        let version = parts.next()?.to_string();
        let data_date = parts.next()?.to_string();
        (!version.is_empty() && parts.next().is_none()).then_some(DeviceCatalogue {
            root,
            version,
            data_date,
        })
    }
}

/// The catalogue in use on this device, if any.
pub fn current() -> Option<DeviceCatalogue> {
    crate::storage::device::get(POINTER_KEY).and_then(|line| DeviceCatalogue::decode(&line))
}

/// Makes `catalogue` the one in use. False when the device refused.
pub fn set_current(catalogue: &DeviceCatalogue) -> bool {
    crate::storage::device::set(POINTER_KEY, &catalogue.encode())
}

fn forget() {
    crate::storage::device::remove(POINTER_KEY);
}

/// Where the index of service pack `entry` is kept, beside the pack.
pub fn index_key(entry: &PackEntry) -> String {
    format!("index/{}-{}", entry.name, entry.sha256)
}

/// Whether the device keeps an index for this pack (service packs only).
pub fn has_index(entry: &PackEntry) -> bool {
    matches!(entry.kind(), Some(PackKind::Services(_)))
}

thread_local! {
    /// The pack manifest of the cache in use, read once per version: every
    /// offline read needs it to find a pack.
    static HELD: RefCell<Option<(String, Rc<PackManifest>)>> = const { RefCell::new(None) };
}

async fn held_manifest(cache: &str) -> Option<Rc<PackManifest>> {
    let known = HELD.with(|h| {
        h.borrow()
            .as_ref()
            .filter(|(name, _)| name == cache)
            .map(|(_, m)| m.clone())
    });
    if known.is_some() {
        return known;
    }
    let text = device_cache::get(cache, paths::PACKS).await?;
    let manifest = Rc::new(pack::manifest(text.as_bytes()).ok()?);
    HELD.with(|h| *h.borrow_mut() = Some((cache.to_string(), manifest.clone())));
    Some(manifest)
}

/// The device's copy of one API document, when the device holds this
/// API's catalogue: `packs.json`, a document with a pack of its own, or one
/// service, cut from its pack by the index (the rest of the pack is not
/// decoded). `None` sends the caller to the network.
pub async fn read(base: &ApiBase, path: &str) -> Option<String> {
    // Drafts and records under audit are for auditors, who are online.
    if base.preview {
        return None;
    }
    let current = current().filter(|c| c.root == base.root)?;
    let cache = current.cache_name();
    if path == paths::PACKS {
        return device_cache::get(&cache, paths::PACKS).await;
    }
    let manifest = held_manifest(&cache).await?;
    if let Some(kind) = PackKind::of_document(path) {
        return device_cache::get(&cache, &manifest.pack(kind)?.path()).await;
    }
    let id = path.strip_prefix("services/")?.strip_suffix(".json")?;
    // A `dalil-offline-service-read` measure: the benchmark's "read one
    // service offline" (docs/benchmarks.md).
    let performance = web_sys::window().and_then(|w| w.performance());
    if let Some(p) = &performance {
        let _ = p.mark("dalil-offline-service-read-start");
    }
    let entry = manifest.service_pack(id)?;
    let index = device_cache::get(&cache, &index_key(entry)).await?;
    let range = PackIndex::find(&index, id)?;
    let record = device_cache::get_range(&cache, &entry.path(), range).await?;
    let text = pack::service_doc_text(std::str::from_utf8(&record).ok()?);
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(
            "dalil-offline-service-read",
            "dalil-offline-service-read-start",
        );
    }
    Some(text)
}

/// The catalogue in use, after checking that its cache still holds every
/// pack its manifest lists, and their indexes (a browser may evict it under
/// storage pressure, an older build or another tab may have cut it short).
/// A broken pointer is dropped, so the next update starts clean.
pub async fn intact(base: &ApiBase) -> Option<DeviceCatalogue> {
    let current = current()?;
    if current.root == base.root && complete(&current.cache_name()).await {
        Some(current)
    } else {
        forget();
        None
    }
}

/// Whether cache `name` holds its pack manifest and everything it lists.
async fn complete(name: &str) -> bool {
    let Some(text) = device_cache::get(name, paths::PACKS).await else {
        return false;
    };
    let Ok(manifest) = pack::manifest(text.as_bytes()) else {
        return false;
    };
    let Some(held) = device_cache::paths(name).await else {
        return false;
    };
    let all_held = manifest.packs.iter().all(|entry| {
        held.contains(&entry.path()) && (!has_index(entry) || held.contains(&index_key(entry)))
    });
    all_held
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pointer_round_trips_and_refuses_garbage() {
        let c = DeviceCatalogue {
            root: "/api/v1/".into(),
            version: "abc".into(),
            data_date: "2026-03-12".into(),
        };
        assert_eq!(DeviceCatalogue::decode(&c.encode()), Some(c));
        for bad in [
            "",
            "2\t/api/v1/\tabc\t2026",
            "1\t/api/v1/\t\t2026",
            "1\ta\tb\tc\td",
        ] {
            assert_eq!(DeviceCatalogue::decode(bad), None, "{bad:?}");
        }
    }
}
