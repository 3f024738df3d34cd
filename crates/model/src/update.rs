//! Checking a catalogue update before it replaces the one a device holds.
//!
//! The app keeps the last good catalogue for offline use. A new one is taken
//! only when its manifest is sound and every file it lists arrived whole:
//! the right size, the right SHA-256, and a document of the right shape.
//! Anything less leaves the old catalogue in place. This module is the
//! browser-free half of that rule, so it is tested natively.

use crate::api::{
    decode, paths, AuthoritiesDoc, CategoriesDoc, CentresDoc, FileEntry, GovernoratesDoc, Listing,
    Manifest, ServiceDoc,
};
use crate::{shape, ApiError};
use sha2::{Digest, Sha256};

/// A manifest lists one line per file (about 100 bytes each): 10,000
/// services make about 1 MB. Anything beyond this is not a manifest.
pub const MAX_MANIFEST_BYTES: usize = 8 * 1024 * 1024;

/// The most a manifest may ask a device to keep (the sum of
/// [`files_to_keep`]). The demo catalogue is about 0.5 MB and a synthetic
/// 10,000-service one about 60 MB; 200 MiB leaves room for three times that
/// while staying well inside what browsers grant a site on a cheap phone
/// (often a few hundred MB to a GB). Beyond it the manifest is refused, not
/// downloaded until the quota runs out.
pub const MAX_CATALOGUE_BYTES: u64 = 200 * 1024 * 1024;

/// A byte count for `ApiError::TooLarge`, which counts in `usize`: on
/// wasm32 a `u64` beyond 4 GiB must saturate, never wrap to a small number.
fn saturating_usize(bytes: u64) -> usize {
    usize::try_from(bytes).unwrap_or(usize::MAX)
}

/// Lowercase hex SHA-256, as the manifest writes it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Reads a manifest answer: size, JSON, schema, a version and data date of
/// their documented shape (they go into the device's pointer line and a
/// cache name), file paths that stay inside the API tree, file sizes and a
/// total the device can keep. Sizes are compared as `u64`: on wasm32 a
/// `usize` would wrap an entry of 2^32+5 bytes to 5.
pub fn manifest(body: &[u8]) -> Result<Manifest, ApiError> {
    if body.len() > MAX_MANIFEST_BYTES {
        return Err(ApiError::TooLarge(body.len()));
    }
    let text = std::str::from_utf8(body).map_err(|e| ApiError::Malformed(e.to_string()))?;
    let manifest: Manifest = decode(text)?;
    if manifest.version.trim().is_empty() {
        return Err(ApiError::Malformed("the manifest has no version".into()));
    }
    if !shape::valid_version(&manifest.version) {
        return Err(ApiError::Malformed(format!(
            "the manifest version {:?} is not 1 to {} characters of 0-9, A-Z, a-z, `.`, `_`, `-`",
            manifest.version,
            shape::MAX_VERSION_LEN
        )));
    }
    if !manifest.data_date.is_empty() && !shape::valid_iso_date(&manifest.data_date) {
        return Err(ApiError::Malformed(format!(
            "the manifest data_date {:?} is not a real date written YYYY-MM-DD",
            manifest.data_date
        )));
    }
    if let Some(bad) = manifest.files.keys().find(|p| !safe_path(p)) {
        return Err(ApiError::Malformed(format!(
            "the manifest lists `{bad}`, which is not a catalogue file"
        )));
    }
    for (path, entry) in &manifest.files {
        if entry.bytes > crate::api::MAX_DOCUMENT_BYTES as u64 {
            return Err(ApiError::TooLarge(saturating_usize(entry.bytes)));
        }
        if entry.sha256.len() != 64 {
            return Err(ApiError::Malformed(format!("{path} has no SHA-256")));
        }
    }
    let total = bytes_to_keep(&manifest);
    if total > MAX_CATALOGUE_BYTES {
        return Err(ApiError::CatalogueTooLarge(total));
    }
    Ok(manifest)
}

/// The bytes a device needs to keep this catalogue: the sum of the files of
/// [`files_to_keep`] (the manifest itself aside). Saturates rather than
/// wraps, so a hostile manifest cannot add up to a small number. The app
/// compares it with `navigator.storage.estimate()` before downloading.
pub fn bytes_to_keep(manifest: &Manifest) -> u64 {
    files_to_keep(manifest).fold(0u64, |sum, (_, entry)| sum.saturating_add(entry.bytes))
}

/// The files an app must hold to work offline with this manifest: the
/// public tree only (the preview tree is for auditors, always online).
pub fn files_to_keep(manifest: &Manifest) -> impl Iterator<Item = (&String, &FileEntry)> {
    let preview = format!("{}/", paths::PREVIEW_DIR);
    manifest
        .files
        .iter()
        .filter(move |(path, _)| !path.starts_with(&preview))
}

/// Checks one downloaded file against its manifest line and its expected
/// document type. Returns the text, ready to be stored.
pub fn file<'a>(path: &str, entry: &FileEntry, body: &'a [u8]) -> Result<&'a str, ApiError> {
    let length = body.len() as u64;
    if length > entry.bytes {
        return Err(ApiError::TooLarge(body.len()));
    }
    if length != entry.bytes || sha256_hex(body) != entry.sha256 {
        return Err(ApiError::HashMismatch(path.to_string()));
    }
    let text = std::str::from_utf8(body).map_err(|e| ApiError::Malformed(e.to_string()))?;
    document(path, text)?;
    Ok(text)
}

/// Decodes a file as the document its path says it is. A publisher bug
/// (right hash, wrong content) must not reach the device either.
pub fn document(path: &str, text: &str) -> Result<(), ApiError> {
    match path {
        paths::SERVICES => decode::<Listing>(text).map(drop),
        paths::AUTHORITIES => decode::<AuthoritiesDoc>(text).map(drop),
        paths::CATEGORIES => decode::<CategoriesDoc>(text).map(drop),
        paths::GOVERNORATES => decode::<GovernoratesDoc>(text).map(drop),
        paths::CENTRES => decode::<CentresDoc>(text).map(drop),
        p if p.starts_with("services/") => decode::<ServiceDoc>(text).map(drop),
        // A file this app does not know (added by a newer publisher within
        // the same schema) is kept as long as it is JSON.
        _ => serde_json::from_str::<serde::de::IgnoredAny>(text)
            .map(drop)
            .map_err(|e| ApiError::Malformed(e.to_string())),
    }
}

/// Relative, no `..`, no scheme, no backslash: a path that cannot point
/// outside the API tree.
fn safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && path.split('/').all(|part| !part.is_empty() && part != "..")
        && path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Counts;
    use std::collections::BTreeMap;

    const LISTING: &str = "{\"schema\":1,\"services\":[]}";

    fn manifest_with(path: &str, body: &str) -> Manifest {
        let mut files = BTreeMap::new();
        files.insert(
            path.to_string(),
            FileEntry {
                sha256: sha256_hex(body.as_bytes()),
                bytes: body.len() as u64,
            },
        );
        Manifest {
            schema: 1,
            version: "v1".into(),
            data_date: "2026-03-12".into(),
            preview: false,
            counts: Counts::default(),
            files,
        }
    }

    fn json(m: &Manifest) -> Vec<u8> {
        serde_json::to_vec(m).unwrap()
    }

    #[test]
    fn a_sound_file_passes() {
        let m = manifest_with(paths::SERVICES, LISTING);
        let entry = &m.files[paths::SERVICES];
        assert_eq!(
            file(paths::SERVICES, entry, LISTING.as_bytes()).unwrap(),
            LISTING
        );
    }

    #[test]
    fn truncated_or_changed_files_fail_the_hash() {
        let m = manifest_with(paths::SERVICES, LISTING);
        let entry = &m.files[paths::SERVICES];
        let truncated = &LISTING.as_bytes()[..10];
        assert_eq!(
            file(paths::SERVICES, entry, truncated).unwrap_err(),
            ApiError::HashMismatch(paths::SERVICES.into())
        );
        let changed = LISTING.replace("[]", "{}");
        assert_eq!(
            file(paths::SERVICES, entry, changed.as_bytes()).unwrap_err(),
            ApiError::HashMismatch(paths::SERVICES.into())
        );
        let longer = format!("{LISTING}      ");
        assert!(matches!(
            file(paths::SERVICES, entry, longer.as_bytes()).unwrap_err(),
            ApiError::TooLarge(_)
        ));
    }

    #[test]
    fn a_file_with_the_right_hash_but_the_wrong_shape_fails() {
        let body = "{\"schema\":1,\"service\":42}";
        let m = manifest_with("services/x.json", body);
        let err = file(
            "services/x.json",
            &m.files["services/x.json"],
            body.as_bytes(),
        );
        assert!(matches!(err.unwrap_err(), ApiError::Malformed(_)));
    }

    #[test]
    fn manifests_are_checked() {
        let good = manifest_with(paths::SERVICES, LISTING);
        assert_eq!(manifest(&json(&good)).unwrap(), good);

        let bytes = json(&good);
        assert!(matches!(
            manifest(&bytes[..bytes.len() / 2]).unwrap_err(),
            ApiError::Malformed(_)
        ));
        let mut future = good.clone();
        future.schema = 7;
        assert_eq!(
            manifest(&json(&future)).unwrap_err(),
            ApiError::UnknownSchema(7)
        );
        let escaping = manifest_with("../../etc/passwd", LISTING);
        assert!(matches!(
            manifest(&json(&escaping)).unwrap_err(),
            ApiError::Malformed(_)
        ));
        let huge = vec![b' '; MAX_MANIFEST_BYTES + 1];
        assert!(matches!(
            manifest(&huge).unwrap_err(),
            ApiError::TooLarge(_)
        ));
        assert!(matches!(
            manifest(b"\xff\xfe").unwrap_err(),
            ApiError::Malformed(_)
        ));
        let mut unversioned = good;
        unversioned.version = " ".into();
        assert!(matches!(
            manifest(&json(&unversioned)).unwrap_err(),
            ApiError::Malformed(_)
        ));
    }

    fn with_entry(mut m: Manifest, path: &str, bytes: u64) -> Manifest {
        let sha256 = "0".repeat(64);
        m.files.insert(path.into(), FileEntry { sha256, bytes });
        m
    }

    #[test]
    fn sizes_are_compared_as_u64() {
        let good = manifest_with(paths::SERVICES, LISTING);
        // 2^32 + 5 would pass as 5 if cast to a 32-bit usize.
        let wraps = with_entry(good.clone(), "services/a.json", (1 << 32) + 5);
        assert_eq!(
            manifest(&json(&wraps)).unwrap_err(),
            ApiError::TooLarge(saturating_usize((1 << 32) + 5))
        );
        let max = with_entry(good.clone(), "services/a.json", u64::MAX);
        assert!(matches!(
            manifest(&json(&max)).unwrap_err(),
            ApiError::TooLarge(_)
        ));
        let limit = crate::api::MAX_DOCUMENT_BYTES as u64;
        let at_limit = with_entry(good.clone(), "services/a.json", limit);
        assert!(manifest(&json(&at_limit)).is_ok());
        let over = with_entry(good, "services/a.json", limit + 1);
        assert!(matches!(
            manifest(&json(&over)).unwrap_err(),
            ApiError::TooLarge(_)
        ));
    }

    #[test]
    fn versions_and_dates_have_their_shape() {
        let good = manifest_with(paths::SERVICES, LISTING);
        for version in ["v1\t", "v1\nx", "a b", "a/b", "é", &"a".repeat(65)] {
            let mut m = good.clone();
            m.version = version.into();
            assert!(
                matches!(manifest(&json(&m)).unwrap_err(), ApiError::Malformed(_)),
                "{version:?}"
            );
        }
        for date in [
            "2026-03-12\t",
            "2026-13-01",
            "2026-02-30",
            "12-03-2026",
            "x",
        ] {
            let mut m = good.clone();
            m.data_date = date.into();
            assert!(
                matches!(manifest(&json(&m)).unwrap_err(), ApiError::Malformed(_)),
                "{date:?}"
            );
        }
        // A tree with no services has no data date.
        let mut undated = good;
        undated.data_date = String::new();
        assert!(manifest(&json(&undated)).is_ok());
    }

    #[test]
    fn the_total_a_device_keeps_is_capped() {
        let mut m = manifest_with(paths::SERVICES, LISTING);
        let per_file = 50 * 1024 * 1024;
        for i in 0..4 {
            m = with_entry(m, &format!("services/s{i}.json"), per_file);
        }
        let total = 4 * per_file + LISTING.len() as u64;
        assert_eq!(bytes_to_keep(&m), total);
        assert_eq!(
            manifest(&json(&m)).unwrap_err(),
            ApiError::CatalogueTooLarge(total)
        );
        assert_eq!(
            ApiError::CatalogueTooLarge(total).kind(),
            "catalogue-too-large"
        );
        // The preview tree is never kept, so it does not count.
        let mut kept = manifest_with(paths::SERVICES, LISTING);
        for i in 0..4 {
            kept = with_entry(kept, &format!("preview/services/s{i}.json"), per_file);
        }
        assert_eq!(bytes_to_keep(&kept), LISTING.len() as u64);
        assert!(manifest(&json(&kept)).is_ok());
    }

    #[test]
    fn the_total_saturates_instead_of_wrapping() {
        let mut m = manifest_with(paths::SERVICES, LISTING);
        for i in 0..3 {
            m = with_entry(m, &format!("services/s{i}.json"), u64::MAX / 2);
        }
        assert_eq!(bytes_to_keep(&m), u64::MAX);
    }

    #[test]
    fn the_preview_tree_is_not_kept_offline() {
        let mut m = manifest_with(paths::SERVICES, LISTING);
        let entry = m.files[paths::SERVICES].clone();
        m.files.insert("preview/services.json".into(), entry);
        let kept: Vec<&String> = files_to_keep(&m).map(|(p, _)| p).collect();
        assert_eq!(kept, vec![paths::SERVICES]);
    }

    #[test]
    fn unknown_files_need_only_be_json() {
        assert!(document("extra.json", "{\"a\":1}").is_ok());
        assert!(document("extra.json", "{\"a\":").is_err());
    }
}
