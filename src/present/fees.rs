//! The fee calculator's data-to-view mapping: which widget asks a question,
//! the answers carried in a URL, the localised message for an invalid answer,
//! and the totals in words. The fee engine (`dalil-fees`) computes and formats
//! every figure; nothing here does arithmetic on an amount.

use crate::i18n::{translate, Arg};
use dalil_fees::{
    currency_name, default_inputs, format_amount, Breakdown, Currency, Date, Digits, EvalError,
    InputProblem, Inputs,
};
use dalil_model::fee_schedule::{FeeInput, ItemKind};
use dalil_model::{Amount, FeeVersion, Lang, Text};

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

// ---- Answers and the URL ----

/// The answers to start with: each input's value from the URL (looked up
/// by its id; other query keys such as `lang` are never read), else the
/// schedule's default. An input with neither is left out.
pub fn initial_answers(version: &FeeVersion, from_url: impl Fn(&str) -> Option<String>) -> Inputs {
    let mut answers = default_inputs(version);
    for input in &version.inputs {
        if let Some(value) = from_url(input.id()) {
            answers.insert(input.id().to_string(), value);
        }
    }
    answers
}

/// The query parameters that carry the answers: every input of the schedule,
/// with its answer (blank if the user cleared it) or `None` to drop it.
/// Only the schedule's ids appear, so `lang`, `preview` and any other key in
/// the URL are left as they are.
pub fn query_pairs(version: &FeeVersion, answers: &Inputs) -> Vec<(String, Option<String>)> {
    version
        .inputs
        .iter()
        .map(|input| (input.id().to_string(), answers.get(input.id()).cloned()))
        .collect()
}

/// Applies `pairs` to a query string (without the leading `?`), keeping
/// every other parameter and its place. Values are percent-encoded.
pub fn apply_query(query: &str, pairs: &[(String, Option<String>)]) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out: Vec<String> = Vec::new();
    let mut done: Vec<&str> = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let key = decode_component(part.split_once('=').map_or(part, |(k, _)| k));
        match pairs.iter().find(|(name, _)| *name == key) {
            Some((name, value)) => {
                if !done.contains(&name.as_str()) {
                    done.push(name);
                    if let Some(v) = value {
                        out.push(format!(
                            "{}={}",
                            encode_component(name),
                            encode_component(v)
                        ));
                    }
                }
            }
            None => out.push(part.to_string()),
        }
    }
    for (name, value) in pairs {
        if let (false, Some(v)) = (done.contains(&name.as_str()), value) {
            out.push(format!(
                "{}={}",
                encode_component(name),
                encode_component(v)
            ));
        }
    }
    out.join("&")
}

/// The query for a link to share: the answers, and the language it was
/// worked out in, so the link opens as the sender saw it.
pub fn share_query(query: &str, pairs: &[(String, Option<String>)], lang: Lang) -> String {
    let mut all = pairs.to_vec();
    all.push(("lang".to_string(), Some(lang.code().to_string())));
    apply_query(query, &all)
}

fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => {
                out.push(char::from(b))
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) => hex(h).zip(hex(l)).map(|(h, l)| (h * 16 + l) as u8),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---- Digits ----

/// The value stored on the device for the Arabic-Indic digits preference.
pub const DIGITS_ARABIC_INDIC: &str = "arabic-indic";
pub const DIGITS_LATIN: &str = "latin";

/// Reads the stored preference; Latin unless Arabic-Indic was chosen.
pub fn digits_from_storage(stored: Option<&str>) -> Digits {
    match stored {
        Some(DIGITS_ARABIC_INDIC) => Digits::ArabicIndic,
        _ => Digits::Latin,
    }
}

pub fn digits_to_storage(digits: Digits) -> &'static str {
    match digits {
        Digits::ArabicIndic => DIGITS_ARABIC_INDIC,
        Digits::Latin => DIGITS_LATIN,
    }
}

/// The digits figures are written with: Arabic-Indic only in Arabic and only
/// when the user asked for them; Latin otherwise.
pub fn effective_digits(lang: Lang, preference: Digits) -> Digits {
    match lang {
        Lang::Ar => preference,
        Lang::En => Digits::Latin,
    }
}

// ---- Figures in words ----

/// An amount in running text: `312,700 SYP`, `300 US dollars`,
/// `٣١٢٬٧٠٠ ليرة سورية`.
pub fn money_in_words(amount: Amount, currency: Currency, lang: Lang, digits: Digits) -> String {
    format!(
        "{} {}",
        format_amount(amount, true, digits),
        currency_name(currency, lang)
    )
}

/// A number bound with the input's unit: `20,000 cc`.
pub fn bound_text(amount: Amount, unit: Option<&Text>, lang: Lang, digits: Digits) -> String {
    let figure = format_amount(amount, true, digits);
    match unit.map(|u| u.get(lang)).filter(|u| !u.is_empty()) {
        Some(unit) => format!("{figure} {unit}"),
        None => figure,
    }
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

/// A calendar date in words: `1 January 2025`, `١ كانون الثاني ٢٠٢٥`.
pub fn date_in_words(date: Date, lang: Lang, digits: Digits) -> String {
    let num = |n: u16| format_amount(Amount::from_int(i64::from(n)), false, digits);
    let month = translate(lang, &format!("fees-month-{}", date.month()), &[]);
    translate(
        lang,
        "fees-date",
        &[
            ("day", Arg::Str(&num(u16::from(date.day())))),
            ("month", Arg::Str(&month)),
            ("year", Arg::Str(&num(date.year()))),
        ],
    )
}

/// A version's `valid_from` in words, or as written when it is not a date.
pub fn valid_from_in_words(version: &FeeVersion, lang: Lang, digits: Digits) -> String {
    match Date::parse(&version.valid_from) {
        Ok(date) => date_in_words(date, lang, digits),
        Err(_) => version.valid_from.clone(),
    }
}

// ---- Invalid answers ----

/// The message shown next to a field for the engine's verdict on its answer.
pub fn problem_message(
    lang: Lang,
    input: Option<&FeeInput>,
    problem: &InputProblem,
    digits: Digits,
) -> String {
    let unit = match input {
        Some(FeeInput::Number { unit, .. }) => unit.as_ref(),
        _ => None,
    };
    match problem {
        InputProblem::BelowMin { min } => {
            let min = bound_text(*min, unit, lang, digits);
            translate(lang, "fees-error-below-min", &[("min", Arg::Str(&min))])
        }
        InputProblem::AboveMax { max } => {
            let max = bound_text(*max, unit, lang, digits);
            translate(lang, "fees-error-above-max", &[("max", Arg::Str(&max))])
        }
        InputProblem::TooEarly { earliest } => {
            let date = Date::parse(earliest)
                .map(|d| date_in_words(d, lang, digits))
                .unwrap_or_else(|_| earliest.clone());
            translate(lang, "fees-error-too-early", &[("date", Arg::Str(&date))])
        }
        InputProblem::Missing => {
            let id = match input {
                Some(FeeInput::Choice { .. }) => "fees-error-missing-choice",
                Some(FeeInput::Date { .. }) => "fees-error-missing-date",
                _ => "fees-error-missing",
            };
            translate(lang, id, &[])
        }
        other => translate(lang, &format!("fees-error-{}", other.code()), &[]),
    }
}

/// What the result area says instead of a total.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocked {
    /// Some answers are invalid or missing: the message asks to fix them.
    Inputs {
        message_id: &'static str,
        count: usize,
    },
    /// The schedule cannot be evaluated (it fails the engine's checks).
    Schedule,
    /// A figure is beyond the exact range.
    Overflow,
}

/// Why no total can be shown. Questions left unanswered are asked for;
/// anything else invalid is to be fixed.
pub fn blocked(error: &EvalError) -> Blocked {
    match error {
        EvalError::Inputs { errors } => {
            let only_missing = errors.iter().all(|e| e.problem == InputProblem::Missing);
            Blocked::Inputs {
                message_id: if only_missing {
                    "fees-answer-needed"
                } else {
                    "fees-fix-fields"
                },
                count: errors.len(),
            }
        }
        EvalError::Schedule { .. } => Blocked::Schedule,
        EvalError::Overflow { .. } => Blocked::Overflow,
    }
}

pub fn blocked_message(lang: Lang, blocked: &Blocked) -> String {
    match blocked {
        Blocked::Inputs { message_id, count } => {
            translate(lang, message_id, &[("count", Arg::Num(*count as i64))])
        }
        Blocked::Schedule => translate(lang, "fees-schedule-broken", &[]),
        Blocked::Overflow => translate(lang, "fees-overflow", &[]),
    }
}

// ---- The breakdown ----

/// The message id tagging a line's kind; an ordinary fee has no tag.
pub fn kind_label_id(kind: ItemKind) -> Option<&'static str> {
    match kind {
        ItemKind::Fee => None,
        ItemKind::Stamp => Some("fees-kind-stamp"),
        ItemKind::Tax => Some("fees-kind-tax"),
        ItemKind::Duty => Some("fees-kind-duty"),
        ItemKind::Fine => Some("fees-kind-fine"),
    }
}

/// The kind as a stable word, for `data-kind` and CSS.
pub fn kind_key(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Fee => "fee",
        ItemKind::Stamp => "stamp",
        ItemKind::Tax => "tax",
        ItemKind::Duty => "duty",
        ItemKind::Fine => "fine",
    }
}

/// The totals in words, one per currency, never added across currencies.
pub fn totals_in_words(
    breakdown: &Breakdown,
    lang: Lang,
    digits: Digits,
) -> Vec<(Currency, String)> {
    breakdown
        .totals
        .iter()
        .map(|(currency, amount)| (*currency, money_in_words(*amount, *currency, lang, digits)))
        .collect()
}

/// What the live region says: the total(s), or why there is none.
pub fn announcement(result: &Result<Breakdown, EvalError>, lang: Lang, digits: Digits) -> String {
    match result {
        Ok(b) if b.totals.is_empty() => translate(lang, "fees-nothing-to-pay", &[]),
        Ok(b) => {
            let totals: Vec<String> = totals_in_words(b, lang, digits)
                .into_iter()
                .map(|(_, t)| t)
                .collect();
            let list = totals.join(translate(lang, "fees-and-separately", &[]).as_str());
            translate(lang, "fees-total-is", &[("total", Arg::Str(&list))])
        }
        Err(e) => blocked_message(lang, &blocked(e)),
    }
}

// ---- The summary on a service page ----

/// The fee summary of a service page, from the in-force version evaluated
/// with its defaults: one line per currency ("From 312,700 SYP" when the
/// fees depend on answers, the exact figure when they do not); a sentence
/// when no total can be given with the defaults.
pub fn summary_lines(
    version: &FeeVersion,
    result: &Result<Breakdown, EvalError>,
    lang: Lang,
    digits: Digits,
) -> Vec<String> {
    match result {
        Ok(b) if b.totals.is_empty() => vec![translate(lang, "fees-nothing-to-pay", &[])],
        Ok(b) => totals_in_words(b, lang, digits)
            .into_iter()
            .map(|(_, amount)| {
                if version.inputs.is_empty() {
                    amount
                } else {
                    translate(lang, "fees-summary-from", &[("amount", Arg::Str(&amount))])
                }
            })
            .collect(),
        Err(_) => vec![translate(lang, "fees-summary-depends", &[])],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dalil_fees::{evaluate, InputError};
    use dalil_model::fee_schedule::{AmountRule, ChoiceOption, FeeItem, Rounding};
    use std::collections::BTreeMap;

    fn t(s: &str) -> Text {
        Text::new(format!("ع {s}"), s)
    }

    fn amount(n: i64) -> Amount {
        Amount::from_int(n)
    }

    fn choice(id: &str, options: &[&str]) -> FeeInput {
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

    fn number(id: &str) -> FeeInput {
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

    fn date_input(id: &str) -> FeeInput {
        FeeInput::Date {
            id: id.into(),
            label: t(id),
            help: Text::default(),
            earliest: Some("1900-01-01".into()),
        }
    }

    fn item(id: &str, currency: Currency, rule: AmountRule) -> FeeItem {
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

    fn version(inputs: Vec<FeeInput>, items: Vec<FeeItem>) -> FeeVersion {
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

    fn passport() -> FeeVersion {
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

    fn today() -> Date {
        Date::parse("2025-06-01").unwrap()
    }

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
    fn answers_come_from_the_url_else_the_defaults() {
        let v = passport();
        let url = |k: &str| match k {
            "copies" => Some("3".to_string()),
            "lang" => Some("en".to_string()),
            _ => None,
        };
        let answers = initial_answers(&v, url);
        assert_eq!(answers.get("speed").map(String::as_str), Some("regular"));
        assert_eq!(answers.get("copies").map(String::as_str), Some("3"));
        assert!(
            !answers.contains_key("lang"),
            "only the schedule's ids are read"
        );
        // A cleared field stays cleared on reload.
        let answers = initial_answers(&v, |k| (k == "copies").then(String::new));
        assert_eq!(answers.get("copies").map(String::as_str), Some(""));
    }

    #[test]
    fn the_query_keeps_other_parameters() {
        let v = passport();
        let mut answers = initial_answers(&v, |_| None);
        answers.insert("speed".into(), "urgent".into());
        answers.insert("copies".into(), "3 ٤".into());
        let pairs = query_pairs(&v, &answers);
        assert_eq!(
            apply_query("?lang=ar&speed=regular&preview=1", &pairs),
            "lang=ar&speed=urgent&preview=1&copies=3%20%D9%A4"
        );
        assert_eq!(apply_query("", &pairs), "speed=urgent&copies=3%20%D9%A4");
        // Repeated keys collapse to one; a dropped answer disappears.
        let pairs = vec![
            ("speed".to_string(), None),
            ("copies".to_string(), Some("2".to_string())),
        ];
        assert_eq!(
            apply_query("copies=1&speed=x&copies=5&x=%41", &pairs),
            "copies=2&x=%41"
        );
        assert_eq!(
            share_query(
                "speed=x",
                &[("speed".to_string(), Some("urgent".to_string()))],
                Lang::En
            ),
            "speed=urgent&lang=en"
        );
        assert_eq!(share_query("lang=ar", &[], Lang::En), "lang=en");
    }

    #[test]
    fn percent_encoding_round_trips() {
        for text in ["3", "3 ٤", "a&b=c", "100%", "نعم"] {
            assert_eq!(decode_component(&encode_component(text)), text);
        }
        assert_eq!(decode_component("a+b%2"), "a b%2");
    }

    #[test]
    fn digits_follow_the_language_and_the_preference() {
        assert_eq!(digits_from_storage(None), Digits::Latin);
        assert_eq!(digits_from_storage(Some("nonsense")), Digits::Latin);
        assert_eq!(
            digits_from_storage(Some(digits_to_storage(Digits::ArabicIndic))),
            Digits::ArabicIndic
        );
        assert_eq!(
            effective_digits(Lang::Ar, Digits::ArabicIndic),
            Digits::ArabicIndic
        );
        assert_eq!(
            effective_digits(Lang::En, Digits::ArabicIndic),
            Digits::Latin
        );
        assert_eq!(effective_digits(Lang::Ar, Digits::Latin), Digits::Latin);
    }

    #[test]
    fn problems_read_as_localised_messages() {
        let n = number("engine_cc");
        let msg = |lang, p: &InputProblem, d| problem_message(lang, Some(&n), p, d);
        assert_eq!(
            msg(
                Lang::En,
                &InputProblem::AboveMax { max: amount(20000) },
                Digits::Latin
            ),
            "Enter at most 20,000 cc."
        );
        assert_eq!(
            msg(
                Lang::Ar,
                &InputProblem::BelowMin { min: amount(1000) },
                Digits::ArabicIndic
            ),
            "أدخل ١٬٠٠٠ سم³ على الأقل."
        );
        assert_eq!(
            msg(Lang::En, &InputProblem::NotWhole, Digits::Latin),
            "Enter a whole number, without a fraction."
        );
        assert_eq!(
            problem_message(
                Lang::En,
                Some(&date_input("d")),
                &InputProblem::FutureDate,
                Digits::Latin
            ),
            "The date cannot be after today."
        );
        assert_eq!(
            problem_message(
                Lang::En,
                Some(&date_input("d")),
                &InputProblem::Missing,
                Digits::Latin
            ),
            "Enter the date."
        );
        assert_eq!(
            problem_message(
                Lang::En,
                Some(&date_input("d")),
                &InputProblem::TooEarly {
                    earliest: "1900-01-01".into()
                },
                Digits::Latin
            ),
            "Enter a date from 1 January 1900 on."
        );
        // Every problem has a message in both languages, never a bare id.
        let all = [
            InputProblem::UnknownInput { known: vec![] },
            InputProblem::Missing,
            InputProblem::NotANumber,
            InputProblem::TooLarge,
            InputProblem::TooPrecise,
            InputProblem::BelowMin { min: amount(1) },
            InputProblem::AboveMax { max: amount(1) },
            InputProblem::NotWhole,
            InputProblem::UnknownOption { options: vec![] },
            InputProblem::NotYesNo,
            InputProblem::NotADate,
            InputProblem::FutureDate,
            InputProblem::TooEarly {
                earliest: "1900-01-01".into(),
            },
        ];
        for lang in Lang::ALL {
            for input in [
                Some(&n),
                Some(&choice("c", &["a"])),
                Some(&date_input("d")),
                None,
            ] {
                for p in &all {
                    let text = problem_message(lang, input, p, Digits::Latin);
                    assert!(!text.starts_with("fees-"), "{lang:?} {p:?}: {text}");
                }
            }
        }
    }

    #[test]
    fn the_engine_verdict_on_a_typed_number_is_shown_as_is() {
        let v = passport();
        let mut answers = initial_answers(&v, |_| None);
        answers.insert("copies".into(), "abc".into());
        let err = evaluate(&v, &answers, today()).unwrap_err();
        assert_eq!(
            err.input_errors(),
            &[InputError {
                input: "copies".into(),
                problem: InputProblem::NotANumber
            }]
        );
        assert_eq!(
            blocked(&err),
            Blocked::Inputs {
                message_id: "fees-fix-fields",
                count: 1
            }
        );
        assert_eq!(
            announcement(&Err(err), Lang::En, Digits::Latin),
            "Fix the highlighted answer to see the total."
        );
    }

    #[test]
    fn missing_answers_are_asked_for() {
        let v = version(
            vec![date_input("birth")],
            vec![item(
                "fine",
                Currency::Syp,
                AmountRule::PerUnit {
                    input: "birth".into(),
                    elapsed: Some(dalil_model::fee_schedule::Elapsed::Months),
                    rate: amount(100),
                    free: None,
                },
            )],
        );
        let err = evaluate(&v, &Inputs::new(), today()).unwrap_err();
        let b = blocked(&err);
        assert_eq!(
            b,
            Blocked::Inputs {
                message_id: "fees-answer-needed",
                count: 1
            }
        );
        assert_eq!(
            blocked_message(
                Lang::Ar,
                &Blocked::Inputs {
                    message_id: "fees-fix-fields",
                    count: 2
                }
            ),
            "صحّح الإجابتين المحدّدتين لترى المجموع."
        );
        assert_eq!(
            blocked_message(
                Lang::En,
                &Blocked::Inputs {
                    message_id: "fees-fix-fields",
                    count: 3
                }
            ),
            "Fix the 3 highlighted answers to see the total."
        );
        assert_eq!(
            summary_lines(&v, &Err(err), Lang::En, Digits::Latin),
            vec!["The fees depend on your answers.".to_string()]
        );
    }

    #[test]
    fn totals_are_per_currency_and_never_added() {
        let v = passport();
        let answers = initial_answers(&v, |_| None);
        let result = evaluate(&v, &answers, today());
        let b = result.as_ref().unwrap();
        assert_eq!(
            totals_in_words(b, Lang::En, Digits::Latin),
            vec![
                (Currency::Syp, "312,700 SYP".to_string()),
                (Currency::Usd, "300 US dollars".to_string())
            ]
        );
        assert_eq!(
            summary_lines(&v, &result, Lang::En, Digits::Latin),
            vec![
                "From 312,700 SYP".to_string(),
                "From 300 US dollars".to_string()
            ]
        );
        assert_eq!(
            summary_lines(&v, &result, Lang::Ar, Digits::ArabicIndic),
            vec![
                "ابتداءً من ٣١٢٬٧٠٠ ليرة سورية".to_string(),
                "ابتداءً من ٣٠٠ دولار أمريكي".to_string()
            ]
        );
        assert_eq!(
            announcement(&result, Lang::En, Digits::Latin),
            "Total to pay: 312,700 SYP, and separately 300 US dollars"
        );
    }

    #[test]
    fn a_schedule_without_questions_gives_the_exact_total() {
        let v = version(
            vec![],
            vec![item("fee", Currency::Syp, AmountRule::Fixed(amount(5000)))],
        );
        let result = evaluate(&v, &Inputs::new(), today());
        assert_eq!(
            summary_lines(&v, &result, Lang::En, Digits::Latin),
            vec!["5,000 SYP".to_string()]
        );
        let none = version(vec![], vec![]);
        let result = evaluate(&none, &Inputs::new(), today());
        assert_eq!(
            summary_lines(&none, &result, Lang::En, Digits::Latin),
            vec!["No fee applies to your answers.".to_string()]
        );
    }

    #[test]
    fn ranges_and_dates_in_words() {
        assert_eq!(
            range_help(&number("n"), Lang::En, Digits::Latin).as_deref(),
            Some("A whole number from 50 cc to 20,000 cc")
        );
        assert_eq!(range_help(&date_input("d"), Lang::En, Digits::Latin), None);
        let d = Date::parse("2025-01-01").unwrap();
        assert_eq!(date_in_words(d, Lang::En, Digits::Latin), "1 January 2025");
        assert_eq!(
            date_in_words(d, Lang::Ar, Digits::ArabicIndic),
            "١ كانون الثاني ٢٠٢٥"
        );
        assert_eq!(
            date_in_words(Date::parse("2024-12-31").unwrap(), Lang::Ar, Digits::Latin),
            "31 كانون الأول 2024"
        );
        let mut v = passport();
        assert_eq!(
            valid_from_in_words(&v, Lang::En, Digits::Latin),
            "1 January 2025"
        );
        v.valid_from = "soon".into();
        assert_eq!(valid_from_in_words(&v, Lang::En, Digits::Latin), "soon");
    }

    #[test]
    fn kinds_have_tags_except_plain_fees() {
        assert_eq!(kind_label_id(ItemKind::Fee), None);
        assert_eq!(kind_label_id(ItemKind::Stamp), Some("fees-kind-stamp"));
        assert_eq!(kind_key(ItemKind::Fine), "fine");
        for kind in [
            ItemKind::Stamp,
            ItemKind::Tax,
            ItemKind::Duty,
            ItemKind::Fine,
        ] {
            for lang in Lang::ALL {
                let id = kind_label_id(kind).unwrap();
                assert_ne!(translate(lang, id, &[]), id);
            }
        }
    }
}
