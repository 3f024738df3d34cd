//! Computing a line's exact (unrounded) amount from its rule. Every
//! operation is checked: overflow is an error, never a wrong figure.

use super::context::{Context, Fault};
use crate::breakdown::{Clamp, LineDetail, TierApplied};
use crate::inputs::Value;
use dalil_model::fee_schedule::{AmountRule, Elapsed, FeeInput, Tier, TierMode};
use dalil_model::Amount;
use rust_decimal::Decimal;

/// The amount of a rule and how it was reached.
pub(crate) fn apply(rule: &AmountRule, ctx: &Context) -> Result<(Decimal, LineDetail), Fault> {
    match rule {
        AmountRule::Fixed(amount) => Ok((amount.0, LineDetail::Fixed)),
        AmountRule::PerUnit {
            input,
            elapsed,
            rate,
            free,
        } => per_unit(ctx, input, *elapsed, *rate, *free),
        AmountRule::ByChoice { input, amounts } => by_choice(ctx, input, amounts),
        AmountRule::Tiered {
            input,
            elapsed,
            mode,
            tiers,
        } => {
            let value = ctx.quantity(input, *elapsed)?;
            let applied = match mode {
                TierMode::Whole => whole_tier(tiers, value),
                TierMode::Marginal => marginal_tiers(tiers, value),
            }
            .map_err(|fault| blame(fault, input))?;
            let total = applied
                .iter()
                .try_fold(Decimal::ZERO, |sum, t| sum.checked_add(t.amount.0))
                .ok_or_else(|| Fault::overflow(input))?;
            let detail = LineDetail::Tiered {
                mode: *mode,
                value: Amount(value),
                elapsed: *elapsed,
                tiers: applied,
            };
            Ok((total, detail))
        }
        AmountRule::Percent {
            input,
            percent,
            min,
            max,
        } => percent_of(ctx, input, *percent, *min, *max),
    }
}

/// Puts the rule's input on an overflow that has no culprit yet.
fn blame(fault: Fault, input: &str) -> Fault {
    match fault {
        Fault::Overflow { input: None } => Fault::overflow(input),
        other => other,
    }
}

fn per_unit(
    ctx: &Context,
    input: &str,
    elapsed: Option<Elapsed>,
    rate: Amount,
    free: Option<Amount>,
) -> Result<(Decimal, LineDetail), Fault> {
    let quantity = ctx.quantity(input, elapsed)?;
    let free = free.unwrap_or(Amount::ZERO).0;
    let charged = quantity
        .checked_sub(free)
        .ok_or_else(|| Fault::overflow(input))?
        .max(Decimal::ZERO);
    let amount = rate
        .0
        .checked_mul(charged)
        .ok_or_else(|| Fault::overflow(input))?;
    let detail = LineDetail::PerUnit {
        rate,
        quantity: Amount(quantity),
        free: Amount(free),
        charged: Amount(charged),
        elapsed,
    };
    Ok((amount, detail))
}

fn by_choice(
    ctx: &Context,
    input: &str,
    amounts: &std::collections::BTreeMap<String, Amount>,
) -> Result<(Decimal, LineDetail), Fault> {
    let Value::Choice(option) = ctx.value(input)? else {
        return Err(Fault::Broken(format!(
            "`by_choice` needs a choice; `{input}` is not one"
        )));
    };
    let amount = amounts
        .get(option)
        .ok_or_else(|| Fault::Broken(format!("no amount for option `{option}` of `{input}`")))?;
    let option_label = ctx
        .version
        .inputs
        .iter()
        .find_map(|i| match i {
            FeeInput::Choice { id, options, .. } if id == input => options
                .iter()
                .find(|o| &o.id == option)
                .map(|o| o.label.clone()),
            _ => None,
        })
        .unwrap_or_default();
    let detail = LineDetail::ByChoice {
        input: input.to_string(),
        option: option.clone(),
        option_label,
    };
    Ok((amount.0, detail))
}

/// A tier's bounds: above the previous tier's `upto` (the first starts at 0).
fn lower_bound(tiers: &[Tier], index: usize) -> Decimal {
    index
        .checked_sub(1)
        .and_then(|prev| tiers.get(prev))
        .and_then(|t| t.upto)
        .map_or(Decimal::ZERO, |u| u.0)
}

/// `fixed + rate × units` for one tier.
fn tier_share(tiers: &[Tier], index: usize, units: Decimal) -> Result<TierApplied, Fault> {
    let tier = tiers
        .get(index)
        .ok_or_else(|| Fault::Broken("the tier table is empty".to_string()))?;
    let fixed = tier.fixed.unwrap_or(Amount::ZERO).0;
    let rate = tier.rate.unwrap_or(Amount::ZERO).0;
    let amount = rate
        .checked_mul(units)
        .and_then(|v| v.checked_add(fixed))
        .ok_or(Fault::Overflow { input: None })?;
    Ok(TierApplied {
        index,
        above: Amount(lower_bound(tiers, index)),
        upto: tier.upto,
        units: Amount(units),
        fixed: Amount(fixed),
        rate: Amount(rate),
        amount: Amount(amount),
    })
}

/// Whole mode: the first tier whose `upto` is at least the value charges
/// the whole value.
fn whole_tier(tiers: &[Tier], value: Decimal) -> Result<Vec<TierApplied>, Fault> {
    let index = tiers
        .iter()
        .position(|t| t.upto.is_none_or(|u| value <= u.0))
        .ok_or_else(|| Fault::Broken(format!("no tier covers the value {value}")))?;
    Ok(vec![tier_share(tiers, index, value)?])
}

/// Marginal mode: each tier reached charges the slice of the value inside
/// it. The first tier is always reached; a later one once the value passes
/// the tier below it.
fn marginal_tiers(tiers: &[Tier], value: Decimal) -> Result<Vec<TierApplied>, Fault> {
    let mut applied = Vec::new();
    for (index, tier) in tiers.iter().enumerate() {
        let lower = lower_bound(tiers, index);
        if index > 0 && value <= lower {
            break;
        }
        let top = tier.upto.map_or(value, |u| value.min(u.0));
        let units = top
            .checked_sub(lower)
            .ok_or(Fault::Overflow { input: None })?
            .max(Decimal::ZERO);
        applied.push(tier_share(tiers, index, units)?);
    }
    if applied.is_empty() {
        return Err(Fault::Broken("the tier table is empty".to_string()));
    }
    Ok(applied)
}

fn percent_of(
    ctx: &Context,
    input: &str,
    percent: Amount,
    min: Option<Amount>,
    max: Option<Amount>,
) -> Result<(Decimal, LineDetail), Fault> {
    let base = ctx.quantity(input, None)?;
    // Dividing the percentage first keeps the product no larger than the
    // base for percentages up to 100, so a valid base cannot overflow.
    let raw = percent
        .0
        .checked_div(Decimal::ONE_HUNDRED)
        .and_then(|fraction| base.checked_mul(fraction))
        .ok_or_else(|| Fault::overflow(input))?;
    let (amount, clamp) = match (min, max) {
        (Some(lo), _) if raw < lo.0 => (lo.0, Some(Clamp::Min(lo))),
        (_, Some(hi)) if raw > hi.0 => (hi.0, Some(Clamp::Max(hi))),
        _ => (raw, None),
    };
    let detail = LineDetail::Percent {
        base: Amount(base),
        percent,
        raw: Amount(raw),
        clamp,
    };
    Ok((amount, detail))
}
