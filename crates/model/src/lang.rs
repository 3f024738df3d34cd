//! Bilingual text. Every human text in the catalogue has Arabic and English.

use serde::{Deserialize, Serialize};

/// The two interface and catalogue languages. Arabic is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ar,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ar, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ar => Lang::En,
            Lang::En => Lang::Ar,
        }
    }

    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar => "rtl",
            Lang::En => "ltr",
        }
    }
}

/// A text in both languages. A missing language deserialises as empty, so a
/// half-written draft still loads; the audit refuses it for publication.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    #[serde(default)]
    pub ar: String,
    #[serde(default)]
    pub en: String,
}

/// A text chosen for a language, and whether it came from the other language
/// because the wanted one was missing (the UI marks such text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localised<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub fell_back: bool,
}

impl Text {
    pub fn new(ar: impl Into<String>, en: impl Into<String>) -> Text {
        Text {
            ar: ar.into(),
            en: en.into(),
        }
    }

    pub fn raw(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ar => &self.ar,
            Lang::En => &self.en,
        }
    }

    /// The text in `lang`, falling back to the other language when empty.
    pub fn pick(&self, lang: Lang) -> Localised<'_> {
        let wanted = self.raw(lang).trim();
        if !wanted.is_empty() {
            return Localised {
                text: wanted,
                lang,
                fell_back: false,
            };
        }
        Localised {
            text: self.raw(lang.other()).trim(),
            lang: lang.other(),
            fell_back: true,
        }
    }

    /// The text in `lang`, or the other language's when missing.
    pub fn get(&self, lang: Lang) -> &str {
        self.pick(lang).text
    }

    pub fn is_empty(&self) -> bool {
        self.ar.trim().is_empty() && self.en.trim().is_empty()
    }

    /// Languages whose text is missing.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| self.raw(*l).trim().is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pick_falls_back_and_says_so() {
        let t = Text::new("", "Passport");
        let got = t.pick(Lang::Ar);
        assert_eq!(got.text, "Passport");
        assert!(got.fell_back);
        assert_eq!(got.lang, Lang::En);
        assert!(!t.pick(Lang::En).fell_back);
    }

    #[test]
    fn lang_codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("EN"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }
}
