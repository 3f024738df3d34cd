//! What a search returns, and what it can be narrowed by.

use dalil_model::ChannelKind;
use serde::Serialize;

/// The field of a service a query word matched in, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Keywords,
    Summary,
    Documents,
}

impl Field {
    pub const ALL: [Field; 4] = [
        Field::Name,
        Field::Keywords,
        Field::Summary,
        Field::Documents,
    ];

    /// The best field of a posting's field set (bit f = field f); Name if none.
    pub(crate) fn best_of(fields: u32) -> Field {
        Field::ALL
            .get(fields.trailing_zeros() as usize)
            .copied()
            .unwrap_or(Field::Name)
    }

    /// How much a match in this field counts (name > keywords > summary > documents).
    pub(crate) fn weight(self) -> f32 {
        match self {
            Field::Name => 1.0,
            Field::Keywords => 0.85,
            Field::Summary => 0.45,
            Field::Documents => 0.25,
        }
    }
}

/// How a query word matched, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// The same word after normalisation.
    Exact,
    /// The same stem ("الشهادات" and "شهادة", "renewing" and "renew").
    Stem,
    /// The query word is the start of an indexed word (search as you type).
    Prefix,
    /// A synonym or colloquial equivalent from the engine's lexicon.
    Synonym,
    /// A Latin spelling of an Arabic word, or the other way round.
    Transliterated,
    /// Within the typo budget (Damerau-Levenshtein).
    Fuzzy,
}

/// One query word's best match in a service.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TermMatch {
    /// The query word as typed.
    pub query_term: String,
    /// The indexed word it matched, normalised.
    pub matched: String,
    pub field: Field,
    pub kind: MatchKind,
}

/// One service found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Hit {
    pub id: String,
    /// Position of the service in the slice the index was built from.
    pub index: usize,
    /// Higher is better; only comparable within one search.
    pub score: u32,
    /// The matched query words, in query order.
    pub matches: Vec<TermMatch>,
}

/// What to narrow a search to; `None` lets everything through.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// An authority id, matched against the service's authority or its ministry.
    pub authority: Option<String>,
    pub governorate: Option<String>,
    pub channel: Option<ChannelKind>,
    pub category: Option<String>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.authority.is_none()
            && self.governorate.is_none()
            && self.channel.is_none()
            && self.category.is_none()
    }
}
