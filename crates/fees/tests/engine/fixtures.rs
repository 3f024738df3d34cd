//! Table tests: each file in tests/fixtures/ holds a realistic schedule
//! (`[[fees]]`, as in a service source) and `[[case]]`s with the exact
//! breakdown or the input problems expected.

use dalil_fees::{
    check_versions, describe, evaluate, in_force, Date, Digits, EvalError, FeeVersion, Lang,
};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fixture {
    fees: Vec<FeeVersion>,
    #[serde(rename = "case")]
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    today: String,
    #[serde(default)]
    inputs: BTreeMap<String, String>,
    /// The `valid_from` of the version expected to be in force.
    valid_from: Option<String>,
    /// No version is in force on `today`.
    #[serde(default)]
    no_version: bool,
    #[serde(default)]
    lines: Vec<ExpectedLine>,
    #[serde(default)]
    totals: BTreeMap<String, String>,
    /// The currencies of the totals, in order, when it matters.
    totals_order: Option<Vec<String>>,
    #[serde(default)]
    errors: Vec<ExpectedError>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedLine {
    item: String,
    amount: String,
    unrounded: Option<String>,
    /// `describe(detail, En, Latin)`.
    describe: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedError {
    input: String,
    /// `InputProblem::code()`.
    problem: String,
}

fn fixture_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

fn decimal(text: &str) -> rust_decimal::Decimal {
    rust_decimal::Decimal::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// Runs one case; returns a description of each mismatch.
fn run_case(fees: &[FeeVersion], case: &Case) -> Vec<String> {
    let mut wrong = Vec::new();
    let today = Date::parse(&case.today).expect("case date");
    let Some(version) = in_force(fees, today) else {
        if !case.no_version {
            wrong.push("no version in force".to_string());
        }
        return wrong;
    };
    if case.no_version {
        wrong.push(format!("version {} is in force", version.valid_from));
        return wrong;
    }
    if let Some(from) = &case.valid_from {
        if &version.valid_from != from {
            wrong.push(format!(
                "version {} in force, not {from}",
                version.valid_from
            ));
        }
    }
    match evaluate(version, &case.inputs, today) {
        Ok(breakdown) => {
            if !case.errors.is_empty() {
                wrong.push(format!("expected errors, got {breakdown:?}"));
                return wrong;
            }
            let got: Vec<(&str, String)> = breakdown
                .lines
                .iter()
                .map(|l| (l.item_id.as_str(), l.amount.to_string()))
                .collect();
            let want: Vec<(&str, String)> = case
                .lines
                .iter()
                .map(|l| (l.item.as_str(), decimal(&l.amount).normalize().to_string()))
                .collect();
            if got != want {
                wrong.push(format!("lines: got {got:?}, want {want:?}"));
            }
            for (line, expected) in breakdown.lines.iter().zip(&case.lines) {
                if let Some(unrounded) = &expected.unrounded {
                    if line.unrounded.0 != decimal(unrounded) {
                        wrong.push(format!(
                            "{}: unrounded {}, want {unrounded}",
                            line.item_id, line.unrounded
                        ));
                    }
                }
                if let Some(text) = &expected.describe {
                    let got = describe(&line.detail, Lang::En, Digits::Latin);
                    if &got != text {
                        wrong.push(format!("{}: describe {got:?}, want {text:?}", line.item_id));
                    }
                }
            }
            let got: BTreeMap<String, rust_decimal::Decimal> = breakdown
                .totals
                .iter()
                .map(|(c, a)| (c.code().to_string(), a.0))
                .collect();
            let want: BTreeMap<String, rust_decimal::Decimal> = case
                .totals
                .iter()
                .map(|(c, a)| (c.clone(), decimal(a)))
                .collect();
            if got != want {
                wrong.push(format!("totals: got {got:?}, want {want:?}"));
            }
            if let Some(order) = &case.totals_order {
                let got: Vec<&str> = breakdown.totals.iter().map(|(c, _)| c.code()).collect();
                if &got != order {
                    wrong.push(format!("totals order: got {got:?}, want {order:?}"));
                }
            }
            if breakdown.sample != version.sample {
                wrong.push("sample flag not carried".to_string());
            }
            if breakdown.valid_from.to_string() != version.valid_from {
                wrong.push("valid_from not carried".to_string());
            }
        }
        Err(EvalError::Inputs { errors }) => {
            let got: Vec<(&str, &str)> = errors
                .iter()
                .map(|e| (e.input.as_str(), e.problem.code()))
                .collect();
            let want: Vec<(&str, &str)> = case
                .errors
                .iter()
                .map(|e| (e.input.as_str(), e.problem.as_str()))
                .collect();
            if got != want {
                wrong.push(format!("errors: got {got:?}, want {want:?}"));
            }
        }
        Err(other) => wrong.push(format!("unexpected error: {other}")),
    }
    wrong
}

#[test]
fn every_fixture_schedule_is_valid_and_every_case_gives_the_exact_breakdown() {
    let files = fixture_files();
    assert!(files.len() >= 10, "fixtures missing: {files:?}");
    let mut failures = Vec::new();
    let mut cases = 0;
    for file in &files {
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let text = std::fs::read_to_string(file).expect("read fixture");
        let fixture: Fixture = match toml::from_str(&text) {
            Ok(f) => f,
            Err(e) => {
                failures.push(format!("{name}: does not parse: {e}"));
                continue;
            }
        };
        for problem in check_versions(&fixture.fees) {
            failures.push(format!("{name}: schedule problem {problem}"));
        }
        for case in &fixture.cases {
            cases += 1;
            for w in run_case(&fixture.fees, case) {
                failures.push(format!("{name}: {}: {w}", case.name));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {cases} cases:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
