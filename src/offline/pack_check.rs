//! Checking one downloaded pack in slices: its SHA-256 a slice at a time,
//! then its records one at a time (`dalil_model::pack` does the checking;
//! this module only decides when to yield).

use crate::slices::Slices;
use dalil_model::pack::{PackEntry, PackHasher, PackIndex, PackManifest, PackRecords};
use dalil_model::ApiError;

/// Bytes hashed between two ticks: well under a millisecond each.
const HASH_SLICE: usize = 64 * 1024;

/// Size, SHA-256 and every record; the index of a service pack.
pub async fn check(
    manifest: &PackManifest,
    entry: &PackEntry,
    body: &[u8],
) -> Result<PackIndex, ApiError> {
    let mut slices = Slices::new();
    let mut hasher = PackHasher::new(entry);
    for slice in body.chunks(HASH_SLICE) {
        hasher.feed(slice)?;
        slices.tick().await;
    }
    hasher.finish(entry)?;
    slices.tick().await;
    let mut records = PackRecords::split(manifest, entry, body)?;
    while records.step()? {
        slices.tick().await;
    }
    Ok(records.into_index())
}
