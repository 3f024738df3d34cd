//! Checks on the inputs themselves: ids, options, ranges and defaults.

use super::{option_list, FirstSeen, Problems};
use crate::date::Date;
use dalil_model::fee_schedule::{ChoiceOption, FeeInput};
use dalil_model::Amount;

pub(super) fn check_inputs(inputs: &[FeeInput], problems: &mut Problems) {
    let mut seen = FirstSeen::default();
    for (i, input) in inputs.iter().enumerate() {
        let path = format!("inputs[{i}]");
        let id = input.id();
        if id.trim().is_empty() {
            problems.add_for_audit(
                format!("{path}.id"),
                "the id is empty; give the input an id",
            );
        } else if let Some(first) = seen.earlier(id, i) {
            problems.add(
                format!("{path}.id"),
                format!("`{id}` is also the id of inputs[{first}]; input ids must be unique"),
            );
        }
        match input {
            FeeInput::Choice {
                options, default, ..
            } => check_choice(&path, options, default.as_deref(), problems),
            FeeInput::Number {
                min,
                max,
                default,
                integer,
                ..
            } => check_number(&path, *min, *max, *default, *integer, problems),
            FeeInput::Date { earliest, .. } => check_date(&path, earliest.as_deref(), problems),
            FeeInput::YesNo { .. } => {}
        }
    }
}

/// A date input needs an earliest date, and it must be a real one. A
/// missing bound changes no figure for a sensible answer, so it stops only
/// publication; a malformed one could, so it stops evaluation.
fn check_date(path: &str, earliest: Option<&str>, problems: &mut Problems) {
    match earliest {
        None => problems.add_for_audit(
            format!("{path}.earliest"),
            "a date input needs `earliest = \"YYYY-MM-DD\"`, the earliest date that makes \
             sense (for example the oldest event the rule applies to); without it a date such \
             as 0001-01-01 prices centuries of elapsed time",
        ),
        Some(text) => {
            if Date::parse(text).is_err() {
                problems.add(
                    format!("{path}.earliest"),
                    format!("`{text}` is not a real date; write it as YYYY-MM-DD"),
                );
            }
        }
    }
}

fn check_choice(
    path: &str,
    options: &[ChoiceOption],
    default: Option<&str>,
    problems: &mut Problems,
) {
    if options.is_empty() {
        problems.add(
            format!("{path}.options"),
            "a choice needs at least one option",
        );
    }
    let mut seen = FirstSeen::default();
    for (j, option) in options.iter().enumerate() {
        if option.id.trim().is_empty() {
            problems.add_for_audit(
                format!("{path}.options[{j}].id"),
                "the option id is empty; give the option an id",
            );
        } else if let Some(first) = seen.earlier(&option.id, j) {
            problems.add_for_audit(
                format!("{path}.options[{j}].id"),
                format!(
                    "`{}` is also the id of options[{first}]; option ids must be unique",
                    option.id
                ),
            );
        }
    }
    if let Some(default) = default {
        if !options.iter().any(|o| o.id == default) {
            problems.add(
                format!("{path}.default"),
                format!(
                    "`{default}` is not one of the options ({}); the default must be one of them",
                    option_list(options)
                ),
            );
        }
    }
}

fn check_number(
    path: &str,
    min: Amount,
    max: Amount,
    default: Option<Amount>,
    integer: bool,
    problems: &mut Problems,
) {
    if min > max {
        problems.add(
            format!("{path}.max"),
            format!("max {max} is below min {min}; no value would be accepted"),
        );
    }
    if let Some(default) = default {
        if default < min || default > max {
            problems.add(
                format!("{path}.default"),
                format!("the default {default} is outside the range {min} to {max}"),
            );
        } else if integer && !default.0.is_integer() {
            problems.add(
                format!("{path}.default"),
                format!("the default {default} is not a whole number, but the input is `integer`"),
            );
        }
    }
}
