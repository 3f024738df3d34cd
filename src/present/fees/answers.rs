//! The answers and the URL: read from the query at start, written back as
//! parameters named by the schedule's input ids, and shared with the
//! language they were worked out in.

use crate::present::query;
use dalil_fees::{default_inputs, Inputs};
use dalil_model::{FeeVersion, Lang};

/// The answers to start with: each input's value from the URL (looked up
/// by its id; other query keys such as `lang` are never read), else the
/// schedule's default. An input with neither is left out.
pub fn initial_answers(version: &FeeVersion, from_url: impl Fn(&str) -> Option<String>) -> Inputs {
    let mut answers = default_inputs(version);
    for input in &version.inputs {
        if let Some(value) = from_url(input.id()) {
            answers.insert(input.id().to_string(), value);
        }
    }
    answers
}

/// The query parameters that carry the answers: every input of the schedule,
/// with its answer (blank if the user cleared it) or `None` to drop it.
/// Only the schedule's ids appear, so `lang`, `preview` and any other key in
/// the URL are left as they are.
pub fn query_pairs(version: &FeeVersion, answers: &Inputs) -> Vec<(String, Option<String>)> {
    version
        .inputs
        .iter()
        .map(|input| (input.id().to_string(), answers.get(input.id()).cloned()))
        .collect()
}

/// The query for a link to share: the answers, and the language it was
/// worked out in, so the link opens as the sender saw it.
pub fn share_query(query: &str, pairs: &[(String, Option<String>)], lang: Lang) -> String {
    let mut all = pairs.to_vec();
    all.push(("lang".to_string(), Some(lang.code().to_string())));
    query::apply(query, &all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fees::fixtures::*;

    #[test]
    fn answers_come_from_the_url_else_the_defaults() {
        let v = passport();
        let url = |k: &str| match k {
            "copies" => Some("3".to_string()),
            "lang" => Some("en".to_string()),
            _ => None,
        };
        let answers = initial_answers(&v, url);
        assert_eq!(answers.get("speed").map(String::as_str), Some("regular"));
        assert_eq!(answers.get("copies").map(String::as_str), Some("3"));
        assert!(
            !answers.contains_key("lang"),
            "only the schedule's ids are read"
        );
        // A cleared field stays cleared on reload.
        let answers = initial_answers(&v, |k| (k == "copies").then(String::new));
        assert_eq!(answers.get("copies").map(String::as_str), Some(""));
    }

    #[test]
    fn the_query_keeps_other_parameters() {
        let v = passport();
        let mut answers = initial_answers(&v, |_| None);
        answers.insert("speed".into(), "urgent".into());
        answers.insert("copies".into(), "3 ٤".into());
        let pairs = query_pairs(&v, &answers);
        assert_eq!(
            pairs,
            vec![
                ("speed".to_string(), Some("urgent".to_string())),
                ("copies".to_string(), Some("3 ٤".to_string())),
            ]
        );
        assert_eq!(
            query::apply("?lang=ar&speed=regular&preview=1", &pairs),
            "lang=ar&speed=urgent&preview=1&copies=3%20%D9%A4"
        );
        // An answer the user never gave (no default) is dropped.
        answers.remove("copies");
        assert_eq!(query_pairs(&v, &answers)[1], ("copies".to_string(), None));
        assert_eq!(
            share_query(
                "speed=x",
                &[("speed".to_string(), Some("urgent".to_string()))],
                Lang::En
            ),
            "speed=urgent&lang=en"
        );
        assert_eq!(share_query("lang=ar", &[], Lang::En), "lang=en");
    }
}
