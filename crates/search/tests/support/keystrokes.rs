//! The query set typed one character at a time, and percentiles: what the
//! speed figures (bench, example, wasm test) are measured over.

#![allow(dead_code)]

/// The queries of a quality set (its second column).
pub fn queries(tsv: &str) -> Vec<String> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .filter_map(|l| l.split('\t').nth(1))
        .map(str::to_string)
        .collect()
}

/// Every prefix of every query, as typed: "ج", "جو", "جوا", ...
pub fn keystrokes(queries: &[String]) -> Vec<String> {
    queries
        .iter()
        .flat_map(|q| {
            q.char_indices()
                .map(|(i, c)| q[..i + c.len_utf8()].to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The p-th percentile (0-100) of sorted values.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}
