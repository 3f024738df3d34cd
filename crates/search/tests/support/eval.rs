//! Shared by the quality test, the ablation and the baseline examples: the
//! query set, the demo catalogue, and MRR@10 / recall@10 / zero-result rate.

#![allow(dead_code)]

use dalil_model::{ServiceSummary, Status};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Ranks past this one do not count.
pub const CUTOFF: usize = 10;

/// The order kinds are printed in; "all" is the whole set.
pub const KINDS: [&str; 7] = [
    "msa", "variant", "typo", "dialect", "translit", "english", "all",
];

#[derive(Clone, Debug)]
pub struct Case {
    pub kind: String,
    pub query: String,
    /// Any of these at rank r counts as a hit at r.
    pub expected: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default)]
pub struct Metrics {
    pub queries: usize,
    pub mrr: f64,
    pub recall: f64,
    pub zero: f64,
}

/// The crate's folder, wherever the test runs from.
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The demo catalogue (`catalogue/` at the workspace root).
pub fn demo_catalogue_dir() -> PathBuf {
    crate_dir().join("../../catalogue")
}

/// The published services of a catalogue folder, or the load errors.
pub fn load_published(dir: &Path) -> Result<Vec<ServiceSummary>, String> {
    let (cat, problems) = dalil_audit::Catalogue::load(dir);
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == dalil_audit::Severity::Error)
        .map(|p| p.to_string())
        .collect();
    if cat.services.is_empty() {
        return Err(format!(
            "no services loaded from {}: {}",
            dir.display(),
            errors.join("; ")
        ));
    }
    Ok(cat.listing(&[Status::Published]))
}

/// Drops the catalogue's own Latin spellings (`keywords.latin`), to measure
/// how far each engine gets on transliterations nobody listed.
pub fn without_latin_keywords(services: &mut [ServiceSummary]) {
    for s in services {
        s.keywords.latin.clear();
    }
}

/// Drops every keyword of the catalogue: what the engine finds from names,
/// summaries and documents alone (the ablation's harder setting).
pub fn without_keywords(services: &mut [ServiceSummary]) {
    for s in services {
        s.keywords = Default::default();
    }
}

/// Reads `quality/queries.tsv` (or another file of the same shape).
pub fn load_cases(path: &Path) -> Vec<Case> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "bad line in {}: {line}", path.display());
            Case {
                kind: cols[0].to_string(),
                query: cols[1].to_string(),
                expected: cols[2].split(',').map(|s| s.trim().to_string()).collect(),
            }
        })
        .collect()
}

pub fn default_cases() -> Vec<Case> {
    load_cases(&crate_dir().join("quality/queries.tsv"))
}

/// The same queries caught mid-typing: the last word cut to about 60% of
/// its letters (at least two), as search-as-you-type sees them.
pub fn half_typed(cases: &[Case]) -> Vec<Case> {
    cases
        .iter()
        .map(|c| {
            let cut = c.query.rfind(' ').map_or(0, |i| i + 1);
            let last: Vec<char> = c.query[cut..].chars().collect();
            let keep = ((last.len() * 3).div_ceil(5)).max(2).min(last.len());
            let query = format!(
                "{}{}",
                &c.query[..cut],
                last[..keep].iter().collect::<String>()
            );
            Case { query, ..c.clone() }
        })
        .collect()
}

/// The 1-based rank of the first expected id within the cutoff.
pub fn rank_of(results: &[String], expected: &[String]) -> Option<usize> {
    results
        .iter()
        .take(CUTOFF)
        .position(|id| expected.contains(id))
        .map(|p| p + 1)
}

/// Runs every case through `search` (ids, best first) and aggregates per kind.
pub fn evaluate(
    cases: &[Case],
    mut search: impl FnMut(&str) -> Vec<String>,
) -> BTreeMap<String, Metrics> {
    let mut sums: BTreeMap<String, Metrics> = BTreeMap::new();
    for case in cases {
        let results = search(&case.query);
        let rank = rank_of(&results, &case.expected);
        for kind in [case.kind.as_str(), "all"] {
            let m = sums.entry(kind.to_string()).or_default();
            m.queries += 1;
            m.mrr += rank.map_or(0.0, |r| 1.0 / r as f64);
            m.recall += if rank.is_some() { 1.0 } else { 0.0 };
            m.zero += if results.is_empty() { 1.0 } else { 0.0 };
        }
    }
    for m in sums.values_mut() {
        let n = m.queries.max(1) as f64;
        m.mrr /= n;
        m.recall /= n;
        m.zero /= n;
    }
    sums
}

/// The cases that miss the top result, with what came first, for tuning.
pub fn misses(cases: &[Case], mut search: impl FnMut(&str) -> Vec<String>) -> Vec<String> {
    cases
        .iter()
        .filter_map(|c| {
            let results = search(&c.query);
            match rank_of(&results, &c.expected) {
                Some(1) => None,
                rank => Some(format!(
                    "{:<8} {:<40} want {:<30} rank {:?} got {}",
                    c.kind,
                    c.query,
                    c.expected.join(","),
                    rank,
                    results
                        .iter()
                        .take(3)
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" ")
                )),
            }
        })
        .collect()
}

/// One engine's metrics as table rows: kind, MRR@10, recall@10, zero rate.
pub fn table(name: &str, metrics: &BTreeMap<String, Metrics>) -> String {
    let mut out = format!(
        "{name}\n| kind | queries | MRR@10 | recall@10 | zero-result |\n|---|---:|---:|---:|---:|\n"
    );
    for kind in KINDS {
        if let Some(m) = metrics.get(kind) {
            out.push_str(&format!(
                "| {kind} | {} | {:.3} | {:.3} | {:.1}% |\n",
                m.queries,
                m.mrr,
                m.recall,
                m.zero * 100.0
            ));
        }
    }
    out
}
