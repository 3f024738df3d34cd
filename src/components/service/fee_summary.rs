//! The fee summary on a service page. The fee engine (issue 6) computes the
//! default total; until then the section says whether fees are recorded.

use crate::locale::tr;
use dalil_model::Service;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn FeeSummary(service: Arc<Service>) -> impl IntoView {
    if service.fees.is_empty() {
        view! { <p>{tr("fees-none")}</p> }.into_any()
    } else {
        ().into_any()
    }
}
