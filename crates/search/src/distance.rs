//! Bounded Damerau-Levenshtein distance (optimal string alignment: a swap of
//! two neighbours is one edit), and the typo budget per word length.

/// Words longer than this are only matched exactly: fuzzy work stays bounded.
pub const MAX_FUZZY_CHARS: usize = 32;

/// How many typos a word of `len` letters may carry: none for short words
/// (too many neighbours), one up to seven letters, two beyond.
pub fn max_edits(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// A 64-bit set of the characters of a word (code point mod 64: the Arabic
/// letters and the Latin letters each fall on distinct bits). Used to skip
/// words that cannot be within `k` edits without running the full distance.
pub fn char_mask(chars: &[char]) -> u64 {
    chars.iter().fold(0u64, |m, c| m | 1u64 << (*c as u32 & 63))
}

/// A lower bound on the edits between two words from their character sets:
/// each edit adds at most one new character and removes at most one.
pub fn mask_bound(a: u64, b: u64) -> usize {
    ((a & !b).count_ones().max((b & !a).count_ones())) as usize
}

/// The distance between `a` and `b` if it is at most `max`. With `prefix`,
/// the distance between `a` and the closest prefix of `b` ("pasp" is one edit
/// from the start of "passport").
pub fn bounded<T: PartialEq + Copy>(a: &[T], b: &[T], max: usize, prefix: bool) -> Option<usize> {
    let (n, m) = (a.len(), b.len());
    if n > MAX_FUZZY_CHARS || m > MAX_FUZZY_CHARS {
        return None;
    }
    if !prefix && n.abs_diff(m) > max {
        return None;
    }
    // Three rows of the DP table: two back (for swaps), one back, current.
    const W: usize = MAX_FUZZY_CHARS + 1;
    let mut back2 = [0usize; W];
    let mut back1 = [0usize; W];
    let mut row = [0usize; W];
    for (j, cell) in back1.iter_mut().enumerate().take(m + 1) {
        *cell = j;
    }
    for i in 1..=n {
        row[0] = i;
        let mut row_min = row[0];
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (back1[j] + 1).min(row[j - 1] + 1).min(back1[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(back2[j - 2] + 1);
            }
            row[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return None;
        }
        back2 = back1;
        back1 = row;
    }
    let d = if prefix {
        back1[..=m].iter().copied().min().unwrap_or(usize::MAX)
    } else {
        back1[m]
    };
    (d <= max).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(a: &str, b: &str, max: usize) -> Option<usize> {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        bounded(&a, &b, max, false)
    }

    #[test]
    fn budget_grows_with_length() {
        assert_eq!(max_edits(3), 0);
        assert_eq!(max_edits(4), 1);
        assert_eq!(max_edits(7), 1);
        assert_eq!(max_edits(8), 2);
    }

    #[test]
    fn edits_insertions_deletions_and_swaps() {
        assert_eq!(d("pasport", "passport", 2), Some(1));
        assert_eq!(d("renwal", "renewal", 2), Some(1));
        assert_eq!(d("جوزا", "جواز", 2), Some(1));
        assert_eq!(d("kitten", "sitting", 3), Some(3));
        assert_eq!(d("kitten", "sitting", 2), None);
        assert_eq!(d("abc", "abc", 0), Some(0));
        assert_eq!(d("", "ab", 2), Some(2));
    }

    #[test]
    fn prefix_distance() {
        let a: Vec<char> = "pasp".chars().collect();
        let b: Vec<char> = "passport".chars().collect();
        assert_eq!(bounded(&a, &b, 1, true), Some(1));
        let a: Vec<char> = "xyz".chars().collect();
        assert_eq!(bounded(&a, &b, 1, true), None);
    }

    #[test]
    fn mask_bound_is_a_lower_bound() {
        let w = |s: &str| char_mask(&s.chars().collect::<Vec<_>>());
        assert!(mask_bound(w("pasport"), w("passport")) <= 1);
        assert!(mask_bound(w("abcd"), w("wxyz")) >= 4);
    }

    #[test]
    fn long_words_are_not_compared() {
        let long = "a".repeat(40);
        assert_eq!(d(&long, &long, 2), None);
    }
}
