//! Dalil's search engine: bilingual (Arabic/English), typo-tolerant,
//! search-as-you-type, over the compact service listing. Pure Rust with no
//! browser dependency; the app builds the index on load (a few milliseconds
//! for a thousand services) and queries it on every keystroke.
//!
//! ```
//! use dalil_search::{Filters, Index};
//! # let services = Vec::new();
//! let index = Index::build(&services);
//! let hits = index.search("جواز سفر", &Filters::default(), 10);
//! # assert!(hits.is_empty());
//! ```
//!
//! How it works and what each part is worth: docs/search.md.

mod distance;
mod fxhash;
mod highlight;
mod hit;
mod index;
mod lexicon;
mod matcher;
mod normalise;
mod options;
mod query;
mod rank;
mod stem;
mod strings;
mod suggest;
#[rustfmt::skip]
mod tables;
mod translit;
mod vocab;

pub use distance::max_edits;
pub use highlight::highlight;
pub use hit::{Field, Filters, Hit, MatchKind, TermMatch};
pub use index::{Index, IndexBuilder};
pub use lexicon::is_stop;
pub use normalise::{normalise, tokenize, Token};
pub use options::Options;
pub use stem::{stem, StemRules};
pub use translit::{arabic_skeleton, latin_skeletons};
