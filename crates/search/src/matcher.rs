//! Matching one query word against the index: exact, stem, prefix, synonym,
//! transliteration and typo matches, keeping each service's best.

use crate::distance::max_edits;
use crate::hit::{Field, MatchKind};
use crate::index::{Index, FIELD_BITS};
use crate::lexicon::Synonyms;
use crate::normalise::Script;
use crate::query::Term;
use crate::stem::stem;
use crate::translit::{arabic_skeleton, latin_skeletons, spelling_distance};
use crate::vocab::{KeyId, Near};

/// How much each kind of match is worth, before the field weight.
mod quality {
    pub const EXACT: f32 = 1.0;
    pub const STEM: f32 = 0.9;
    pub const SYNONYM: f32 = 0.6;
    pub const SYNONYM_STEM: f32 = 0.55;
    pub const TRANSLIT: f32 = 0.75;
    pub const TRANSLIT_NEAR: f32 = 0.5;
    /// Taken off a transliteration per unit of vowel mismatch.
    pub const TRANSLIT_VOWEL: f32 = 0.04;
    pub const FUZZY_1: f32 = 0.6;
    pub const FUZZY_2: f32 = 0.45;
    pub const FUZZY_PREFIX: f32 = 0.4;
    /// A prefix is worth this plus up to PREFIX_SPAN for the share typed.
    pub const PREFIX_BASE: f32 = 0.5;
    pub const PREFIX_SPAN: f32 = 0.4;
    /// Completions of a word that is itself in the index count this much.
    pub const PREFIX_OF_WORD: f32 = 0.6;
}

/// What a word's presence in further fields adds, per field weight.
const OTHER_FIELDS: f32 = 0.15;
const FIELD_MASK: u32 = (1 << FIELD_BITS) - 1;

/// The longest Arabic word a one-consonant Latin skeleton may match.
const SHORT_WORD: usize = 4;

/// Postings visited by a word's looser matches, at most (bounded work per
/// keystroke on big catalogues; never reached on the demo catalogue).
const POSTINGS_BUDGET: usize = 40_000;

/// Most prefix completions followed per keystroke (the most frequent ones).
const MAX_PREFIX_KEYS: usize = 48;
/// Most typo neighbours followed per word.
const MAX_NEAR_KEYS: usize = 64;

/// A query word's best match in one service.
#[derive(Clone, Copy, Debug)]
pub struct Best {
    pub service: u32,
    pub score: f32,
    pub field: Field,
    pub kind: MatchKind,
    pub key: KeyId,
}

/// The best match per service for one query word. `slot` is a scratch array
/// of the index's length, all `u32::MAX` between calls.
pub struct TermMatcher<'a> {
    index: &'a Index,
    allowed: Option<&'a [bool]>,
    slot: &'a mut [u32],
    /// The weight of each set of fields a word is in.
    field_scores: [f32; 1 << FIELD_BITS],
    /// Postings the looser matches (prefix, synonym, transliteration, typo)
    /// may still visit for this word.
    budget: usize,
    pub found: Vec<Best>,
}

/// The weight of a word found in a set of fields: its best field's weight,
/// plus a little for each other field (it is more about this service).
fn field_scores() -> [f32; 1 << FIELD_BITS] {
    let mut table = [0.0; 1 << FIELD_BITS];
    for (fields, score) in table.iter_mut().enumerate() {
        let best = Field::best_of(fields as u32);
        let elsewhere: f32 = Field::ALL
            .iter()
            .filter(|f| **f != best && fields & 1 << **f as usize != 0)
            .map(|f| f.weight())
            .sum();
        *score = best.weight() + OTHER_FIELDS * elsewhere;
    }
    table
}

impl<'a> TermMatcher<'a> {
    pub fn new(index: &'a Index, allowed: Option<&'a [bool]>, slot: &'a mut [u32]) -> Self {
        TermMatcher {
            index,
            allowed,
            slot,
            field_scores: field_scores(),
            budget: POSTINGS_BUDGET,
            found: Vec::new(),
        }
    }

    /// Offers a match; kept if it beats the service's best so far.
    fn offer(&mut self, posting: u32, quality: f32, kind: MatchKind, key: KeyId) {
        let service = posting >> FIELD_BITS;
        let s = service as usize;
        if self
            .allowed
            .is_some_and(|a| !a.get(s).copied().unwrap_or(false))
        {
            return;
        }
        let fields = (posting & FIELD_MASK) as usize;
        let field = Field::best_of(fields as u32);
        let score = quality * self.field_scores[fields];
        let Some(slot) = self.slot.get_mut(s) else {
            return;
        };
        if *slot == u32::MAX {
            *slot = self.found.len() as u32;
            self.found.push(Best {
                service,
                score,
                field,
                kind,
                key,
            });
        } else if let Some(best) = self.found.get_mut(*slot as usize) {
            if score > best.score {
                *best = Best {
                    service,
                    score,
                    field,
                    kind,
                    key,
                };
            }
        }
    }

    /// Offers every service of a key: as a word with `word_kind`, and where
    /// it is the stem of another word with `stem_kind`.
    fn offer_key(&mut self, key: KeyId, quality: f32, word_kind: MatchKind, stem_kind: MatchKind) {
        let index = self.index;
        let (words, stems) = (index.words.of(key), index.stems.of(key));
        // Looser matches stop once a word's work budget is spent; the
        // word's own form and stems are always followed.
        if !matches!(word_kind, MatchKind::Exact | MatchKind::Stem) {
            if self.budget == 0 {
                return;
            }
            self.budget = self.budget.saturating_sub(words.len() + stems.len());
        }
        for &p in words {
            self.offer(p, quality, word_kind, key);
        }
        let stem_quality = if stem_kind == MatchKind::Stem && word_kind == MatchKind::Exact {
            quality::STEM
        } else {
            quality
        };
        for &p in stems {
            self.offer(p, stem_quality, stem_kind, key);
        }
    }

    /// Matches `term` everywhere it can and returns the best per service.
    /// `english_query` says the query's other Latin words are English, so an
    /// unknown Latin word is an English typo, not a spelling of Arabic.
    pub fn run(mut self, term: &Term, english_query: bool) -> Vec<Best> {
        let index = self.index;
        let vocab = &index.vocab;
        let opts = &index.options;
        let exact = vocab.find(&term.norm);
        let stem_key = (term.stem != term.norm)
            .then(|| vocab.find(&term.stem))
            .flatten();
        if let Some(k) = exact {
            self.offer_key(k, quality::EXACT, MatchKind::Exact, MatchKind::Stem);
        }
        if let Some(k) = stem_key {
            self.offer_key(k, quality::STEM, MatchKind::Stem, MatchKind::Stem);
        }
        let alt_key = term.alt_stem.as_deref().and_then(|s| vocab.find(s));
        if let Some(k) = alt_key {
            self.offer_key(k, quality::STEM, MatchKind::Stem, MatchKind::Stem);
        }
        let known = exact.is_some() || stem_key.is_some() || alt_key.is_some();
        if term.prefix {
            self.prefixes(term, exact);
        }
        if opts.synonyms {
            self.synonyms(term);
        }
        // An English word is not read as Arabic; a Latin spelling of an
        // Arabic word ("mai", "jawaz") still is, beyond the catalogue's own.
        let english = [exact, stem_key]
            .into_iter()
            .flatten()
            .any(|k| vocab.is_english(k));
        let translit = match term.script {
            Script::Latin => {
                let unknown_in_english = english_query && !known && !has_arabizi_digit(&term.norm);
                !(english || unknown_in_english)
            }
            _ => !known,
        };
        if opts.transliteration && translit {
            self.transliterations(term);
        }
        if opts.fuzzy && (opts.fuzzy_known_words || !known) {
            self.typos(term, exact, stem_key);
        }
        self.finish()
    }

    fn finish(self) -> Vec<Best> {
        for b in &self.found {
            if let Some(s) = self.slot.get_mut(b.service as usize) {
                *s = u32::MAX;
            }
        }
        self.found
    }

    /// Completions of the word being typed, and of it without its article.
    fn prefixes(&mut self, term: &Term, exact: Option<KeyId>) {
        let vocab = &self.index.vocab;
        let mut starts = vec![term.norm.as_str()];
        if term.script == Script::Arabic {
            for article in ["ال", "وال", "بال", "لل"] {
                if let Some(rest) = term.norm.strip_prefix(article) {
                    if !rest.is_empty() {
                        starts.push(rest);
                    }
                }
            }
        }
        for start in starts {
            let typed = start.chars().count() as f32;
            let mut keys: Vec<KeyId> = vocab
                .with_prefix(start)
                .iter()
                .copied()
                .filter(|k| Some(*k) != exact)
                .collect();
            if keys.len() > MAX_PREFIX_KEYS {
                // The most common completions; ties by key id for stability.
                keys.select_nth_unstable_by_key(MAX_PREFIX_KEYS - 1, |k| {
                    (std::cmp::Reverse(vocab.df(*k)), *k)
                });
                keys.truncate(MAX_PREFIX_KEYS);
            }
            for k in keys {
                let full = vocab.chars(k).len().max(1) as f32;
                let mut q = quality::PREFIX_BASE + quality::PREFIX_SPAN * (typed / full).min(1.0);
                // A word typed in full ("car") is more likely meant than its
                // longer completions ("card").
                if exact.is_some() {
                    q *= quality::PREFIX_OF_WORD;
                }
                self.offer_key(k, q, MatchKind::Prefix, MatchKind::Prefix);
            }
        }
    }

    /// Synonyms from the lexicon; a phrase synonym needs all its words.
    fn synonyms(&mut self, term: &Term) {
        let index = self.index;
        let rules = &index.options.stem;
        for member in Synonyms::get().expand(&term.norm, &term.stem) {
            match member {
                [word] => {
                    if let Some(k) = index.vocab.find(word) {
                        self.offer_key(k, quality::SYNONYM, MatchKind::Synonym, MatchKind::Synonym);
                    }
                    let s = stem(word, rules);
                    if s != *word {
                        if let Some(k) = index.vocab.find(&s) {
                            self.offer_key(
                                k,
                                quality::SYNONYM_STEM,
                                MatchKind::Synonym,
                                MatchKind::Synonym,
                            );
                        }
                    }
                }
                words => self.phrase(words),
            }
        }
    }

    /// Services with every word of `words` (as word or stem), scored by the
    /// weakest field among them.
    fn phrase(&mut self, words: &[String]) {
        let index = self.index;
        let rules = &index.options.stem;
        let mut common: Option<Vec<u32>> = None;
        let mut first_key = None;
        for w in words {
            let mut postings: Vec<u32> = Vec::new();
            let keys = [index.vocab.find(w), index.vocab.find(&stem(w, rules))];
            for k in keys.into_iter().flatten() {
                first_key.get_or_insert(k);
                postings.extend_from_slice(index.words.of(k));
                postings.extend_from_slice(index.stems.of(k));
            }
            // One posting per service, with every field of this word.
            postings.sort_unstable();
            postings.dedup_by(|later, kept| {
                let same = *later >> FIELD_BITS == *kept >> FIELD_BITS;
                if same {
                    *kept |= *later & FIELD_MASK;
                }
                same
            });
            common = Some(match common {
                None => postings,
                Some(prev) => intersect_worst(&prev, &postings),
            });
        }
        if let (Some(common), Some(key)) = (common, first_key) {
            for p in common {
                self.offer(p, quality::SYNONYM, MatchKind::Synonym, key);
            }
        }
    }

    /// Arabic words whose skeleton matches a Latin word, or the other way.
    fn transliterations(&mut self, term: &Term) {
        let vocab = &self.index.vocab;
        let from_latin = term.script == Script::Latin;
        let mut skeletons = match term.script {
            Script::Latin => {
                let mut s = latin_skeletons(&term.norm);
                // "aljawazat", "el-hawiye": the article, written or not.
                for article in ["al", "el", "il"] {
                    if let Some(rest) = term.norm.strip_prefix(article) {
                        if rest.len() >= 3 {
                            s.extend(latin_skeletons(rest));
                        }
                    }
                }
                s
            }
            Script::Arabic => arabic_skeleton(&term.stem).into_iter().collect(),
            _ => Vec::new(),
        };
        skeletons.dedup();
        // A one-consonant skeleton ("hawiye", "mai") says little: only short
        // Arabic words may match it, and never from Arabic to Latin.
        let min_len = if from_latin { 1 } else { 2 };
        skeletons.retain(|s| s.len() >= min_len);
        let mut near = Vec::new();
        // From Arabic, only Latin spellings of Arabic words are targets:
        // an English word with the same consonants is a coincidence.
        let target = |k: KeyId| from_latin || !vocab.is_english(k);
        for sk in &skeletons {
            let mut keys = vocab.by_skeleton(sk, from_latin, false);
            keys.retain(|k| target(*k) && (sk.len() > 1 || vocab.chars(*k).len() <= SHORT_WORD));
            for k in keys {
                // Same consonants; the vowels decide between candidates.
                let (latin, arabic) = if from_latin {
                    (term.norm.as_str(), vocab.key(k))
                } else {
                    (vocab.key(k), term.norm.as_str())
                };
                let off = spelling_distance(latin, arabic).min(6) as f32;
                let q = quality::TRANSLIT
                    * (1.0 - quality::TRANSLIT_VOWEL * off)
                    * skeleton_weight(sk.len());
                self.offer_key(k, q, MatchKind::Transliterated, MatchKind::Transliterated);
            }
            if term.prefix && sk.len() >= 3 {
                let mut keys = vocab.by_skeleton(sk, from_latin, true);
                keys.retain(|k| target(*k));
                keys.truncate(MAX_PREFIX_KEYS);
                for k in keys {
                    self.offer_key(
                        k,
                        quality::TRANSLIT_NEAR,
                        MatchKind::Transliterated,
                        MatchKind::Transliterated,
                    );
                }
            }
        }
        // One consonant off, for long skeletons.
        let long: Vec<&str> = skeletons
            .iter()
            .map(String::as_str)
            .filter(|s| s.len() >= 4)
            .collect();
        if !long.is_empty() {
            vocab.near_skeleton(&long, from_latin, &mut near);
        }
        near.retain(|k| target(*k));
        near.truncate(MAX_NEAR_KEYS);
        for k in near {
            self.offer_key(
                k,
                quality::TRANSLIT_NEAR,
                MatchKind::Transliterated,
                MatchKind::Transliterated,
            );
        }
    }

    /// Words within the typo budget of the query word or of its stem.
    fn typos(&mut self, term: &Term, exact: Option<KeyId>, stem_key: Option<KeyId>) {
        let vocab = &self.index.vocab;
        let budget = max_edits(term.chars.len());
        let mut whole: Vec<Near> = Vec::new();
        vocab.near(&term.chars, budget, false, &mut whole);
        if term.stem != term.norm {
            let stem_chars: Vec<char> = term.stem.chars().collect();
            vocab.near(&stem_chars, max_edits(stem_chars.len()), false, &mut whole);
        }
        let mut partial: Vec<Near> = Vec::new();
        if term.prefix {
            // A typo in a word still being typed: "pasp" → "passport".
            vocab.near(&term.chars, budget.min(1), true, &mut partial);
        }
        let skip = |n: &Near| n.edits == 0 || Some(n.key) == exact || Some(n.key) == stem_key;
        for list in [&mut whole, &mut partial] {
            list.sort_by_key(|n| (n.edits, n.key));
            list.dedup_by_key(|n| n.key);
            list.retain(|n| !skip(n));
            list.truncate(MAX_NEAR_KEYS);
        }
        partial.retain(|p| !whole.iter().any(|w| w.key == p.key));
        for n in whole {
            let q = if n.edits == 1 {
                quality::FUZZY_1
            } else {
                quality::FUZZY_2
            };
            self.offer_key(n.key, q, MatchKind::Fuzzy, MatchKind::Fuzzy);
        }
        for n in partial {
            self.offer_key(
                n.key,
                quality::FUZZY_PREFIX,
                MatchKind::Fuzzy,
                MatchKind::Fuzzy,
            );
        }
    }
}

/// How much a skeleton match says: one consonant ("qai" ~ "واقع") is weak
/// evidence, two is fair, three or more is as good as it gets.
fn skeleton_weight(consonants: usize) -> f32 {
    match consonants {
        0 | 1 => 0.6,
        2 => 0.85,
        _ => 1.0,
    }
}

/// Whether a Latin word has a digit that Arabizi uses for a letter
/// ("3adli", "ma7koum", "2ed"), and letters too.
pub fn has_arabizi_digit(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_lowercase())
        && word
            .bytes()
            .any(|b| matches!(b, b'2' | b'3' | b'5' | b'6' | b'7' | b'8' | b'9'))
}

/// Whether a query reads as English: one of its Latin words is an English
/// word of the index, and none is written in Arabizi digits.
pub fn english_query(index: &Index, terms: &[Term]) -> bool {
    let latin = || terms.iter().filter(|t| t.script == Script::Latin);
    !latin().any(|t| has_arabizi_digit(&t.norm))
        && latin().any(|t| {
            [index.vocab.find(&t.norm), index.vocab.find(&t.stem)]
                .into_iter()
                .flatten()
                .any(|k| index.vocab.is_english(k))
        })
}

/// Postings of services in both sorted lists, with the worse of the two
/// best fields: a phrase is only as good as its weakest word.
fn intersect_worst(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        let (sa, sb) = (a[i] >> FIELD_BITS, b[j] >> FIELD_BITS);
        if sa == sb {
            let worst = Field::best_of(a[i] & FIELD_MASK).max(Field::best_of(b[j] & FIELD_MASK));
            out.push(sa << FIELD_BITS | 1 << worst as u32);
            i += 1;
            j += 1;
        } else if sa < sb {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}
