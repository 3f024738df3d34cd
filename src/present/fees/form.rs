//! How the form asks each question: the widget, the ids that tie a control
//! to its help and error, and the help line under a number box.

use crate::i18n::{translate, Arg};
use crate::present::fees::words::bound_text;
use dalil_fees::Digits;
use dalil_model::fee_schedule::FeeInput;
use dalil_model::Lang;

/// A choice with more options than this is a drop-down list, not radios.
pub const MAX_RADIO_OPTIONS: usize = 4;

/// How the form asks one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Widget {
    /// A group of radio buttons in a fieldset.
    Radios,
    /// A drop-down list (a choice with many options).
    Select,
    /// A text box for a decimal number (`inputmode="decimal"`).
    Number,
    /// Two radio buttons, yes and no.
    YesNo,
    /// A date picker (`type="date"`).
    Date,
}

pub fn widget_for(input: &FeeInput) -> Widget {
    match input {
        FeeInput::Choice { options, .. } if options.len() > MAX_RADIO_OPTIONS => Widget::Select,
        FeeInput::Choice { .. } => Widget::Radios,
        FeeInput::Number { .. } => Widget::Number,
        FeeInput::YesNo { .. } => Widget::YesNo,
        FeeInput::Date { .. } => Widget::Date,
    }
}

/// Whether an answer picks this option of a choice: option ids are matched
/// without regard to ASCII case or surrounding spaces, as the engine does.
pub fn picks(answer: &str, option: &str) -> bool {
    option.eq_ignore_ascii_case(answer.trim())
}

/// Whether the widget is a group of radios (a fieldset with a legend).
pub fn is_group(widget: Widget) -> bool {
    matches!(widget, Widget::Radios | Widget::YesNo)
}

/// The id of the element that asks an input (the control, or the fieldset
/// of a radio group); the ids of its parts derive from it.
pub fn field_id(input: &str) -> String {
    format!("fee-input-{input}")
}

pub fn error_id(input: &str) -> String {
    format!("{}-error", field_id(input))
}

pub fn help_id(input: &str) -> String {
    format!("{}-help", field_id(input))
}

/// The id of one radio button of a group.
pub fn option_id(input: &str, option: &str) -> String {
    format!("{}-{option}", field_id(input))
}

/// The ids a control's `aria-describedby` lists: its help, then its error.
pub fn described_by(input: &str, has_help: bool, has_error: bool) -> Option<String> {
    let ids: Vec<String> = [
        has_help.then(|| help_id(input)),
        has_error.then(|| error_id(input)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The help line under a number box: its range (and that it is whole).
pub fn range_help(input: &FeeInput, lang: Lang, digits: Digits) -> Option<String> {
    let FeeInput::Number {
        min,
        max,
        unit,
        integer,
        ..
    } = input
    else {
        return None;
    };
    let id = if *integer {
        "fees-range-whole"
    } else {
        "fees-range"
    };
    let min = bound_text(*min, unit.as_ref(), lang, digits);
    let max = bound_text(*max, unit.as_ref(), lang, digits);
    Some(translate(
        lang,
        id,
        &[("min", Arg::Str(&min)), ("max", Arg::Str(&max))],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::fees::fixtures::*;
    use dalil_model::Text;

    #[test]
    fn a_choice_with_many_options_is_a_list() {
        assert_eq!(
            widget_for(&choice("a", &["1", "2", "3", "4"])),
            Widget::Radios
        );
        assert_eq!(
            widget_for(&choice("a", &["1", "2", "3", "4", "5"])),
            Widget::Select
        );
        assert_eq!(widget_for(&number("n")), Widget::Number);
        assert_eq!(widget_for(&date_input("d")), Widget::Date);
        let yes_no = FeeInput::YesNo {
            id: "late".into(),
            label: t("late"),
            help: Text::default(),
            default: false,
        };
        assert_eq!(widget_for(&yes_no), Widget::YesNo);
        assert!(is_group(Widget::YesNo) && is_group(Widget::Radios) && !is_group(Widget::Select));
    }

    #[test]
    fn an_answer_picks_its_option_in_any_case() {
        assert!(picks(" Urgent ", "urgent"));
        assert!(!picks("urgen", "urgent"));
        assert!(!picks("", "urgent"));
    }

    #[test]
    fn field_ids_and_descriptions() {
        assert_eq!(field_id("engine_cc"), "fee-input-engine_cc");
        assert_eq!(error_id("value"), "fee-input-value-error");
        assert_eq!(option_id("speed", "urgent"), "fee-input-speed-urgent");
        assert_eq!(
            described_by("v", true, true).as_deref(),
            Some("fee-input-v-help fee-input-v-error")
        );
        assert_eq!(
            described_by("v", false, true).as_deref(),
            Some("fee-input-v-error")
        );
        assert_eq!(described_by("v", false, false), None);
    }

    #[test]
    fn ranges_read_as_help() {
        assert_eq!(
            range_help(&number("n"), Lang::En, Digits::Latin).as_deref(),
            Some("A whole number from 50 cc to 20,000 cc")
        );
        assert_eq!(range_help(&date_input("d"), Lang::En, Digits::Latin), None);
    }
}
