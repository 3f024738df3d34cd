//! The calculator for one version: the answers (from the URL, else the
//! defaults, written back to the URL as they change), the form, and the
//! engine's result.

use crate::components::deferred::Deferred;
use crate::components::fees::breakdown::FeeResult;
use crate::components::fees::digits::{effective, use_preference, DigitsToggle};
use crate::components::fees::field::Field;
use crate::components::fees::share::ShareLink;
use crate::components::fees::version::VersionInfo;
use crate::locale::tr;
use crate::present::fees::answers::{initial_answers, query_pairs};
use crate::surface::{use_surface, Surface};
use dalil_fees::{evaluate, Date};
use dalil_model::FeeVersion;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

#[component]
pub fn Calculator(version: Arc<FeeVersion>, today: Date, upcoming: Option<Date>) -> impl IntoView {
    let preference = use_preference();
    let digits = effective(preference);

    // Only the schedule's own ids are read from the URL.
    let answers = RwSignal::new(initial_answers(&version, crate::url::query_param));
    let result = {
        let version = version.clone();
        Memo::new(move |_| answers.with(|a| evaluate(&version, a, today)))
    };
    let problems = Memo::new(move |_| {
        result.with(|r| match r {
            Ok(_) => BTreeMap::new(),
            Err(e) => e
                .input_errors()
                .iter()
                .map(|e| (e.input.clone(), e.problem.clone()))
                .collect(),
        })
    });
    let pairs = {
        let version = version.clone();
        Memo::new(move |_| answers.with(|a| query_pairs(&version, a)))
    };
    // The URL follows the answers once the user changes one; opening the
    // page leaves a clean address.
    Effect::new(move |ran: Option<()>| {
        let pairs = pairs.get();
        if ran.is_some() {
            crate::url::replace_query(&pairs);
        }
    });

    // Each question, and the result, renders in a slice of its own (`Deferred`): a long
    // schedule is not built in one task when the app takes the page over.
    let fields = version
        .inputs
        .iter()
        .cloned()
        .map(|input| {
            let input = Arc::new(input);
            view! { <Deferred><Field input=input.clone() answers problems digits today /></Deferred> }
        })
        .collect_view();
    let result_version = version.clone();
    let has_inputs = !version.inputs.is_empty();

    view! {
        <VersionInfo version=version.clone() upcoming digits />
        <div class="fees-layout">
            <section class="fees-questions" aria-labelledby="fees-questions-title">
                <h2 id="fees-questions-title">{tr("fees-questions")}</h2>
                {if has_inputs {
                    view! {
                        <p class="fees-intro">{tr("fees-intro")}</p>
                        <form id="fee-form" class="fee-form" novalidate=true on:submit=|ev| ev.prevent_default()>
                            {fields}
                        </form>
                    }
                    .into_any()
                } else {
                    view! { <p class="fees-intro">{tr("fees-no-questions")}</p> }.into_any()
                }}
            </section>
            <section class="fees-result" aria-labelledby="fees-result-title">
                <h2 id="fees-result-title">{tr("fees-result")}</h2>
                <DigitsToggle preference />
                <Deferred><FeeResult version=result_version.clone() result digits /></Deferred>
                // A link to copy is for one's own device: a kiosk would hand
                // it (and the clipboard) to the next person.
                {(has_inputs && use_surface() != Surface::Kiosk).then(|| view! { <ShareLink pairs /> })}
            </section>
        </div>
    }
}
