//! Checks on an item's `when` conditions.

use super::quantity::{check_quantity, Use};
use super::{find_input, kind_name, option_list, unknown_input, Problems};
use dalil_model::fee_schedule::{Condition, FeeInput};
use dalil_model::Amount;

pub(super) fn check_condition(
    path: &str,
    c: &Condition,
    inputs: &[FeeInput],
    problems: &mut Problems,
) {
    let Some(input) = find_input(inputs, &c.input) else {
        problems.add(format!("{path}.input"), unknown_input(inputs, &c.input));
        return;
    };
    let bounded =
        c.above.is_some() || c.at_least.is_some() || c.below.is_some() || c.at_most.is_some();
    if c.one_of.is_empty() && c.is.is_none() && !bounded {
        problems.add(
            path,
            "the condition tests nothing: give `in` (for a choice), `is` (for a yes/no) or a bound (`above`, `at_least`, `below`, `at_most`)",
        );
    }
    if !c.one_of.is_empty() {
        check_one_of(path, c, input, problems);
    }
    if c.is.is_some() && !matches!(input, FeeInput::YesNo { .. }) {
        problems.add(
            format!("{path}.is"),
            format!(
                "`is` tests a yes/no input, but `{}` is {}",
                c.input,
                kind_name(input)
            ),
        );
    }
    if bounded {
        check_quantity(path, &c.input, c.elapsed, Use::Bound, inputs, problems);
        if bounds_leave_nothing(c) {
            problems.add(
                path,
                "no value satisfies these bounds together, so the item could never apply",
            );
        }
    } else if c.elapsed.is_some() {
        problems.add(
            format!("{path}.elapsed"),
            "`elapsed` is only used with a bound (`above`, `at_least`, `below`, `at_most`)",
        );
    }
}

fn check_one_of(path: &str, c: &Condition, input: &FeeInput, problems: &mut Problems) {
    let FeeInput::Choice { options, .. } = input else {
        problems.add(
            format!("{path}.in"),
            format!(
                "`in` tests a choice input, but `{}` is {}",
                c.input,
                kind_name(input)
            ),
        );
        return;
    };
    for (k, wanted) in c.one_of.iter().enumerate() {
        if !options.iter().any(|o| &o.id == wanted) {
            problems.add(
                format!("{path}.in[{k}]"),
                format!(
                    "`{wanted}` is not an option of `{}`; its options are: {}",
                    c.input,
                    option_list(options)
                ),
            );
        }
    }
}

/// Whether some lower bound is above (or, strictly, at) some upper bound.
fn bounds_leave_nothing(c: &Condition) -> bool {
    let lows: [(Option<Amount>, bool); 2] = [(c.above, true), (c.at_least, false)];
    let highs: [(Option<Amount>, bool); 2] = [(c.below, true), (c.at_most, false)];
    lows.iter().any(|(low, low_strict)| {
        highs.iter().any(|(high, high_strict)| match (low, high) {
            (Some(l), Some(h)) => l > h || (l == h && (*low_strict || *high_strict)),
            _ => false,
        })
    })
}
