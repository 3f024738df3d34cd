//! Schedules and inputs the unit tests of this module share.

use dalil_fees::{Currency, Date};
use dalil_model::fee_schedule::{AmountRule, ChoiceOption, FeeInput, FeeItem, ItemKind, Rounding};
use dalil_model::{Amount, FeeVersion, Text};
use std::collections::BTreeMap;

pub fn t(s: &str) -> Text {
    Text::new(format!("ع {s}"), s)
}

pub fn amount(n: i64) -> Amount {
    Amount::from_int(n)
}

pub fn choice(id: &str, options: &[&str]) -> FeeInput {
    FeeInput::Choice {
        id: id.into(),
        label: t(id),
        help: Text::default(),
        options: options
            .iter()
            .map(|o| ChoiceOption {
                id: (*o).into(),
                label: t(o),
            })
            .collect(),
        default: options.first().map(|o| (*o).to_string()),
    }
}

pub fn number(id: &str) -> FeeInput {
    FeeInput::Number {
        id: id.into(),
        label: t(id),
        help: Text::default(),
        unit: Some(Text::new("سم³", "cc")),
        min: amount(50),
        max: amount(20000),
        default: Some(amount(1600)),
        integer: true,
    }
}

pub fn date_input(id: &str) -> FeeInput {
    FeeInput::Date {
        id: id.into(),
        label: t(id),
        help: Text::default(),
        earliest: Some("1900-01-01".into()),
    }
}

pub fn item(id: &str, currency: Currency, rule: AmountRule) -> FeeItem {
    FeeItem {
        id: id.into(),
        label: t(id),
        kind: ItemKind::Fee,
        currency,
        source: None,
        when: Vec::new(),
        amount: rule,
    }
}

pub fn version(inputs: Vec<FeeInput>, items: Vec<FeeItem>) -> FeeVersion {
    FeeVersion {
        valid_from: "2025-01-01".into(),
        source: Some(t("Decision 1")),
        sample: false,
        rounding: Rounding::default(),
        inputs,
        items,
        note: None,
    }
}

pub fn passport() -> FeeVersion {
    let mut amounts = BTreeMap::new();
    amounts.insert("regular".to_string(), amount(312_700));
    amounts.insert("urgent".to_string(), amount(432_700));
    version(
        vec![choice("speed", &["regular", "urgent"]), number("copies")],
        vec![
            item(
                "fee",
                Currency::Syp,
                AmountRule::ByChoice {
                    input: "speed".into(),
                    amounts,
                },
            ),
            item("consular", Currency::Usd, AmountRule::Fixed(amount(300))),
        ],
    )
}

pub fn today() -> Date {
    Date::parse("2025-06-01").unwrap()
}
