//! Evaluating one schedule version for one set of answers.

mod conditions;
mod context;
mod rounding;
mod rules;

use crate::breakdown::{Breakdown, Line};
use crate::check::{check_for_evaluation, ScheduleProblem};
use crate::date::Date;
use crate::error::{EvalError, InputError, InputProblem};
use crate::inputs::{resolve, Inputs};
use context::{Context, Fault};
use dalil_model::fee_schedule::{AmountRule, Currency, FeeItem};
use dalil_model::{Amount, FeeVersion};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Computes the itemised fees of `version` for the raw answers `inputs`, on
/// `today` (which bounds date answers and measures time elapsed).
///
/// Steps:
/// 1. The schedule is checked with [`check`](crate::check()); a problem that
///    could make a figure wrong gives [`EvalError::Schedule`] and no figures.
///    Problems that only concern publication (a missing source, a repeated
///    item id) do not stop the computation.
/// 2. Each answer is validated; an input not answered takes its default
///    (see [`resolve`]).
/// 3. Each item whose `when` conditions all hold becomes a [`Line`]; its
///    exact amount is rounded by the version's rounding. An input without a
///    value is `Missing` only when an item that could apply needs it.
/// 4. Totals are the sums of the rounded lines, per currency.
///
/// Every invalid or missing answer is reported at once, in the schedule's
/// input order, then unknown names, as [`EvalError::Inputs`].
///
/// All arithmetic is exact and checked. An overflow driven by an answer is
/// reported as `InputProblem::TooLarge` on that input; any other as
/// [`EvalError::Overflow`]. Never panics.
pub fn evaluate(
    version: &FeeVersion,
    inputs: &Inputs,
    today: Date,
) -> Result<Breakdown, EvalError> {
    let problems = check_for_evaluation(version);
    if !problems.is_empty() {
        return Err(EvalError::Schedule { problems });
    }
    let valid_from =
        Date::parse(&version.valid_from).map_err(|_| broken("valid_from", "not a date"))?;
    let (values, mut errors) = resolve(version, inputs, today);
    let ctx = Context {
        version,
        values: &values,
        today,
    };

    let invalid: Vec<String> = errors.iter().map(|e| e.input.clone()).collect();
    let mut lines = Vec::new();
    let mut overflow: Option<String> = None;
    for (index, item) in version.items.iter().enumerate() {
        let mut report = |input: String, problem: InputProblem| {
            if !errors.iter().any(|e| e.input == input) {
                errors.push(InputError { input, problem });
            }
        };
        match line(item, &ctx) {
            Ok(Some(line)) => lines.push(line),
            Ok(None) => {}
            Err(Fault::Unanswered(needed)) => {
                // With a wrong answer among them, whether the others are
                // needed is unknown until it is fixed: ask for nothing more.
                if !needed.iter().any(|n| invalid.contains(n)) {
                    for input in needed {
                        report(input, InputProblem::Missing);
                    }
                }
            }
            Err(Fault::Overflow { input: Some(input) }) => report(input, InputProblem::TooLarge),
            Err(Fault::Overflow { input: None }) => {
                overflow.get_or_insert_with(|| item.id.clone());
            }
            Err(Fault::Broken(message)) => {
                return Err(broken(&format!("items[{index}]"), &message));
            }
        }
    }
    if !errors.is_empty() {
        sort_by_input_order(&mut errors, version);
        return Err(EvalError::Inputs { errors });
    }
    if let Some(item) = overflow {
        return Err(EvalError::Overflow { item });
    }
    let totals = totals(&lines)?;
    Ok(Breakdown {
        lines,
        totals,
        sample: version.sample,
        valid_from,
    })
}

/// Schedule order first, then names the schedule does not have (stable).
fn sort_by_input_order(errors: &mut [InputError], version: &FeeVersion) {
    let position = |input: &str| {
        version
            .inputs
            .iter()
            .position(|i| i.id() == input)
            .unwrap_or(usize::MAX)
    };
    errors.sort_by_key(|e| position(&e.input));
}

fn broken(path: &str, message: &str) -> EvalError {
    EvalError::Schedule {
        problems: vec![ScheduleProblem {
            path: path.to_string(),
            message: message.to_string(),
        }],
    }
}

/// The item's line, or `None` when its conditions do not all hold.
fn line(item: &FeeItem, ctx: &Context) -> Result<Option<Line>, Fault> {
    match conditions::all_hold(&item.when, ctx) {
        Ok(true) => {}
        Ok(false) => return Ok(None),
        // The item may apply: its amount's input is needed too.
        Err(Fault::Unanswered(mut needed)) => {
            if let Some(input) = rule_input(&item.amount) {
                if ctx.values.get(input).is_none() {
                    needed.push(input.to_string());
                }
            }
            return Err(Fault::Unanswered(needed));
        }
        Err(other) => return Err(other),
    }
    let (exact, detail) = rules::apply(&item.amount, ctx)?;
    let amount = rounding::round(exact, &ctx.version.rounding).ok_or_else(|| Fault::Overflow {
        input: growth_input(&item.amount).map(str::to_string),
    })?;
    let source = [&item.source, &ctx.version.source]
        .into_iter()
        .flatten()
        .find(|t| !t.is_empty())
        .cloned()
        .unwrap_or_default();
    Ok(Some(Line {
        item_id: item.id.clone(),
        label: item.label.clone(),
        kind: item.kind,
        currency: item.currency,
        amount: Amount(amount),
        unrounded: Amount(exact),
        source,
        detail,
    }))
}

/// The input a rule reads, if any.
fn rule_input(rule: &AmountRule) -> Option<&str> {
    match rule {
        AmountRule::Fixed(_) => None,
        AmountRule::ByChoice { input, .. }
        | AmountRule::PerUnit { input, .. }
        | AmountRule::Tiered { input, .. }
        | AmountRule::Percent { input, .. } => Some(input),
    }
}

/// The input a rule's amount grows with, to blame for an overflow.
fn growth_input(rule: &AmountRule) -> Option<&str> {
    match rule {
        AmountRule::Fixed(_) | AmountRule::ByChoice { .. } => None,
        AmountRule::PerUnit { input, .. }
        | AmountRule::Tiered { input, .. }
        | AmountRule::Percent { input, .. } => Some(input),
    }
}

/// Per-currency sums of the rounded lines, in the currencies' order
/// (SYP, USD, EUR).
fn totals(lines: &[Line]) -> Result<Vec<(Currency, Amount)>, EvalError> {
    let mut totals: BTreeMap<Currency, Decimal> = BTreeMap::new();
    for line in lines {
        let sum = totals.entry(line.currency).or_default();
        *sum = sum
            .checked_add(line.amount.0)
            .ok_or_else(|| EvalError::Overflow {
                item: line.item_id.clone(),
            })?;
    }
    Ok(totals
        .into_iter()
        .map(|(c, sum)| (c, Amount(sum)))
        .collect())
}
