//! Any unknown path: say so plainly and offer the way home.

use crate::locale::{tr, use_page_title};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let title = tr("not-found-title");
    use_page_title(title);
    view! {
        <main id="main" class="page" data-page="not-found" tabindex="-1">
            <h1>{title}</h1>
            <p>{tr("not-found-body")}</p>
            <p><A href=crate::surface::use_link("/") attr:class="button">{tr("not-found-home")}</A></p>
        </main>
    }
}
