//! The embed's frame: a slim bar (the authority and the language switch), the
//! search box, the routes, and one line saying where the data comes from.
//! No site header or footer: nothing in the frame leads away from it.

use super::catalogue::scoped;
use super::params::{self, EmbedParams};
use super::resize;
use crate::components::api_error::when_loaded;
use crate::components::localised::Localised;
use crate::components::search_bar::SearchBar;
use crate::components::service_list::ServiceList;
use crate::data::{by_id, provide_catalogue, use_catalogue};
use crate::i18n::{translate, Arg};
use crate::locale::{provide_locale, tr, use_lang, use_page_title};
use crate::routes::{not_found::NotFoundPage, search::SearchPage, CatalogueRoutes};
use crate::surface::paths::EMBED_BASE as BASE;
use crate::surface::Surface;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// Keeps the settings in `window.name` between page loads of this frame.
const NAME_PREFIX: &str = "dalil-embed?";

/// The embed's settings. The entry URL (`/embed?authority=...`) carries
/// them; pages inside the frame (`/embed/services/x`) do not, so they are
/// kept in `window.name`, which lasts as long as the frame, survives a
/// reload of it, and belongs to this frame alone (two embeds on one page do
/// not mix).
fn load_params() -> EmbedParams {
    let Some(window) = crate::browser::window() else {
        return params::parse(|_| None);
    };
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    // The entry URL with a query is the host's word; `/embed` alone is the
    // frame's own "all services" page being reloaded.
    let entry = (path == BASE || path == "/embed/") && search.len() > 1;
    let query = if entry {
        let query = search.trim_start_matches('?').to_string();
        let _ = window.set_name(&format!("{NAME_PREFIX}{query}"));
        query
    } else {
        window
            .name()
            .ok()
            .and_then(|n| n.strip_prefix(NAME_PREFIX).map(str::to_string))
            .unwrap_or_default()
    };
    let saved = web_sys::UrlSearchParams::new_with_str(&query).ok();
    params::parse(|k| saved.as_ref().and_then(|p| p.get(k)))
}

/// An embed page opened on its own, outside any frame and without the
/// host's settings (a link opened in a new tab): the full site's page is
/// the right place for it, so the address moves there. Returns whether it
/// did. The embed's home stays, to explain a missing `authority`.
fn left_for_the_site() -> bool {
    let Some(window) = crate::browser::window() else {
        return false;
    };
    let framed = window
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| !js_sys::Object::is(&top, &window));
    let has_settings = window.name().is_ok_and(|n| n.starts_with(NAME_PREFIX));
    let location = window.location();
    let path = location.pathname().unwrap_or_default();
    let Some(site_path) = path.strip_prefix(BASE).filter(|p| p.len() > 1) else {
        return false;
    };
    if framed || has_settings {
        return false;
    }
    let twin = format!(
        "{site_path}{}{}",
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    location.replace(&twin).is_ok()
}

/// The settings the pages of the embed read.
#[derive(Clone)]
struct Settings {
    authority: Option<String>,
}

#[component]
pub fn EmbedApp() -> impl IntoView {
    if left_for_the_site() {
        return ().into_any();
    }
    let params = load_params();
    crate::surface::provide_surface(crate::surface::Surface::Embed);
    provide_locale();
    let site = provide_catalogue(false);
    let catalogue = scoped(site, params.authority.clone());
    provide_context(catalogue);
    provide_context(Settings {
        authority: params.authority.clone(),
    });
    crate::search_index::provide_search_index();
    if let Some(html) = document().document_element() {
        // Scopes style/embed.css to this mode.
        let _ = html.set_attribute("data-embed", "");
    }

    let properties = super::theme::root_properties(params.brand.as_ref(), params.font);
    let brand = params.brand.map(|b| b.main.css());
    let adjusted = params.brand.is_some_and(|b| b.adjusted);
    let root = NodeRef::new();
    apply_theme(root, properties);
    resize::report_height(root, params.parent_origin.clone());
    let origin = params.parent_origin.clone();
    let ignored = params.ignored.clone();
    // The search box only makes sense once there is something to search.
    let known = Memo::new(
        move |_| matches!(catalogue.listing.get(), Some(Ok(l)) if !l.services.is_empty()),
    );

    view! {
        <Router base=BASE>
            {resize::report_navigation(origin)}
            <div
                class="embed"
                id="embed-root"
                node_ref=root
                data-brand=brand
                data-brand-adjusted=adjusted.then_some("true")
            >
                <EmbedBar ignored />
                <Show when=move || known.get()>
                    <SearchBar />
                </Show>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=EmbedHome />
                    <Route path=path!("/search") view=SearchPage />
                    <CatalogueRoutes />
                </Routes>
                <EmbedFooter />
            </div>
        </Router>
    }
    .into_any()
}

/// Writes the theme's properties on the root once it is in the page, through
/// the CSSOM: the CSP (`style-src 'self'`) refuses a `style` attribute.
fn apply_theme(root: NodeRef<leptos::html::Div>, properties: Vec<(&'static str, String)>) {
    if properties.is_empty() {
        return;
    }
    Effect::new(move |_| {
        if let Some(element) = root.get() {
            // web-sys's CSSOM `style`, not the leptos attribute helper of the same name.
            let style = web_sys::HtmlElement::style(&element);
            for (name, value) in &properties {
                let _ = style.set_property(name, value);
            }
        }
    });
}

/// The authority's name (the way back to its list) and the language switch,
/// plus a note when settings in the URL were not understood.
#[component]
fn EmbedBar(ignored: Vec<&'static str>) -> impl IntoView {
    let lang = use_lang();
    let catalogue = use_catalogue();
    let settings = expect_context::<Settings>();
    let name = move || {
        let id = settings.authority.as_deref()?;
        catalogue.authority(id).map(|a| a.name)
    };
    let ignored_note = (!ignored.is_empty()).then(|| {
        let names = ignored.join(", ");
        view! {
            <p class="embed-bar__note" id="embed-ignored" role="note">
                {move || translate(lang.get(), "embed-ignored", &[("names", Arg::Str(&names))])}
            </p>
        }
    });
    view! {
        <header class="embed-bar">
            <div class="embed-bar__row">
                <A href=Surface::Embed.href("/") attr:class="embed-bar__home" attr:id="embed-home-link">
                    <span class="brand__mark embed-bar__mark" aria-hidden="true">"د"</span>
                    {move || match name() {
                        Some(text) => view! { <Localised text /> }.into_any(),
                        None => view! { <span>{tr("app-name")}</span> }.into_any(),
                    }}
                </A>
                <crate::components::header::LangSwitch class="lang-switch embed-bar__lang" />
            </div>
            {ignored_note}
        </header>
    }
}

/// The embed's first page: the authority's services, or why there are none.
#[component]
fn EmbedHome() -> impl IntoView {
    let catalogue = use_catalogue();
    let settings = expect_context::<Settings>();
    let lang = use_lang();
    let authority = settings.authority.clone();
    let title_id = authority.clone();
    use_page_title(move || {
        title_id
            .as_deref()
            .and_then(|id| catalogue.authority(id))
            .map(|a| a.name.get(lang.get()).to_string())
            .unwrap_or_default()
    });
    let body = move || {
        let Some(id) = authority.clone() else {
            return view! {
                <h1>{tr("embed-no-authority-title")}</h1>
                <p id="embed-problem">{tr("embed-no-authority-body")}</p>
            }
            .into_any();
        };
        when_loaded(catalogue.authorities.get(), move |all| {
            let Some(found) = by_id(&all, &id).cloned() else {
                // A value of another shape is not echoed into the page.
                let shown = super::params::shown_authority(&id).map(str::to_string);
                let body = move || match &shown {
                    Some(id) => translate(
                        lang.get(),
                        "embed-unknown-authority-body",
                        &[("id", Arg::Str(id))],
                    ),
                    None => translate(lang.get(), "embed-authority-not-an-id-body", &[]),
                };
                return view! {
                    <h1>{tr("embed-unknown-authority-title")}</h1>
                    <p id="embed-problem">{body}</p>
                }
                .into_any();
            };
            let services = move || {
                when_loaded(catalogue.listing.get(), move |listing| {
                    let count = listing.services.len() as i64;
                    let services = listing.services.clone();
                    view! {
                        <p class="embed-home__intro">
                            {move || translate(lang.get(), "embed-intro", &[("count", Arg::Num(count))])}
                        </p>
                        <ServiceList services />
                    }
                    .into_any()
                })
            };
            view! {
                <h1><Localised text=found.name.clone() /></h1>
                {services}
            }
            .into_any()
        })
    };
    view! {
        <main id="main" class="page embed-home" data-page="embed-home" tabindex="-1">
            {body}
        </main>
    }
}

/// Where the information comes from, and how fresh it is. No link: the
/// frame leads nowhere else.
#[component]
fn EmbedFooter() -> impl IntoView {
    let lang = use_lang();
    let catalogue = use_catalogue();
    let date = move || {
        catalogue.manifest.get().and_then(|m| m.ok()).map(|m| {
            translate(
                lang.get(),
                "footer-data-as-of",
                &[("date", Arg::Str(&m.data_date))],
            )
        })
    };
    view! {
        <footer class="embed-footer">
            <p>{tr("embed-source")}" " <span class="embed-footer__date">{date}</span></p>
        </footer>
    }
}
