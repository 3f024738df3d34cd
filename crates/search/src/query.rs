//! Reading a query: its words, normalised and stemmed, stop words set aside,
//! and whether the last word is still being typed.

use crate::lexicon::is_stop;
use crate::normalise::{script_of_word, tokenize, Script};
use crate::options::Options;
use crate::stem::{proclitic_stem, stem};

/// Longer queries are cut: nobody types more, and work stays bounded.
pub const MAX_QUERY_BYTES: usize = 512;
/// At most this many words are matched.
pub const MAX_TERMS: usize = 8;

#[derive(Clone, Debug)]
pub struct Term {
    /// As typed.
    pub raw: String,
    pub norm: String,
    pub stem: String,
    /// The stem read without a leading و/ب/ل, when that reading exists.
    pub alt_stem: Option<String>,
    pub chars: Vec<char>,
    pub script: Script,
    /// The last word, with the user still typing it (no space after it).
    pub prefix: bool,
}

/// The query cut at a char boundary at most MAX_QUERY_BYTES long.
pub fn bounded_query(query: &str) -> &str {
    if query.len() <= MAX_QUERY_BYTES {
        return query;
    }
    let mut end = MAX_QUERY_BYTES;
    while !query.is_char_boundary(end) {
        end -= 1;
    }
    &query[..end]
}

/// The words to match. Stop words are dropped unless the query has nothing
/// else; repeated words count once.
pub fn parse(query: &str, options: &Options) -> Vec<Term> {
    let query = bounded_query(query);
    let tokens = tokenize(query);
    let last = tokens.len().saturating_sub(1);
    let mut terms: Vec<Term> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| Term {
            raw: query.get(t.span.clone()).unwrap_or(&t.text).to_string(),
            stem: stem(&t.text, &options.stem),
            alt_stem: proclitic_stem(&t.text, &options.stem),
            chars: t.text.chars().collect(),
            script: script_of_word(&t.text),
            prefix: options.prefix && i == last && t.span.end == query.len(),
            norm: t.text.clone(),
        })
        .collect();
    if options.stop_words && terms.iter().any(|t| !is_stop(&t.norm)) {
        terms.retain(|t| !is_stop(&t.norm));
    }
    let mut seen: Vec<String> = Vec::new();
    terms.retain(|t| {
        if seen.contains(&t.norm) {
            false
        } else {
            seen.push(t.norm.clone());
            true
        }
    });
    terms.truncate(MAX_TERMS);
    terms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(q: &str) -> Vec<String> {
        parse(q, &Options::default())
            .into_iter()
            .map(|t| t.norm)
            .collect()
    }

    #[test]
    fn stop_words_are_set_aside() {
        assert_eq!(norms("كيف بدي طلع جواز سفر "), vec!["جواز", "سفر"]);
        assert_eq!(
            norms("how to renew my passport "),
            vec!["renew", "passport"]
        );
        // Nothing but stop words: they are kept.
        assert_eq!(norms("كيف "), vec!["كيف"]);
    }

    #[test]
    fn last_word_is_a_prefix_until_a_space() {
        let t = parse("جواز سف", &Options::default());
        assert!(!t[0].prefix);
        assert!(t[1].prefix);
        let t = parse("جواز سفر ", &Options::default());
        assert!(!t[1].prefix);
        // A stop word goes even while typed; alone, it stays as a prefix.
        assert_eq!(norms("passport a"), vec!["passport"]);
        assert!(parse("من", &Options::default())[0].prefix);
    }

    #[test]
    fn long_queries_are_cut_on_a_char_boundary() {
        let q = "ج".repeat(1000);
        assert!(bounded_query(&q).len() <= MAX_QUERY_BYTES);
        assert!(parse(&"word ".repeat(100), &Options::default()).len() <= MAX_TERMS);
    }
}
