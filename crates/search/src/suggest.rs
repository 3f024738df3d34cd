//! "Did you mean": indexed words close to the query's unknown words, for the
//! empty state of a search that found nothing.

use crate::distance::max_edits;
use crate::index::Index;
use crate::lexicon::is_stop;
use crate::normalise::script_of_word;
use crate::query::parse;
use crate::vocab::Near;
use std::cmp::Reverse;

/// The widest search for suggestions: a word that far off is not a typo.
const MAX_SUGGEST_EDITS: usize = 3;

impl Index {
    /// Up to `limit` indexed words (as first written in the catalogue, in the
    /// query's script) close to the query words the index does not know,
    /// closest and most common first.
    pub fn suggest(&self, query: &str, limit: usize) -> Vec<String> {
        let mut options = self.options;
        options.prefix = false;
        let mut found: Vec<(usize, Reverse<u32>, String)> = Vec::new();
        for term in parse(query, &options) {
            if term.chars.len() < 3 || self.vocab.find(&term.norm).is_some() {
                continue;
            }
            // One more edit than search allows: search already tried those.
            let budget = (max_edits(term.chars.len()) + 1).min(MAX_SUGGEST_EDITS);
            let mut near: Vec<Near> = Vec::new();
            self.vocab.near(&term.chars, budget, false, &mut near);
            for n in near {
                let key = self.vocab.key(n.key);
                if is_stop(key) || script_of_word(key) != term.script {
                    continue;
                }
                if let Some(display) = self.vocab.display(n.key) {
                    found.push((n.edits, Reverse(self.vocab.df(n.key)), display.to_string()));
                }
            }
        }
        found.sort();
        let mut out: Vec<String> = Vec::new();
        for (_, _, word) in found {
            if !out.contains(&word) {
                out.push(word);
            }
            if out.len() >= limit {
                break;
            }
        }
        out
    }
}
