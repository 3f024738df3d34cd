//! Text normalisation and tokenisation, the same on the index and on the query.
//!
//! Every character is folded on its own: Arabic letter variants to one form
//! (alef with hamza to bare alef, teh marbuta to heh, alef maksura to yeh),
//! harakat, tatweel and Quranic marks dropped, presentation forms and lam-alef
//! ligatures decomposed, Arabic-Indic and Persian digits to ASCII, Latin
//! lowercased with its diacritics folded. Anything else that is not a letter
//! or a digit separates words. Because every output character folds to itself,
//! [`normalise`] is idempotent.

use crate::tables::{LATIN_FOLD, PRESENTATION_CODES, PRESENTATION_ENDS, PRESENTATION_TEXT};
use std::ops::Range;

/// What one input character becomes.
enum Folded {
    /// Nothing: a mark or invisible character that belongs to the word.
    Drop,
    /// A word boundary.
    Separator,
    One(char),
    /// A decomposition (ligature, presentation form, ß); each char is folded again.
    Many(&'static str),
    /// Any other letter or digit: lowercased, and the result folded again.
    Lower(char),
}

/// Folds one character. The output of `fold` always folds to itself.
fn fold(c: char) -> Folded {
    match c {
        'a'..='z' | '0'..='9' => Folded::One(c),
        'A'..='Z' => Folded::One(c.to_ascii_lowercase()),
        // Apostrophes join: "driver's", "sa'a", ʿayn and hamza in transliteration.
        '\'' | '`' | '\u{00B4}' | '\u{2018}' | '\u{2019}' | '\u{02BB}'..='\u{02BF}' => Folded::Drop,
        c if c.is_ascii() => Folded::Separator,
        '\u{0600}'..='\u{06FF}' => fold_arabic(c),
        // Arabic Supplement letters: kept; Extended-A marks: dropped.
        '\u{0750}'..='\u{077F}' => Folded::One(c),
        '\u{08D3}'..='\u{08FF}' => Folded::Drop,
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => presentation(c),
        // Combining diacritics (from decomposed Latin text) and invisible
        // format characters (ZWJ, ZWNJ, bidi marks, BOM, soft hyphen).
        '\u{0300}'..='\u{036F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{FE00}'..='\u{FE0F}' => Folded::Drop,
        _ => {
            if let Ok(i) = LATIN_FOLD.binary_search_by(|(k, _)| k.cmp(&c)) {
                let plain = LATIN_FOLD[i].1;
                return if plain.is_empty() {
                    Folded::Drop
                } else {
                    Folded::Many(plain)
                };
            }
            if c.is_alphanumeric() {
                Folded::Lower(c)
            } else {
                Folded::Separator
            }
        }
    }
}

fn fold_arabic(c: char) -> Folded {
    match c {
        // Alef with hamza above/below, madda, wasla, wavy hamza.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
            Folded::One('ا')
        }
        // Hamza on waw and on yeh: the carrier stays.
        '\u{0624}' => Folded::One('و'),
        '\u{0626}' => Folded::One('ي'),
        // Lone hamza: dropped, so "كهرباء" and "كهربا" meet.
        '\u{0621}' => Folded::Drop,
        '\u{0629}' => Folded::One('ه'),
        '\u{0649}' => Folded::One('ي'),
        // Tatweel, harakat, superscript alef, Quranic annotation marks.
        '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => Folded::Drop,
        // Honorific signs and invisible number signs and letter marks.
        '\u{0600}'..='\u{0605}' | '\u{0610}'..='\u{061A}' | '\u{061C}' => Folded::Drop,
        '\u{0660}'..='\u{0669}' => Folded::One(digit(c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Folded::One(digit(c as u32 - 0x06F0)),
        // Persian and Urdu letters people type on non-Arabic keyboards.
        '\u{06CC}' | '\u{06D2}' | '\u{06D0}' | '\u{06D3}' => Folded::One('ي'),
        '\u{06A9}' | '\u{06AA}' | '\u{06AF}' => Folded::One('ك'),
        '\u{06C0}' | '\u{06C1}' | '\u{06C2}' | '\u{06C3}' | '\u{06D5}' => Folded::One('ه'),
        '\u{067E}' => Folded::One('ب'),
        '\u{0686}' => Folded::One('ج'),
        '\u{0698}' => Folded::One('ز'),
        '\u{06A4}' => Folded::One('ف'),
        '\u{06C6}'..='\u{06CB}' | '\u{06CF}' => Folded::One('و'),
        '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{066F}' | '\u{0671}'..='\u{06D3}' => {
            Folded::One(c)
        }
        '\u{06EE}'..='\u{06FF}' if c.is_alphabetic() => Folded::One(c),
        // Arabic comma, semicolon, question mark, percent, decimal and
        // thousands separators, full stop, and the rest.
        _ => Folded::Separator,
    }
}

/// The Arabic letters that are already in normal form; anything else goes
/// through [`fold`].
fn plain_arabic(c: char) -> Folded {
    match c {
        '\u{0627}'
        | '\u{0628}'
        | '\u{062A}'..='\u{063A}'
        | '\u{0641}'..='\u{0648}'
        | '\u{064A}' => Folded::One(c),
        _ => Folded::Drop,
    }
}

fn digit(n: u32) -> char {
    char::from_digit(n, 10).unwrap_or('0')
}

/// The NFKC decomposition of an Arabic presentation form, if it has one.
fn presentation(c: char) -> Folded {
    let code = c as u32;
    let Ok(code16) = u16::try_from(code) else {
        return Folded::Separator;
    };
    match PRESENTATION_CODES.binary_search(&code16) {
        Ok(i) => {
            let start = if i == 0 {
                0
            } else {
                PRESENTATION_ENDS[i - 1] as usize
            };
            let end = PRESENTATION_ENDS[i] as usize;
            match PRESENTATION_TEXT.get(start..end) {
                Some(s) => Folded::Many(s),
                None => Folded::Separator,
            }
        }
        Err(_) => {
            if c.is_alphabetic() {
                Folded::One(c)
            } else {
                Folded::Separator
            }
        }
    }
}

/// Calls `emit` with the folded characters of `c`; `None` marks a separator.
/// Returns false when `c` produced nothing at all (a dropped mark).
fn fold_into(c: char, depth: u8, emit: &mut impl FnMut(Option<char>)) -> bool {
    match fold(c) {
        Folded::Drop => false,
        Folded::Separator => {
            emit(None);
            true
        }
        Folded::One(o) => {
            emit(Some(o));
            true
        }
        Folded::Many(s) => {
            let mut any = false;
            // Decompositions are short and never nest; the depth guard only
            // makes the recursion visibly bounded.
            for o in s.chars().filter(|_| depth < 2) {
                any |= fold_into(o, depth + 1, emit);
            }
            any
        }
        Folded::Lower(c) => {
            let mut any = false;
            for o in c.to_lowercase() {
                if o != c && depth < 2 {
                    any |= fold_into(o, depth + 1, emit);
                } else if o.is_alphanumeric() {
                    emit(Some(o));
                    any = true;
                }
            }
            any
        }
    }
}

/// The script of a folded character, for splitting "جوازpassport" in two.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Script {
    Arabic,
    Latin,
    Digit,
    Other,
}

pub fn script_of(c: char) -> Script {
    match c {
        '0'..='9' => Script::Digit,
        'a'..='z' => Script::Latin,
        '\u{0600}'..='\u{08FF}' => Script::Arabic,
        _ => Script::Other,
    }
}

/// A word of a text: its normalised form and where it is in the original.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub text: String,
    /// Byte range in the original text, on char boundaries. Trailing marks
    /// (a tanween on the last letter) are inside it.
    pub span: Range<usize>,
}

impl Token {
    /// The script of the word: Arabic or Latin if it has such a letter.
    pub fn script(&self) -> Script {
        script_of_word(&self.text)
    }
}

/// The script of a normalised word: its first letter's, or Digit.
pub fn script_of_word(word: &str) -> Script {
    word.chars()
        .map(script_of)
        .find(|s| *s != Script::Digit)
        .unwrap_or(Script::Digit)
}

/// Accumulates a word while the tokenizer walks the text and hands each
/// finished word to the sink, reusing one buffer.
struct Words<F: FnMut(&str, Range<usize>)> {
    sink: F,
    current: String,
    start: usize,
    end: usize,
    /// The script of the current word's letters (Digit while it has none).
    letters: Script,
}

impl<F: FnMut(&str, Range<usize>)> Words<F> {
    fn flush(&mut self) {
        if !self.current.is_empty() {
            (self.sink)(&self.current, self.start..self.end);
            self.current.clear();
        }
        self.letters = Script::Digit;
    }

    fn piece(&mut self, piece: Option<char>, at: usize, char_end: usize) {
        let Some(o) = piece else {
            self.flush();
            return;
        };
        let s = script_of(o);
        let switches = matches!(
            (self.letters, s),
            (Script::Arabic, Script::Latin | Script::Other)
                | (Script::Latin | Script::Other, Script::Arabic)
        );
        if switches {
            self.flush();
        }
        if self.current.is_empty() {
            self.start = at;
        }
        if s != Script::Digit {
            self.letters = s;
        }
        self.current.push(o);
        self.end = char_end;
    }
}

/// Calls `sink` with each normalised word of `text` and its byte range in
/// the original, without allocating per word.
pub fn for_each_word(text: &str, sink: impl FnMut(&str, Range<usize>)) {
    let mut words = Words {
        sink,
        current: String::new(),
        start: 0,
        end: 0,
        letters: Script::Digit,
    };
    for (at, c) in text.char_indices() {
        let char_end = at + c.len_utf8();
        // Fast paths for most characters: ASCII letters and digits, plain
        // spaces, and Arabic letters that fold to themselves.
        if c.is_ascii_alphanumeric() {
            words.piece(Some(c.to_ascii_lowercase()), at, char_end);
            continue;
        }
        if c == ' ' {
            words.flush();
            continue;
        }
        if let Folded::One(o) = plain_arabic(c) {
            words.piece(Some(o), at, char_end);
            continue;
        }
        let produced = fold_into(c, 0, &mut |p| words.piece(p, at, char_end));
        // A dropped mark inside or right after a word belongs to it.
        if !produced && !words.current.is_empty() {
            words.end = char_end;
        }
    }
    words.flush();
}

/// Splits a text into normalised words with their original byte ranges.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    for_each_word(text, |word, span| {
        tokens.push(Token {
            text: word.to_string(),
            span,
        })
    });
    tokens
}

/// The normalised form of a text: its words, folded, joined by single spaces.
/// Idempotent: `normalise(&normalise(s)) == normalise(s)`.
pub fn normalise(text: &str) -> String {
    let tokens = tokenize(text);
    let mut out = String::with_capacity(text.len());
    for (i, t) in tokens.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&t.text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alef_forms_become_bare_alef() {
        assert_eq!(normalise("أحمد إخراج آمن ٱلله"), "احمد اخراج امن الله");
    }

    #[test]
    fn teh_marbuta_alef_maksura_and_hamza_carriers() {
        assert_eq!(normalise("هوية"), "هويه");
        assert_eq!(normalise("على مستشفى"), "علي مستشفي");
        assert_eq!(normalise("مؤسسة"), "موسسه");
        assert_eq!(normalise("رئيس"), "رييس");
        // A lone hamza is dropped: the colloquial spelling meets the formal one.
        assert_eq!(normalise("كهرباء"), normalise("كهربا"));
        assert_eq!(normalise("إنشاءات"), "انشاات");
    }

    #[test]
    fn tashkeel_tatweel_and_quranic_marks_are_removed() {
        assert_eq!(normalise("جَوَازُ سَفَرٍ"), "جواز سفر");
        assert_eq!(normalise("بطـــاقة"), "بطاقه");
        assert_eq!(normalise("هٰذا"), "هذا");
        assert_eq!(normalise("قيدۖ"), "قيد");
        assert_eq!(normalise("شَهَادَةٌ"), "شهاده");
    }

    #[test]
    fn digits_become_ascii() {
        assert_eq!(normalise("٤x٤ ۱۲۳"), "4x4 123");
        assert_eq!(normalise("عام ٢٠٢٥"), "عام 2025");
    }

    #[test]
    fn presentation_forms_and_ligatures_are_decomposed() {
        // ﻻ (lam-alef isolated), ﻷ (lam-alef with hamza), ﺟﻮﺍﺯ in presentation forms.
        assert_eq!(normalise("\u{FEFB}"), "لا");
        assert_eq!(normalise("\u{FEF7}"), "لا");
        assert_eq!(normalise("\u{FE9F}\u{FEEE}\u{FE8D}\u{FEAF}"), "جواز");
        assert_eq!(normalise("\u{FDF2}"), "الله");
    }

    #[test]
    fn latin_is_lowercased_and_folded() {
        assert_eq!(normalise("Ḥawiyé CAFÉ Straße"), "hawiye cafe strasse");
        assert_eq!(normalise("iḫrāǧ qayd"), "ikhraj qayd");
        assert_eq!(normalise("e\u{0301}te\u{0301}"), "ete");
    }

    #[test]
    fn punctuation_separates_and_apostrophes_join() {
        assert_eq!(normalise("جواز،سفر؛ تجديد؟"), "جواز سفر تجديد");
        assert_eq!(normalise("driver's licence (new)"), "drivers licence new");
        assert_eq!(normalise("sa'a 3adli"), "saa 3adli");
        assert_eq!(normalise("  a--b  "), "a b");
    }

    #[test]
    fn scripts_are_split() {
        assert_eq!(normalise("جوازpassport"), "جواز passport");
        assert_eq!(normalise("حلب2"), "حلب2");
    }

    #[test]
    fn persian_letters_fold() {
        assert_eq!(normalise("کی"), "كي");
        assert_eq!(normalise("ڤيزا"), "فيزا");
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(normalise("جو\u{200C}از"), "جواز");
        assert_eq!(normalise("\u{FEFF}\u{200F}pass\u{00AD}port"), "passport");
    }

    #[test]
    fn tokens_keep_original_spans() {
        let text = "تجديدُ جَوازِ";
        let toks = tokenize(text);
        assert_eq!(toks.len(), 2);
        assert_eq!(&text[toks[0].span.clone()], "تجديدُ");
        assert_eq!(&text[toks[1].span.clone()], "جَوازِ");
        assert_eq!(toks[1].text, "جواز");
    }

    #[test]
    fn idempotent_on_examples() {
        for s in ["İstanbul", "ǅemal", "ﷺ", "ﰀ", "Σίσυφος", "ﻵ", "x\u{0345}"] {
            let once = normalise(s);
            assert_eq!(normalise(&once), once, "{s:?}");
        }
    }
}
