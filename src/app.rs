//! The app: shared state, the page frame and the site's route table (the
//! kiosk's pages are a branch of it; the embed has a router of its own).

use crate::components::deferred::Deferred;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::search_bar::SearchBar;
use crate::data::provide_catalogue;
use crate::kiosk::SiteOnly;
use crate::locale::{provide_locale, tr};
use crate::offline::service_worker::{provide_app_update, UpdatePrompt};
use crate::offline::status::{provide_offline_status, CatalogueStatus};
use crate::routes::{home::HomePage, not_found::NotFoundPage, search::SearchPage, CatalogueRoutes};
use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    // `/embed/...`: the compact view for a ministry's iframe (src/embed/).
    if crate::embed::is_embed_path() {
        return view! { <crate::embed::EmbedApp /> }.into_any();
    }
    // First: on a kiosk, nothing personal may be read from the device.
    crate::kiosk::boot();
    provide_locale();
    let preview = crate::url::query_param("preview").is_some_and(|v| v == "1");
    let catalogue = provide_catalogue(preview);
    crate::search_index::provide_search_index();
    provide_offline_status(catalogue);
    provide_app_update();
    crate::kiosk::provide_settings();

    view! {
        <Router>
            <crate::kiosk::Redirect />
            // The frame renders in slices of its own, apart from the page (`Deferred`).
            <SiteOnly>
                <Deferred><Header /></Deferred>
                // A kiosk takes a new build between sessions instead (src/kiosk/idle.rs).
                <UpdatePrompt />
            </SiteOnly>
            <CatalogueStatus />
            <SiteOnly>
                <Deferred><SearchBar /></Deferred>
            </SiteOnly>
            <Show when=move || catalogue.preview>
                <p class="banner banner--preview" role="note">
                    {tr("preview-banner")}
                    <SiteOnly>
                        " "<a href="/audit?preview=1">{tr("audit-banner-link")}</a>
                    </SiteOnly>
                </p>
            </Show>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/search") view=SearchPage />
                // The audit workshop: site only (outside the kiosk's branch).
                <Route path=path!("/audit") view=crate::routes::audit::overview::AuditPage />
                <Route path=path!("/audit/consistency") view=crate::routes::audit::consistency::AuditConsistencyPage />
                <Route path=path!("/audit/:ministry") view=crate::routes::audit::ministry::AuditMinistryPage />
                <CatalogueRoutes />
                // The kiosk: the same catalogue pages in the kiosk's frame.
                <ParentRoute path=path!("/kiosk") view=crate::kiosk::Shell>
                    <Route path=path!("") view=crate::kiosk::Home />
                    <CatalogueRoutes />
                    <Route path=path!("/search") view=crate::kiosk::Search />
                    <Route path=path!("/*any") view=crate::kiosk::NotFound />
                </ParentRoute>
            </Routes>
            <SiteOnly>
                <Deferred><Footer /></Deferred>
            </SiteOnly>
        </Router>
    }
    .into_any()
}
