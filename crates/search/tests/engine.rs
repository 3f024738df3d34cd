//! Behaviour of the engine on a small hand-made listing: typos, prefixes,
//! transliteration, filters, ranking, highlighting and suggestions.

use dalil_model::service::Keywords;
use dalil_model::{ChannelKind, ServiceSummary, Status, Text};
use dalil_search::{highlight, normalise, Field, Filters, Index, IndexBuilder, MatchKind, Options};

fn service(
    id: &str,
    name: (&str, &str),
    summary: (&str, &str),
    keywords: &[&str],
    latin: &[&str],
) -> ServiceSummary {
    ServiceSummary {
        id: id.into(),
        status: Status::Published,
        authority: "interior-immigration".into(),
        ministry: "interior".into(),
        name: Text::new(name.0, name.1),
        summary: Text::new(summary.0, summary.1),
        keywords: Keywords {
            ar: keywords.iter().map(|s| s.to_string()).collect(),
            en: Vec::new(),
            latin: latin.iter().map(|s| s.to_string()).collect(),
        },
        categories: vec!["travel".into()],
        channels: vec![ChannelKind::Office],
        governorates: vec!["damascus".into()],
        documents: vec![Text::new("صورتان شخصيتان", "Two photos")],
        has_fees: true,
    }
}

fn listing() -> Vec<ServiceSummary> {
    let mut civil = service(
        "individual-civil-extract",
        ("إخراج قيد فردي", "Individual civil registry extract"),
        ("وثيقة من السجل المدني", "A civil registry document"),
        &["قيد نفوس"],
        &[],
    );
    civil.authority = "interior-civil-affairs".into();
    civil.channels = vec![ChannelKind::Centre, ChannelKind::Online];
    civil.governorates = vec!["aleppo".into()];
    civil.categories = vec!["civil-status".into()];
    let mut commerce = service(
        "commercial-register",
        ("سجل تجاري", "Commercial registration"),
        ("قيد التاجر في السجل التجاري", "Register a trader"),
        &[],
        &[],
    );
    commerce.authority = "internal-trade".into();
    commerce.ministry = "internal-trade".into();
    commerce.categories = vec!["business".into()];
    vec![
        service(
            "passport-issue",
            ("منح جواز سفر", "Issuing a passport"),
            (
                "الحصول على جواز سفر سوري لأول مرة",
                "Get a Syrian passport for the first time",
            ),
            &["باسبور"],
            &[],
        ),
        service(
            "passport-renewal",
            ("تجديد جواز سفر", "Renewing a passport"),
            (
                "استبدال جواز سفر منتهي",
                "Passport renewal: replace an expired passport",
            ),
            &[],
            &[],
        ),
        civil,
        commerce,
        service(
            "national-id-card",
            ("منح البطاقة الشخصية", "Issuing a national identity card"),
            ("الهوية لأول مرة", "Your first identity card"),
            &["هوية"],
            &[],
        ),
    ]
}

fn ids(index: &Index, q: &str) -> Vec<String> {
    index
        .search(q, &Filters::default(), 10)
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn first(index: &Index, q: &str) -> String {
    ids(index, q).into_iter().next().unwrap_or_default()
}

#[test]
fn typos_scale_with_word_length() {
    let index = Index::build(&listing());
    assert!(first(&index, "جوزا سفر").starts_with("passport"));
    assert!(first(&index, "pasport").starts_with("passport"));
    assert_eq!(first(&index, "pasport renwal"), "passport-renewal");
    // Three letters: no typo allowed, so "قيذ" does not become "قيد".
    let hits = index.search("قيذ ", &Filters::default(), 10);
    assert!(hits
        .iter()
        .all(|h| h.matches.iter().all(|m| m.kind != MatchKind::Fuzzy)));
}

#[test]
fn the_last_word_is_a_prefix_while_typed() {
    let index = Index::build(&listing());
    assert!(first(&index, "جواز س").starts_with("passport"));
    assert_eq!(first(&index, "renew"), "passport-renewal");
    assert_eq!(first(&index, "تجد"), "passport-renewal");
    let hit = &index.search("pass", &Filters::default(), 1)[0];
    assert_eq!(hit.matches[0].kind, MatchKind::Prefix);
}

#[test]
fn latin_spellings_find_arabic_services() {
    let index = Index::build(&listing());
    assert_eq!(first(&index, "ikhraj qaid"), "individual-civil-extract");
    assert_eq!(first(&index, "2ikhraj 2ed"), "individual-civil-extract");
    assert_eq!(first(&index, "sijil tijari"), "commercial-register");
    assert!(first(&index, "jawaz safar").starts_with("passport"));
    assert_eq!(first(&index, "hawiye"), "national-id-card");
    let hit = &index.search("ikhraj", &Filters::default(), 1)[0];
    assert_eq!(hit.matches[0].kind, MatchKind::Transliterated);
    assert_eq!(hit.matches[0].field, Field::Name);
}

#[test]
fn spelling_variants_and_synonyms() {
    let index = Index::build(&listing());
    assert_eq!(first(&index, "اخراج قيد فردى"), "individual-civil-extract");
    assert_eq!(first(&index, "إِخْرَاجُ القَيْدِ"), "individual-civil-extract");
    assert_eq!(first(&index, "البطاقه الشخصيه"), "national-id-card");
    assert!(first(&index, "باسبورت").starts_with("passport"));
}

#[test]
fn all_words_matched_beats_some() {
    let index = Index::build(&listing());
    // "تجديد" only in the renewal; "جواز سفر" in both.
    assert_eq!(first(&index, "تجديد جواز سفر"), "passport-renewal");
    assert_eq!(
        first(&index, "how to renew my passport"),
        "passport-renewal"
    );
}

#[test]
fn ties_are_broken_by_id() {
    let index = Index::build(&listing());
    let a = ids(&index, "جواز");
    assert_eq!(&a[..2], ["passport-issue", "passport-renewal"]);
    // And the same query always gives the same order.
    assert_eq!(a, ids(&index, "جواز"));
}

#[test]
fn filters_narrow_and_list() {
    let index = Index::build(&listing());
    let f = Filters {
        authority: Some("internal-trade".into()),
        ..Filters::default()
    };
    assert_eq!(index.search("", &f, 10).len(), 1);
    let f = Filters {
        authority: Some("interior".into()),
        ..Filters::default()
    };
    assert_eq!(index.search("", &f, 10).len(), 4, "ministry matches too");
    let f = Filters {
        governorate: Some("aleppo".into()),
        ..Filters::default()
    };
    assert_eq!(ids(&index, ""), ids(&index, "   "));
    assert_eq!(index.search("", &f, 10)[0].id, "individual-civil-extract");
    let f = Filters {
        channel: Some(ChannelKind::Online),
        ..Filters::default()
    };
    assert_eq!(index.search("قيد", &f, 10).len(), 1);
    assert!(index.search("جواز", &f, 10).is_empty());
    let f = Filters {
        category: Some("business".into()),
        ..Filters::default()
    };
    let listed: Vec<String> = index.search("", &f, 10).into_iter().map(|h| h.id).collect();
    assert_eq!(listed, ["commercial-register"]);
    // The unfiltered empty query lists everything, in index order.
    assert_eq!(
        index.search("", &Filters::default(), 100).len(),
        index.len()
    );
    assert!(index.search("جواز", &Filters::default(), 0).is_empty());
}

#[test]
fn hits_say_what_matched_where() {
    let index = Index::build(&listing());
    let hit = &index.search("باسبور", &Filters::default(), 1)[0];
    assert_eq!(hit.id, "passport-issue");
    assert_eq!(hit.matches.len(), 1);
    assert_eq!(hit.matches[0].query_term, "باسبور");
    assert_eq!(hit.matches[0].field, Field::Keywords);
    assert_eq!(hit.matches[0].kind, MatchKind::Exact);
    assert_eq!(index.id(hit.index), Some("passport-issue"));
}

#[test]
fn nothing_found_gives_suggestions_in_the_query_script() {
    let index = Index::build(&listing());
    assert!(ids(&index, "zzzzzz").is_empty());
    assert!(ids(&index, "xyz qwv").is_empty());
    let s = index.suggest("جوازز", 5);
    assert_eq!(s.first().map(String::as_str), Some("جواز"));
    let s = index.suggest("passpotrs", 5);
    assert!(s.iter().any(|w| w == "passport"), "{s:?}");
    assert!(index.suggest("", 5).is_empty());
}

#[test]
fn highlight_marks_original_text() {
    let text = "تَجْدِيدُ جَوَازِ السَّفَر";
    let parts = highlight(text, "جواز");
    let marked: Vec<&str> = parts
        .iter()
        .filter(|(_, m)| *m)
        .map(|(r, _)| &text[r.clone()])
        .collect();
    assert_eq!(marked, ["جَوَازِ"]);
}

#[test]
fn index_reports_its_size() {
    let index = Index::build(&listing());
    assert_eq!(index.len(), 5);
    assert!(!index.is_empty());
    assert!(index.heap_bytes() > 1000);
    assert!(index.vocabulary_len() > 20);
    assert_eq!(normalise("جَواز"), "جواز");
    let empty = Index::build(&[]);
    assert!(empty.search("جواز", &Filters::default(), 10).is_empty());
    assert!(empty.is_empty());
}

#[test]
fn an_index_built_in_slices_answers_as_one_built_at_once() {
    let services = listing();
    let whole = Index::build(&services);
    let mut builder = IndexBuilder::new(Options::default());
    for slice in services.chunks(2) {
        builder.add(slice);
    }
    assert_eq!(builder.len(), services.len());
    let sliced = builder.finish();
    for q in ["جواز", "اخراج قيد", "passport", "سجل", "register", "jawaz"] {
        let found = |index: &Index| -> Vec<String> {
            index
                .search(q, &Filters::default(), 20)
                .into_iter()
                .map(|h| format!("{}:{:?}", h.index, h.score))
                .collect()
        };
        assert_eq!(found(&whole), found(&sliced), "{q}");
    }
}
