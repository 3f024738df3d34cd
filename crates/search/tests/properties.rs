//! Property tests: normalisation is idempotent and total, tokens and
//! highlights fall on char boundaries, and no query makes search panic.

#![cfg(not(target_arch = "wasm32"))]

use dalil_model::service::Keywords;
use dalil_model::{ServiceSummary, Status, Text};
use dalil_search::{highlight, normalise, tokenize, Filters, Index};
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

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
