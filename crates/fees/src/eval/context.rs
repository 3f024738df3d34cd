//! What every rule and condition reads: the schedule, the valid answers and
//! today's date; and the ways reading them can fail.

use crate::date::Date;
use crate::inputs::{Value, Values};
use dalil_model::fee_schedule::Elapsed;
use dalil_model::FeeVersion;
use rust_decimal::Decimal;

pub(crate) struct Context<'a> {
    pub version: &'a FeeVersion,
    pub values: &'a Values,
    pub today: Date,
}

/// Why a line could not be computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Fault {
    /// The exact range was exceeded; `input` is the answer that drove the
    /// amount, when there is one to blame.
    Overflow { input: Option<String> },
    /// These inputs have no valid value (unanswered, or answered wrongly)
    /// and the line depends on them.
    Unanswered(Vec<String>),
    /// The schedule does not fit the answers. `check` rules this out; it is
    /// kept as an error, not a panic, so that no schedule can crash the app.
    Broken(String),
}

impl Fault {
    pub fn overflow(input: &str) -> Fault {
        Fault::Overflow {
            input: Some(input.to_string()),
        }
    }
}

impl Context<'_> {
    pub fn value(&self, input: &str) -> Result<&Value, Fault> {
        self.values
            .get(input)
            .ok_or_else(|| Fault::Unanswered(vec![input.to_string()]))
    }

    /// The number an amount or a bound is computed from: a number input's
    /// value, or the whole units elapsed since a date input until today.
    pub fn quantity(&self, input: &str, elapsed: Option<Elapsed>) -> Result<Decimal, Fault> {
        match (self.value(input)?, elapsed) {
            (Value::Number(n), None) => Ok(*n),
            (Value::Date(d), Some(unit)) => Ok(Decimal::from(d.elapsed_until(self.today, unit))),
            _ => Err(Fault::Broken(format!(
                "input `{input}` is not a number (or a date with `elapsed`)"
            ))),
        }
    }
}
