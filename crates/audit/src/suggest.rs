//! "Did you mean …?" for a misspelt id, field or value: the closest known
//! word, when it is close enough to be a plausible typo.

/// The candidate nearest to `word`, if it differs by at most a third of its
/// length (and at least one edit), so `interor` finds `interior` but `tax`
/// does not find `fax` in a list of long ids.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| (distance(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// `" (did you mean `x`?)"`, or nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates)
        .map(|c| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}

/// Levenshtein distance over characters; words here are short ids, so the
/// quadratic cost is negligible. Very long inputs are cut off: no id is that long.
fn distance(a: &str, b: &str) -> usize {
    const MAX: usize = 128;
    let a: Vec<char> = a.chars().take(MAX).collect();
    let b: Vec<char> = b.chars().take(MAX).collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_plausible_typos_only() {
        assert_eq!(
            closest("interor", ["interior", "justice"]),
            Some("interior")
        );
        assert_eq!(
            closest("publish", ["draft", "under_audit", "published"]),
            Some("published")
        );
        assert_eq!(
            closest("fortnights", ["minutes", "hours", "days", "weeks"]),
            None
        );
        assert_eq!(closest("x", ["x"]), None);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
