//! The read-only catalogue API (`/api/v1/`): its documents and their decoding.
//!
//! `dalil-catalogue publish` writes these documents; the app and the tests
//! read them back through [`decode`], which refuses anything it cannot trust:
//! an unknown schema version, malformed JSON, an absurdly large answer.

use crate::service::Keywords;
use crate::{Authority, Category, Centre, ChannelKind, Service, Status, Text};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The version of the API contract. A client refuses any other.
pub const SCHEMA_VERSION: u32 = 1;

/// No API document is anywhere near this big; a larger answer is refused.
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;

/// Paths of the API documents, relative to the API root (`/api/v1/`).
pub mod paths {
    pub const MANIFEST: &str = "manifest.json";
    /// The pack manifest: what a device keeping the catalogue downloads
    /// (`crate::pack`).
    pub const PACKS: &str = "packs.json";
    pub const SERVICES: &str = "services.json";
    pub const AUTHORITIES: &str = "authorities.json";
    pub const GOVERNORATES: &str = "governorates.json";
    pub const CENTRES: &str = "centres.json";
    pub const CATEGORIES: &str = "categories.json";
    /// The tree of drafts and records under audit, shown with `?preview=1`.
    pub const PREVIEW_DIR: &str = "preview";
    /// The audit report (`crate::audit::AuditReport`): in the preview tree only.
    pub const AUDIT: &str = "audit.json";

    pub fn service(id: &str) -> String {
        format!("services/{id}.json")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileEntry {
    pub sha256: String,
    pub bytes: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub services: usize,
    pub authorities: usize,
    pub centres: usize,
}

/// The entry point of the API: what version the catalogue is and what files it has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub schema: u32,
    /// A hash of every file's content: it changes when anything changes.
    pub version: String,
    /// ISO date of the newest verification in the catalogue ("data as of").
    pub data_date: String,
    /// True for the preview tree of drafts and records under audit.
    #[serde(default)]
    pub preview: bool,
    pub counts: Counts,
    /// Every file of the tree except the manifest, by path relative to it.
    pub files: BTreeMap<String, FileEntry>,
}

/// One line of the compact listing: enough to draw lists and run search.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceSummary {
    pub id: String,
    pub status: Status,
    pub authority: String,
    /// The ministry above `authority` (itself when it is a ministry).
    pub ministry: String,
    pub name: Text,
    pub summary: Text,
    #[serde(default)]
    pub keywords: Keywords,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub channels: Vec<ChannelKind>,
    /// Governorates with a citizen service centre that offers the service.
    #[serde(default)]
    pub governorates: Vec<String>,
    /// Names of the required documents (search looks at them last).
    #[serde(default)]
    pub documents: Vec<Text>,
    #[serde(default)]
    pub has_fees: bool,
}

impl ServiceSummary {
    /// The listing line of a service. `ministry` is the ministry above its
    /// authority; `governorates` those with a centre offering it.
    pub fn from_service(s: &Service, ministry: &str, governorates: Vec<String>) -> ServiceSummary {
        ServiceSummary {
            id: s.id.clone(),
            status: s.status,
            authority: s.authority.clone(),
            ministry: ministry.to_string(),
            name: s.name.clone(),
            summary: s.summary.clone(),
            keywords: s.keywords.clone(),
            categories: s.categories.clone(),
            channels: s.channel_kinds(),
            governorates,
            documents: s.documents.iter().map(|d| d.name.clone()).collect(),
            has_fees: !s.fees.is_empty(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Listing {
    pub schema: u32,
    pub services: Vec<ServiceSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuthoritiesDoc {
    pub schema: u32,
    pub authorities: Vec<Authority>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GovernoratesDoc {
    pub schema: u32,
    pub governorates: Vec<crate::Governorate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CentresDoc {
    pub schema: u32,
    pub centres: Vec<Centre>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CategoriesDoc {
    pub schema: u32,
    pub categories: Vec<Category>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ServiceDoc {
    pub schema: u32,
    pub service: Service,
}

/// Every API document carries the schema version it was written with.
pub trait Versioned {
    fn schema(&self) -> u32;
}

macro_rules! versioned {
    ($($t:ty),*) => {$(
        impl $crate::api::Versioned for $t {
            fn schema(&self) -> u32 { self.schema }
        }
    )*};
}
pub(crate) use versioned as versioned_docs;
versioned!(
    Manifest,
    Listing,
    AuthoritiesDoc,
    GovernoratesDoc,
    CentresDoc,
    CategoriesDoc,
    ServiceDoc
);

/// Why an API answer was not usable. The app turns each into a message in the
/// user's language; [`ApiError::kind`] is the key it uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// The server answered with an HTTP error status.
    Http(u16),
    /// No answer: offline, DNS, refused connection.
    Network(String),
    Timeout,
    TooLarge(usize),
    /// Not JSON, truncated, or the wrong shape.
    Malformed(String),
    /// A schema version this client does not know.
    UnknownSchema(u32),
    /// The content does not match the manifest's hash.
    HashMismatch(String),
    NotFound(String),
    /// The manifest asks the device to keep more bytes (the total given)
    /// than [`crate::update::MAX_CATALOGUE_BYTES`], or than it has room for.
    CatalogueTooLarge(u64),
}

impl ApiError {
    /// A stable key for the message catalogue (`api-error-<kind>`).
    pub fn kind(&self) -> &'static str {
        match self {
            ApiError::Http(_) => "http",
            ApiError::Network(_) => "network",
            ApiError::Timeout => "timeout",
            ApiError::TooLarge(_) => "too-large",
            ApiError::Malformed(_) => "malformed",
            ApiError::UnknownSchema(_) => "schema",
            ApiError::HashMismatch(_) => "hash",
            ApiError::NotFound(_) => "not-found",
            ApiError::CatalogueTooLarge(_) => "catalogue-too-large",
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::Http(code) => write!(f, "the server answered HTTP {code}"),
            ApiError::Network(why) => write!(f, "network error: {why}"),
            ApiError::Timeout => write!(f, "the server did not answer in time"),
            ApiError::TooLarge(n) => write!(f, "the answer is too large ({n} bytes)"),
            ApiError::Malformed(why) => write!(f, "the answer is malformed: {why}"),
            ApiError::UnknownSchema(v) => write!(
                f,
                "the catalogue uses schema version {v}; this app knows version {SCHEMA_VERSION}"
            ),
            ApiError::HashMismatch(path) => {
                write!(f, "{path} does not match the catalogue manifest")
            }
            ApiError::NotFound(what) => write!(f, "{what} was not found"),
            ApiError::CatalogueTooLarge(n) => write!(
                f,
                "the catalogue would take {n} bytes on this device, more than it can keep"
            ),
        }
    }
}

impl std::error::Error for ApiError {}

/// Decodes one API document, checking its size and schema version.
pub fn decode<T: DeserializeOwned + Versioned>(body: &str) -> Result<T, ApiError> {
    if body.len() > MAX_DOCUMENT_BYTES {
        return Err(ApiError::TooLarge(body.len()));
    }
    // Read the version first, so a future schema is reported as such and not
    // as a confusing shape error.
    #[derive(Deserialize)]
    struct Head {
        schema: Option<u32>,
    }
    let head: Head = serde_json::from_str(body).map_err(|e| ApiError::Malformed(e.to_string()))?;
    match head.schema {
        Some(SCHEMA_VERSION) => {}
        Some(other) => return Err(ApiError::UnknownSchema(other)),
        None => return Err(ApiError::Malformed("no `schema` field".into())),
    }
    serde_json::from_str(body).map_err(|e| ApiError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_refuses_bad_answers() {
        assert!(matches!(
            decode::<Listing>("{\"schema\":1,\"services\":[").unwrap_err(),
            ApiError::Malformed(_)
        ));
        assert_eq!(
            decode::<Listing>("{\"schema\":2,\"services\":[]}").unwrap_err(),
            ApiError::UnknownSchema(2)
        );
        assert!(matches!(
            decode::<Listing>("<html>oops</html>").unwrap_err(),
            ApiError::Malformed(_)
        ));
        assert!(matches!(
            decode::<Listing>("{\"services\":[]}").unwrap_err(),
            ApiError::Malformed(_)
        ));
        let ok: Listing = decode("{\"schema\":1,\"services\":[]}").unwrap();
        assert!(ok.services.is_empty());
    }
}
