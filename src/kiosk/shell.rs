//! The frame of every kiosk page: its header, the page, the idle watch,
//! and starting over between two people.

use super::device;
use super::history_guard;
use super::idle::IdleWatch;
use super::session::KioskSession;
use super::settings::use_settings;
use crate::locale::{tr, use_lang};
use crate::surface::paths::KIOSK_ROOT as ROOT;
use crate::surface::{provide_surface, Surface};
use dalil_model::config::KioskConfig;
use dalil_model::Lang;
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// The frame of every kiosk page: its header, the page, the idle watch.
#[component]
pub fn KioskShell() -> impl IntoView {
    device::enter();
    provide_surface(Surface::Kiosk);
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

    let site = use_settings();
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

fn warn(warnings: &[String]) {
    for w in warnings {
        leptos::logging::warn!("kiosk: {w}");
    }
}
