//! The index vocabulary: every distinct normalised word and stem, with what
//! lookups need (exact by binary search, prefix ranges, a length-bucketed
//! list with character masks for typo search, transliteration skeletons).

use crate::distance::{bounded, char_mask, mask_bound, MAX_FUZZY_CHARS};
use crate::normalise::{script_of_word, Script};
use crate::strings::Strings;
use crate::translit::{arabic_skeleton, latin_skeleton};

pub type KeyId = u32;

/// A word of the vocabulary within some edits of a query word.
#[derive(Clone, Copy, Debug)]
pub struct Near {
    pub key: KeyId,
    pub edits: usize,
}

pub struct Vocab {
    keys: Strings,
    /// How many services each key is in (as a word or as a stem).
    df: Vec<u32>,
    /// Whether a key is an English word (or its stem), as opposed to an
    /// Arabic word or a Latin spelling of one.
    english: Vec<bool>,
    /// The first original spelling of a key seen as a word, for
    /// suggestions: its number in `spellings`, or MAX.
    display: Vec<u32>,
    spellings: Strings,
    /// Key ids by key text, for exact lookups and prefix ranges.
    sorted: Vec<KeyId>,
    /// Each key's characters, flattened, and where each key's start.
    chars: Vec<char>,
    char_start: Vec<u32>,
    masks: Vec<u64>,
    /// Key ids by character count; `len_start[l]..len_start[l + 1]` have l chars.
    by_len: Vec<KeyId>,
    len_start: Vec<u32>,
    /// Transliteration skeletons of Arabic keys and of Latin keys.
    arabic_skeletons: Skeletons,
    latin_skeletons: Skeletons,
}

/// Skeletons with the key each belongs to, in skeleton order.
#[derive(Default)]
struct Skeletons {
    text: Strings,
    /// (skeleton number in `text`, key), sorted by skeleton.
    sorted: Vec<(u32, KeyId)>,
}

impl Skeletons {
    fn build(pairs: Vec<(String, KeyId)>) -> Skeletons {
        let mut pairs = pairs;
        pairs.sort_unstable();
        let mut text = Strings::default();
        let sorted = pairs.iter().map(|(s, k)| (text.push(s), *k)).collect();
        Skeletons { text, sorted }
    }

    fn skeleton(&self, entry: &(u32, KeyId)) -> &str {
        self.text.get(entry.0)
    }

    /// Keys whose skeleton is `skeleton`, or starts with it.
    fn find(&self, skeleton: &str, prefix: bool) -> Vec<KeyId> {
        let start = self.sorted.partition_point(|e| self.skeleton(e) < skeleton);
        self.sorted[start..]
            .iter()
            .take_while(move |e| {
                let s = self.skeleton(e);
                if prefix {
                    s.starts_with(skeleton)
                } else {
                    s == skeleton
                }
            })
            .map(|e| e.1)
            .collect()
    }

    fn heap_bytes(&self) -> usize {
        self.text.heap_bytes() + self.sorted.capacity() * 8
    }
}

impl Vocab {
    /// Builds the lookups over `keys`. `df` and `display` are per key.
    pub fn new(
        keys: Strings,
        df: Vec<u32>,
        display: Vec<u32>,
        spellings: Strings,
        english: Vec<bool>,
        translit: bool,
    ) -> Vocab {
        let count = keys.len();
        let mut sorted: Vec<KeyId> = (0..count as KeyId).collect();
        sorted.sort_unstable_by(|a, b| keys.get(*a).cmp(keys.get(*b)));

        let mut chars = Vec::new();
        let mut char_start = Vec::with_capacity(count + 1);
        let mut masks = Vec::with_capacity(count);
        let mut lens = Vec::with_capacity(count);
        for k in (0..count as KeyId).map(|id| keys.get(id)) {
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
        let mut by_len = vec![0; count];
        for (id, &l) in lens.iter().enumerate() {
            by_len[fill[l] as usize] = id as KeyId;
            fill[l] += 1;
        }

        let mut arabic = Vec::new();
        let mut latin = Vec::new();
        if translit {
            for id in 0..count as KeyId {
                let k = keys.get(id);
                match script_of_word(k) {
                    Script::Arabic => arabic.extend(arabic_skeleton(k).map(|s| (s, id))),
                    Script::Latin => latin.extend(latin_skeleton(k).map(|s| (s, id))),
                    _ => {}
                }
            }
        }

        Vocab {
            keys,
            df,
            english,
            display,
            spellings,
            sorted,
            chars,
            char_start,
            masks,
            by_len,
            len_start,
            arabic_skeletons: Skeletons::build(arabic),
            latin_skeletons: Skeletons::build(latin),
        }
    }

    pub fn len(&self) -> usize {
        self.keys.len()
    }

    pub fn key(&self, id: KeyId) -> &str {
        self.keys.get(id)
    }

    pub fn df(&self, id: KeyId) -> u32 {
        self.df[id as usize]
    }

    pub fn is_english(&self, id: KeyId) -> bool {
        self.english.get(id as usize).copied().unwrap_or(false)
    }

    pub fn display(&self, id: KeyId) -> Option<&str> {
        match self.display.get(id as usize) {
            Some(&n) if n != u32::MAX => Some(self.spellings.get(n)),
            _ => None,
        }
    }

    pub fn chars(&self, id: KeyId) -> &[char] {
        let i = id as usize;
        &self.chars[self.char_start[i] as usize..self.char_start[i + 1] as usize]
    }

    /// The key with exactly this text.
    pub fn find(&self, word: &str) -> Option<KeyId> {
        self.sorted
            .binary_search_by(|id| self.keys.get(*id).cmp(word))
            .ok()
            .map(|i| self.sorted[i])
    }

    /// Keys that start with `prefix` (including `prefix` itself if a key).
    pub fn with_prefix(&self, prefix: &str) -> &[KeyId] {
        let start = self
            .sorted
            .partition_point(|id| self.keys.get(*id) < prefix);
        let len = self.sorted[start..].partition_point(|id| self.keys.get(*id).starts_with(prefix));
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
    pub fn by_skeleton(&self, skeleton: &str, from_latin: bool, prefix: bool) -> Vec<KeyId> {
        self.skeletons(from_latin).find(skeleton, prefix)
    }

    fn skeletons(&self, from_latin: bool) -> &Skeletons {
        if from_latin {
            &self.arabic_skeletons
        } else {
            &self.latin_skeletons
        }
    }

    /// Keys of the other script whose skeleton is one edit from one of
    /// `skeletons` (one pass over the table for all of them).
    pub fn near_skeleton(&self, skeletons: &[&str], from_latin: bool, out: &mut Vec<KeyId>) {
        let table = self.skeletons(from_latin);
        for entry in &table.sorted {
            let o = table.skeleton(entry).as_bytes();
            let near = skeletons.iter().any(|s| {
                let s = s.as_bytes();
                o.len().abs_diff(s.len()) <= 1 && bounded(s, o, 1, false) == Some(1)
            });
            if near {
                out.push(entry.1);
            }
        }
    }

    /// Approximate heap size in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.keys.heap_bytes()
            + self.spellings.heap_bytes()
            + self.arabic_skeletons.heap_bytes()
            + self.latin_skeletons.heap_bytes()
            + self.df.capacity() * 4
            + self.english.capacity()
            + self.display.capacity() * 4
            + self.sorted.capacity() * 4
            + self.chars.capacity() * 4
            + self.char_start.capacity() * 4
            + self.masks.capacity() * 8
            + self.by_len.capacity() * 4
            + self.len_start.capacity() * 4
    }
}
