//! Checking a schedule for the audit: every problem is reported with the
//! path of the field to fix and a message that says how.

mod conditions;
mod inputs;
mod items;
mod quantity;
mod rules;

use crate::date::Date;
use dalil_model::fee_schedule::FeeInput;
use dalil_model::{Amount, FeeVersion};
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt;

/// A mistake in a schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ScheduleProblem {
    /// The field to fix, as a path in the source: `items[2].amount.by_choice.amounts`.
    /// [`check`] gives paths inside the version; [`check_versions`] prefixes
    /// them with the version's place in the service: `fees[0].items[2]…`.
    pub path: String,
    /// What is wrong and how to fix it, in English.
    pub message: String,
}

impl ScheduleProblem {
    /// The same problem, with its path placed under `prefix`.
    pub fn under(self, prefix: &str) -> ScheduleProblem {
        ScheduleProblem {
            path: format!("{prefix}.{}", self.path),
            message: self.message,
        }
    }
}

impl fmt::Display for ScheduleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Collects problems; each check appends to it. Each problem is marked
/// whether it could make a figure wrong (and so stops `evaluate`) or only
/// stops publication (a missing source, a repeated item id).
#[derive(Default)]
pub(crate) struct Problems(Vec<(ScheduleProblem, Blocks)>);

/// What a problem stops.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Blocks {
    Evaluation,
    PublicationOnly,
}

impl Problems {
    /// A problem that could make a figure wrong.
    pub fn add(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(path, message, Blocks::Evaluation);
    }

    /// A problem for the audit that does not change any figure.
    pub fn add_for_audit(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.push(path, message, Blocks::PublicationOnly);
    }

    fn push(&mut self, path: impl Into<String>, message: impl Into<String>, blocks: Blocks) {
        let problem = ScheduleProblem {
            path: path.into(),
            message: message.into(),
        };
        self.0.push((problem, blocks));
    }

    /// Reports a negative amount at `path`.
    pub fn not_negative(&mut self, path: impl Into<String>, amount: Amount) {
        if amount.0 < Decimal::ZERO {
            self.add(
                path,
                format!("{amount} is negative; amounts must be 0 or more so that no line can go negative"),
            );
        }
    }
}

/// Checks one version of a schedule. Paths are relative to the version
/// (`items[2].amount…`). An empty list means [`evaluate`](crate::evaluate)
/// will compute it.
///
/// Checked: `valid_from` is a real date; the rounding step is above 0;
/// input and item ids are non-empty and unique; choices have unique options
/// and a default among them; number inputs have `min <= max` and a default
/// within range (and whole when `integer`); every input referenced by a
/// condition or a rule exists and has a compatible kind (`in` a choice, `is`
/// a yes/no, bounds and quantities a number or a date with `elapsed`,
/// `elapsed` only on dates, `by_choice` a choice); `in` and `by_choice`
/// name only real options, and `by_choice` names them all; bounds leave some
/// value; tiers are non-empty, strictly ascending by `upto`, only the last
/// open-ended, each with `fixed` or `rate`; percentages are within 0-100 and
/// `min <= max`; no amount is negative, and no quantity input can be
/// negative; every item has a source (its own or the version's).
pub fn check(version: &FeeVersion) -> Vec<ScheduleProblem> {
    all_problems(version).into_iter().map(|(p, _)| p).collect()
}

/// The problems that could make a figure wrong: `evaluate` refuses a
/// schedule with any. The others (no source, a repeated or empty item or
/// option id, an empty input id) only keep it from publication.
pub(crate) fn check_for_evaluation(version: &FeeVersion) -> Vec<ScheduleProblem> {
    all_problems(version)
        .into_iter()
        .filter(|(_, blocks)| *blocks == Blocks::Evaluation)
        .map(|(p, _)| p)
        .collect()
}

fn all_problems(version: &FeeVersion) -> Vec<(ScheduleProblem, Blocks)> {
    let mut problems = Problems::default();
    if Date::parse(&version.valid_from).is_err() {
        problems.add(
            "valid_from",
            format!(
                "`{}` is not a date; write it as YYYY-MM-DD, for example 2025-01-01",
                version.valid_from
            ),
        );
    }
    if version.rounding.to.0 <= Decimal::ZERO {
        problems.add(
            "rounding.to",
            format!(
                "the rounding step is {}; it must be above 0 (1 rounds to whole pounds)",
                version.rounding.to
            ),
        );
    }
    inputs::check_inputs(&version.inputs, &mut problems);
    items::check_items(version, &mut problems);
    problems.0
}

/// Checks all the versions of a service's schedule: each one with [`check`]
/// (paths prefixed `fees[i].`), and that no two start on the same day. This
/// is the one call the audit needs.
pub fn check_versions(versions: &[FeeVersion]) -> Vec<ScheduleProblem> {
    let mut all = Vec::new();
    for (i, version) in versions.iter().enumerate() {
        let prefix = format!("fees[{i}]");
        all.extend(check(version).into_iter().map(|p| p.under(&prefix)));
    }
    let dates: Vec<Option<Date>> = versions
        .iter()
        .map(|v| Date::parse(&v.valid_from).ok())
        .collect();
    for (j, date) in dates.iter().enumerate() {
        let Some(date) = date else { continue };
        if let Some(i) = dates[..j].iter().position(|d| d.as_ref() == Some(date)) {
            all.push(ScheduleProblem {
                path: format!("fees[{j}].valid_from"),
                message: format!(
                    "{date} is also the valid_from of fees[{i}]; each version needs its own start date"
                ),
            });
        }
    }
    all
}

/// Remembers where each id was first seen, to report repeats in one pass.
#[derive(Default)]
pub(crate) struct FirstSeen<'a>(std::collections::BTreeMap<&'a str, usize>);

impl<'a> FirstSeen<'a> {
    /// The earlier position of `id`, if it was seen before; else records it.
    pub fn earlier(&mut self, id: &'a str, at: usize) -> Option<usize> {
        match self.0.get(id) {
            Some(first) => Some(*first),
            None => {
                self.0.insert(id, at);
                None
            }
        }
    }
}

/// The input named `id`, if the schedule has one.
pub(crate) fn find_input<'a>(inputs: &'a [FeeInput], id: &str) -> Option<&'a FeeInput> {
    inputs.iter().find(|i| i.id() == id)
}

/// The kind of an input, as a clerk writes it in the file.
pub(crate) fn kind_name(input: &FeeInput) -> &'static str {
    match input {
        FeeInput::Choice { .. } => "a choice",
        FeeInput::Number { .. } => "a number",
        FeeInput::YesNo { .. } => "a yes/no",
        FeeInput::Date { .. } => "a date",
    }
}

/// "no input `x`; the inputs are: a, b", for a reference to a missing input.
pub(crate) fn unknown_input(inputs: &[FeeInput], id: &str) -> String {
    if inputs.is_empty() {
        return format!("there is no input `{id}`: the version declares no inputs");
    }
    let ids: Vec<&str> = inputs.iter().map(FeeInput::id).collect();
    format!(
        "there is no input `{id}`; the inputs are: {}",
        ids.join(", ")
    )
}

/// The option ids of a choice, comma-separated, for messages.
pub(crate) fn option_list(options: &[dalil_model::fee_schedule::ChoiceOption]) -> String {
    options
        .iter()
        .map(|o| o.id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}
