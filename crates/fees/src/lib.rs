//! Dalil's exact fee engine.
//!
//! A service's fees are a declarative schedule ([`FeeVersion`], defined in
//! `dalil-model`): questions (inputs) and items whose amounts follow simple
//! rules. This crate
//!
//! - picks the version in force on a day: [`in_force`];
//! - evaluates it for the user's raw answers: [`evaluate`] gives an itemised
//!   [`Breakdown`] with per-currency totals, or every invalid answer at once;
//! - checks a schedule for the audit: [`check()`] and [`check_versions`];
//! - formats figures for display: [`format_amount`], [`format_money`],
//!   [`currency_name`], [`describe()`].
//!
//! Arithmetic is exact ([`rust_decimal::Decimal`], no floating point) and
//! every operation is checked, so an overflow is an error rather than a
//! wrong total. Nothing here panics on any input. The crate has no browser
//! or clock dependency: the caller passes today's [`Date`].
//!
//! ```
//! use dalil_fees::{evaluate, in_force, Date, Inputs};
//! # let src = r#"
//! # valid_from = "2025-01-01"
//! # source = { ar = "قرار", en = "Decision" }
//! # [[inputs]]
//! # id = "copies"
//! # kind = "number"
//! # label = { ar = "عدد النسخ", en = "Copies" }
//! # min = 1
//! # max = 20
//! # default = 1
//! # integer = true
//! # [[items]]
//! # id = "copy-fee"
//! # label = { ar = "رسم النسخة", en = "Fee per copy" }
//! # currency = "SYP"
//! # amount = { per_unit = { input = "copies", rate = 500 } }
//! # "#;
//! # let version: dalil_model::FeeVersion = toml::from_str(src).unwrap();
//! # let versions = vec![version];
//! let today = Date::parse("2025-06-01").unwrap();
//! let version = in_force(&versions, today).unwrap();
//! let mut answers = Inputs::new();
//! answers.insert("copies".into(), "٣".into()); // Arabic-Indic digits are fine
//! let breakdown = evaluate(version, &answers, today).unwrap();
//! assert_eq!(breakdown.totals[0].1.to_string(), "1500");
//! ```

pub mod breakdown;
pub mod check;
pub mod date;
pub mod describe;
pub mod error;
mod eval;
pub mod form;
pub mod format;
pub mod inputs;
pub mod number;
pub mod versions;

pub use breakdown::{Breakdown, Clamp, Line, LineDetail, TierApplied};
pub use check::{check, check_versions, ScheduleProblem};
pub use date::{Date, DateError};
pub use describe::describe;
pub use error::{EvalError, InputError, InputProblem};
pub use eval::evaluate;
pub use form::{form_fields, FormField};
pub use format::{currency_name, currency_symbol, format_amount, format_money, kind_name, Digits};
pub use inputs::{default_inputs, parse_answer, parse_yes_no, resolve, Inputs, Value, Values};
pub use number::{parse_number, NumberError};
pub use versions::{in_force, upcoming};

pub use dalil_model::fee_schedule::{Currency, FeeVersion};
pub use dalil_model::{Amount, Lang};
