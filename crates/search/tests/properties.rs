//! Property tests: normalisation is idempotent and total, tokens and
//! highlights fall on char boundaries, no query makes search panic, and an
//! index built from arbitrary listing text (Arabic, combining marks, empty
//! and very long strings) never panics and finds every entry by a word of
//! its name. `PROPTEST_CASES` sets the case counts.

#![cfg(not(target_arch = "wasm32"))]

use dalil_model::service::Keywords;
use dalil_model::{ServiceSummary, Status, Text};
use dalil_search::{highlight, is_stop, normalise, tokenize, Filters, Index};
use proptest::prelude::*;
use std::sync::OnceLock;

/// Arabic, Latin, digits, marks, presentation forms and any Unicode.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[\\u{0600}-\\u{06FF}\\u{FB50}-\\u{FDFF}\\u{FE70}-\\u{FEFF} a-zA-Z0-9'\\u{0300}-\\u{036F}]{0,40}",
        "[جوازسفرإخراقيدأآةىؤئءًٌٍَُِّْـ ]{0,30}",
        "[a-z23579 ]{0,30}",
    ]
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let s = |id: &str, ar: &str, en: &str| ServiceSummary {
            id: id.into(),
            status: Status::Published,
            authority: "a".into(),
            ministry: "m".into(),
            name: Text::new(ar, en),
            summary: Text::new(format!("{ar} للمواطنين"), format!("{en} for citizens")),
            keywords: Keywords {
                ar: vec![ar.into()],
                en: vec![en.into()],
                latin: vec!["jawaz safar".into()],
            },
            categories: vec![],
            channels: vec![],
            governorates: vec![],
            documents: vec![Text::new("البطاقة الشخصية", "ID card")],
            has_fees: false,
        };
        Index::build(&[
            s("a", "منح جواز سفر", "Issuing a passport"),
            s("b", "إخراج قيد فردي", "Civil extract"),
            s("c", "ﻻ شيء ٱلله", "nothing"),
        ])
    })
}

/// The case count: `PROPTEST_CASES` if set, else `default`.
fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(2000)))]

    #[test]
    fn normalise_is_idempotent(s in text()) {
        let once = normalise(&s);
        prop_assert_eq!(normalise(&once), once);
    }

    #[test]
    fn tokens_fall_on_char_boundaries(s in text()) {
        for t in tokenize(&s) {
            prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
            prop_assert!(t.span.start < t.span.end && !t.text.is_empty());
        }
    }

    #[test]
    fn search_and_suggest_never_panic(q in text()) {
        let index = index();
        let hits = index.search(&q, &Filters::default(), 10);
        prop_assert!(hits.len() <= 10);
        let _ = index.suggest(&q, 5);
    }

    #[test]
    fn highlight_covers_the_text_in_order(t in text(), q in text()) {
        let parts = highlight(&t, &q);
        let mut at = 0;
        for (r, _) in &parts {
            prop_assert_eq!(r.start, at);
            prop_assert!(r.end > r.start);
            prop_assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
            at = r.end;
        }
        prop_assert_eq!(at, t.len());
    }
}

/// Listing text: everything `text()` draws, plus empty and very long strings.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => text(),
        1 => Just(String::new()),
        1 => ("[a-zء-ي\u{064B}-\u{0652} ]{1,8}", 100..2000usize)
            .prop_map(|(unit, n)| unit.repeat(n).chars().take(5000).collect()),
    ]
}

fn words() -> impl Strategy<Value = Vec<String>> {
    proptest::collection::vec(field(), 0..4)
}

/// One listing line with arbitrary text in every text field.
fn summary(i: usize) -> impl Strategy<Value = ServiceSummary> {
    (
        (field(), field()),
        (field(), field()),
        (words(), words(), words()),
        proptest::collection::vec((field(), field()), 0..3),
    )
        .prop_map(
            move |((name_ar, name_en), (sum_ar, sum_en), (ar, en, latin), docs)| ServiceSummary {
                id: format!("s{i}"),
                status: Status::Published,
                authority: "a".into(),
                ministry: "m".into(),
                name: Text::new(name_ar, name_en),
                summary: Text::new(sum_ar, sum_en),
                keywords: Keywords { ar, en, latin },
                categories: vec![],
                channels: vec![],
                governorates: vec![],
                documents: docs.into_iter().map(|(a, e)| Text::new(a, e)).collect(),
                has_fees: false,
            },
        )
}

fn listing() -> impl Strategy<Value = Vec<ServiceSummary>> {
    (1..6usize).prop_flat_map(|n| (0..n).map(summary).collect::<Vec<_>>())
}

proptest! {
    // Each case builds an index: fewer cases than the query properties.
    #![proptest_config(ProptestConfig::with_cases(cases(200)))]

    #[test]
    fn an_index_of_arbitrary_listings_never_panics(services in listing(), q in text()) {
        let index = Index::build(&services);
        prop_assert_eq!(index.len(), services.len());
        let hits = index.search(&q, &Filters::default(), 10);
        prop_assert!(hits.len() <= 10);
        for hit in &hits {
            prop_assert!(services.iter().any(|s| s.id == hit.id));
        }
        let _ = index.suggest(&q, 5);
        // Each field's own text as a query, too: long and odd ones included.
        for s in &services {
            let _ = index.search(&s.name.ar, &Filters::default(), 3);
            let _ = index.search(&s.summary.en, &Filters::default(), 3);
        }
    }

    #[test]
    fn a_word_of_a_name_finds_its_service(services in listing()) {
        let index = Index::build(&services);
        let all = services.len();
        for s in &services {
            for name in [&s.name.ar, &s.name.en] {
                // A stop word is left out of the index on purpose.
                for token in tokenize(name).into_iter().filter(|t| !is_stop(&normalise(&t.text))) {
                    let hits = index.search(&token.text, &Filters::default(), all);
                    prop_assert!(
                        hits.iter().any(|h| h.id == s.id),
                        "{:?} (from the name {:?}) does not find {}", token.text, name, s.id
                    );
                }
            }
        }
    }
}
