//! Checks on an item's amount rule.

use super::quantity::{check_quantity, Use};
use super::{find_input, kind_name, option_list, unknown_input, Problems};
use dalil_model::fee_schedule::{AmountRule, FeeInput, Tier};
use dalil_model::Amount;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// `path` is the item's `amount`; problems name the rule's own key below it
/// (`amount.by_choice.amounts`), as the TOML source spells it.
pub(super) fn check_rule(
    path: &str,
    rule: &AmountRule,
    inputs: &[FeeInput],
    problems: &mut Problems,
) {
    match rule {
        AmountRule::Fixed(amount) => problems.not_negative(format!("{path}.fixed"), *amount),
        AmountRule::PerUnit {
            input,
            elapsed,
            rate,
            free,
        } => {
            let path = format!("{path}.per_unit");
            check_quantity(&path, input, *elapsed, Use::Amount, inputs, problems);
            problems.not_negative(format!("{path}.rate"), *rate);
            if let Some(free) = free {
                problems.not_negative(format!("{path}.free"), *free);
            }
        }
        AmountRule::ByChoice { input, amounts } => check_by_choice(
            &format!("{path}.by_choice"),
            input,
            amounts,
            inputs,
            problems,
        ),
        AmountRule::Tiered {
            input,
            elapsed,
            tiers,
            ..
        } => {
            let path = format!("{path}.tiered");
            check_quantity(&path, input, *elapsed, Use::Amount, inputs, problems);
            check_tiers(&format!("{path}.tiers"), tiers, problems);
        }
        AmountRule::Percent {
            input,
            percent,
            min,
            max,
        } => {
            let path = format!("{path}.percent");
            check_quantity(&path, input, None, Use::PercentBase, inputs, problems);
            if percent.0 < Decimal::ZERO || percent.0 > Decimal::ONE_HUNDRED {
                problems.add(
                    format!("{path}.percent"),
                    format!("{percent} is not a percentage between 0 and 100"),
                );
            }
            if let Some(min) = min {
                problems.not_negative(format!("{path}.min"), *min);
            }
            if let Some(max) = max {
                problems.not_negative(format!("{path}.max"), *max);
            }
            if let (Some(min), Some(max)) = (min, max) {
                if min > max {
                    problems.add(
                        format!("{path}.max"),
                        format!("the maximum {max} is below the minimum {min}"),
                    );
                }
            }
        }
    }
}

fn check_by_choice(
    path: &str,
    input: &str,
    amounts: &BTreeMap<String, Amount>,
    inputs: &[FeeInput],
    problems: &mut Problems,
) {
    for (option, amount) in amounts {
        problems.not_negative(format!("{path}.amounts.{option}"), *amount);
    }
    let options = match find_input(inputs, input) {
        None => {
            problems.add(format!("{path}.input"), unknown_input(inputs, input));
            return;
        }
        Some(FeeInput::Choice { options, .. }) => options,
        Some(other) => {
            problems.add(
                format!("{path}.input"),
                format!(
                    "`by_choice` needs a choice input, but `{input}` is {}",
                    kind_name(other)
                ),
            );
            return;
        }
    };
    let missing: Vec<&str> = options
        .iter()
        .map(|o| o.id.as_str())
        .filter(|id| !amounts.contains_key(*id))
        .collect();
    if !missing.is_empty() {
        problems.add(
            format!("{path}.amounts"),
            format!(
                "no amount for option {} of `{input}`; give every option an amount",
                quoted(&missing)
            ),
        );
    }
    for option in amounts.keys() {
        if !options.iter().any(|o| &o.id == option) {
            problems.add(
                format!("{path}.amounts.{option}"),
                format!(
                    "`{option}` is not an option of `{input}`; its options are: {}",
                    option_list(options)
                ),
            );
        }
    }
}

fn check_tiers(path: &str, tiers: &[Tier], problems: &mut Problems) {
    if tiers.is_empty() {
        problems.add(path, "a tiered amount needs at least one tier");
        return;
    }
    let last = tiers.len() - 1;
    let mut previous: Option<(usize, Amount)> = None;
    for (k, tier) in tiers.iter().enumerate() {
        let here = format!("{path}[{k}]");
        if tier.fixed.is_none() && tier.rate.is_none() {
            problems.add(
                &here,
                "the tier charges nothing: give it `fixed`, `rate` or both (`fixed = 0` for a free tier)",
            );
        }
        if let Some(fixed) = tier.fixed {
            problems.not_negative(format!("{here}.fixed"), fixed);
        }
        if let Some(rate) = tier.rate {
            problems.not_negative(format!("{here}.rate"), rate);
        }
        match (tier.upto, k == last) {
            (None, false) => problems.add(
                format!("{here}.upto"),
                "only the last tier may leave out `upto`; give this tier its upper bound",
            ),
            (Some(upto), true) => problems.add(
                format!("{here}.upto"),
                format!(
                    "the last tier must leave out `upto`, so that values above {upto} fall in a tier"
                ),
            ),
            _ => {}
        }
        if let Some(upto) = tier.upto {
            if let Some((p, before)) = previous {
                if upto <= before {
                    problems.add(
                        format!("{here}.upto"),
                        format!(
                            "{upto} is not above tiers[{p}].upto ({before}); tiers go in strictly ascending order"
                        ),
                    );
                }
            }
            previous = Some((k, upto));
        }
    }
}

/// `a`, or `a`, `b` and `c`: option ids for a message.
fn quoted(ids: &[&str]) -> String {
    let quoted: Vec<String> = ids.iter().map(|id| format!("`{id}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}
