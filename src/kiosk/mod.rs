//! Kiosk mode (issue #8): Dalil on a touch screen in a service centre hall.
//!
//! Entered at `/kiosk` (every kiosk page is under it), or for a whole site
//! with `"kiosk": true` in `config.json`. Once a page has been a kiosk it
//! stays one: internal links are rewritten into `/kiosk`, external links
//! become QR codes, Back cannot leave, and after a while without a touch the
//! kiosk wipes what the last person left and starts over in Arabic.

pub mod config;
mod history_guard;
mod home;
pub mod idle;
pub mod keyboard;
pub mod paths;
mod slip;
pub mod take_away;

use crate::locale::{tr, use_lang};
use crate::routes::CatalogueRoutes;
use config::KioskConfig;
use dalil_model::Lang;
use home::KioskHome;
use idle::IdleWatch;
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route, A};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::{path, NavigateOptions};
use paths::{is_kiosk_path, kiosk_path, ROOT};
use std::cell::Cell;

thread_local! {
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
}

/// Whether this page is a kiosk. Set once, never unset: a kiosk has no way
/// back to the ordinary site.
pub fn active() -> bool {
    ACTIVE.with(Cell::get)
}

fn enter() {
    ACTIVE.with(|a| a.set(true));
    // A shared screen: from now on nothing personal touches the device.
    crate::storage::personal::keep_in_memory();
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-kiosk", "true");
    }
}

/// The href of an internal link: the same page, inside the kiosk when the
/// page is one. Every internal link of a page a kiosk can show goes
/// through here.
pub fn app_href(path: &str) -> String {
    if active() {
        kiosk_path(path)
    } else {
        path.to_string()
    }
}

/// One person's session on the kiosk; wiped by "start over".
#[derive(Clone, Copy)]
pub struct KioskSession {
    /// Someone has touched the screen since the last start-over (or the
    /// kiosk opened somewhere other than its home): there is something to
    /// forget, so the idle countdown runs. A clean kiosk waits quietly.
    pub dirty: RwSignal<bool>,
    /// The search text, shared by the box and the on-screen keyboard, kept
    /// while the person looks at a result and comes back.
    pub query: RwSignal<String>,
    /// The on-screen keyboard's layout.
    pub keyboard: RwSignal<Lang>,
}

pub fn use_session() -> KioskSession {
    expect_context::<KioskSession>()
}

/// Remembers on the device that its `config.json` makes it a kiosk, so the
/// next page load opens in the kiosk at once, before `config.json` has
/// arrived (without it the site's header showed for a moment). It is the
/// device's setting, not a person's: a start-over keeps it.
const DEVICE_KIOSK_KEY: &str = crate::storage::device::KIOSK;

/// Before anything reads a person's choices or the router mounts: a device
/// known to be a kiosk moves the address into `/kiosk`, so the first frame
/// drawn is already the kiosk's; and a kiosk page keeps choices in memory
/// from the very first read (the language, before it is applied).
pub fn boot() {
    enter_if_remembered();
    let path = window().location().pathname().unwrap_or_default();
    if is_kiosk_path(&path) {
        crate::storage::personal::keep_in_memory();
    }
}

fn enter_if_remembered() {
    if crate::storage::device::get(DEVICE_KIOSK_KEY).as_deref() != Some("true") {
        return;
    }
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    if is_kiosk_path(&path) {
        return;
    }
    let full = format!(
        "{path}{}{}",
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&kiosk_path(&full)),
        );
    }
}

/// Keeps [`DEVICE_KIOSK_KEY`] in step with a `config.json` that was read.
fn remember(config: &KioskConfig) {
    if !config.decided {
        return;
    }
    if config.enabled {
        crate::storage::device::set(DEVICE_KIOSK_KEY, "true");
    } else {
        crate::storage::device::remove(DEVICE_KIOSK_KEY);
    }
}

/// The kiosk settings of `config.json`, read once for the whole app
/// (`None` until it has arrived; defaults if it is missing or broken).
#[derive(Clone, Copy)]
pub struct SiteConfig(LocalResource<KioskConfig>);

pub fn provide_config() {
    let resource = LocalResource::new(|| async {
        let text = crate::api::config_text().await.unwrap_or_default();
        if text.is_empty() {
            return KioskConfig::default();
        }
        match KioskConfig::from_json(&text) {
            Ok((config, warnings)) => {
                warn(&warnings);
                // Only a config that was read decides; offline, or behind a
                // captive portal's page, the last word stands.
                remember(&config);
                config
            }
            Err(problem) => {
                warn(&[problem]);
                KioskConfig::default()
            }
        }
    });
    provide_context(SiteConfig(resource));
}

fn warn(warnings: &[String]) {
    for w in warnings {
        leptos::logging::warn!("kiosk: {w}");
    }
}

/// Renders its children only outside the kiosk (the site's header, search
/// bar and footer: the kiosk has its own).
#[component]
pub fn SiteOnly(children: ChildrenFn) -> impl IntoView {
    let location = use_location();
    view! { <Show when=move || !is_kiosk_path(&location.pathname.get())>{children()}</Show> }
}

/// Keeps a kiosk a kiosk: with `"kiosk": true` every page opens in
/// `/kiosk`, and once in the kiosk, a path outside it (a link that slipped
/// through, a typed address) is brought back inside.
#[component]
pub fn KioskRedirect() -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let site = expect_context::<SiteConfig>();
    Effect::new(move |_| {
        let path = location.pathname.get();
        let from_config = site.0.get().is_some_and(|c| c.enabled);
        if (active() || from_config) && !is_kiosk_path(&path) {
            // The router's `search` has no leading "?"; its `hash` keeps its "#".
            let search = location.search.get_untracked();
            let query = if search.is_empty() {
                String::new()
            } else {
                format!("?{search}")
            };
            let full = format!("{path}{query}{}", location.hash.get_untracked());
            navigate(
                &kiosk_path(&full),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
}

/// The kiosk's routes: the pages a person can reach from a service, under
/// `/kiosk`, in the kiosk frame.
#[component(transparent)]
pub fn KioskRoutes() -> impl leptos_router::MatchNestedRoutes + Clone {
    view! {
        <ParentRoute path=path!("/kiosk") view=KioskShell>
            <Route path=path!("") view=KioskHome />
            <CatalogueRoutes />
            <Route path=path!("/search") view=KioskSearch />
            <Route path=path!("/*any") view=KioskNotFound />
        </ParentRoute>
    }
    .into_inner()
}

/// The frame of every kiosk page: its header, the page, the idle watch.
#[component]
fn KioskShell() -> impl IntoView {
    enter();
    crate::surface::provide_surface(crate::surface::Surface::Kiosk);
    history_guard::install();
    let lang = use_lang();
    // A kiosk page load starts a new session: whatever a previous visitor
    // left on this screen is not the next person's business. `?lang=` is
    // honoured (a deliberate link), a remembered language is not.
    crate::storage::personal::forget();
    if crate::url::query_param("lang").is_none() {
        lang.set(Lang::Ar);
    }
    let location = use_location();
    let session = KioskSession {
        // Opened anywhere but its home (a reload mid-session, a deep link):
        // something may be on screen for someone, so it counts as used.
        dirty: RwSignal::new(location.pathname.get_untracked() != ROOT),
        query: RwSignal::new(String::new()),
        keyboard: RwSignal::new(lang.get_untracked()),
    };
    provide_context(session);
    // The keyboard follows the interface language when it changes.
    Effect::new(move |_| session.keyboard.set(lang.get()));

    let site = expect_context::<SiteConfig>();
    // The URL's settings are read on entry: they stay for the page's life,
    // though the address changes as the person moves around.
    let idle = crate::url::query_param("idle");
    let countdown = crate::url::query_param("countdown");
    warn(
        &KioskConfig::default()
            .with_url(idle.clone(), countdown.clone())
            .1,
    );
    let config = Signal::derive(move || {
        let base = site.0.get().unwrap_or_default();
        base.with_url(idle.clone(), countdown.clone()).0
    });

    let navigate = use_navigate();
    let start_over = Callback::new(move |()| {
        crate::storage::personal::forget();
        // Between two people is the one moment a new build loses no one's
        // place: take it now, opening the kiosk home in the new build.
        if crate::offline::service_worker::apply_if_waiting(ROOT) {
            return;
        }
        lang.set(Lang::Ar);
        session.query.set(String::new());
        session.keyboard.set(Lang::Ar);
        if !history_guard::rewind() {
            navigate(
                ROOT,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
        window().scroll_to_with_x_and_y(0.0, 0.0);
        session.dirty.set(false);
    });

    view! {
        <div class="kiosk">
            <KioskHeader start_over />
            <Outlet />
            <IdleWatch config dirty=session.dirty start_over />
        </div>
    }
}

#[component]
fn KioskHeader(start_over: Callback<()>) -> impl IntoView {
    let location = use_location();
    let at_home = move || location.pathname.get() == ROOT;
    let back = move |_| {
        if let Ok(history) = window().history() {
            let _ = history.back();
        }
    };
    view! {
        <a class="skip-link" href="#main">{tr("skip-to-content")}</a>
        <header class="kiosk-header">
            <A href=ROOT attr:class="brand kiosk-header__brand">
                <span class="brand__mark" aria-hidden="true">"د"</span>
                <span class="brand__name">{tr("app-name")}</span>
            </A>
            <nav class="kiosk-header__nav" aria-label=tr("kiosk-nav-label")>
                <Show when=move || !at_home()>
                    <button type="button" id="kiosk-back" class="kiosk-header__button" on:click=back>
                        {tr("kiosk-back")}
                    </button>
                    <A href=ROOT attr:class="kiosk-header__button" attr:id="kiosk-home">{tr("kiosk-home")}</A>
                </Show>
                <button
                    type="button"
                    id="kiosk-start-over"
                    class="kiosk-header__button"
                    on:click=move |_| start_over.run(())
                >
                    {tr("kiosk-start-over")}
                </button>
                <crate::components::header::LangSwitch class="kiosk-header__button kiosk-header__lang" />
            </nav>
        </header>
    }
}

/// `/kiosk/search?q=...` (a site search link brought into the kiosk): the
/// kiosk searches on its home, so the words go there.
#[component]
fn KioskSearch() -> impl IntoView {
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
fn KioskNotFound() -> impl IntoView {
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
