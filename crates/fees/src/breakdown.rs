//! The result of an evaluation: itemised lines, how each was computed, and
//! the total per currency.

use crate::date::Date;
use dalil_model::fee_schedule::{Currency, Elapsed, ItemKind, TierMode};
use dalil_model::{Amount, Text};
use serde::Serialize;

/// What the applicant pays under one version, for one set of answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Breakdown {
    /// One line per item whose conditions hold, in the schedule's order.
    /// Lines that come to zero are kept (a late fine of 0 is information).
    pub lines: Vec<Line>,
    /// The sum of the rounded lines per currency, in the order SYP, USD,
    /// EUR; a currency with no line is absent, so no line means no total.
    pub totals: Vec<(Currency, Amount)>,
    /// The figures are invented for the demo and must be marked as such.
    pub sample: bool,
    /// The date the version applied has been in force since.
    pub valid_from: Date,
}

impl Breakdown {
    /// The total in one currency, if any line is in it.
    pub fn total(&self, currency: Currency) -> Option<Amount> {
        self.totals
            .iter()
            .find(|(c, _)| *c == currency)
            .map(|(_, a)| *a)
    }
}

/// One charge of the breakdown.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Line {
    pub item_id: String,
    pub label: Text,
    pub kind: ItemKind,
    pub currency: Currency,
    /// The amount to pay, after the version's rounding.
    pub amount: Amount,
    /// The exact amount before rounding.
    pub unrounded: Amount,
    /// The item's source, or the version's when the item names none.
    pub source: Text,
    /// How the amount was computed, for showing "3 × 500".
    pub detail: LineDetail,
}

/// How a line's amount was computed. All figures are exact and unrounded.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum LineDetail {
    /// A flat amount.
    Fixed,
    /// `rate × charged`, where `charged = max(quantity − free, 0)`.
    PerUnit {
        rate: Amount,
        quantity: Amount,
        free: Amount,
        charged: Amount,
        /// Set when the quantity is the time elapsed since a date.
        elapsed: Option<Elapsed>,
    },
    /// The amount set for the chosen option.
    ByChoice {
        input: String,
        option: String,
        option_label: Text,
    },
    /// A tiered table. In whole mode `tiers` holds the one tier the value
    /// falls in; in marginal mode, every tier reached, lowest first.
    Tiered {
        mode: TierMode,
        value: Amount,
        elapsed: Option<Elapsed>,
        tiers: Vec<TierApplied>,
    },
    /// `percent` % of `base`, giving `raw`, then clamped if needed.
    Percent {
        base: Amount,
        percent: Amount,
        raw: Amount,
        clamp: Option<Clamp>,
    },
}

/// One tier's share of a tiered amount: `fixed + rate × units`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TierApplied {
    /// The tier's position in the schedule (0-based).
    pub index: usize,
    /// The tier's lower bound (exclusive; the first tier starts at 0, inclusive).
    pub above: Amount,
    /// The tier's upper bound (inclusive); none for the last tier.
    pub upto: Option<Amount>,
    /// The quantity charged at `rate`: the whole value in whole mode, the
    /// slice inside the tier in marginal mode.
    pub units: Amount,
    pub fixed: Amount,
    pub rate: Amount,
    pub amount: Amount,
}

/// A percentage amount raised to its minimum or lowered to its maximum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "to", content = "amount", rename_all = "snake_case")]
pub enum Clamp {
    Min(Amount),
    Max(Amount),
}
