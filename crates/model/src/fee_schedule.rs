//! The declarative fee schedule stored with each service.
//!
//! Only the *shape* lives here, so that the sources, the API and the app share
//! one definition. `dalil-fees` evaluates it and checks it for the audit.
//!
//! In a service source (TOML) a schedule is one or more versions:
//!
//! ```toml
//! [[fees]]
//! valid_from = "2025-01-01"
//! source = { ar = "قرار وزارة الداخلية ...", en = "Ministry of Interior decision ..." }
//!
//! [[fees.inputs]]
//! id = "speed"
//! kind = "choice"
//! label = { ar = "نوع الخدمة", en = "Service speed" }
//! options = [
//!   { id = "regular", label = { ar = "عادي", en = "Regular" } },
//!   { id = "urgent", label = { ar = "مستعجل", en = "Urgent" } },
//! ]
//! default = "regular"
//!
//! [[fees.items]]
//! id = "passport-fee"
//! label = { ar = "رسم الجواز", en = "Passport fee" }
//! currency = "SYP"
//! amount = { by_choice = { input = "speed", amounts = { regular = 312700, urgent = 432700 } } }
//! ```

use crate::Text;
use rust_decimal::Decimal;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// An exact decimal amount or quantity. Sources write it as an integer
/// (`312700`) or a string (`"2.5"`); a float literal is refused so that no
/// binary rounding can creep in. The API writes it as a string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Amount(pub Decimal);

impl Amount {
    pub const ZERO: Amount = Amount(Decimal::ZERO);

    pub fn from_int(v: i64) -> Amount {
        Amount(Decimal::from(v))
    }
}

impl fmt::Display for Amount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.normalize())
    }
}

impl FromStr for Amount {
    type Err = String;
    fn from_str(s: &str) -> Result<Amount, String> {
        let t = s.trim().replace(['_', ','], "");
        Decimal::from_str_exact(&t)
            .map(Amount)
            .map_err(|_| format!("`{s}` is not a decimal number"))
    }
}

impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Amount {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Amount, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Amount;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an integer, or a decimal number in quotes such as \"2.5\"")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Amount, E> {
                Ok(Amount(Decimal::from(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Amount, E> {
                Ok(Amount(Decimal::from(v)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Amount, E> {
                Err(E::custom(format!(
                    "{v} is a floating-point number; write it in quotes, such as \"{v}\", so it stays exact"
                )))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Amount, E> {
                v.parse().map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[serde(rename = "SYP")]
    Syp,
    #[serde(rename = "USD")]
    Usd,
    #[serde(rename = "EUR")]
    Eur,
}

impl Currency {
    pub fn code(self) -> &'static str {
        match self {
            Currency::Syp => "SYP",
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
        }
    }
}

/// One version of a service's fees, in force from `valid_from`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeVersion {
    /// ISO date, `YYYY-MM-DD`.
    pub valid_from: String,
    /// The legal reference or source for items that do not name their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Set when the figures are invented for the demo.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sample: bool,
    #[serde(default)]
    pub rounding: Rounding,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inputs: Vec<FeeInput>,
    pub items: Vec<FeeItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// How each line is rounded: to a multiple of `to`, in the given direction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rounding {
    #[serde(default = "Rounding::default_step")]
    pub to: Amount,
    #[serde(default)]
    pub mode: RoundingMode,
}

impl Rounding {
    fn default_step() -> Amount {
        Amount::from_int(1)
    }
}

impl Default for Rounding {
    fn default() -> Rounding {
        Rounding {
            to: Rounding::default_step(),
            mode: RoundingMode::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundingMode {
    #[default]
    HalfUp,
    Up,
    Down,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    pub label: Text,
}

/// A question the calculator asks. The `kind` field picks the variant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum FeeInput {
    Choice {
        id: String,
        label: Text,
        #[serde(default, skip_serializing_if = "Text::is_empty")]
        help: Text,
        options: Vec<ChoiceOption>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        default: Option<String>,
    },
    Number {
        id: String,
        label: Text,
        #[serde(default, skip_serializing_if = "Text::is_empty")]
        help: Text,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<Text>,
        min: Amount,
        max: Amount,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        default: Option<Amount>,
        /// Whole numbers only (copies, months).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        integer: bool,
    },
    YesNo {
        id: String,
        label: Text,
        #[serde(default, skip_serializing_if = "Text::is_empty")]
        help: Text,
        #[serde(default)]
        default: bool,
    },
    /// A date; items and conditions use the time elapsed since it.
    Date {
        id: String,
        label: Text,
        #[serde(default, skip_serializing_if = "Text::is_empty")]
        help: Text,
        /// The earliest date accepted, `YYYY-MM-DD`: without it, 0001-01-01
        /// would price two thousand years of late fines as a real figure.
        /// The audit requires it; the engine refuses an answer before it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        earliest: Option<String>,
    },
}

impl FeeInput {
    pub fn id(&self) -> &str {
        match self {
            FeeInput::Choice { id, .. }
            | FeeInput::Number { id, .. }
            | FeeInput::YesNo { id, .. }
            | FeeInput::Date { id, .. } => id,
        }
    }

    pub fn label(&self) -> &Text {
        match self {
            FeeInput::Choice { label, .. }
            | FeeInput::Number { label, .. }
            | FeeInput::YesNo { label, .. }
            | FeeInput::Date { label, .. } => label,
        }
    }

    pub fn help(&self) -> &Text {
        match self {
            FeeInput::Choice { help, .. }
            | FeeInput::Number { help, .. }
            | FeeInput::YesNo { help, .. }
            | FeeInput::Date { help, .. } => help,
        }
    }
}

/// What kind of charge a line is; stamps and duties are shown as their own lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    #[default]
    Fee,
    Stamp,
    Tax,
    Duty,
    Fine,
}

/// The time elapsed since a date input, in whole units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Elapsed {
    Days,
    Months,
    Years,
}

/// A condition on one input. All the conditions of an item must hold.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub input: String,
    /// For a date input: compare the time elapsed since it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub elapsed: Option<Elapsed>,
    /// For a choice: one of these option ids.
    #[serde(default, rename = "in", skip_serializing_if = "Vec::is_empty")]
    pub one_of: Vec<String>,
    /// For yes/no.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is: Option<bool>,
    /// For a number (or elapsed time): strict and non-strict bounds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub above: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<Amount>,
}

/// A bracket of a tiered table. `upto` is inclusive; the last tier has none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tier {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upto: Option<Amount>,
    /// A flat amount for the tier (whole mode).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed: Option<Amount>,
    /// An amount per unit of the input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<Amount>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TierMode {
    /// The whole value is charged by the tier it falls in.
    #[default]
    Whole,
    /// Each slice of the value is charged at its own tier's rate.
    Marginal,
}

/// How a line's amount is computed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum AmountRule {
    Fixed(Amount),
    /// `rate` times the input (or the time elapsed since a date input),
    /// less `free` units that cost nothing.
    PerUnit {
        input: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        elapsed: Option<Elapsed>,
        rate: Amount,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        free: Option<Amount>,
    },
    /// An amount per option of a choice input.
    ByChoice {
        input: String,
        amounts: BTreeMap<String, Amount>,
    },
    Tiered {
        input: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        elapsed: Option<Elapsed>,
        #[serde(default)]
        mode: TierMode,
        tiers: Vec<Tier>,
    },
    /// `percent` % of a number input, clamped to `min` and `max`.
    Percent {
        input: String,
        percent: Amount,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min: Option<Amount>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<Amount>,
    },
}

/// One line of the breakdown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeeItem {
    pub id: String,
    pub label: Text,
    #[serde(default)]
    pub kind: ItemKind,
    pub currency: Currency,
    /// Legal reference or source; falls back to the version's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// Conditions that must all hold for the line to apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub when: Vec<Condition>,
    pub amount: AmountRule,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Doc {
        fees: Vec<FeeVersion>,
    }

    #[test]
    fn the_documented_example_parses() {
        let src = r#"
[[fees]]
valid_from = "2025-01-01"
source = { ar = "قرار", en = "Decision" }

[[fees.inputs]]
id = "speed"
kind = "choice"
label = { ar = "نوع الخدمة", en = "Service speed" }
options = [
  { id = "regular", label = { ar = "عادي", en = "Regular" } },
  { id = "urgent", label = { ar = "مستعجل", en = "Urgent" } },
]
default = "regular"

[[fees.inputs]]
id = "copies"
kind = "number"
label = { ar = "عدد النسخ", en = "Copies" }
min = 1
max = 20
integer = true

[[fees.items]]
id = "passport-fee"
label = { ar = "رسم الجواز", en = "Passport fee" }
currency = "SYP"
amount = { by_choice = { input = "speed", amounts = { regular = 312700, urgent = "432700" } } }

[[fees.items]]
id = "stamp"
kind = "stamp"
label = { ar = "طابع", en = "Stamp" }
currency = "SYP"
when = [{ input = "speed", in = ["urgent"] }]
amount = { per_unit = { input = "copies", rate = "2.5" } }
"#;
        let doc: Doc = toml::from_str(src).unwrap();
        let v = &doc.fees[0];
        assert_eq!(v.inputs.len(), 2);
        assert_eq!(v.items[1].kind, ItemKind::Stamp);
        let json = serde_json::to_string(&doc.fees).unwrap();
        let back: Vec<FeeVersion> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc.fees);
    }

    #[test]
    fn a_float_amount_is_refused_with_advice() {
        let err = toml::from_str::<Doc>(
            "[[fees]]\nvalid_from = \"2025-01-01\"\n[[fees.items]]\nid = \"a\"\nlabel = { ar = \"a\", en = \"a\" }\ncurrency = \"SYP\"\namount = { fixed = 2.5 }\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("in quotes"), "{err}");
    }
}
