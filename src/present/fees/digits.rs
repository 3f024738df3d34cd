//! Which digits figures are written with.

use dalil_fees::Digits;
use dalil_model::Lang;

/// The digits figures are written with: Arabic-Indic only in Arabic and only
/// when the user asked for them; Latin otherwise.
pub fn effective_digits(lang: Lang, preference: Digits) -> Digits {
    match lang {
        Lang::Ar => preference,
        Lang::En => Digits::Latin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_follow_the_language_and_the_preference() {
        assert_eq!(
            effective_digits(Lang::Ar, Digits::ArabicIndic),
            Digits::ArabicIndic
        );
        assert_eq!(
            effective_digits(Lang::En, Digits::ArabicIndic),
            Digits::Latin
        );
        assert_eq!(effective_digits(Lang::Ar, Digits::Latin), Digits::Latin);
    }
}
