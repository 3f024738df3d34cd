//! What can go wrong when evaluating: bad answers, a broken schedule, or an
//! amount too large to compute exactly. Each is data, so the app can show its
//! own localised message next to the field; `Display` is English, for the CLI.

use crate::check::ScheduleProblem;
use dalil_model::Amount;
use serde::Serialize;
use std::fmt;

/// One invalid answer, tied to the input it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct InputError {
    /// The input id, as in the schedule (or as given, for an unknown name).
    pub input: String,
    pub problem: InputProblem,
}

/// Why an answer cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InputProblem {
    /// The name is not an input of this schedule.
    UnknownInput {
        known: Vec<String>,
    },
    /// No value, or an empty one, and the schedule gives no default.
    Missing,
    /// Not a plain decimal number.
    NotANumber,
    /// A number too large to compute with exactly, or one that makes a line
    /// too large.
    TooLarge,
    /// A number with more than 28 significant decimal places.
    TooPrecise,
    BelowMin {
        min: Amount,
    },
    AboveMax {
        max: Amount,
    },
    /// A fraction where the schedule wants a whole number.
    NotWhole,
    /// Not one of the choice's option ids.
    UnknownOption {
        options: Vec<String>,
    },
    /// Not a yes/no answer.
    NotYesNo,
    /// Not a real date written `YYYY-MM-DD`.
    NotADate,
    /// A date after today.
    FutureDate,
    /// A date before the input's `earliest` (given, as `YYYY-MM-DD`).
    TooEarly {
        earliest: String,
    },
}

impl InputProblem {
    /// A stable kebab-case code, for looking up a localised message.
    pub fn code(&self) -> &'static str {
        match self {
            InputProblem::UnknownInput { .. } => "unknown-input",
            InputProblem::Missing => "missing",
            InputProblem::NotANumber => "not-a-number",
            InputProblem::TooLarge => "too-large",
            InputProblem::TooPrecise => "too-precise",
            InputProblem::BelowMin { .. } => "below-min",
            InputProblem::AboveMax { .. } => "above-max",
            InputProblem::NotWhole => "not-whole",
            InputProblem::UnknownOption { .. } => "unknown-option",
            InputProblem::NotYesNo => "not-yes-no",
            InputProblem::NotADate => "not-a-date",
            InputProblem::FutureDate => "future-date",
            InputProblem::TooEarly { .. } => "too-early",
        }
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputProblem::UnknownInput { known } if known.is_empty() => {
                f.write_str("this schedule asks no questions")
            }
            InputProblem::UnknownInput { known } => {
                write!(f, "no such input; the inputs are: {}", known.join(", "))
            }
            InputProblem::Missing => f.write_str("a value is needed"),
            InputProblem::NotANumber => f.write_str(
                "not a number: use digits, with `.` or `٫` before decimals and no exponent",
            ),
            InputProblem::TooLarge => f.write_str("the value is too large"),
            InputProblem::TooPrecise => f.write_str("too many decimal places"),
            InputProblem::BelowMin { min } => write!(f, "must be at least {min}"),
            InputProblem::AboveMax { max } => write!(f, "must be at most {max}"),
            InputProblem::NotWhole => f.write_str("must be a whole number"),
            InputProblem::UnknownOption { options } => {
                write!(f, "not an option; choose one of: {}", options.join(", "))
            }
            InputProblem::NotYesNo => f.write_str("answer yes or no"),
            InputProblem::NotADate => f.write_str("not a date: write it as YYYY-MM-DD"),
            InputProblem::FutureDate => f.write_str("the date is in the future"),
            InputProblem::TooEarly { earliest } => {
                write!(f, "the date must be {earliest} or later")
            }
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.input, self.problem)
    }
}

impl std::error::Error for InputError {}

/// Why `evaluate` gave no breakdown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
pub enum EvalError {
    /// Some answers are invalid: every one is listed, in the schedule's
    /// input order, then unknown names.
    Inputs { errors: Vec<InputError> },
    /// The schedule has problems that could make a figure wrong (see
    /// [`check`](crate::check())); nothing is computed from it.
    Schedule { problems: Vec<ScheduleProblem> },
    /// A line or a total exceeds the exact range and no single answer is to
    /// blame (an answer to blame is reported as `InputProblem::TooLarge`).
    Overflow { item: String },
}

impl EvalError {
    /// The invalid answers, if that is the reason.
    pub fn input_errors(&self) -> &[InputError] {
        match self {
            EvalError::Inputs { errors } => errors,
            _ => &[],
        }
    }
}

/// An `EvalError` reads as the list of invalid answers (empty for the other
/// kinds), so code written for a plain `Vec<InputError>` error keeps working:
/// `errors.iter()`, `errors.len()`, `errors[0]`, `for e in &errors`.
impl std::ops::Deref for EvalError {
    type Target = [InputError];
    fn deref(&self) -> &[InputError] {
        self.input_errors()
    }
}

impl PartialEq<Vec<InputError>> for EvalError {
    fn eq(&self, other: &Vec<InputError>) -> bool {
        self.input_errors() == other.as_slice()
    }
}

impl IntoIterator for EvalError {
    type Item = InputError;
    type IntoIter = std::vec::IntoIter<InputError>;
    fn into_iter(self) -> Self::IntoIter {
        match self {
            EvalError::Inputs { errors } => errors.into_iter(),
            _ => Vec::new().into_iter(),
        }
    }
}

impl<'a> IntoIterator for &'a EvalError {
    type Item = &'a InputError;
    type IntoIter = std::slice::Iter<'a, InputError>;
    fn into_iter(self) -> Self::IntoIter {
        self.input_errors().iter()
    }
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Inputs { errors } => {
                f.write_str("invalid answers:")?;
                for e in errors {
                    write!(f, "\n  {e}")?;
                }
                Ok(())
            }
            EvalError::Schedule { problems } => {
                f.write_str("the fee schedule has problems:")?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
            EvalError::Overflow { item } => {
                write!(f, "the amount of `{item}` is too large to compute exactly")
            }
        }
    }
}

impl std::error::Error for EvalError {}
