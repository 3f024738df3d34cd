//! `/services/{id}/fees`: the fee calculator (being written).

use crate::locale::tr;
use leptos::prelude::*;

#[component]
pub fn FeesPage() -> impl IntoView {
    view! {
        <main id="main" class="page" data-page="fees" tabindex="-1">
            <h1>{tr("section-fees")}</h1>
        </main>
    }
}
