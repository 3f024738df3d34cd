//! The index vocabulary: every distinct normalised word and stem, with what
//! lookups need (exact by binary search, prefix ranges, a length-bucketed
//! list with character masks for typo search, transliteration skeletons).

use crate::distance::{bounded, char_mask, mask_bound, MAX_FUZZY_CHARS};
use crate::normalise::{script_of_word, Script};
use crate::translit::{arabic_skeleton, latin_skeletons};
use std::ops::Range;

pub type KeyId = u32;

/// A word of the vocabulary within some edits of a query word.
#[derive(Clone, Copy, Debug)]
pub struct Near {
    pub key: KeyId,
    pub edits: usize,
}

pub struct Vocab {
    keys: Vec<Box<str>>,
    /// How many services each key is in (as a word or as a stem).
    df: Vec<u32>,
    /// The first original spelling of a key seen as a word, for suggestions.
    display: Vec<Option<Box<str>>>,
    /// Key ids by key text, for exact lookups and prefix ranges.
    sorted: Vec<KeyId>,
    /// Each key's characters, flattened, and where each key's start.
    chars: Vec<char>,
    char_start: Vec<u32>,
    masks: Vec<u64>,
    /// Key ids by character count; `len_start[l]..len_start[l + 1]` have l chars.
    by_len: Vec<KeyId>,
    len_start: Vec<u32>,
    /// Transliteration skeletons of Arabic keys and of Latin keys, sorted.
    arabic_skeletons: Vec<(Box<str>, KeyId)>,
    latin_skeletons: Vec<(Box<str>, KeyId)>,
}

impl Vocab {
    /// Builds the lookups over `keys`. `df` and `display` are per key.
    pub fn new(keys: Vec<String>, df: Vec<u32>, display: Vec<Option<Box<str>>>, translit: bool) -> Vocab {
        let keys: Vec<Box<str>> = keys.into_iter().map(String::into_boxed_str).collect();
        let mut sorted: Vec<KeyId> = (0..keys.len() as KeyId).collect();
        sorted.sort_unstable_by(|a, b| keys[*a as usize].cmp(&keys[*b as usize]));

        let mut chars = Vec::new();
        let mut char_start = Vec::with_capacity(keys.len() + 1);
        let mut masks = Vec::with_capacity(keys.len());
        let mut lens = Vec::with_capacity(keys.len());
        for k in &keys {
            char_start.push(chars.len() as u32);
            let before = chars.len();
            chars.extend(k.chars());
            masks.push(char_mask(&chars[before..]));
            lens.push((chars.len() - before).min(MAX_FUZZY_CHARS + 1));
        }
        char_start.push(chars.len() as u32);

        // Counting sort of key ids by length.
        let mut len_start = vec![0u32; MAX_FUZZY_CHARS + 3];
        for &l in &lens {
            len_start[l + 1] += 1;
        }
        for i in 1..len_start.len() {
            len_start[i] += len_start[i - 1];
        }
        let mut fill = len_start.clone();
        let mut by_len = vec![0; keys.len()];
        for (id, &l) in lens.iter().enumerate() {
            by_len[fill[l] as usize] = id as KeyId;
            fill[l] += 1;
        }

        let mut arabic = Vec::new();
        let mut latin = Vec::new();
        if translit {
            for (id, k) in keys.iter().enumerate() {
                match script_of_word(k) {
                    Script::Arabic => {
                        if let Some(s) = arabic_skeleton(k) {
                            arabic.push((s.into_boxed_str(), id as KeyId));
                        }
                    }
                    Script::Latin => {
                        for s in latin_skeletons(k).into_iter().take(1) {
                            latin.push((s.into_boxed_str(), id as KeyId));
                        }
                    }
                    _ => {}
                }
            }
            arabic.sort_unstable();
            latin.sort_unstable();
        }

        Vocab {
            keys,
            df,
            display,
            sorted,
            chars,
            char_start,
            masks,
            by_len,
            len_start,
            arabic_skeletons: arabic,
            latin_skeletons: latin,
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn key(&self, id: KeyId) -> &str {
        &self.keys[id as usize]
    }

    pub fn df(&self, id: KeyId) -> u32 {
        self.df[id as usize]
    }

    pub fn display(&self, id: KeyId) -> Option<&str> {
        self.display[id as usize].as_deref()
    }

    pub fn chars(&self, id: KeyId) -> &[char] {
        let i = id as usize;
        &self.chars[self.char_start[i] as usize..self.char_start[i + 1] as usize]
    }

    /// The key with exactly this text.
    pub fn find(&self, word: &str) -> Option<KeyId> {
        self.sorted
            .binary_search_by(|id| (*self.keys[*id as usize]).cmp(word))
            .ok()
            .map(|i| self.sorted[i])
    }

    /// Keys that start with `prefix` (including `prefix` itself if a key).
    pub fn with_prefix(&self, prefix: &str) -> &[KeyId] {
        let start = self
            .sorted
            .partition_point(|id| *self.keys[*id as usize] < *prefix);
        let len = self.sorted[start..]
            .partition_point(|id| self.keys[*id as usize].starts_with(prefix));
        &self.sorted[start..start + len]
    }

    /// Keys within `max` edits of `word` (of their start, with `prefix`),
    /// in the same script.
    pub fn near(&self, word: &[char], max: usize, prefix: bool, out: &mut Vec<Near>) {
        if max == 0 || word.is_empty() || word.len() > MAX_FUZZY_CHARS {
            return;
        }
        let mask = char_mask(word);
        let lo = word.len().saturating_sub(max);
        let hi = if prefix {
            MAX_FUZZY_CHARS
        } else {
            (word.len() + max).min(MAX_FUZZY_CHARS)
        };
        let range = self.len_start[lo] as usize..self.len_start[hi + 1] as usize;
        for &id in &self.by_len[range] {
            let key_mask = self.masks[id as usize];
            // With a prefix, the key's later letters do not count against it.
            let bound = if prefix {
                (mask & !key_mask).count_ones() as usize
            } else {
                mask_bound(mask, key_mask)
            };
            if bound > max {
                continue;
            }
            if let Some(edits) = bounded(word, self.chars(id), max, prefix) {
                out.push(Near { key: id, edits });
            }
        }
    }

    /// Keys of the other script whose skeleton is `skeleton` (or starts with
    /// it, with `prefix`). `from_latin` says the query word is Latin.
    pub fn by_skeleton(&self, skeleton: &str, from_latin: bool, prefix: bool) -> &[(Box<str>, KeyId)] {
        let table = if from_latin {
            &self.arabic_skeletons
        } else {
            &self.latin_skeletons
        };
        let start = table.partition_point(|(s, _)| **s < *skeleton);
        let len = table[start..].partition_point(|(s, _)| {
            if prefix {
                s.starts_with(skeleton)
            } else {
                **s == *skeleton
            }
        });
        &table[start..start + len]
    }

    /// Keys of the other script whose skeleton is within one edit of `skeleton`.
    pub fn near_skeleton(&self, skeleton: &str, from_latin: bool, out: &mut Vec<KeyId>) {
        let table = if from_latin {
            &self.arabic_skeletons
        } else {
            &self.latin_skeletons
        };
        let s = skeleton.as_bytes();
        for (other, id) in table {
            let o = other.as_bytes();
            if o.len().abs_diff(s.len()) <= 1 && bounded(s, o, 1, false) == Some(1) {
                out.push(*id);
            }
        }
    }

    /// Approximate heap size in bytes.
    pub fn heap_bytes(&self) -> usize {
        let strs: usize = self.keys.iter().map(|k| k.len() + 16).sum::<usize>()
            + self
                .display
                .iter()
                .map(|d| d.as_ref().map_or(0, |s| s.len()) + 16)
                .sum::<usize>();
        let skel: usize = self
            .arabic_skeletons
            .iter()
            .chain(&self.latin_skeletons)
            .map(|(s, _)| s.len() + 20)
            .sum();
        strs + skel
            + self.df.len() * 4
            + self.sorted.len() * 4
            + self.chars.len() * 4
            + self.char_start.len() * 4
            + self.masks.len() * 8
            + self.by_len.len() * 4
            + self.len_start.len() * 4
    }

    /// Ids of the keys of a script, for suggestions.
    pub fn ids(&self) -> Range<KeyId> {
        0..self.keys.len() as KeyId
    }
}
