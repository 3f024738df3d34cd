//! The Arabic-Indic digits preference: offered in Arabic, remembered on the
//! device, Latin digits by default.

use crate::locale::{tr, use_lang};
use crate::present::fees::digits::effective_digits;
use crate::storage::personal as storage;
use dalil_fees::Digits;
use dalil_model::Lang;
use leptos::prelude::*;

mod stored;

pub const STORAGE_KEY: &str = "dalil.digits";

/// The stored preference, as a signal the toggle can change.
pub fn use_preference() -> RwSignal<Digits> {
    RwSignal::new(stored::decode(storage::get(STORAGE_KEY).as_deref()))
}

/// The digits to write figures with now: the preference in Arabic, Latin in
/// English.
pub fn effective(preference: RwSignal<Digits>) -> Signal<Digits> {
    let lang = use_lang();
    Signal::derive(move || effective_digits(lang.get(), preference.get()))
}

/// A checkbox for Arabic-Indic digits, shown in Arabic only.
#[component]
pub fn DigitsToggle(preference: RwSignal<Digits>) -> impl IntoView {
    let lang = use_lang();
    let toggle = move |ev: leptos::ev::Event| {
        let digits = if event_target_checked(&ev) {
            Digits::ArabicIndic
        } else {
            Digits::Latin
        };
        preference.set(digits);
        storage::set(STORAGE_KEY, stored::encode(digits));
    };
    view! {
        <Show when=move || lang.get() == Lang::Ar>
            <p class="fee-digits">
                <input
                    type="checkbox"
                    id="fee-digits"
                    class="fee-digits__box"
                    prop:checked=move || preference.get() == Digits::ArabicIndic
                    on:change=toggle
                />
                <label for="fee-digits">{tr("fees-digits-arabic")}</label>
            </p>
        </Show>
    }
}
