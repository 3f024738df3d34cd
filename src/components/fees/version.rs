//! Which fees apply: the version in force today, since when, on what
//! authority, whether the figures are samples, and any change announced.

use crate::components::localised::Localised;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::time;
use dalil_fees::{Date, Digits};
use dalil_model::FeeVersion;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn VersionInfo(
    version: Arc<FeeVersion>,
    /// When the next version starts, if one is announced.
    upcoming: Option<Date>,
    digits: Signal<Digits>,
) -> impl IntoView {
    let lang = use_lang();
    let in_force = {
        let version = version.clone();
        move || {
            let date = time::date_with_digits(lang.get(), &version.valid_from, digits.get());
            translate(lang.get(), "fees-in-force", &[("date", Arg::Str(&date))])
        }
    };
    let source = version.source.clone().filter(|s| !s.is_empty()).map(|source| {
        view! {
            <p class="fee-version__source">
                {move || translate(lang.get(), "fees-source", &[("source", Arg::Str(source.get(lang.get())))])}
            </p>
        }
    });
    let upcoming = upcoming.map(|date| {
        view! {
            <p class="notice fee-version__upcoming" role="note">
                {move || {
                    let date = time::calendar_date(lang.get(), date, digits.get());
                    translate(lang.get(), "fees-upcoming", &[("date", Arg::Str(&date))])
                }}
            </p>
        }
    });
    view! {
        <div class="fee-version" id="fee-version" data-valid-from=version.valid_from.clone()>
            <p class="fee-version__in-force">{in_force}</p>
            {source}
            {version.sample.then(|| view! {
                <p class="notice notice--sample fee-version__sample" id="fee-sample" role="note">{tr("fees-sample")}</p>
            })}
            {version.note.clone().filter(|n| !n.is_empty()).map(|note| view! {
                <p class="notice fee-version__note" role="note"><Localised text=note /></p>
            })}
            {upcoming}
        </div>
    }
}
