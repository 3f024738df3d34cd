//! Properties over generated schedules and answers: a valid generated
//! schedule passes `check`; evaluation never panics and keeps its invariants
//! (harness.rs); and amounts are monotonic where the rules promise it.

use crate::harness::{assert_sound, exercise};
use crate::support::{answers, date, version};
use dalil_fees::{evaluate, Amount, Date, EvalError, FeeVersion};
use dalil_model::fee_schedule::{
    AmountRule, ChoiceOption, Condition, Currency, Elapsed, FeeInput, FeeItem, ItemKind, Rounding,
    RoundingMode, Tier, TierMode,
};
use dalil_model::Text;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

const TODAY: &str = "2025-06-01";

fn text(s: &str) -> Text {
    Text::new(s, s)
}

/// A non-negative amount: up to 10^9 with up to 3 decimals, or 0.
fn amount() -> impl Strategy<Value = Amount> {
    prop_oneof![
        1 => Just(Amount::ZERO),
        6 => (0i64..1_000_000_000_000, 0u32..4).prop_map(|(m, s)| Amount(Decimal::new(m, s))),
    ]
}

fn currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec![Currency::Syp, Currency::Usd, Currency::Eur])
}

fn rounding() -> impl Strategy<Value = Rounding> {
    (
        prop::sample::select(vec!["1", "5", "100", "0.01", "0.25", "0.05"]),
        prop::sample::select(vec![
            RoundingMode::HalfUp,
            RoundingMode::Up,
            RoundingMode::Down,
        ]),
    )
        .prop_map(|(to, mode)| Rounding {
            to: to.parse().unwrap_or(Amount::from_int(1)),
            mode,
        })
}

/// Strictly ascending tiers, the last open-ended, each with fixed or rate.
fn tiers() -> impl Strategy<Value = Vec<Tier>> {
    prop::collection::vec((1i64..1_000_000, amount(), amount(), 0u8..3), 1..6).prop_map(|raw| {
        let mut upto = 0i64;
        let count = raw.len();
        raw.into_iter()
            .enumerate()
            .map(|(k, (step, fixed, rate, which))| {
                upto += step;
                Tier {
                    upto: (k + 1 < count).then_some(Amount::from_int(upto)),
                    fixed: (which != 1).then_some(fixed),
                    rate: (which != 0).then_some(rate),
                }
            })
            .collect()
    })
}

/// The inputs of every generated schedule: `n` (number), `c` (choice with
/// options a, b, c), `y` (yes/no) and `d` (date).
fn inputs(max: Amount, integer: bool) -> Vec<FeeInput> {
    vec![
        FeeInput::Number {
            id: "n".into(),
            label: text("n"),
            help: Text::default(),
            unit: None,
            min: Amount::ZERO,
            max,
            default: Some(Amount::ZERO),
            integer,
        },
        FeeInput::Choice {
            id: "c".into(),
            label: text("c"),
            help: Text::default(),
            options: ["a", "b", "c"]
                .iter()
                .map(|o| ChoiceOption {
                    id: o.to_string(),
                    label: text(o),
                })
                .collect(),
            default: Some("a".into()),
        },
        FeeInput::YesNo {
            id: "y".into(),
            label: text("y"),
            help: Text::default(),
            default: false,
        },
        FeeInput::Date {
            id: "d".into(),
            label: text("d"),
            help: Text::default(),
            earliest: Some("1900-01-01".into()),
        },
    ]
}

fn elapsed() -> impl Strategy<Value = Elapsed> {
    prop::sample::select(vec![Elapsed::Days, Elapsed::Months, Elapsed::Years])
}

/// Any valid rule over the inputs above.
fn rule() -> impl Strategy<Value = AmountRule> {
    prop_oneof![
        amount().prop_map(AmountRule::Fixed),
        (amount(), prop::option::of(amount())).prop_map(|(rate, free)| AmountRule::PerUnit {
            input: "n".into(),
            elapsed: None,
            rate,
            free,
        }),
        (elapsed(), amount()).prop_map(|(unit, rate)| AmountRule::PerUnit {
            input: "d".into(),
            elapsed: Some(unit),
            rate,
            free: None,
        }),
        (amount(), amount(), amount()).prop_map(|(a, b, c)| AmountRule::ByChoice {
            input: "c".into(),
            amounts: BTreeMap::from([("a".into(), a), ("b".into(), b), ("c".into(), c)]),
        }),
        (
            prop::sample::select(vec![TierMode::Whole, TierMode::Marginal]),
            tiers()
        )
            .prop_map(|(mode, tiers)| AmountRule::Tiered {
                input: "n".into(),
                elapsed: None,
                mode,
                tiers,
            }),
        (
            0u32..=10_000,
            prop::option::of(amount()),
            prop::option::of(amount())
        )
            .prop_map(|(basis_points, lo, hi)| {
                let (min, max) = match (lo, hi) {
                    (Some(l), Some(h)) if l > h => (Some(h), Some(l)),
                    other => other,
                };
                AmountRule::Percent {
                    input: "n".into(),
                    percent: Amount(Decimal::new(i64::from(basis_points), 2)),
                    min,
                    max,
                }
            }),
    ]
}

/// Any valid condition over the inputs above.
fn condition() -> impl Strategy<Value = Condition> {
    prop_oneof![
        prop::sample::subsequence(vec!["a", "b", "c"], 1..=3).prop_map(|ids| Condition {
            input: "c".into(),
            one_of: ids.into_iter().map(String::from).collect(),
            ..Condition::default()
        }),
        any::<bool>().prop_map(|is| Condition {
            input: "y".into(),
            is: Some(is),
            ..Condition::default()
        }),
        amount().prop_map(|bound| Condition {
            input: "n".into(),
            at_least: Some(bound),
            ..Condition::default()
        }),
        (elapsed(), 0i64..100).prop_map(|(unit, bound)| Condition {
            input: "d".into(),
            elapsed: Some(unit),
            below: Some(Amount::from_int(bound + 1)),
            ..Condition::default()
        }),
    ]
}

fn item(index: usize, rule: AmountRule, when: Vec<Condition>, currency: Currency) -> FeeItem {
    FeeItem {
        id: format!("item-{index}"),
        label: text("item"),
        kind: ItemKind::Fee,
        currency,
        source: None,
        when,
        amount: rule,
    }
}

/// A valid version with 1-6 items over the inputs above.
fn schedule() -> impl Strategy<Value = FeeVersion> {
    (
        rounding(),
        prop::sample::select(vec![100i64, 1_000_000, 1_000_000_000_000]),
        any::<bool>(),
        prop::collection::vec(
            (rule(), prop::collection::vec(condition(), 0..3), currency()),
            1..7,
        ),
    )
        .prop_map(|(rounding, max, integer, raw_items)| FeeVersion {
            valid_from: "2025-01-01".into(),
            source: Some(text("source")),
            sample: true,
            rounding,
            inputs: inputs(Amount::from_int(max), integer),
            items: raw_items
                .into_iter()
                .enumerate()
                .map(|(i, (rule, when, currency))| item(i, rule, when, currency))
                .collect(),
            note: None,
        })
}

/// Answers to the generated inputs, within range.
fn valid_answers() -> impl Strategy<Value = BTreeMap<String, String>> {
    (
        0i64..=100,
        prop::sample::select(vec!["a", "b", "c"]),
        any::<bool>(),
        0i64..20_000,
    )
        .prop_map(|(n, c, y, days_ago)| {
            let today = date(TODAY);
            let d =
                Date::from_days_since_epoch(today.days_since_epoch() - days_ago).unwrap_or(today);
            BTreeMap::from([
                ("n".to_string(), n.to_string()),
                ("c".to_string(), c.to_string()),
                ("y".to_string(), if y { "yes" } else { "no" }.to_string()),
                ("d".to_string(), d.to_string()),
            ])
        })
}

/// The amount of each line by item id.
fn line_amounts(v: &FeeVersion, answers: &BTreeMap<String, String>) -> BTreeMap<String, Decimal> {
    match evaluate(v, answers, date(TODAY)) {
        Ok(b) => b
            .lines
            .iter()
            .map(|l| (l.item_id.clone(), l.amount.0))
            .collect(),
        Err(e) => panic!("a valid schedule and valid answers failed: {e}"),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: crate::support::cases(256), ..ProptestConfig::default() })]

    #[test]
    fn generated_schedules_pass_check_and_evaluate_soundly(v in schedule(), a in valid_answers()) {
        prop_assert_eq!(dalil_fees::check(&v), vec![]);
        match evaluate(&v, &a, date(TODAY)) {
            Ok(b) => assert_sound(&v, &b),
            Err(e) => prop_assert!(false, "{}", e),
        }
        exercise(&v, &a, date(TODAY));
    }

    /// A larger number never costs less, line by line, under per-unit,
    /// percent and marginal rules (whole-mode tiers promise no such thing).
    #[test]
    fn a_larger_value_never_costs_less(v in schedule(), a in valid_answers(), n1 in 0i64..=100, n2 in 0i64..=100) {
        let (lo, hi) = (n1.min(n2), n1.max(n2));
        let mut small = a.clone();
        small.insert("n".into(), lo.to_string());
        let mut large = a;
        large.insert("n".into(), hi.to_string());
        let (small, large) = (line_amounts(&v, &small), line_amounts(&v, &large));
        for item in &v.items {
            let monotone = matches!(
                &item.amount,
                AmountRule::PerUnit { .. }
                    | AmountRule::Percent { .. }
                    | AmountRule::Tiered { mode: TierMode::Marginal, .. }
            );
            if let (true, Some(s), Some(l)) = (monotone, small.get(&item.id), large.get(&item.id)) {
                prop_assert!(s <= l, "{}: {} at n={} but {} at n={}", item.id, s, lo, l, hi);
            }
        }
    }

    /// Any strings at all, as answers to every input of a generated schedule.
    #[test]
    fn any_answer_strings_never_panic(v in schedule(), raw in prop::collection::btree_map("[ncyd]|[a-z]{1,3}", any::<String>(), 0..6)) {
        exercise(&v, &raw, date(TODAY));
    }

    /// Amounts and maxima near the top of the exact range end in an error,
    /// never a panic or a wrong total.
    #[test]
    fn huge_figures_overflow_cleanly(rate_digits in 20u32..29, n in "[1-9][0-9]{0,27}") {
        let rate = Decimal::from_i128_with_scale(10i128.pow(rate_digits), 0);
        let v = version(&format!(r#"
valid_from = "2025-01-01"
source = {{ ar = "م", en = "s" }}
[[inputs]]
id = "n"
kind = "number"
label = {{ ar = "ن", en = "n" }}
min = 0
max = "79228162514264337593543950335"
[[items]]
id = "a"
label = {{ ar = "أ", en = "a" }}
currency = "SYP"
amount = {{ per_unit = {{ input = "n", rate = "{rate}" }} }}
[[items]]
id = "b"
label = {{ ar = "ب", en = "b" }}
currency = "SYP"
amount = {{ fixed = "{rate}" }}
"#));
        match evaluate(&v, &answers(&[("n", &n)]), date(TODAY)) {
            Ok(b) => assert_sound(&v, &b),
            Err(EvalError::Inputs { errors }) => {
                prop_assert_eq!(errors.len(), 1);
                prop_assert_eq!(errors[0].problem.code(), "too-large");
            }
            Err(EvalError::Overflow { item }) => prop_assert_eq!(item, "b"),
            Err(other) => prop_assert!(false, "{}", other),
        }
    }
}

#[test]
fn more_copies_never_cost_less_in_the_legalisation_schedule() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/document-legalisation.toml"),
    )
    .expect("fixture");
    let v = crate::harness::parse_versions(&text).remove(0);
    for place in ["damascus", "embassy"] {
        let mut previous = Decimal::ZERO;
        for copies in 1..=50 {
            let copies = copies.to_string();
            let b = evaluate(
                &v,
                &answers(&[("copies", &copies), ("place", place)]),
                date(TODAY),
            )
            .expect("valid answers");
            let total: Decimal = b.totals.iter().map(|(_, a)| a.0).sum();
            assert!(
                total >= previous,
                "{place}: {copies} copies cost {total}, fewer cost {previous}"
            );
            previous = total;
        }
    }
}
