//! The fee summary on a service page: the total with the schedule's default
//! answers (computed by the fee engine), whether the figures are samples, and
//! the way to the calculator.

use crate::components::fees::{clock, digits};
use crate::locale::{tr, use_lang};
use crate::present::fees::summary::summary_lines;
use dalil_fees::{default_inputs, evaluate, in_force};
use dalil_model::Service;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn FeeSummary(service: Arc<Service>) -> impl IntoView {
    if service.fees.is_empty() {
        return view! { <p class="fee-summary fee-summary--none" id="fee-summary">{tr("fees-none")}</p> }.into_any();
    }
    let today = clock::today();
    let Some(version) = in_force(&service.fees, today).cloned() else {
        return view! { <p class="fee-summary fee-summary--none" id="fee-summary">{tr("fees-not-in-force")}</p> }.into_any();
    };
    let lang = use_lang();
    let digits = digits::effective(digits::use_preference());
    let result = evaluate(&version, &default_inputs(&version), today);
    let sample = version.sample;
    let lines = move || {
        summary_lines(&version, &result, lang.get(), digits.get())
            .into_iter()
            .map(|line| view! { <p class="fee-summary__total"><bdi>{line}</bdi></p> })
            .collect_view()
    };
    // The language is app state: the link carries no `?lang=`.
    let href = crate::surface::use_link(format!("/services/{}/fees", service.id));
    view! {
        <div class="fee-summary" id="fee-summary">
            {lines}
            {sample.then(|| view! { <p class="fee-summary__sample">{tr("fees-summary-sample")}</p> })}
            <p class="fee-summary__open">
                <A href=href attr:class="button fee-summary__link" attr:id="fee-summary-open">{tr("fees-open-calculator")}</A>
            </p>
        </div>
    }
    .into_any()
}
