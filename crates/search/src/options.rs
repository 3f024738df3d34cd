//! Switches for each matching feature. Everything is on by default; the
//! quality test turns them off one at a time to measure what each is worth.

use crate::stem::StemRules;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub stem: StemRules,
    /// Leave stop words out of the index and the query.
    pub stop_words: bool,
    /// Prefix matching on the last query word (search as you type).
    pub prefix: bool,
    /// Typo tolerance.
    pub fuzzy: bool,
    /// Also look for typos of words the index knows (off: a word found as
    /// typed, or by its stem, is taken as meant).
    pub fuzzy_known_words: bool,
    /// Latin ↔ Arabic skeleton matching.
    pub transliteration: bool,
    /// The built-in synonym lexicon.
    pub synonyms: bool,
    /// Rare query words weigh more than common ones.
    pub idf: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            stem: StemRules::default(),
            stop_words: true,
            prefix: true,
            fuzzy: true,
            fuzzy_known_words: false,
            transliteration: true,
            synonyms: true,
            idf: true,
        }
    }
}
