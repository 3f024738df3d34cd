//! Transliteration folding: Arabic words and their Latin spellings (formal
//! transliteration or Arabizi chat spelling) reduced to one consonant
//! skeleton, so "ikhraj qaid", "2ikhraj 2ed" and "ekhraj kaid" all meet
//! "إخراج قيد" without any of them being listed in the catalogue.
//!
//! The skeleton keeps consonant classes only. Vowels, alef, waw, yeh, ayn and
//! hamza are dropped on both sides (Latin writes them as a/e/i/o/u/w/y/3/2 or
//! not at all), a final h (teh marbuta: -a, -e, -eh) is dropped, letters that
//! Latin spellings merge share a class (ث/ت/ط → t, ق/ك → k, س/ص → s, ض/د/ذ → d)
//! and doubled letters collapse.

/// The skeleton class of a normalised Arabic letter; None for the letters
/// that Latin spellings write as vowels or leave out.
fn arabic_class(c: char) -> Option<u8> {
    Some(match c {
        'ب' => b'b',
        'ت' | 'ث' | 'ط' => b't',
        'ج' => b'j',
        'ح' | 'ه' => b'h',
        'خ' => b'x',
        'د' | 'ذ' | 'ض' => b'd',
        'ر' => b'r',
        'ز' | 'ظ' => b'z',
        'س' | 'ص' => b's',
        'ش' => b'c',
        'غ' => b'g',
        'ف' => b'f',
        'ق' | 'ك' => b'k',
        'ل' => b'l',
        'م' => b'm',
        'ن' => b'n',
        _ => return None,
    })
}

/// Appends a class, collapsing doubles ("sijill", shadda already gone).
fn push(out: &mut Vec<u8>, class: u8) {
    if out.last() != Some(&class) {
        out.push(class);
    }
}

/// Drops a final h: teh marbuta ("هوية" → "hawiye", "hawiyeh", "hawiya").
fn finish(mut out: Vec<u8>, ended_with_h: bool) -> Option<String> {
    if ended_with_h && out.last() == Some(&b'h') {
        out.pop();
    }
    if out.is_empty() {
        None
    } else {
        String::from_utf8(out).ok()
    }
}

/// The skeleton of a normalised Arabic word, or None if it has no consonant.
pub fn arabic_skeleton(word: &str) -> Option<String> {
    let mut out = Vec::with_capacity(word.len() / 2);
    let mut last_h = false;
    for c in word.chars() {
        last_h = c == 'ه';
        if let Some(class) = arabic_class(c) {
            push(&mut out, class);
        }
    }
    finish(out, last_h)
}

/// Most Latin spellings have one skeleton; '2' (hamza, or a qaf in Syrian
/// speech: "2ed" for "قيد") and the "-at" of a teh marbuta in a construct
/// ("rukhsat") give a second one. At most this many are returned.
const MAX_VARIANTS: usize = 4;

/// The skeletons of a normalised Latin word (ASCII letters and digits). Words
/// without a letter (plain numbers) have none.
pub fn latin_skeletons(word: &str) -> Vec<String> {
    let b = word.as_bytes();
    if !b.iter().any(|c| c.is_ascii_lowercase()) || !b.iter().all(|c| c.is_ascii_alphanumeric()) {
        return Vec::new();
    }
    // Each variant is built in parallel: (skeleton, whether it ended on h).
    let mut variants: Vec<Vec<u8>> = vec![Vec::with_capacity(b.len())];
    let mut i = 0;
    let mut last_h = false;
    while i < b.len() {
        let next = b.get(i + 1).copied();
        let (class, width): (Option<u8>, usize) = match (b[i], next) {
            (b'k', Some(b'h')) => (Some(b'x'), 2),
            (b's', Some(b'h')) | (b'c', Some(b'h')) => (Some(b'c'), 2),
            (b'g', Some(b'h')) => (Some(b'g'), 2),
            (b't', Some(b'h')) => (Some(b't'), 2),
            (b'd', Some(b'h')) => (Some(b'd'), 2),
            (b'p', Some(b'h')) => (Some(b'f'), 2),
            (b'd', Some(b'j')) => (Some(b'j'), 2),
            (b'c', Some(b'k')) => (Some(b'k'), 2),
            (b'c', Some(b'e' | b'i' | b'y')) => (Some(b's'), 1),
            (b'b' | b'p', _) => (Some(b'b'), 1),
            (b't' | b'6', _) => (Some(b't'), 1),
            (b'j' | b'g', _) => (Some(b'j'), 1),
            (b'h' | b'7', _) => (Some(b'h'), 1),
            (b'x' | b'5', _) => (Some(b'x'), 1),
            (b'd', _) => (Some(b'd'), 1),
            (b'r', _) => (Some(b'r'), 1),
            (b'z', _) => (Some(b'z'), 1),
            (b's' | b'9', _) => (Some(b's'), 1),
            (b'c' | b'k' | b'q', _) => (Some(b'k'), 1),
            (b'f' | b'v', _) => (Some(b'f'), 1),
            (b'l', _) => (Some(b'l'), 1),
            (b'm', _) => (Some(b'm'), 1),
            (b'n', _) => (Some(b'n'), 1),
            (b'8', _) => (Some(b'g'), 1),
            // '2' is a hamza (dropped) or a Syrian qaf: both variants.
            (b'2', _) => {
                if variants.len() * 2 <= MAX_VARIANTS {
                    let with_k: Vec<Vec<u8>> = variants
                        .iter()
                        .map(|v| {
                            let mut v = v.clone();
                            push(&mut v, b'k');
                            v
                        })
                        .collect();
                    variants.extend(with_k);
                }
                (None, 1)
            }
            // Vowels, w, y, 3 (ayn), other digits.
            _ => (None, 1),
        };
        last_h = b[i] == b'h' && i + width == b.len();
        if let Some(class) = class {
            for v in &mut variants {
                push(v, class);
            }
        }
        i += width;
    }
    // "rukhsat", "shahadet": a final t after a vowel may be a teh marbuta.
    let n = b.len();
    let ends_at = n >= 4 && b[n - 1] == b't' && matches!(b[n - 2], b'a' | b'e' | b'i');
    let mut out: Vec<String> = Vec::new();
    for v in variants {
        if ends_at && out.len() + 1 < MAX_VARIANTS {
            let mut without = v.clone();
            without.pop();
            if let Some(s) = finish(without, false) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
        if let Some(s) = finish(v, last_h) {
            if !out.contains(&s) {
                out.insert(0, s);
            }
        }
    }
    out.truncate(MAX_VARIANTS);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise;

    fn ar(w: &str) -> String {
        arabic_skeleton(&normalise(w)).unwrap_or_default()
    }

    fn meets(latin: &str, arabic: &str) -> bool {
        let target = ar(arabic);
        latin_skeletons(&normalise(latin)).contains(&target)
    }

    #[test]
    fn formal_and_chat_spellings_meet_the_arabic() {
        assert!(meets("ikhraj", "إخراج"));
        assert!(meets("2ikhraj", "إخراج"));
        assert!(meets("ekhraj", "إخراج"));
        assert!(meets("qaid", "قيد"));
        assert!(meets("kaid", "قيد"));
        assert!(meets("2ed", "قيد"));
        assert!(meets("jawaz", "جواز"));
        assert!(meets("safar", "سفر"));
        assert!(meets("hawiye", "هوية"));
        assert!(meets("hawiyeh", "هوية"));
        assert!(meets("sijil", "سجل"));
        assert!(meets("sijl", "سجل"));
        assert!(meets("tijari", "تجاري"));
        assert!(meets("3adli", "عدلي"));
        assert!(meets("fish", "فيش"));
        assert!(meets("mahkoum", "محكوم"));
        assert!(meets("ma7koum", "محكوم"));
        assert!(meets("rukhsat", "رخصة"));
        assert!(meets("rukhsa", "رخصة"));
        assert!(meets("ikhrāj", "إخراج"));
    }

    #[test]
    fn numbers_have_no_skeleton() {
        assert!(latin_skeletons("2025").is_empty());
        assert_eq!(arabic_skeleton("اوي"), None);
    }

    #[test]
    fn variants_are_bounded() {
        assert!(latin_skeletons("2a2a2a2a2a2a").len() <= MAX_VARIANTS);
    }
}
