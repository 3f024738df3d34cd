//! The kiosk's own small pages.

use super::session::use_session;
use crate::locale::tr;
use crate::surface::paths::KIOSK_ROOT as ROOT;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// `/kiosk/search?q=...` (a site search link brought into the kiosk): the
/// kiosk searches on its home, so the words go there.
#[component]
pub fn KioskSearch() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    let session = use_session();
    let navigate = use_navigate();
    Effect::new(move |_| {
        session
            .query
            .set(query.get_untracked().get("q").unwrap_or_default());
        navigate(
            ROOT,
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        );
    });
}

#[component]
pub fn KioskNotFound() -> impl IntoView {
    let title = tr("not-found-title");
    crate::locale::use_page_title(title);
    view! {
        <main id="main" class="page" data-page="not-found" tabindex="-1">
            <h1>{title}</h1>
            <p>{tr("kiosk-not-found")}</p>
            <p><A href=ROOT attr:class="button kiosk-button">{tr("kiosk-home")}</A></p>
        </main>
    }
}
