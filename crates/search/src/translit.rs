//! Transliteration folding: Arabic words and their Latin spellings (formal
//! transliteration or Arabizi chat spelling) reduced to one consonant
//! skeleton, so "ikhraj qaid", "2ikhraj 2ed" and "ekhraj kaid" all meet
//! "إخراج قيد" without any of them being listed in the catalogue.
//!
//! The skeleton keeps consonant classes only. Vowels, alef, waw, yeh, ayn and
//! hamza are dropped on both sides (Latin writes them as a/e/i/o/u/w/y/3/2 or
//! not at all), a final h (teh marbuta: -a, -e, -eh) is dropped, letters that
//! Latin spellings merge share a class (ت/ط → t, ق/ك → k, س/ص/ث → s,
//! ز/ذ/ظ → z, د/ض → d, as Syrians pronounce them) and doubled letters
//! collapse. Ambiguous Latin spellings give several skeletons: "th" is ث or
//! ذ, "dh" is ذ or ض, "2" is a hamza or a Syrian qaf ("2ed" for "قيد").

/// The skeleton class of a normalised Arabic letter; None for the letters
/// that Latin spellings write as vowels or leave out.
fn arabic_class(c: char) -> Option<u8> {
    Some(match c {
        'ب' => b'b',
        'ت' | 'ط' => b't',
        'ث' | 'س' | 'ص' => b's',
        'ج' => b'j',
        'ح' | 'ه' => b'h',
        'خ' => b'x',
        'د' | 'ض' => b'd',
        'ذ' | 'ز' | 'ظ' => b'z',
        'ر' => b'r',
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

fn finish(out: Vec<u8>) -> Option<String> {
    if out.is_empty() {
        None
    } else {
        String::from_utf8(out).ok()
    }
}

/// The skeleton of a normalised Arabic word, or None if it has no consonant.
pub fn arabic_skeleton(word: &str) -> Option<String> {
    let mut out = Vec::with_capacity(word.len() / 2);
    let mut chars = word.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        // A final heh (teh marbuta: "هوية" is "hawiye", "hawiyeh", "hawiya").
        let final_heh = c == 'ه' && chars.peek().is_none() && !first;
        first = false;
        if let Some(class) = arabic_class(c).filter(|_| !final_heh) {
            push(&mut out, class);
        }
    }
    finish(out)
}

/// At most this many skeletons per Latin word.
const MAX_VARIANTS: usize = 8;

/// The skeleton classes a Latin spelling unit may stand for (empty: none,
/// as for vowels), and how many bytes the unit takes.
fn latin_unit(b: &[u8], i: usize) -> (&'static [&'static [u8]], usize) {
    const NONE: &[&[u8]] = &[b""];
    let next = b.get(i + 1).copied();
    let last = i + 1 == b.len();
    match (b[i], next) {
        (b'k', Some(b'h')) => (&[b"x"], 2),
        (b's' | b'c', Some(b'h')) => (&[b"c"], 2),
        (b'g', Some(b'h')) => (&[b"g"], 2),
        (b't', Some(b'h')) => (&[b"s", b"z", b"t"], 2),
        (b'd', Some(b'h')) => (&[b"z", b"d"], 2),
        (b'p', Some(b'h')) => (&[b"f"], 2),
        (b'd', Some(b'j')) => (&[b"j"], 2),
        (b'c', Some(b'k')) => (&[b"k"], 2),
        (b'c', Some(b'e' | b'i' | b'y')) => (&[b"s"], 1),
        // A final h is a teh marbuta ("hawiyeh", "3eleh").
        (b'h', _) if last && i > 0 => (NONE, 1),
        (b'b' | b'p', _) => (&[b"b"], 1),
        (b't' | b'6', _) => (&[b"t"], 1),
        (b'j', _) => (&[b"j"], 1),
        (b'g', _) => (&[b"j", b"g"], 1),
        (b'h' | b'7', _) => (&[b"h"], 1),
        (b'x' | b'5', _) => (&[b"x"], 1),
        (b'd', _) => (&[b"d"], 1),
        (b'r', _) => (&[b"r"], 1),
        (b'z', _) => (&[b"z"], 1),
        (b's' | b'9', _) => (&[b"s"], 1),
        (b'c' | b'k' | b'q', _) => (&[b"k"], 1),
        (b'f' | b'v', _) => (&[b"f"], 1),
        (b'l', _) => (&[b"l"], 1),
        (b'm', _) => (&[b"m"], 1),
        (b'n', _) => (&[b"n"], 1),
        (b'8', _) => (&[b"g", b"k"], 1),
        // A hamza (dropped) or a Syrian qaf.
        (b'2', _) => (&[b"", b"k"], 1),
        // Vowels, w, y, 3 (ayn), other digits.
        _ => (NONE, 1),
    }
}

/// The most likely skeleton of a normalised Latin word (the first of
/// [`latin_skeletons`]), without working out the others.
pub fn latin_skeleton(word: &str) -> Option<String> {
    let b = word.as_bytes();
    if !b.iter().any(|c| c.is_ascii_lowercase()) || !b.iter().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let (choices, width) = latin_unit(b, i);
        if let Some(&class) = choices.first().and_then(|c| c.first()) {
            push(&mut out, class);
        }
        i += width;
    }
    finish(out)
}

/// The skeletons of a normalised Latin word (ASCII letters and digits), the
/// most likely first. Words without a letter (plain numbers) have none.
pub fn latin_skeletons(word: &str) -> Vec<String> {
    let b = word.as_bytes();
    if !b.iter().any(|c| c.is_ascii_lowercase()) || !b.iter().all(|c| c.is_ascii_alphanumeric()) {
        return Vec::new();
    }
    let mut variants: Vec<Vec<u8>> = vec![Vec::with_capacity(b.len())];
    let mut i = 0;
    while i < b.len() {
        let (choices, width) = latin_unit(b, i);
        let mut next: Vec<Vec<u8>> = Vec::with_capacity(variants.len() * choices.len());
        // The first choice for every variant first, so the most likely
        // reading survives the cap.
        for (n, choice) in choices.iter().enumerate() {
            for v in &variants {
                if n > 0 && next.len() >= MAX_VARIANTS {
                    break;
                }
                let mut v = v.clone();
                if let Some(&class) = choice.first() {
                    push(&mut v, class);
                }
                next.push(v);
            }
        }
        variants = next;
        i += width;
    }
    // "rukhsat", "shahadet": a final t after a vowel may be a teh marbuta.
    let n = b.len();
    let ends_at = n >= 4 && b[n - 1] == b't' && matches!(b[n - 2], b'a' | b'e' | b'i');
    let mut out: Vec<String> = Vec::new();
    let mut add = |v: Vec<u8>| {
        if let Some(s) = finish(v) {
            if !out.contains(&s) && out.len() < MAX_VARIANTS {
                out.push(s);
            }
        }
    };
    for v in &variants {
        add(v.clone());
    }
    if ends_at {
        for mut v in variants {
            v.pop();
            add(v);
        }
    }
    out
}

/// A vowel slot in a spelling pattern.
const VOWEL: u8 = b'v';

/// Pushes a vowel slot, one per run.
fn push_vowel(out: &mut Vec<u8>) {
    if out.last() != Some(&VOWEL) {
        out.push(VOWEL);
    }
}

/// An Arabic word as consonant classes and vowel slots (long vowels, ayn,
/// hamza, a final teh marbuta): "طابو" → t v b v, "طبي" → t b v.
fn arabic_pattern(word: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = word.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let final_heh = c == 'ه' && chars.peek().is_none() && !first;
        first = false;
        match arabic_class(c).filter(|_| !final_heh) {
            Some(class) => push(&mut out, class),
            None => push_vowel(&mut out),
        }
    }
    out
}

/// A Latin spelling as consonant classes (most likely reading) and vowel
/// slots: "tabou" → t v b v.
fn latin_pattern(word: &str) -> Vec<u8> {
    let b = word.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let (choices, width) = latin_unit(b, i);
        match choices.first().and_then(|c| c.first()) {
            Some(&class) => push(&mut out, class),
            None if matches!(
                b[i],
                b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y' | b'2' | b'3'
            ) =>
            {
                push_vowel(&mut out)
            }
            None => {}
        }
        i += width;
    }
    out
}

/// How far a Latin spelling is from an Arabic word once their skeletons
/// agree: vowel slots missing or extra cost 1 (Arabic leaves short vowels
/// unwritten), consonant edits cost 2. Ranks "tabou" nearer "طابو" than "طبي".
pub fn spelling_distance(latin: &str, arabic: &str) -> u32 {
    let a = latin_pattern(latin);
    let b = arabic_pattern(arabic);
    if a.len() > 64 || b.len() > 64 {
        return u32::MAX;
    }
    let cost = |c: u8| if c == VOWEL { 1 } else { 2 };
    let mut prev: Vec<u32> = std::iter::once(0)
        .chain(b.iter().scan(0, |acc, &c| {
            *acc += cost(c);
            Some(*acc)
        }))
        .collect();
    for &ca in &a {
        let mut row = Vec::with_capacity(prev.len());
        row.push(prev[0] + cost(ca));
        for (j, &cb) in b.iter().enumerate() {
            let substitute = prev[j] + if ca == cb { 0 } else { 2 };
            let v = substitute
                .min(prev[j + 1] + cost(ca))
                .min(row[j] + cost(cb));
            row.push(v);
        }
        prev = row;
    }
    prev.last().copied().unwrap_or(0)
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
        for (latin, arabic) in [
            ("ikhraj", "إخراج"),
            ("2ikhraj", "إخراج"),
            ("ekhraj", "إخراج"),
            ("qaid", "قيد"),
            ("kaid", "قيد"),
            ("2ed", "قيد"),
            ("jawaz", "جواز"),
            ("safar", "سفر"),
            ("hawiye", "هوية"),
            ("hawiyeh", "هوية"),
            ("sijil", "سجل"),
            ("sijl", "سجل"),
            ("tijari", "تجاري"),
            ("3adli", "عدلي"),
            ("fish", "فيش"),
            ("mahkoum", "محكوم"),
            ("ma7koum", "محكوم"),
            ("rukhsat", "رخصة"),
            ("rukhsa", "رخصة"),
            ("ikhrāj", "إخراج"),
            ("wasa2ek", "وثائق"),
            ("wathaeq", "وثائق"),
            ("thimma", "ذمة"),
            ("zimme", "ذمة"),
            ("dhimma", "ذمة"),
            ("thanawiye", "ثانوية"),
        ] {
            assert!(
                meets(latin, arabic),
                "{latin} ~ {arabic}: {:?} vs {}",
                latin_skeletons(latin),
                ar(arabic)
            );
        }
    }

    #[test]
    fn the_most_likely_reading_comes_first() {
        assert_eq!(latin_skeletons("2ikhraj")[0], "xrj");
        assert_eq!(latin_skeletons("jawaz")[0], "jz");
        for w in ["2ikhraj", "thimma", "passport", "ghair", "rukhsat", "x"] {
            assert_eq!(
                latin_skeleton(w).as_ref(),
                latin_skeletons(w).first(),
                "{w}"
            );
        }
    }

    #[test]
    fn spelling_distance_prefers_the_closer_vowels() {
        let d = |l: &str, a: &str| spelling_distance(l, &normalise(a));
        assert!(d("tabou", "طابو") < d("tabou", "طبي"));
        assert_eq!(d("tabou", "طابو"), 0);
        assert!(d("tijari", "تجاري") <= 1);
        assert!(d("hawiye", "هوية") <= 1);
    }

    #[test]
    fn numbers_have_no_skeleton() {
        assert!(latin_skeletons("2025").is_empty());
        assert_eq!(arabic_skeleton("اوي"), None);
    }

    #[test]
    fn variants_are_bounded() {
        assert!(latin_skeletons("2a2a2a2a2a2a").len() <= MAX_VARIANTS);
        assert!(latin_skeletons("thththththgggg2222").len() <= MAX_VARIANTS);
    }
}
