//! Turning the raw answers (what a user typed, or what a URL carried) into
//! typed values, with the schedule's defaults for unanswered questions.

use crate::date::Date;
use crate::error::{InputError, InputProblem};
use crate::number::{ascii_digit, parse_number, NumberError};
use dalil_model::fee_schedule::FeeInput;
use dalil_model::{Amount, FeeVersion};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Raw answers keyed by input id, exactly as typed or carried in a URL.
pub type Inputs = BTreeMap<String, String>;

/// A valid answer to one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// An option id of a choice input.
    Choice(String),
    /// A number within the input's range.
    Number(Decimal),
    YesNo(bool),
    /// A date not after today.
    Date(Date),
}

/// The valid answers of a schedule's inputs. An input is absent when it
/// was not answered (or answered with blank text) and has no default, or
/// when its answer is invalid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values(BTreeMap<String, Value>);

impl Values {
    pub fn get(&self, input: &str) -> Option<&Value> {
        self.0.get(input)
    }
}

/// Reads a yes/no answer: `true/false`, `yes/no`, `y/n`, `on/off`, `1/0`
/// (in any digit script) or `نعم/لا`, ignoring case and surrounding spaces.
pub fn parse_yes_no(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "true" | "yes" | "y" | "on" | "1" | "١" | "۱" | "نعم" => Some(true),
        "false" | "no" | "n" | "off" | "0" | "٠" | "۰" | "لا" => Some(false),
        _ => None,
    }
}

/// The answer a schedule gives when the user gives none, written the way a
/// user would type it (so it goes through the same checks as typed text).
/// Dates have no default.
pub fn default_answer(input: &FeeInput) -> Option<String> {
    match input {
        FeeInput::Choice { default, .. } => default.clone(),
        FeeInput::Number { default, .. } => default.map(|d| d.to_string()),
        FeeInput::YesNo { default, .. } => Some(if *default { "yes" } else { "no" }.to_string()),
        FeeInput::Date { .. } => None,
    }
}

/// The schedule's default answers, for pre-filling a form or a URL. Inputs
/// without a default (dates, numbers or choices that give none) are absent.
pub fn default_inputs(version: &FeeVersion) -> Inputs {
    version
        .inputs
        .iter()
        .filter_map(|input| Some((input.id().to_string(), default_answer(input)?)))
        .collect()
}

/// Checks one raw answer against its input. `today` bounds dates. Blank
/// text is `Missing`.
pub fn parse_answer(input: &FeeInput, raw: &str, today: Date) -> Result<Value, InputProblem> {
    if raw.trim().is_empty() {
        return Err(InputProblem::Missing);
    }
    match input {
        FeeInput::Choice { options, .. } => {
            let wanted = raw.trim();
            options
                .iter()
                .find(|o| o.id == wanted)
                .or_else(|| options.iter().find(|o| o.id.eq_ignore_ascii_case(wanted)))
                .map(|o| Value::Choice(o.id.clone()))
                .ok_or_else(|| InputProblem::UnknownOption {
                    options: options.iter().map(|o| o.id.clone()).collect(),
                })
        }
        FeeInput::Number {
            min, max, integer, ..
        } => parse_number_answer(raw, *min, *max, *integer).map(Value::Number),
        FeeInput::YesNo { .. } => parse_yes_no(raw)
            .map(Value::YesNo)
            .ok_or(InputProblem::NotYesNo),
        FeeInput::Date { earliest, .. } => {
            // Digits typed on an Arabic keyboard are still digits.
            let ascii: String = raw
                .trim()
                .chars()
                .map(|c| ascii_digit(c).unwrap_or(c))
                .collect();
            let date = Date::parse(&ascii).map_err(|_| InputProblem::NotADate)?;
            if date > today {
                return Err(InputProblem::FutureDate);
            }
            // An `earliest` that is not a date is a schedule problem
            // (`check` reports it and `evaluate` stops there).
            let earliest = earliest.as_deref().and_then(|e| Date::parse(e).ok());
            if let Some(earliest) = earliest.filter(|e| date < *e) {
                return Err(InputProblem::TooEarly {
                    earliest: earliest.to_string(),
                });
            }
            Ok(Value::Date(date))
        }
    }
}

fn parse_number_answer(
    raw: &str,
    min: Amount,
    max: Amount,
    integer: bool,
) -> Result<Decimal, InputProblem> {
    let value = parse_number(raw).map_err(|e| match e {
        NumberError::NotANumber => InputProblem::NotANumber,
        NumberError::TooLarge => InputProblem::TooLarge,
        NumberError::TooPrecise => InputProblem::TooPrecise,
    })?;
    if value < min.0 {
        return Err(InputProblem::BelowMin { min });
    }
    if value > max.0 {
        return Err(InputProblem::AboveMax { max });
    }
    if integer && !value.is_integer() {
        return Err(InputProblem::NotWhole);
    }
    Ok(value)
}

/// Resolves the answers: each input gets its given answer, else its
/// default. Returns the valid values and a problem for every invalid answer
/// and every name the schedule does not have.
///
/// Blank text counts as no answer, and no default replaces it: the user
/// cleared the field. An input left without a value is not an error here;
/// [`evaluate`](crate::evaluate) reports it as `Missing` only if an item that
/// could apply needs it, so that nobody is asked for a date that plays no
/// part in their fees.
pub fn resolve(version: &FeeVersion, inputs: &Inputs, today: Date) -> (Values, Vec<InputError>) {
    let mut values = BTreeMap::new();
    let mut errors = Vec::new();
    for input in &version.inputs {
        let id = input.id();
        let answer = match inputs.get(id) {
            Some(raw) if raw.trim().is_empty() => continue,
            Some(raw) => raw.clone(),
            None => match default_answer(input) {
                Some(raw) => raw,
                None => continue,
            },
        };
        match parse_answer(input, &answer, today) {
            Ok(value) => {
                values.insert(id.to_string(), value);
            }
            Err(problem) => errors.push(InputError {
                input: id.to_string(),
                problem,
            }),
        }
    }
    let known: Vec<String> = version.inputs.iter().map(|i| i.id().to_string()).collect();
    for name in inputs.keys() {
        if !known.contains(name) {
            errors.push(InputError {
                input: name.clone(),
                problem: InputProblem::UnknownInput {
                    known: known.clone(),
                },
            });
        }
    }
    (Values(values), errors)
}
