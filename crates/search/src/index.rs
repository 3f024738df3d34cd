//! Building the index: every word of every searchable field, with its stem,
//! into posting lists of (service, best field).

use crate::fxhash::{FxHashMap, FxHasher};
use crate::hit::{Field, Filters};
use crate::lexicon::is_stop;
use crate::normalise::{for_each_word, script_of_word, Script};
use crate::options::Options;
use crate::stem::{proclitic_stem, stem};
use crate::strings::Strings;
use crate::vocab::{KeyId, Vocab};
use dalil_model::{ChannelKind, ServiceSummary};
use std::hash::Hasher;

/// Posting lists in one flat array: `data[start[k]..start[k + 1]]` holds
/// `service << 4 | fields` for key k, by service, one entry per service;
/// `fields` has bit f set when the word is in field f.
/// Postings keep the field set in their low bits.
pub const FIELD_BITS: u32 = 4;

pub struct Postings {
    start: Vec<u32>,
    data: Vec<u32>,
}

impl Postings {
    fn from_lists(lists: Vec<Vec<u32>>) -> Postings {
        let mut start = Vec::with_capacity(lists.len() + 1);
        let mut data = Vec::with_capacity(lists.iter().map(Vec::len).sum());
        for l in lists {
            start.push(data.len() as u32);
            data.extend(l);
        }
        start.push(data.len() as u32);
        Postings { start, data }
    }

    pub fn of(&self, key: KeyId) -> &[u32] {
        let k = key as usize;
        match (self.start.get(k), self.start.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.data[a as usize..b as usize],
            _ => &[],
        }
    }

    fn heap_bytes(&self) -> usize {
        (self.start.len() + self.data.len()) * 4
    }
}

/// What filters look at, per service.
pub struct ServiceMeta {
    pub id: String,
    pub authority: String,
    pub ministry: String,
    pub governorates: Vec<String>,
    pub channels: Vec<ChannelKind>,
    pub categories: Vec<String>,
    /// Words in the Arabic and in the English name (stop words left out).
    pub name_words: [u8; 2],
}

impl ServiceMeta {
    pub fn passes(&self, f: &Filters) -> bool {
        f.authority
            .as_ref()
            .is_none_or(|a| *a == self.authority || *a == self.ministry)
            && f.governorate
                .as_ref()
                .is_none_or(|g| self.governorates.contains(g))
            && f.channel.is_none_or(|c| self.channels.contains(&c))
            && f.category
                .as_ref()
                .is_none_or(|c| self.categories.contains(c))
    }
}

/// The search index over a slice of service summaries. Build it on load;
/// it borrows nothing.
pub struct Index {
    pub(crate) options: Options,
    pub(crate) vocab: Vocab,
    /// Services where a key occurs as a word.
    pub(crate) words: Postings,
    /// Services where a key is the stem of a different word.
    pub(crate) stems: Postings,
    pub(crate) services: Vec<ServiceMeta>,
    /// Each service's place in id order, for stable ties.
    pub(crate) id_rank: Vec<u32>,
    /// Names and keyword entries as whole phrases (hash of their word keys,
    /// and of their stem keys): a query that is exactly one of them.
    pub(crate) phrases: FxHashMap<u64, Vec<u32>>,
}

/// The hash of a phrase: the sequence of its word (or stem) keys.
pub(crate) fn phrase_hash(keys: impl IntoIterator<Item = KeyId>) -> u64 {
    let mut h = FxHasher::default();
    for k in keys {
        h.write_u32(k);
    }
    h.finish()
}

/// A word's key and its two stem keys.
type WordKeys = (KeyId, [KeyId; 2]);

/// Word lists while building.
struct Builder {
    options: Options,
    ids: FxHashMap<String, KeyId>,
    keys: Strings,
    /// The stem keys (main, and the proclitic reading) of each key seen as
    /// a word, None for a stop word; None until worked out.
    stems_of: Vec<Option<Option<[KeyId; 2]>>>,
    /// Reused buffers for the words of one name or keyword.
    phrase: Vec<KeyId>,
    phrase_stems: Vec<KeyId>,
    /// Per key, its first original spelling's number in `spellings`, or MAX.
    display: Vec<u32>,
    spellings: Strings,
    words: Vec<Vec<u32>>,
    stems: Vec<Vec<u32>>,
    phrases: FxHashMap<u64, Vec<u32>>,
    /// Keys seen in English text (or stems of such words).
    english: Vec<bool>,
    /// The words (and stems) of each document name seen, in Arabic and in
    /// English text.
    documents: [FxHashMap<String, Vec<WordKeys>>; 2],
}

impl Builder {
    fn intern(&mut self, word: &str) -> KeyId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.keys.push(word);
        self.ids.insert(word.to_string(), id);
        self.stems_of.push(None);
        self.display.push(u32::MAX);
        self.words.push(Vec::new());
        self.stems.push(Vec::new());
        self.english.push(false);
        id
    }

    /// Posts a word and its stems.
    fn post_word(
        words: &mut [Vec<u32>],
        stems: &mut [Vec<u32>],
        id: KeyId,
        word_stems: [KeyId; 2],
        service: u32,
        field: Field,
    ) {
        if let Some(list) = words.get_mut(id as usize) {
            Self::post(list, service, field);
        }
        for (n, stem_id) in word_stems.into_iter().enumerate() {
            if stem_id != id && (n == 0 || stem_id != word_stems[0]) {
                if let Some(list) = stems.get_mut(stem_id as usize) {
                    Self::post(list, service, field);
                }
            }
        }
    }

    /// Adds one posting, or a field to the service's posting.
    fn post(list: &mut Vec<u32>, service: u32, field: Field) {
        let bit = 1 << field as u32;
        match list.last_mut() {
            Some(last) if *last >> FIELD_BITS == service => *last |= bit,
            _ => list.push(service << FIELD_BITS | bit),
        }
    }

    /// Indexes the words of `text` for `service`; returns how many words.
    /// `english` marks English text, as opposed to Arabic or the Latin
    /// spellings of Arabic words.
    fn add_text(&mut self, service: u32, field: Field, text: &str, english: bool) -> usize {
        // Document names repeat across services ("البطاقة الشخصية"): their
        // words are worked out once.
        let cached = field == Field::Documents;
        if cached {
            if let Some(words) = self.documents[usize::from(english)].get(text) {
                for &(id, stems) in words {
                    Self::post_word(&mut self.words, &mut self.stems, id, stems, service, field);
                }
                return words.len();
            }
        }
        let mut seen: Vec<WordKeys> = Vec::new();
        let whole = matches!(field, Field::Name | Field::Keywords);
        let mut phrase = std::mem::take(&mut self.phrase);
        let mut phrase_stems = std::mem::take(&mut self.phrase_stems);
        phrase.clear();
        phrase_stems.clear();
        let mut count = 0;
        for_each_word(text, |word, span| {
            let id = self.intern(word);
            let Some(stems) = self.word_info(id, word, text.get(span)) else {
                return; // a stop word
            };
            count += 1;
            if english {
                for k in [id, stems[0]] {
                    self.english[k as usize] = true;
                }
            }
            if whole {
                phrase.push(id);
                phrase_stems.push(stems[0]);
            }
            if cached {
                seen.push((id, stems));
            }
            Self::post_word(&mut self.words, &mut self.stems, id, stems, service, field);
        });
        if cached {
            self.documents[usize::from(english)].insert(text.to_string(), seen);
        }
        if !phrase.is_empty() {
            for h in [
                phrase_hash(phrase.iter().copied()),
                phrase_hash(phrase_stems.iter().copied()),
            ] {
                let list = self.phrases.entry(h).or_default();
                if list.last() != Some(&service) {
                    list.push(service);
                }
            }
        }
        self.phrase = phrase;
        self.phrase_stems = phrase_stems;
        count
    }

    /// The stem keys of a key seen as a word, worked out once; None for a
    /// stop word. The first spelling seen is kept for suggestions.
    fn word_info(&mut self, id: KeyId, word: &str, original: Option<&str>) -> Option<[KeyId; 2]> {
        let i = id as usize;
        if let Some(info) = self.stems_of[i] {
            return info;
        }
        let info = if self.options.stop_words && is_stop(word) {
            None
        } else {
            let rules = self.options.stem;
            let main = stem(word, &rules);
            let main = if main == word { id } else { self.intern(&main) };
            let alt = match proclitic_stem(word, &rules) {
                Some(alt) => self.intern(&alt),
                None => main,
            };
            self.display[i] = self.spellings.push(original.unwrap_or(word));
            Some([main, alt])
        };
        self.stems_of[i] = Some(info);
        info
    }
}

/// An index built a part at a time, so a caller on a page's main thread can
/// yield between parts (no long task): [`IndexBuilder::add`] the services in
/// slices, in the listing's order, then [`IndexBuilder::finish`]. The result
/// is the same index as [`Index::build_with`] of the whole list.
pub struct IndexBuilder {
    b: Builder,
    metas: Vec<ServiceMeta>,
}

impl IndexBuilder {
    pub fn new(options: Options) -> IndexBuilder {
        IndexBuilder {
            b: Builder {
                options,
                ids: FxHashMap::default(),
                keys: Strings::default(),
                stems_of: Vec::new(),
                phrase: Vec::new(),
                phrase_stems: Vec::new(),
                display: Vec::new(),
                spellings: Strings::default(),
                words: Vec::new(),
                stems: Vec::new(),
                phrases: FxHashMap::default(),
                english: Vec::new(),
                documents: [FxHashMap::default(), FxHashMap::default()],
            },
            metas: Vec::new(),
        }
    }

    /// How many services were added so far.
    pub fn len(&self) -> usize {
        self.metas.len()
    }

    pub fn is_empty(&self) -> bool {
        self.metas.is_empty()
    }

    /// Adds the next services of the listing.
    pub fn add(&mut self, services: &[ServiceSummary]) {
        let b = &mut self.b;
        for s in services {
            let si = self.metas.len() as u32;
            let name_ar = b.add_text(si, Field::Name, &s.name.ar, false);
            let name_en = b.add_text(si, Field::Name, &s.name.en, true);
            for k in &s.keywords.ar {
                b.add_text(si, Field::Keywords, k, false);
            }
            for k in &s.keywords.en {
                b.add_text(si, Field::Keywords, k, true);
            }
            for k in &s.keywords.latin {
                b.add_text(si, Field::Keywords, k, false);
            }
            b.add_text(si, Field::Summary, &s.summary.ar, false);
            b.add_text(si, Field::Summary, &s.summary.en, true);
            for d in &s.documents {
                b.add_text(si, Field::Documents, &d.ar, false);
                b.add_text(si, Field::Documents, &d.en, true);
            }
            self.metas.push(ServiceMeta {
                id: s.id.clone(),
                authority: s.authority.clone(),
                ministry: s.ministry.clone(),
                governorates: s.governorates.clone(),
                channels: s.channels.clone(),
                categories: s.categories.clone(),
                name_words: [clamp_u8(name_ar), clamp_u8(name_en)],
            });
        }
    }

    /// The index of every service added.
    pub fn finish(self) -> Index {
        let IndexBuilder { b, metas } = self;
        let options = b.options;
        let df: Vec<u32> = b
            .words
            .iter()
            .zip(&b.stems)
            .map(|(w, s)| (w.len() + s.len()) as u32)
            .collect();
        let vocab = Vocab::new(
            b.keys,
            df,
            b.display,
            b.spellings,
            b.english,
            options.transliteration,
        );
        let mut by_id: Vec<u32> = (0..metas.len() as u32).collect();
        by_id.sort_unstable_by(|a, b| metas[*a as usize].id.cmp(&metas[*b as usize].id));
        let mut id_rank = vec![0u32; metas.len()];
        for (rank, s) in by_id.into_iter().enumerate() {
            id_rank[s as usize] = rank as u32;
        }
        Index {
            options,
            vocab,
            id_rank,
            words: Postings::from_lists(b.words),
            stems: Postings::from_lists(b.stems),
            services: metas,
            phrases: b.phrases,
        }
    }
}

impl Index {
    /// Builds the index with the default options.
    pub fn build(services: &[ServiceSummary]) -> Index {
        Index::build_with(services, Options::default())
    }

    /// Builds the index with some features turned off (for measurements).
    pub fn build_with(services: &[ServiceSummary], options: Options) -> Index {
        let mut builder = IndexBuilder::new(options);
        builder.add(services);
        builder.finish()
    }

    /// How many services are indexed.
    pub fn len(&self) -> usize {
        self.services.len()
    }

    pub fn is_empty(&self) -> bool {
        self.services.is_empty()
    }

    /// How many distinct words and stems the index holds.
    pub fn vocabulary_len(&self) -> usize {
        self.vocab.len()
    }

    /// The id of the service at `index`.
    pub fn id(&self, index: usize) -> Option<&str> {
        self.services.get(index).map(|m| m.id.as_str())
    }

    /// Approximate size of the index in memory, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let metas: usize = self
            .services
            .iter()
            .map(|m| {
                std::mem::size_of::<ServiceMeta>()
                    + m.id.len()
                    + m.authority.len()
                    + m.ministry.len()
                    + m.governorates.iter().map(|g| g.len() + 24).sum::<usize>()
                    + m.categories.iter().map(|c| c.len() + 24).sum::<usize>()
                    + m.channels.len()
            })
            .sum();
        let phrases: usize = self
            .phrases
            .values()
            .map(|v| v.len() * 4 + 40)
            .sum::<usize>()
            + self.id_rank.len() * 4;
        self.vocab.heap_bytes()
            + self.words.heap_bytes()
            + self.stems.heap_bytes()
            + metas
            + phrases
    }

    /// The number of words in a service's name in the script of the query.
    pub(crate) fn name_words(&self, service: usize, script: Script) -> usize {
        let m = &self.services[service];
        let i = usize::from(script == Script::Latin);
        usize::from(m.name_words[i]).max(1)
    }
}

fn clamp_u8(n: usize) -> u8 {
    n.min(u8::MAX as usize) as u8
}

/// The script a word counts as for choosing the name to compare with.
pub(crate) fn word_script(word: &str) -> Script {
    match script_of_word(word) {
        Script::Latin => Script::Latin,
        _ => Script::Arabic,
    }
}
