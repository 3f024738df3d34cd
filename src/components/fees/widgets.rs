//! The controls that ask one question: radios, a drop-down list, a number
//! box, yes/no radios and a date picker. Each starts from the answer it is
//! given and reports every change; the engine judges the value.

use crate::components::localised::Localised;
use crate::locale::{tr, use_lang};
use crate::present::fees::form::{field_id, option_id, picks};
use dalil_fees::{parse_yes_no, Date};
use dalil_model::fee_schedule::ChoiceOption;
use dalil_model::Text;
use leptos::prelude::*;

/// What every control shares: its input id, the answer it starts with, how
/// to report a change, and its invalid state and descriptions.
#[derive(Clone)]
pub struct Control {
    pub input: String,
    pub initial: String,
    pub set: Callback<String>,
    pub invalid: Signal<bool>,
    pub described_by: Signal<Option<String>>,
}

impl Control {
    fn aria_invalid(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        let invalid = self.invalid;
        move || invalid.get().then_some("true")
    }
}

/// One radio button with its label.
fn radio(
    control: &Control,
    value: String,
    checked: bool,
    label: impl IntoView + 'static,
) -> impl IntoView {
    let id = option_id(&control.input, &value);
    let set = control.set;
    let chosen = value.clone();
    view! {
        <div class="fee-option">
            <input
                type="radio"
                class="fee-option__radio"
                id=id.clone()
                name=field_id(&control.input)
                value=value
                checked=checked
                aria-invalid=control.aria_invalid()
                on:change=move |_| set.run(chosen.clone())
            />
            <label class="fee-option__label" for=id>{label}</label>
        </div>
    }
}

/// A choice as radio buttons (the fieldset and legend are the field's).
#[component]
pub fn Radios(control: Control, options: Vec<ChoiceOption>) -> impl IntoView {
    let answer = control.initial.clone();
    view! {
        <div class="fee-options">
            {options
                .into_iter()
                .map(|o| {
                    let checked = picks(&answer, &o.id);
                    radio(&control, o.id, checked, view! { <Localised text=o.label /> })
                })
                .collect_view()}
        </div>
    }
}

/// Yes and no as two radio buttons.
#[component]
pub fn YesNo(control: Control) -> impl IntoView {
    let answer = parse_yes_no(&control.initial);
    view! {
        <div class="fee-options fee-options--inline">
            {radio(&control, "yes".to_string(), answer == Some(true), tr("fees-yes"))}
            {radio(&control, "no".to_string(), answer == Some(false), tr("fees-no"))}
        </div>
    }
}

/// A choice with many options as a drop-down list. An answer that is none
/// of the options (from an edited URL) shows as "Choose…".
#[component]
pub fn Select(control: Control, options: Vec<ChoiceOption>) -> impl IntoView {
    let lang = use_lang();
    let answer = control.initial.clone();
    let known = options.iter().any(|o| picks(&answer, &o.id));
    let set = control.set;
    let aria_invalid = control.aria_invalid();
    view! {
        <select
            id=field_id(&control.input)
            class="fee-select"
            aria-invalid=aria_invalid
            aria-describedby=move || control.described_by.get()
            on:change=move |ev| set.run(event_target_value(&ev))
        >
            {(!known).then(|| view! { <option value="" selected=true>{tr("fees-choose")}</option> })}
            {options
                .into_iter()
                .map(|o| {
                    let selected = picks(&answer, &o.id);
                    let label = o.label;
                    view! {
                        <option value=o.id selected=selected>
                            {move || label.get(lang.get()).to_string()}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
}

/// A number box: text with a decimal keypad, so the engine sees exactly what
/// was typed (digits in any script, grouping) and judges it.
#[component]
pub fn NumberBox(control: Control, unit: Option<Text>) -> impl IntoView {
    let set = control.set;
    let aria_invalid = control.aria_invalid();
    view! {
        <div class="fee-number">
            <input
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                id=field_id(&control.input)
                name=control.input.clone()
                class="fee-input fee-input--number"
                prop:value=control.initial.clone()
                aria-invalid=aria_invalid
                aria-describedby=move || control.described_by.get()
                on:input=move |ev| set.run(event_target_value(&ev))
            />
            {unit.filter(|u| !u.is_empty()).map(|u| view! {
                <span class="fee-number__unit"><Localised text=u /></span>
            })}
        </div>
    }
}

/// A date picker, no later than today and no earlier than the schedule's
/// earliest date (the engine checks both; the picker only helps).
#[component]
pub fn DateBox(control: Control, today: Date, earliest: Option<String>) -> impl IntoView {
    let set = control.set;
    let aria_invalid = control.aria_invalid();
    view! {
        <input
            type="date"
            id=field_id(&control.input)
            name=control.input.clone()
            class="fee-input fee-input--date"
            max=today.to_string()
            min=earliest
            prop:value=control.initial.clone()
            aria-invalid=aria_invalid
            aria-describedby=move || control.described_by.get()
            on:input=move |ev| set.run(event_target_value(&ev))
        />
    }
}
