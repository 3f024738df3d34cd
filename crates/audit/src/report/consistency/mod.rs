//! Consistency across ministries, as the audit workshop asked when it urged
//! ministries to simplify and unify their procedures: the same document
//! under different names, one stamp or fee at different amounts, and one
//! kind of service done differently from governorate to governorate.
//! Every finding names the services involved; they are warnings for people
//! to judge, never errors.

mod amounts;
mod documents;
mod governorates;

use crate::Catalogue;
use dalil_fees::Date;
use dalil_model::audit::{Consistency, ServiceRef};
use dalil_search::{is_stop, normalise, stem, StemRules};
use std::collections::BTreeSet;

/// Every finding of the catalogue as of `today` (which fee version is in force).
pub fn findings(cat: &Catalogue, today: Date) -> Consistency {
    let refs: Vec<ServiceRef> = cat
        .services
        .iter()
        .map(|s| ServiceRef {
            id: s.id.clone(),
            ministry: cat.ministry_of(&s.authority).to_string(),
            name: s.name.clone(),
        })
        .collect();
    Consistency {
        document_names: documents::findings(cat, &refs),
        amounts: amounts::findings(cat, &refs, today),
        governorates: governorates::findings(cat, &refs),
    }
}

/// The words of a name that carry its meaning: normalised (hamza, teh
/// marbuta, diacritics), stemmed (the article, plural and feminine
/// endings), stop words left out. «إخراج القيد» and «اخراج قيد» give the
/// same set.
pub fn content_words(text: &str) -> BTreeSet<String> {
    let rules = StemRules::default();
    normalise(text)
        .split(' ')
        .filter(|w| !w.is_empty() && !is_stop(w))
        .map(|w| stem(w, &rules))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Adds `r` to `list` unless it is there already (a service naming a
/// document twice is listed once). Services are visited one after the
/// other, so a repeat can only be the last one: no scan of a list that
/// holds thousands of services.
fn push_once(list: &mut Vec<ServiceRef>, r: &ServiceRef) {
    if list.last().is_none_or(|x| x.id != r.id) {
        list.push(r.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::content_words;

    #[test]
    fn spelling_variants_give_the_same_words() {
        assert_eq!(content_words("إخراج القيد"), content_words("اخراج قيد"));
        assert_eq!(
            content_words("إخراج قيد فردي"),
            content_words("اخراج القيد الفردي")
        );
        assert_ne!(
            content_words("إخراج قيد فردي"),
            content_words("إخراج قيد عائلي")
        );
    }
}
