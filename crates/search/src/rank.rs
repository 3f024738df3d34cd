//! Running a query: match each word, then rank services by how many query
//! words they match (all beats some), then by the weighted quality of the
//! matches, then by id.

use crate::hit::{Field, Filters, Hit, TermMatch};
use crate::index::{phrase_hash, word_script, Index};
use crate::matcher::{english_query, Best, TermMatcher};
use crate::query::{parse, Term, MAX_TERMS};
use crate::vocab::KeyId;

/// Extra weight for query words matched in the name, shared out over the
/// name's length: a short name that the query covers wins.
const NAME_COVER: f32 = 0.5;

/// The least match score (field weight × match quality) that counts a
/// query word as matched for coverage.
const COVER_MIN: f32 = 0.3;

/// Extra weight, per query weight, when the query is a whole name or keyword.
const PHRASE: f32 = 0.25;

/// One candidate service.
struct Candidate {
    service: u32,
    matched: u32,
    score: f32,
    /// Per query word, where its match is in that word's list (or MAX).
    best: [u32; MAX_TERMS],
}

impl Index {
    /// The best `limit` services for `query` within `filters`, best first.
    /// An empty query lists the filtered services in index order.
    pub fn search(&self, query: &str, filters: &Filters, limit: usize) -> Vec<Hit> {
        if limit == 0 {
            return Vec::new();
        }
        let terms = parse(query, &self.options);
        if terms.is_empty() {
            return self.list(filters, limit);
        }
        let allowed: Option<Vec<bool>> = (!filters.is_empty())
            .then(|| self.services.iter().map(|m| m.passes(filters)).collect());
        let mut slot = vec![u32::MAX; self.len()];
        let english = english_query(self, &terms);
        let per_term: Vec<Vec<Best>> = terms
            .iter()
            .map(|t| TermMatcher::new(self, allowed.as_deref(), &mut slot).run(t, english))
            .collect();
        let weights: Vec<f32> = per_term.iter().map(|b| self.term_weight(b.len())).collect();

        // Gather per service, reusing the scratch array as a candidate slot.
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut name_hits: Vec<f32> = Vec::new();
        for (t, bests) in per_term.iter().enumerate() {
            for (i, b) in bests.iter().enumerate() {
                let s = b.service as usize;
                let Some(slot) = slot.get_mut(s) else {
                    continue;
                };
                if *slot == u32::MAX {
                    *slot = candidates.len() as u32;
                    candidates.push(Candidate {
                        service: b.service,
                        matched: 0,
                        score: 0.0,
                        best: [u32::MAX; MAX_TERMS],
                    });
                    name_hits.push(0.0);
                }
                let c = *slot as usize;
                // Weak evidence (a typo or synonym only among the required
                // documents) scores but does not count as matching the word.
                if b.score >= COVER_MIN {
                    candidates[c].matched += 1;
                }
                if let Some(best) = candidates[c].best.get_mut(t) {
                    *best = i as u32;
                }
                candidates[c].score += weights[t] * b.score;
                if b.field == Field::Name {
                    name_hits[c] += weights[t] * b.score.min(1.0);
                }
            }
        }
        // A query that is exactly a name or a keyword entry of a service.
        let total_weight: f32 = weights.iter().sum();
        for s in self.phrase_services(&terms) {
            let Some(&c) = slot.get(s as usize) else {
                continue;
            };
            if let Some(c) = candidates.get_mut(c as usize) {
                c.score += PHRASE * total_weight;
            }
        }
        let script = word_script(&terms[0].norm);
        for (c, hits) in candidates.iter_mut().zip(&name_hits) {
            if *hits > 0.0 {
                let words = self.name_words(c.service as usize, script) as f32;
                c.score += NAME_COVER * hits / words.max(terms.len() as f32);
            }
        }

        // One integer per candidate: words matched, then score, then id.
        let mut order: Vec<(u64, u32)> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (self.sort_key(c), i as u32))
            .collect();
        let by_key = |a: &(u64, u32), b: &(u64, u32)| b.0.cmp(&a.0);
        if order.len() > limit {
            order.select_nth_unstable_by(limit - 1, by_key);
            order.truncate(limit);
        }
        order.sort_unstable_by(by_key);
        order
            .into_iter()
            .filter_map(|(_, i)| candidates.get(i as usize))
            .map(|c| self.hit(c, &terms, &per_term))
            .collect()
    }

    /// Higher is better: words matched, then score, then the id's place in
    /// id order (earlier ids first), packed in 4 + 36 + 24 bits.
    fn sort_key(&self, c: &Candidate) -> u64 {
        const ID_BITS: u32 = 24;
        let matched = u64::from(c.matched.min(15)) << 60;
        let score = ((c.score.max(0.0) * 1000.0) as u64).min((1 << 36) - 1) << ID_BITS;
        let rank = u64::from(
            self.id_rank
                .get(c.service as usize)
                .copied()
                .unwrap_or(u32::MAX),
        );
        let id = ((1 << ID_BITS) - 1) - rank.min((1 << ID_BITS) - 1);
        matched | score | id
    }

    /// Services with a name or keyword entry that is exactly the query,
    /// word for word or stem for stem.
    fn phrase_services(&self, terms: &[Term]) -> Vec<u32> {
        let words: Option<Vec<KeyId>> = terms.iter().map(|t| self.vocab.find(&t.norm)).collect();
        let stems: Option<Vec<KeyId>> = terms.iter().map(|t| self.vocab.find(&t.stem)).collect();
        let mut out: Vec<u32> = Vec::new();
        for keys in [words, stems].into_iter().flatten() {
            for &s in self.phrases.get(&phrase_hash(keys)).into_iter().flatten() {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        out
    }

    /// Rare words count more: 1 + ln((N + 1) / (matches + 1)).
    fn term_weight(&self, matches: usize) -> f32 {
        if !self.options.idf {
            return 1.0;
        }
        let n = self.len() as f32;
        1.0 + ((n + 1.0) / (matches as f32 + 1.0)).ln().max(0.0)
    }

    fn hit(&self, c: &Candidate, terms: &[Term], per_term: &[Vec<Best>]) -> Hit {
        let matches = terms
            .iter()
            .zip(per_term)
            .zip(c.best)
            .filter_map(|((t, bests), i)| {
                let b = bests.get(i as usize)?;
                Some(TermMatch {
                    query_term: t.raw.clone(),
                    matched: self.vocab.key(b.key).to_string(),
                    field: b.field,
                    kind: b.kind,
                })
            })
            .collect();
        let s = c.service as usize;
        Hit {
            id: self.services[s].id.clone(),
            index: s,
            score: c.matched * 100_000 + (c.score * 1000.0).clamp(0.0, 99_999.0) as u32,
            matches,
        }
    }

    /// Services passing the filters, in index order, unscored.
    fn list(&self, filters: &Filters, limit: usize) -> Vec<Hit> {
        self.services
            .iter()
            .enumerate()
            .filter(|(_, m)| m.passes(filters))
            .take(limit)
            .map(|(i, m)| Hit {
                id: m.id.clone(),
                index: i,
                score: 0,
                matches: Vec::new(),
            })
            .collect()
    }
}
