//! The app: shared state, the page frame and the routes.

use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::search_bar::SearchBar;
use crate::data::provide_catalogue;
use crate::kiosk::{KioskRedirect, KioskRoutes, SiteOnly};
use crate::locale::{provide_locale, tr};
use crate::offline::service_worker::{provide_app_update, UpdatePrompt};
use crate::offline::status::{provide_offline_status, CatalogueStatus};
use crate::routes::{home::HomePage, not_found::NotFoundPage, search::SearchPage, CatalogueRoutes};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
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
    crate::kiosk::provide_config();

    view! {
        <Router>
            <KioskRedirect />
            <SiteOnly>
                <Header />
                // A kiosk takes a new build between sessions instead (src/kiosk/idle.rs).
                <UpdatePrompt />
            </SiteOnly>
            <CatalogueStatus />
            <SiteOnly>
                <SearchBar />
            </SiteOnly>
            <Show when=move || catalogue.preview>
                <p class="banner banner--preview" role="note">{tr("preview-banner")}</p>
            </Show>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/search") view=SearchPage />
                <CatalogueRoutes />
                <KioskRoutes />
            </Routes>
            <SiteOnly>
                <Footer />
            </SiteOnly>
        </Router>
    }
    .into_any()
}
