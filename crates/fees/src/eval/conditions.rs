//! Whether an item applies: every condition of its `when` list must hold.

use super::context::{Context, Fault};
use crate::inputs::Value;
use dalil_model::fee_schedule::Condition;

/// Whether all the conditions hold. A condition on an input without a
/// valid value is unknown: the item does not apply if another condition
/// fails anyway, and otherwise the inputs are reported as needed.
pub(crate) fn all_hold(conditions: &[Condition], ctx: &Context) -> Result<bool, Fault> {
    let mut unanswered = Vec::new();
    for condition in conditions {
        match holds(condition, ctx) {
            Ok(true) => {}
            Ok(false) => return Ok(false),
            Err(Fault::Unanswered(inputs)) => unanswered.extend(inputs),
            Err(other) => return Err(other),
        }
    }
    if unanswered.is_empty() {
        Ok(true)
    } else {
        Err(Fault::Unanswered(unanswered))
    }
}

/// Whether one condition holds: each test it states (`in`, `is`, bounds)
/// must pass.
fn holds(c: &Condition, ctx: &Context) -> Result<bool, Fault> {
    let value = ctx.value(&c.input)?;
    if !c.one_of.is_empty() {
        let Value::Choice(chosen) = value else {
            return Err(Fault::Broken(format!(
                "`in` needs a choice; `{}` is not one",
                c.input
            )));
        };
        if !c.one_of.contains(chosen) {
            return Ok(false);
        }
    }
    if let Some(wanted) = c.is {
        let Value::YesNo(answer) = value else {
            return Err(Fault::Broken(format!(
                "`is` needs a yes/no input; `{}` is not one",
                c.input
            )));
        };
        if *answer != wanted {
            return Ok(false);
        }
    }
    let bounded =
        c.above.is_some() || c.at_least.is_some() || c.below.is_some() || c.at_most.is_some();
    if bounded {
        let n = ctx.quantity(&c.input, c.elapsed)?;
        let within = c.above.is_none_or(|b| n > b.0)
            && c.at_least.is_none_or(|b| n >= b.0)
            && c.below.is_none_or(|b| n < b.0)
            && c.at_most.is_none_or(|b| n <= b.0);
        if !within {
            return Ok(false);
        }
    }
    Ok(true)
}
