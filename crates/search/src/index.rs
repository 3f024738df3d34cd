//! Building the index: every word of every searchable field, with its stem,
//! into posting lists of (service, best field).

use crate::fxhash::FxHashMap;
use crate::hit::{Field, Filters};
use crate::lexicon::is_stop;
use crate::normalise::{script_of_word, tokenize, Script};
use crate::options::Options;
use crate::stem::stem;
use crate::vocab::{KeyId, Vocab};
use dalil_model::{ChannelKind, ServiceSummary};

/// Posting lists in one flat array: `data[start[k]..start[k + 1]]` holds
/// `service << 2 | field` for key k, by service, one entry per service (its
/// best field).
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
            && f
                .governorate
                .as_ref()
                .is_none_or(|g| self.governorates.contains(g))
            && f.channel.is_none_or(|c| self.channels.contains(&c))
            && f
                .category
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
}

/// Word lists while building.
struct Builder {
    options: Options,
    ids: FxHashMap<String, KeyId>,
    keys: Vec<String>,
    /// The stem key of each key seen as a word; MAX until computed.
    stem_of: Vec<KeyId>,
    display: Vec<Option<Box<str>>>,
    words: Vec<Vec<u32>>,
    stems: Vec<Vec<u32>>,
}

const NO_STEM: KeyId = KeyId::MAX;

impl Builder {
    fn intern(&mut self, word: &str) -> KeyId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = self.keys.len() as KeyId;
        self.ids.insert(word.to_string(), id);
        self.keys.push(word.to_string());
        self.stem_of.push(NO_STEM);
        self.display.push(None);
        self.words.push(Vec::new());
        self.stems.push(Vec::new());
        id
    }

    /// Adds one posting, keeping only a service's first (best) field.
    fn post(list: &mut Vec<u32>, service: u32, field: Field) {
        if list.last().is_none_or(|last| last >> 2 != service) {
            list.push(service << 2 | field as u32);
        }
    }

    /// Indexes the words of `text` for `service`; returns how many words.
    fn add_text(&mut self, service: u32, field: Field, text: &str) -> usize {
        let mut count = 0;
        for token in tokenize(text) {
            if self.options.stop_words && is_stop(&token.text) {
                continue;
            }
            count += 1;
            let id = self.intern(&token.text);
            let i = id as usize;
            if self.display[i].is_none() {
                let original = text.get(token.span.clone()).unwrap_or(&token.text);
                self.display[i] = Some(original.into());
            }
            if self.stem_of[i] == NO_STEM {
                let s = stem(&token.text, &self.options.stem);
                self.stem_of[i] = if s == token.text { id } else { self.intern(&s) };
            }
            Self::post(&mut self.words[i], service, field);
            let stem_id = self.stem_of[i];
            if stem_id != id {
                Self::post(&mut self.stems[stem_id as usize], service, field);
            }
        }
        count
    }
}

impl Index {
    /// Builds the index with the default options.
    pub fn build(services: &[ServiceSummary]) -> Index {
        Index::build_with(services, Options::default())
    }

    /// Builds the index with some features turned off (for measurements).
    pub fn build_with(services: &[ServiceSummary], options: Options) -> Index {
        let mut b = Builder {
            options,
            ids: FxHashMap::default(),
            keys: Vec::new(),
            stem_of: Vec::new(),
            display: Vec::new(),
            words: Vec::new(),
            stems: Vec::new(),
        };
        let mut metas = Vec::with_capacity(services.len());
        for (i, s) in services.iter().enumerate() {
            let si = i as u32;
            let name_ar = b.add_text(si, Field::Name, &s.name.ar);
            let name_en = b.add_text(si, Field::Name, &s.name.en);
            for k in s.keywords.all() {
                b.add_text(si, Field::Keywords, k);
            }
            b.add_text(si, Field::Summary, &s.summary.ar);
            b.add_text(si, Field::Summary, &s.summary.en);
            for d in &s.documents {
                b.add_text(si, Field::Documents, &d.ar);
                b.add_text(si, Field::Documents, &d.en);
            }
            metas.push(ServiceMeta {
                id: s.id.clone(),
                authority: s.authority.clone(),
                ministry: s.ministry.clone(),
                governorates: s.governorates.clone(),
                channels: s.channels.clone(),
                categories: s.categories.clone(),
                name_words: [clamp_u8(name_ar), clamp_u8(name_en)],
            });
        }
        let df: Vec<u32> = b
            .words
            .iter()
            .zip(&b.stems)
            .map(|(w, s)| (w.len() + s.len()) as u32)
            .collect();
        let vocab = Vocab::new(b.keys, df, b.display, options.transliteration);
        Index {
            options,
            vocab,
            words: Postings::from_lists(b.words),
            stems: Postings::from_lists(b.stems),
            services: metas,
        }
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
        self.vocab.heap_bytes() + self.words.heap_bytes() + self.stems.heap_bytes() + metas
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
