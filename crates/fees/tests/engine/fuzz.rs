//! Stable, CI-run fuzzing with proptest: random bytes, mutated real
//! schedules and random answers go through the same parse → check →
//! evaluate path as the cargo-fuzz target (harness.rs), which asserts the
//! invariants. Any panic is a failure.

use crate::harness::{exercise, parse_versions, run_bytes};
use crate::support::{date, EVERYTHING};
use dalil_fees::{FeeVersion, Inputs};
use proptest::prelude::*;
use std::path::Path;

/// The fixture schedules' TOML texts, plus the all-kinds schedule.
fn schedule_texts() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    texts.sort();
    texts.push(EVERYTHING.to_string());
    texts
}

fn schedules() -> Vec<FeeVersion> {
    schedule_texts()
        .iter()
        .flat_map(|t| parse_versions(t))
        .collect()
}

/// Text fragments that reach the interesting paths when spliced in.
const TOKENS: &[&str] = &[
    "-1",
    "0",
    "1",
    "\"0.5\"",
    "\"-0.0001\"",
    "100",
    "101",
    "\"79228162514264337593543950335\"",
    "79228162514264337",
    "9223372036854775807",
    "\"1e30\"",
    "2.5",
    "\"NaN\"",
    "[]",
    "{}",
    "upto = 0",
    "elapsed = \"days\"",
    "elapsed = \"years\"",
    "mode = \"marginal\"",
    "mode = \"up\"",
    "to = \"0.001\"",
    "to = 0",
    "free = 1000000",
    "is = true",
    "in = []",
    "in = [\"x\"]",
    "above = 5",
    "below = 0",
    "at_least = 1",
    "at_most = -1",
    "kind = \"date\"",
    "kind = \"number\"",
    "kind = \"choice\"",
    "kind = \"yes_no\"",
    "currency = \"EUR\"",
    "\"\"",
    "\"٣\"",
    "\n",
    "=",
    ",",
    "\"2024-02-29\"",
    "\"9999-12-31\"",
    "\"0000-00-00\"",
    "rate = \"0.0000000000000000000000000001\"",
];

/// Raw answer texts, valid and not.
fn answer_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        "[0-9]{1,40}",
        "-?[0-9]{0,6}([.,][0-9]{0,6})?",
        "[٠-٩]{1,8}(٫[٠-٩]{1,4})?",
        "[0-9]{4}-[0-9]{2}-[0-9]{2}",
        prop::sample::select(vec![
            "yes",
            "no",
            "نعم",
            "لا",
            "true",
            "1",
            "0",
            "regular",
            "urgent",
            "abroad",
            "syria",
            "NaN",
            "inf",
            "1e9",
            "79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "2024-02-29",
            "2025-06-01",
            "1,000,000",
            "١٬٠٠٠",
        ])
        .prop_map(str::to_string),
        any::<String>(),
    ]
}

/// Answers keyed by the schedule's input ids, plus the odd unknown name.
fn answers_for(version: &FeeVersion) -> impl Strategy<Value = Inputs> {
    let mut names: Vec<String> = version.inputs.iter().map(|i| i.id().to_string()).collect();
    names.push("unknown".to_string());
    prop::collection::btree_map(prop::sample::select(names), answer_text(), 0..6)
}

/// A real schedule and random answers to it.
fn schedule_and_answers() -> impl Strategy<Value = (FeeVersion, Inputs)> {
    prop::sample::select(schedules()).prop_flat_map(|v| {
        let answers = answers_for(&v);
        (Just(v), answers)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::support::cases(512), ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(data in prop::collection::vec(any::<u8>(), 0..512)) {
        run_bytes(&data);
    }

    #[test]
    fn mutated_schedules_never_panic(
        pick in any::<prop::sample::Index>(),
        at in any::<prop::sample::Index>(),
        cut in 0usize..24,
        token in prop::sample::select(TOKENS),
        answers in prop::collection::vec(("[a-z_]{1,12}", answer_text()), 0..5),
    ) {
        let texts = schedule_texts();
        let text = texts[pick.index(texts.len())].clone();
        let start = at.index(text.len().max(1));
        let start = (0..=start).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        let end = (start + cut..=text.len()).find(|i| text.is_char_boundary(*i)).unwrap_or(text.len());
        let mut mutated = format!("{}{token}{}", &text[..start], &text[end..]);
        mutated.push_str("\n---\n");
        for (k, v) in answers {
            mutated.push_str(&format!("{k}={v}\n"));
        }
        run_bytes(mutated.as_bytes());
    }

    #[test]
    fn random_answers_to_real_schedules_never_panic(
        (version, answers) in schedule_and_answers(),
        day in 0i64..30_000,
    ) {
        let today = dalil_fees::Date::from_days_since_epoch(day).unwrap_or_else(|| date("2025-06-01"));
        exercise(&version, &answers, today);
    }
}
