//! The consistency findings across ministries: each triggered by one
//! fixture and left quiet by a near miss.

use crate::support::*;

const STAMP_100: &str = "\n[[fees.items]]\nid = \"stamp\"\nkind = \"stamp\"\nlabel = { ar = \"طابع مالي\", en = \"Revenue stamp\" }\ncurrency = \"SYP\"\namount = { fixed = 100 }\n";

/// The id-card gets a fee version of its own with `item`.
fn id_card_fee(case: &Case, valid_from: &str, item: &str) {
    let mut text = case.read(ID_CARD);
    text.push_str(&format!(
        "\n[[fees]]\nvalid_from = \"{valid_from}\"\nsource = {{ ar = \"قرار\", en = \"Decision\" }}\n{item}"
    ));
    case.write(ID_CARD, text.as_bytes());
}

fn add_document(case: &Case, file: &str, name_ar: &str) {
    let mut text = case.read(file);
    // Before the first table: documents are top-level tables too.
    let at = text.find("\n[").unwrap() + 1;
    text.insert_str(
        at,
        &format!("[[documents]]\nid = \"extra\"\nname = {{ ar = \"{name_ar}\", en = \"Extract\" }}\ncopies = 1\n\n"),
    );
    case.write(file, text.as_bytes());
}

#[test]
fn the_same_document_under_different_names() {
    let case = Case::new();
    add_document(&case, EXTRACT, "إخراج قيد");
    add_document(&case, ID_CARD, "اخراج القيد الفردي");
    let report = case.report();
    let found = &report.consistency.document_names;
    assert_eq!(found.len(), 1, "{found:?}");
    let names: Vec<(&str, Vec<&str>)> = found[0]
        .names
        .iter()
        .map(|n| {
            (
                n.name.ar.as_str(),
                n.services.iter().map(|s| s.id.as_str()).collect(),
            )
        })
        .collect();
    assert!(
        names.contains(&("إخراج قيد", vec!["civil-extract"])),
        "{names:?}"
    );
    assert!(
        names.contains(&("اخراج القيد الفردي", vec!["id-card"])),
        "{names:?}"
    );
}

#[test]
fn spelling_variants_and_two_different_documents_are_not_findings() {
    // Only hamza and the article differ: the same name.
    let case = Case::new();
    add_document(&case, EXTRACT, "إخراج قيد");
    add_document(&case, ID_CARD, "اخراج القيد");
    assert!(case.report().consistency.document_names.is_empty());
    // «إخراج قيد» is next to both an individual and a family extract:
    // which one it means is not known, so nothing is claimed.
    let case = Case::new();
    add_document(&case, EXTRACT, "إخراج قيد");
    add_document(&case, ID_CARD, "إخراج قيد فردي");
    add_document(&case, "services/marriage.toml", "إخراج قيد عائلي");
    let found = case.report().consistency.document_names;
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_stamp_at_different_amounts() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "[[fees.items]]\nid = \"fee\"",
        &format!("{}\n[[fees.items]]\nid = \"fee\"", STAMP_100.trim_start()),
    );
    id_card_fee(
        &case,
        "2025-01-01",
        &STAMP_100.replace("fixed = 100", "fixed = 200"),
    );
    let report = case.report();
    let found = &report.consistency.amounts;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, "stamp");
    let amounts: Vec<(&str, &str)> = found[0]
        .amounts
        .iter()
        .map(|a| (a.amount.as_str(), a.services[0].id.as_str()))
        .collect();
    assert!(amounts.contains(&("100", "civil-extract")), "{amounts:?}");
    assert!(amounts.contains(&("200", "id-card")), "{amounts:?}");
}

#[test]
fn the_same_stamp_amount_or_a_tariff_not_yet_in_force_is_no_finding() {
    let case = Case::new();
    case.edit(
        EXTRACT,
        "[[fees.items]]\nid = \"fee\"",
        &format!("{}\n[[fees.items]]\nid = \"fee\"", STAMP_100.trim_start()),
    );
    id_card_fee(&case, "2025-01-01", STAMP_100);
    assert!(case.report().consistency.amounts.is_empty());
    let case = Case::new();
    case.edit(
        EXTRACT,
        "[[fees.items]]\nid = \"fee\"",
        &format!("{}\n[[fees.items]]\nid = \"fee\"", STAMP_100.trim_start()),
    );
    // From next year: not what the citizen pays today.
    id_card_fee(
        &case,
        "2027-06-01",
        &STAMP_100.replace("fixed = 100", "fixed = 200"),
    );
    assert!(case.report().consistency.amounts.is_empty());
}

/// Two local directorates of the interior, in Damascus and Aleppo.
fn local_directorates(case: &Case) {
    let mut text = case.read("authorities.toml");
    for gov in ["damascus", "aleppo"] {
        text.push_str(&format!(
            "\n[[authority]]\nid = \"{gov}-civil\"\nkind = \"directorate\"\nname = {{ ar = \"مديرية {gov}\", en = \"{gov}\" }}\nparent = \"interior\"\ngovernorate = \"{gov}\"\n"
        ));
    }
    case.write("authorities.toml", text.as_bytes());
}

#[test]
fn one_kind_of_service_done_differently_between_governorates() {
    let case = Case::new();
    local_directorates(&case);
    case.write(
        "services/permit-damascus.toml",
        local_service(
            "permit-damascus",
            "damascus-civil",
            "رخصة بناء - دمشق",
            3,
            None,
            2,
        )
        .as_bytes(),
    );
    case.write(
        "services/permit-aleppo.toml",
        local_service(
            "permit-aleppo",
            "aleppo-civil",
            "رخصة بناء - حلب",
            10,
            None,
            4,
        )
        .as_bytes(),
    );
    let report = case.report();
    let found = &report.consistency.governorates;
    assert_eq!(found.len(), 1, "{found:?}");
    let g = &found[0];
    assert_eq!(g.kind.ar, "رخصة بناء", "the name without the governorate");
    assert!(g.times_differ && g.steps_differ);
    let variants: Vec<(&str, &str, &str, usize)> = g
        .variants
        .iter()
        .map(|v| {
            (
                v.service.id.as_str(),
                v.governorate.as_str(),
                v.processing_time.as_str(),
                v.steps,
            )
        })
        .collect();
    assert!(
        variants.contains(&("permit-damascus", "damascus", "1-3 days", 2)),
        "{variants:?}"
    );
    assert!(
        variants.contains(&("permit-aleppo", "aleppo", "1-10 days", 4)),
        "{variants:?}"
    );
}

#[test]
fn the_same_times_or_a_stated_reason_is_no_finding() {
    let case = Case::new();
    local_directorates(&case);
    case.write(
        "services/permit-damascus.toml",
        local_service(
            "permit-damascus",
            "damascus-civil",
            "رخصة بناء - دمشق",
            3,
            None,
            2,
        )
        .as_bytes(),
    );
    case.write(
        "services/permit-aleppo.toml",
        local_service(
            "permit-aleppo",
            "aleppo-civil",
            "رخصة بناء - حلب",
            3,
            None,
            2,
        )
        .as_bytes(),
    );
    assert!(case.report().consistency.governorates.is_empty());
    let reason = "لجنة الكشف تجتمع أسبوعيا";
    case.write(
        "services/permit-damascus.toml",
        local_service(
            "permit-damascus",
            "damascus-civil",
            "رخصة بناء - دمشق",
            3,
            Some(reason),
            2,
        )
        .as_bytes(),
    );
    case.write(
        "services/permit-aleppo.toml",
        local_service(
            "permit-aleppo",
            "aleppo-civil",
            "رخصة بناء - حلب",
            10,
            Some(reason),
            2,
        )
        .as_bytes(),
    );
    assert!(case.report().consistency.governorates.is_empty());
}
