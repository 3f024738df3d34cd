//! One question of the form: its label (or legend), help, the engine's
//! message when the answer is invalid, and the control that asks it.

use crate::components::fees::widgets::{Control, DateBox, NumberBox, Radios, Select, YesNo};
use crate::components::localised::Localised;
use crate::locale::use_lang;
use crate::present::fees::form::{
    described_by, error_id, field_id, help_id, is_group, range_help, widget_for, Widget,
};
use crate::present::fees::problems::problem_message;
use dalil_fees::{Date, Digits, InputProblem, Inputs};
use dalil_model::fee_schedule::FeeInput;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// The engine's verdict per input id.
pub type Problems = Memo<BTreeMap<String, InputProblem>>;

#[component]
pub fn Field(
    input: Arc<FeeInput>,
    answers: RwSignal<Inputs>,
    problems: Problems,
    digits: Signal<Digits>,
    today: Date,
) -> impl IntoView {
    let lang = use_lang();
    let id = input.id().to_string();
    let widget = widget_for(&input);
    let has_help = !input.help().is_empty() || matches!(widget, Widget::Number);

    let problem = {
        let id = id.clone();
        Signal::derive(move || problems.with(|p| p.get(&id).cloned()))
    };
    let invalid = Signal::derive(move || problem.with(Option::is_some));
    let described = {
        let id = id.clone();
        Signal::derive(move || described_by(&id, has_help, invalid.get()))
    };
    let control = Control {
        input: id.clone(),
        initial: answers.with_untracked(|a| a.get(&id).cloned().unwrap_or_default()),
        set: {
            let id = id.clone();
            Callback::new(move |value: String| {
                answers.update(|a| {
                    a.insert(id.clone(), value);
                });
            })
        },
        invalid,
        described_by: described,
    };

    let help = has_help.then(|| {
        let help_text = input.help().clone();
        let range = {
            let input = input.clone();
            move || range_help(&input, lang.get(), digits.get())
        };
        view! {
            <p class="fee-field__help" id=help_id(&id)>
                {(!help_text.is_empty()).then(|| view! { <Localised text=help_text /> " " })}
                {range}
            </p>
        }
    });
    let error = {
        let id = id.clone();
        let input = input.clone();
        move || {
            problem.get().map(|p| {
                let input = input.clone();
                view! {
                    <p class="fee-field__error" id=error_id(&id)>
                        {move || problem_message(lang.get(), Some(&input), &p, digits.get())}
                    </p>
                }
            })
        }
    };
    let control_view = match input.as_ref() {
        FeeInput::Choice { options, .. } if widget == Widget::Select => {
            view! { <Select control options=options.clone() /> }.into_any()
        }
        FeeInput::Choice { options, .. } => {
            view! { <Radios control options=options.clone() /> }.into_any()
        }
        FeeInput::Number { unit, .. } => {
            view! { <NumberBox control unit=unit.clone() /> }.into_any()
        }
        FeeInput::YesNo { .. } => view! { <YesNo control /> }.into_any(),
        FeeInput::Date { earliest, .. } => {
            view! { <DateBox control today earliest=earliest.clone() /> }.into_any()
        }
    };
    let label = input.label().clone();
    let class = move || {
        if invalid.get() {
            "fee-field fee-field--invalid"
        } else {
            "fee-field"
        }
    };

    if is_group(widget) {
        view! {
            <fieldset
                class=class
                id=field_id(&id)
                data-input=id.clone()
                aria-describedby=move || described.get()
            >
                <legend class="fee-field__label"><Localised text=label /></legend>
                {help}
                {error}
                {control_view}
            </fieldset>
        }
        .into_any()
    } else {
        view! {
            <div class=class data-input=id.clone()>
                <label class="fee-field__label" for=field_id(&id)><Localised text=label /></label>
                {help}
                {error}
                {control_view}
            </div>
        }
        .into_any()
    }
}
