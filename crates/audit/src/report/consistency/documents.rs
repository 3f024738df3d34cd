//! The same document required under different names.
//!
//! Two names are one document when, after Arabic normalisation and
//! stemming, they have the same words («البطاقة الشخصية» / «بطاقة شخصية»),
//! or when one is the other plus one word («إخراج قيد» / «اخراج القيد
//! الفردي») and either each is the only such neighbour of the other, or
//! both link to the same catalogue service. «إخراج قيد» next to both
//! «إخراج قيد فردي» and «إخراج قيد عائلي» joins neither without a link:
//! those two are different documents. A word saying whose document it is («للمالك»,
//! «للزوج») does not count: that is the same document for another person,
//! not another name for it.

use super::{content_words, push_once};
use crate::Catalogue;
use dalil_model::audit::{DocumentNames, NameUse, ServiceRef};
use dalil_model::Text;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One distinct name (by its head words) and where it is used.
struct Name {
    text: Text,
    words: BTreeSet<String>,
    links: BTreeSet<String>,
    services: Vec<ServiceRef>,
}

/// A small union-find over name indices.
struct Groups(Vec<usize>);

impl Groups {
    fn root(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.root(a), self.root(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// The words that name the document: its content words up to the first
/// word saying whose it is (a word starting with ل: «للمالك», «لمقدم») or
/// what may replace it («أو»). «البطاقة الشخصية للمالك» and «البطاقة
/// الشخصية أو جواز السفر» name the identity card as «البطاقة الشخصية» does.
fn head_words(name: &str) -> BTreeSet<String> {
    let normal = dalil_search::normalise(name);
    let head: Vec<&str> = normal
        .split(' ')
        .take_while(|w| !w.starts_with('ل') && *w != "او")
        .collect();
    content_words(&head.join(" "))
}

pub fn findings(cat: &Catalogue, refs: &[ServiceRef]) -> Vec<DocumentNames> {
    let mut names: Vec<Name> = Vec::new();
    let mut by_head: HashMap<BTreeSet<String>, usize> = HashMap::new();
    for (s, r) in cat.services.iter().zip(refs) {
        for d in &s.documents {
            let words = head_words(&d.name.ar);
            if words.is_empty() {
                continue;
            }
            let i = *by_head.entry(words.clone()).or_insert_with(|| {
                names.push(Name {
                    text: d.name.clone(),
                    words,
                    links: BTreeSet::new(),
                    services: Vec::new(),
                });
                names.len() - 1
            });
            if let Some(link) = &d.service {
                names[i].links.insert(link.clone());
            }
            push_once(&mut names[i].services, r);
        }
    }
    // Pairs one word apart: each head with one word left out, looked up.
    let mut near: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    for (i, n) in names.iter().enumerate() {
        if n.words.len() < 2 {
            continue;
        }
        for w in &n.words {
            let mut shorter = n.words.clone();
            shorter.remove(w);
            if let Some(&j) = by_head.get(&shorter) {
                near[i].push(j);
                near[j].push(i);
            }
        }
    }
    let mut groups = Groups((0..names.len()).collect());
    for i in 0..names.len() {
        for &j in &near[i] {
            let unique = near[i].len() == 1 && near[j].len() == 1;
            let linked = !names[i].links.is_disjoint(&names[j].links);
            if unique || linked {
                groups.join(i, j);
            }
        }
    }
    let mut found: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in 0..names.len() {
        let root = groups.root(i);
        found.entry(root).or_default().push(i);
    }
    let mut names: Vec<Option<Name>> = names.into_iter().map(Some).collect();
    found
        .into_values()
        .filter(|members| members.len() > 1)
        .map(|members| {
            let mut uses: Vec<NameUse> = members
                .into_iter()
                .filter_map(|i| names[i].take())
                .map(|n| NameUse {
                    name: n.text,
                    services: n.services,
                })
                .collect();
            // The most used name first: the one the others might adopt.
            uses.sort_by_key(|u| std::cmp::Reverse(u.services.len()));
            DocumentNames { names: uses }
        })
        .collect()
}
