//! The parse → check → evaluate path that fuzzing drives, with the
//! invariants every result must keep. Shared, file for file, by the stable
//! proptest fuzz test (fuzz.rs) and the cargo-fuzz target (fuzz/), which
//! includes it with `#[path]`; so it uses only dalil-fees, dalil-model,
//! rust_decimal, toml and serde_json.

use dalil_fees::{
    check, check_versions, default_inputs, describe, evaluate, format_money, in_force, upcoming,
    Date, Digits, EvalError, FeeVersion, Inputs, Lang,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A service source's schedule list, as in `[[fees]]`.
#[derive(serde::Deserialize)]
struct Fees {
    fees: Vec<FeeVersion>,
}

/// Every schedule version the text parses to, as TOML or JSON, alone or as
/// a `fees` list.
pub fn parse_versions(text: &str) -> Vec<FeeVersion> {
    let mut out = Vec::new();
    if let Ok(v) = toml::from_str::<FeeVersion>(text) {
        out.push(v);
    }
    if let Ok(f) = toml::from_str::<Fees>(text) {
        out.extend(f.fees);
    }
    if let Ok(v) = serde_json::from_str::<FeeVersion>(text) {
        out.push(v);
    }
    if let Ok(vs) = serde_json::from_str::<Vec<FeeVersion>>(text) {
        out.extend(vs);
    }
    out
}

/// Answers from `name=value` lines.
pub fn parse_answers(text: &str) -> Inputs {
    text.lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Raw fuzz bytes: a schedule, then optionally `\n---\n` and answers.
pub fn run_bytes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let (schedule, answers) = text.split_once("\n---\n").unwrap_or((&text, ""));
    let answers = parse_answers(answers);
    // The day varies with the input so that elapsed times and versions vary.
    let seed = data
        .iter()
        .fold(0i64, |acc, b| (acc * 31 + i64::from(*b)) % 40_000);
    let today = Date::from_days_since_epoch(seed).unwrap_or_else(fallback_day);
    let versions = parse_versions(schedule);
    let _ = check_versions(&versions);
    let _ = in_force(&versions, today);
    let _ = upcoming(&versions, today);
    for version in &versions {
        exercise(version, &answers, today);
    }
}

fn fallback_day() -> Date {
    Date::from_days_since_epoch(20_000).unwrap_or_else(|| unreachable!("20000 days is in range"))
}

/// Checks and evaluates one version with the answers and with its defaults,
/// and asserts what must hold whatever the input.
pub fn exercise(version: &FeeVersion, answers: &Inputs, today: Date) {
    let problems = check(version);
    for inputs in [answers.clone(), default_inputs(version)] {
        match evaluate(version, &inputs, today) {
            Ok(breakdown) => assert_sound(version, &breakdown),
            // Only problems `check` reports can stop the computation.
            Err(EvalError::Schedule { problems: found }) => {
                assert!(!found.is_empty());
                for p in &found {
                    assert!(
                        problems.contains(p),
                        "{p} stopped evaluation but check missed it"
                    );
                }
            }
            Err(EvalError::Inputs { errors }) => assert!(!errors.is_empty()),
            Err(EvalError::Overflow { item }) => {
                assert!(version.items.iter().any(|i| i.id == item))
            }
        }
    }
}

/// No negative line; totals are the sums of the lines per currency; every
/// line is a multiple of the rounding step within one step of the exact
/// amount; formatting never fails.
pub fn assert_sound(version: &FeeVersion, breakdown: &dalil_fees::Breakdown) {
    let step = version.rounding.to.0;
    let mut sums: BTreeMap<&str, Decimal> = BTreeMap::new();
    for line in &breakdown.lines {
        assert!(line.amount.0 >= Decimal::ZERO, "negative line {line:?}");
        assert!(
            line.unrounded.0 >= Decimal::ZERO,
            "negative exact amount {line:?}"
        );
        let remainder = line.amount.0.checked_rem(step);
        assert_eq!(
            remainder,
            Some(Decimal::ZERO),
            "{line:?} is not a multiple of {step}"
        );
        let off = (line.amount.0 - line.unrounded.0).abs();
        assert!(off < step, "{line:?} rounded more than a step");
        let sum = sums.entry(line.currency.code()).or_default();
        *sum = sum
            .checked_add(line.amount.0)
            .expect("the engine summed these already");
        for lang in Lang::ALL {
            let _ = describe(&line.detail, lang, Digits::ArabicIndic);
            let _ = format_money(line.amount, line.currency, lang, Digits::Latin);
        }
    }
    let totals: BTreeMap<&str, Decimal> = breakdown
        .totals
        .iter()
        .map(|(c, a)| (c.code(), a.0))
        .collect();
    assert_eq!(totals, sums, "totals are not the sums of the lines");
    let order: Vec<_> = breakdown.totals.iter().map(|(c, _)| *c).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "totals out of order");
}
