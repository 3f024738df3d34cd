//! Marking the words of a text that a query matched, for `<mark>` in the UI.
//! Works on the original text (with tashkeel, hamza variants, any case) by
//! tokenising it with byte spans and matching each word the way the index
//! does: same word or stem, prefix of the word being typed, typo,
//! transliteration, synonym.

use crate::distance::{bounded, max_edits};
use crate::lexicon::{is_stop, Synonyms};
use crate::normalise::{script_of_word, tokenize, Script};
use crate::options::Options;
use crate::query::{parse, Term};
use crate::stem::{proclitic_stem, stem};
use crate::translit::{arabic_skeleton, latin_skeletons};
use std::ops::Range;

/// A query word with everything a text word is compared to.
struct Probe {
    term: Term,
    /// Stems of single-word synonyms and of the words of phrase synonyms.
    synonyms: Vec<String>,
    /// Skeletons of the query word, for words in the other script.
    skeletons: Vec<String>,
    /// The word being typed without its article ("الجو" → "جو").
    bare_prefix: Option<String>,
}

impl Probe {
    fn new(term: Term, options: &Options) -> Probe {
        let rules = &options.stem;
        let synonyms = Synonyms::get()
            .expand(&term.norm, &term.stem)
            .into_iter()
            .flatten()
            .map(|w| stem(w, rules))
            .collect();
        let skeletons = match term.script {
            Script::Latin => latin_skeletons(&term.norm),
            Script::Arabic => arabic_skeleton(&term.stem).into_iter().collect(),
            _ => Vec::new(),
        };
        let bare_prefix = ["ال", "وال", "بال", "لل"]
            .iter()
            .filter_map(|a| term.norm.strip_prefix(a))
            .find(|rest| !rest.is_empty())
            .map(str::to_string);
        Probe {
            term,
            synonyms,
            skeletons,
            bare_prefix,
        }
    }

    fn matches(&self, word: &str, word_stem: &str, word_alt: Option<&str>) -> bool {
        let t = &self.term;
        if word == t.norm || word_stem == t.stem || word_stem == t.norm || word == t.stem {
            return true;
        }
        // The readings without a leading و/ب/ل, on either side.
        let alt = t.alt_stem.as_deref();
        if alt.is_some_and(|a| a == word_stem || a == word) || word_alt.is_some_and(|a| a == t.stem)
        {
            return true;
        }
        if t.prefix
            && (word.starts_with(&t.norm)
                || self
                    .bare_prefix
                    .as_deref()
                    .is_some_and(|p| word_stem.starts_with(p)))
        {
            return true;
        }
        if self.synonyms.iter().any(|s| s == word_stem) {
            return true;
        }
        let word_script = script_of_word(word);
        if word_script != t.script {
            let skeleton = match word_script {
                Script::Arabic => arabic_skeleton(word_stem),
                Script::Latin => latin_skeletons(word).into_iter().next(),
                _ => None,
            };
            return skeleton.is_some_and(|s| self.skeletons.contains(&s));
        }
        let budget = max_edits(t.chars.len());
        if budget > 0 {
            let chars: Vec<char> = word.chars().collect();
            if bounded(&t.chars, &chars, budget, false).is_some() {
                return true;
            }
            if t.prefix && bounded(&t.chars, &chars, 1, true).is_some() {
                return true;
            }
        }
        false
    }
}

/// Splits `text` into byte ranges, true where a word matches `query`. The
/// ranges cover the whole text in order and fall on char boundaries.
pub fn highlight(text: &str, query: &str) -> Vec<(Range<usize>, bool)> {
    let options = Options::default();
    let probes: Vec<Probe> = parse(query, &options)
        .into_iter()
        .map(|t| Probe::new(t, &options))
        .collect();
    let mut marked: Vec<Range<usize>> = Vec::new();
    if !probes.is_empty() {
        for token in tokenize(text) {
            if is_stop(&token.text) {
                continue;
            }
            let word_stem = stem(&token.text, &options.stem);
            let word_alt = proclitic_stem(&token.text, &options.stem);
            if probes
                .iter()
                .any(|p| p.matches(&token.text, &word_stem, word_alt.as_deref()))
            {
                match marked.last_mut() {
                    // One presentation-form ligature can yield two words
                    // over the same bytes: merge overlaps.
                    Some(last) if token.span.start < last.end => {
                        last.end = last.end.max(token.span.end)
                    }
                    _ => marked.push(token.span),
                }
            }
        }
    }
    let mut out = Vec::with_capacity(marked.len() * 2 + 1);
    let mut at = 0;
    // Marked ranges are in order and do not overlap.
    for r in marked {
        if r.start > at {
            out.push((at..r.start, false));
        }
        at = r.end;
        out.push((r, true));
    }
    if at < text.len() {
        out.push((at..text.len(), false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        let parts = highlight(text, query);
        // The parts cover the text exactly, in order.
        let mut at = 0;
        for (r, _) in &parts {
            assert_eq!(r.start, at);
            at = r.end;
        }
        assert_eq!(at, text.len());
        parts
            .into_iter()
            .filter(|(_, m)| *m)
            .map(|(r, _)| &text[r])
            .collect()
    }

    #[test]
    fn arabic_with_tashkeel_and_hamza() {
        assert_eq!(
            marked("تَجْديدُ جَوازِ السَّفَر", "جواز سفر "),
            vec!["جَوازِ", "السَّفَر"]
        );
        assert_eq!(marked("إخراج قيد فردي", "اخراج"), vec!["إخراج"]);
        assert_eq!(marked("البطاقة العائلية", "بطاقه "), vec!["البطاقة"]);
    }

    #[test]
    fn english_prefix_typo_and_stem() {
        assert_eq!(
            marked("Renewing a passport", "pasport renew "),
            vec!["Renewing", "passport"]
        );
        assert_eq!(marked("Renewing a passport", "pass"), vec!["passport"]);
    }

    #[test]
    fn transliteration_and_synonyms() {
        assert_eq!(
            marked("إخراج قيد فردي", "ikhraj qaid "),
            vec!["إخراج", "قيد"]
        );
        assert_eq!(marked("منح جواز سفر", "باسبور "), vec!["جواز", "سفر"]);
    }

    #[test]
    fn nothing_to_mark() {
        assert_eq!(highlight("", "x"), vec![]);
        assert_eq!(marked("abc", ""), Vec::<&str>::new());
        assert_eq!(highlight("abc", ""), vec![(0..3, false)]);
    }
}
