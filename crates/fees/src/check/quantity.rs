//! The input a bound or an amount counts: a number, or the time elapsed
//! since a date input.

use super::{find_input, kind_name, unknown_input, Problems};
use dalil_model::fee_schedule::{Elapsed, FeeInput};
use rust_decimal::Decimal;

/// What the quantity is used for, which decides what is allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Use {
    /// A condition's bound: any number, or a date with `elapsed`.
    Bound,
    /// An amount's multiplier: a number that cannot be negative, or a date
    /// with `elapsed`.
    Amount,
    /// A percentage's base: a number that cannot be negative.
    PercentBase,
}

/// Checks that `input` can be counted for `usage`. `path` is the rule or
/// condition; the problem goes on its `input` or `elapsed` field.
pub(super) fn check_quantity(
    path: &str,
    input: &str,
    elapsed: Option<Elapsed>,
    usage: Use,
    inputs: &[FeeInput],
    problems: &mut Problems,
) {
    let Some(declared) = find_input(inputs, input) else {
        problems.add(format!("{path}.input"), unknown_input(inputs, input));
        return;
    };
    match (declared, elapsed) {
        (FeeInput::Number { min, .. }, None) => {
            if usage != Use::Bound && min.0 < Decimal::ZERO {
                problems.add(
                    format!("{path}.input"),
                    format!(
                        "`{input}` can be negative (its min is {min}), which would make this line negative; give the input a min of 0 or more"
                    ),
                );
            }
        }
        (FeeInput::Date { .. }, Some(_)) if usage != Use::PercentBase => {}
        (FeeInput::Date { .. }, None) if usage != Use::PercentBase => problems.add(
            format!("{path}.elapsed"),
            format!(
                "`{input}` is a date: say how to count the time since it with `elapsed = \"days\"`, `\"months\"` or `\"years\"`"
            ),
        ),
        (other, Some(_)) if usage != Use::PercentBase => problems.add(
            format!("{path}.elapsed"),
            format!(
                "`elapsed` counts the time since a date input, but `{input}` is {}",
                kind_name(other)
            ),
        ),
        (other, _) => {
            let needed = if usage == Use::PercentBase {
                "a number input"
            } else {
                "a number input (or a date input with `elapsed`)"
            };
            problems.add(
                format!("{path}.input"),
                format!("this needs {needed}, but `{input}` is {}", kind_name(other)),
            );
        }
    }
}
