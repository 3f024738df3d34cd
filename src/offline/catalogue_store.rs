//! The catalogue kept on the device: one cache per catalogue version
//! (`dalil-catalogue-<version>`), and a pointer in localStorage naming the
//! complete, checked one in use. Moving the pointer is the atomic swap.

use super::device_cache;
use crate::config::api_base::ApiBase;
use dalil_model::api::paths;
use dalil_model::update;

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

/// The device's copy of one API document, when the device holds this
/// API's catalogue. `None` sends the caller to the network.
pub async fn read(base: &ApiBase, path: &str) -> Option<String> {
    // Drafts and records under audit are for auditors, who are online.
    if base.preview {
        return None;
    }
    let current = current().filter(|c| c.root == base.root)?;
    device_cache::get(&current.cache_name(), path).await
}

/// The catalogue in use, after checking that its cache still holds every
/// file its manifest lists (a browser may evict it under storage pressure,
/// an older build or another tab may have cut it short). A broken pointer
/// is dropped, so the next update starts clean.
pub async fn intact(base: &ApiBase) -> Option<DeviceCatalogue> {
    let current = current()?;
    if current.root == base.root && complete(&current.cache_name()).await {
        Some(current)
    } else {
        forget();
        None
    }
}

/// Whether cache `name` holds its manifest and every file it lists.
async fn complete(name: &str) -> bool {
    let Some(text) = device_cache::get(name, paths::MANIFEST).await else {
        return false;
    };
    let Ok(manifest) = update::manifest(text.as_bytes()) else {
        return false;
    };
    let Some(held) = device_cache::paths(name).await else {
        return false;
    };
    let all_held = update::files_to_keep(&manifest).all(|(path, _)| held.contains(path));
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
