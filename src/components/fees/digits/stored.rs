//! How the digits preference is written in the device's storage. The words
//! are stable: changing them would forget every user's choice.

use dalil_fees::Digits;

const ARABIC_INDIC: &str = "arabic-indic";
const LATIN: &str = "latin";

/// Reads the stored preference; Latin unless Arabic-Indic was chosen.
pub fn decode(stored: Option<&str>) -> Digits {
    match stored {
        Some(ARABIC_INDIC) => Digits::ArabicIndic,
        _ => Digits::Latin,
    }
}

pub fn encode(digits: Digits) -> &'static str {
    match digits {
        Digits::ArabicIndic => ARABIC_INDIC,
        Digits::Latin => LATIN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_preference_round_trips_and_defaults_to_latin() {
        assert_eq!(decode(None), Digits::Latin);
        assert_eq!(decode(Some("nonsense")), Digits::Latin);
        assert_eq!(encode(Digits::ArabicIndic), "arabic-indic");
        assert_eq!(encode(Digits::Latin), "latin");
        for digits in [Digits::Latin, Digits::ArabicIndic] {
            assert_eq!(decode(Some(encode(digits))), digits);
        }
    }
}
