//! The data a pre-rendered page carries (crates/pages writes it, the app
//! reads it): the catalogue documents the page was rendered from, so the app
//! takes the page over by rendering the same thing again, without asking the
//! network first.
//!
//! It travels inside the HTML as an inert block,
//! `<script type="application/json" id="dalil-page-data">`, written by
//! [`PageData::to_script_text`] and read back by [`PageData::parse`], the
//! one reader (through [`crate::api::decode`], with its size and schema
//! checks).

use crate::api::{decode, Listing, Versioned, SCHEMA_VERSION};
use crate::pack::PackManifest;
use crate::{ApiError, Authority, Category, Centre, Governorate, Service};
use serde::{Deserialize, Serialize};

/// The `id` of the script element that holds the page's data.
pub const ELEMENT_ID: &str = "dalil-page-data";

/// What one page was rendered from.
///
/// Two kinds of part:
/// - whole documents (`service`, `authorities`, `categories`, `centres`,
///   `governorates`): the app uses them as its first answer and does not
///   fetch them again;
/// - stand-ins (`manifest`, `listing`, `centres_part`): only what the page
///   shows of a document too big to carry on every page (the listing of
///   10,000 services; the 500 centres a service page picks its few from).
///   The app shows them until the whole document has loaded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PageData {
    pub schema: u32,
    /// The catalogue version (`packs.json`'s and `manifest.json`'s) the page describes.
    pub catalogue: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub manifest: Option<PackManifest>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub listing: Option<Listing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorities: Option<Vec<Authority>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<Category>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centres: Option<Vec<Centre>>,
    /// The centres a page shows (a service's, a centre's own), when it does not carry them all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub centres_part: Option<Vec<Centre>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governorates: Option<Vec<Governorate>>,
}

impl Versioned for PageData {
    fn schema(&self) -> u32 {
        self.schema
    }
}

impl PageData {
    /// An empty page's data for catalogue `version`.
    pub fn new(version: &str) -> Self {
        PageData {
            schema: SCHEMA_VERSION,
            catalogue: version.to_string(),
            ..Default::default()
        }
    }

    /// Reads the block's text back.
    pub fn parse(text: &str) -> Result<PageData, ApiError> {
        decode(text)
    }

    /// The JSON text to put inside the `<script>` element. Every `<` is
    /// written `\u003c`, so no catalogue text can close the element or open
    /// a comment; JSON reads it back unchanged.
    pub fn to_script_text(&self) -> String {
        let json = serde_json::to_string(self).expect("page data is plain data");
        json.replace('<', "\\u003c")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Text;

    #[test]
    fn the_block_reads_back_and_cannot_close_its_element() {
        let mut data = PageData::new("v1");
        data.categories = Some(vec![Category {
            id: "x".into(),
            name: Text::new("</script><script>alert(1)</script>", "<!-- a"),
        }]);
        let text = data.to_script_text();
        assert!(!text.contains("</"));
        assert!(!text.contains("<!--"));
        assert_eq!(PageData::parse(&text).unwrap(), data);
    }

    #[test]
    fn a_broken_or_foreign_block_is_refused() {
        assert!(PageData::parse("{").is_err());
        assert!(PageData::parse(r#"{"schema": 99, "catalogue": "v"}"#).is_err());
        assert!(PageData::parse(r#"{"catalogue": "v"}"#).is_err());
    }
}
