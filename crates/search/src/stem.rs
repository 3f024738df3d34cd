//! Light, conservative stemming of normalised words.
//!
//! Arabic: the article and its fused prepositions (ال وال بال كال فال لل),
//! then plural or pronoun suffixes (ات ون ين ها) and the feminine/nisba
//! endings (يه ه ي). Every rule fires only when at least three letters stay,
//! so short roots survive. The single-letter conjunction/prepositions و ب ل
//! are ambiguous ("بطاقة" starts with a root ب), so stripping them gives a
//! second, alternative stem instead of replacing the first.
//! English: plurals, -ing/-ed and a silent final e.
//!
//! The index keeps every word's surface form next to its stems, so a stem
//! only adds matches (scored a little below exact ones); it never hides one.

use crate::normalise::{script_of_word, Script};

/// Which rules run; every one is on by default. Turning them off one at a
/// time is how the ablation in docs/search.md was measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StemRules {
    /// ال وال بال كال فال لل
    pub arabic_article: bool,
    /// و ب ل before a word
    pub arabic_proclitic: bool,
    /// ات ون ين ها
    pub arabic_plural: bool,
    /// يه ه ي (teh marbuta is already ه)
    pub arabic_feminine: bool,
    /// -s, -es, -ies
    pub english_plural: bool,
    /// -ing, -ed, silent e
    pub english_verb: bool,
}

impl Default for StemRules {
    fn default() -> Self {
        StemRules {
            arabic_article: true,
            arabic_proclitic: true,
            arabic_plural: true,
            arabic_feminine: true,
            english_plural: true,
            english_verb: true,
        }
    }
}

impl StemRules {
    /// Every rule off: words are only normalised.
    pub fn none() -> StemRules {
        StemRules {
            arabic_article: false,
            arabic_proclitic: false,
            arabic_plural: false,
            arabic_feminine: false,
            english_plural: false,
            english_verb: false,
        }
    }
}

/// Fewest letters a rule may leave.
const MIN_STEM: usize = 3;

const ARTICLES: [&str; 6] = ["وال", "بال", "كال", "فال", "لل", "ال"];
const PROCLITICS: [char; 3] = ['و', 'ب', 'ل'];
const PLURAL_SUFFIXES: [&str; 4] = ["ات", "ون", "ين", "ها"];
const FEMININE_SUFFIXES: [&str; 3] = ["يه", "ه", "ي"];

/// The stem of a normalised word (itself when no rule applies).
pub fn stem(word: &str, rules: &StemRules) -> String {
    match script_of_word(word) {
        Script::Arabic => stem_arabic(word, rules),
        Script::Latin => stem_english(word, rules),
        _ => word.to_string(),
    }
}

/// The alternative stem of an Arabic word read as و/ب/ل + word ("وجواز",
/// "بجواز" → "جواز"), if that reading leaves three letters and the word has
/// no article.
pub fn proclitic_stem(word: &str, rules: &StemRules) -> Option<String> {
    if !rules.arabic_proclitic || script_of_word(word) != Script::Arabic {
        return None;
    }
    if rules.arabic_article && strip_prefix(word, &ARTICLES).is_some() {
        return None;
    }
    let rest = word.strip_prefix(PROCLITICS)?;
    (letters(rest) >= MIN_STEM).then(|| stem_arabic(rest, rules))
}

fn letters(s: &str) -> usize {
    s.chars().count()
}

/// Strips the first of `affixes` that leaves at least MIN_STEM letters.
fn strip_prefix<'a>(word: &'a str, affixes: &[&str]) -> Option<&'a str> {
    affixes
        .iter()
        .filter_map(|a| word.strip_prefix(a))
        .find(|rest| letters(rest) >= MIN_STEM)
}

fn strip_suffix<'a>(word: &'a str, affixes: &[&str]) -> Option<&'a str> {
    affixes
        .iter()
        .filter_map(|a| word.strip_suffix(a))
        .find(|rest| letters(rest) >= MIN_STEM)
}

fn stem_arabic(word: &str, rules: &StemRules) -> String {
    let mut w = word;
    if rules.arabic_article {
        if let Some(rest) = strip_prefix(w, &ARTICLES) {
            w = rest;
        }
    }
    if rules.arabic_plural {
        if let Some(rest) = strip_suffix(w, &PLURAL_SUFFIXES) {
            w = rest;
        }
    }
    if rules.arabic_feminine {
        if let Some(rest) = strip_suffix(w, &FEMININE_SUFFIXES) {
            w = rest;
        }
    }
    w.to_string()
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u')
}

fn stem_english(word: &str, rules: &StemRules) -> String {
    // Only plain ASCII words are stemmed; others (digits mixed in, other
    // alphabets) are left alone.
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut w = word.to_string();
    if rules.english_plural {
        w = english_plural(w);
    }
    if rules.english_verb {
        w = english_verb(w);
    }
    w
}

fn english_plural(w: String) -> String {
    let n = w.len();
    if n >= 5 && w.ends_with("ies") {
        return format!("{}y", &w[..n - 3]);
    }
    if w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes") {
        return w[..n - 2].to_string();
    }
    if n >= 4 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
    {
        return w[..n - 1].to_string();
    }
    w
}

fn english_verb(w: String) -> String {
    let has_vowel = |s: &str| s.bytes().any(is_vowel);
    let mut out = w.clone();
    for suffix in ["ing", "ied", "ed"] {
        if let Some(rest) = w.strip_suffix(suffix) {
            if rest.len() >= MIN_STEM && has_vowel(rest) {
                out = if suffix == "ied" {
                    format!("{rest}y")
                } else {
                    undouble(rest)
                };
                break;
            }
        }
    }
    // "issue"/"issued", "drive"/"driving", "licence"/"licences" meet.
    if out.len() >= 4 && out.ends_with('e') && !out.ends_with("ee") {
        out.pop();
    }
    out
}

/// "getting" → "get", "transferred" → "transfer"; "filled" stays "fill".
fn undouble(rest: &str) -> String {
    let b = rest.as_bytes();
    let n = b.len();
    if n >= 4
        && b[n - 1] == b[n - 2]
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'l' | b's' | b'z')
    {
        return rest[..n - 1].to_string();
    }
    rest.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalise::normalise;

    fn s(w: &str) -> String {
        stem(&normalise(w), &StemRules::default())
    }

    fn only(rules: impl Fn(&mut StemRules)) -> StemRules {
        let mut r = StemRules::none();
        rules(&mut r);
        r
    }

    #[test]
    fn article_and_fused_prepositions() {
        let r = only(|r| r.arabic_article = true);
        for (w, want) in [
            ("الجواز", "جواز"),
            ("والجواز", "جواز"),
            ("بالجواز", "جواز"),
            ("كالجواز", "جواز"),
            ("فالجواز", "جواز"),
            ("للسفر", "سفر"),
        ] {
            assert_eq!(stem(&normalise(w), &r), want, "{w}");
        }
        // Too short to lose its article.
        assert_eq!(stem("الم", &r), "الم");
        assert_eq!(stem("الله", &r), "الله");
    }

    #[test]
    fn proclitics_give_a_second_stem_when_three_letters_stay() {
        let r = only(|r| r.arabic_proclitic = true);
        assert_eq!(proclitic_stem("وجواز", &r).as_deref(), Some("جواز"));
        assert_eq!(proclitic_stem("بجواز", &r).as_deref(), Some("جواز"));
        assert_eq!(proclitic_stem("لجواز", &r).as_deref(), Some("جواز"));
        assert_eq!(proclitic_stem("ولد", &r), None);
        assert_eq!(proclitic_stem("بيت", &r), None);
        // The main stem keeps the letter.
        assert_eq!(stem("بطاقه", &StemRules::default()), "بطاق");
        let all = StemRules::default();
        assert_eq!(proclitic_stem("وبالجواز", &all).as_deref(), Some("جواز"));
        assert_eq!(proclitic_stem("والجواز", &all), None);
    }

    #[test]
    fn plural_and_pronoun_suffixes() {
        let r = only(|r| r.arabic_plural = true);
        assert_eq!(stem("شهادات", &r), "شهاد");
        assert_eq!(stem("موظفون", &r), "موظف");
        assert_eq!(stem("موظفين", &r), "موظف");
        assert_eq!(stem("جوازها", &r), "جواز");
        assert_eq!(stem("بات", &r), "بات");
    }

    #[test]
    fn feminine_and_nisba_endings() {
        let r = only(|r| r.arabic_feminine = true);
        assert_eq!(stem(&normalise("شهادة"), &r), "شهاد");
        assert_eq!(stem(&normalise("شخصية"), &r), "شخص");
        assert_eq!(stem("عقاري", &r), "عقار");
        // "هويه": "يه" would leave two letters, so only "ه" goes.
        assert_eq!(stem(&normalise("هوية"), &r), "هوي");
    }

    #[test]
    fn variants_meet_on_one_stem() {
        assert_eq!(s("الشهادات"), s("شهادة"));
        assert_eq!(s("البطاقة"), s("بطاقات"));
        assert_eq!(s("جمعيات"), s("جمعية"));
        assert_eq!(s("التجارية"), s("تجاري"));
        assert_eq!(s("هويات"), s("هوية"));
    }

    #[test]
    fn english_plurals() {
        let r = only(|r| r.english_plural = true);
        assert_eq!(stem("passports", &r), "passport");
        assert_eq!(stem("companies", &r), "company");
        assert_eq!(stem("taxes", &r), "tax");
        assert_eq!(stem("status", &r), "status");
        assert_eq!(stem("business", &r), "business");
        assert_eq!(stem("drivers", &r), "driver");
        assert_eq!(stem("bus", &r), "bus");
    }

    #[test]
    fn english_verb_endings() {
        let r = only(|r| r.english_verb = true);
        assert_eq!(stem("renewing", &r), "renew");
        assert_eq!(stem("registered", &r), "register");
        assert_eq!(stem("getting", &r), "get");
        assert_eq!(stem("driving", &r), stem("drive", &r));
        assert_eq!(stem("issued", &r), stem("issue", &r));
        assert_eq!(stem("copied", &r), "copy");
        assert_eq!(stem("bring", &r), "bring");
        assert_eq!(stem("red", &r), "red");
    }

    #[test]
    fn possessive_meets_plain() {
        assert_eq!(s("driver's"), s("driver"));
    }

    #[test]
    fn other_words_are_left_alone() {
        assert_eq!(s("2025"), "2025");
        assert_eq!(s("4x4"), "4x4");
    }
}
