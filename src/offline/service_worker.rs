//! Registers `sw.js` and offers a new build when one is ready. The new
//! build waits until the person says "update": never a silent reload that
//! loses their place. The reload keeps the URL, which carries the page's
//! state; ticks and preferences are on the device.

use crate::locale::tr;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// How often an open page asks whether a new build was deployed.
const UPDATE_CHECK_MS: u32 = 30 * 60 * 1000;

thread_local! {
    /// The installed worker of the new build, waiting for the person's yes.
    static WAITING: RefCell<Option<ServiceWorker>> = const { RefCell::new(None) };
    /// Set when the person chose "update": only then does a change of
    /// worker reload the page.
    static ASKED: Cell<bool> = const { Cell::new(false) };
    /// Where to go once the new build took over; `None` reloads in place.
    static OPEN_AFTER: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Whether a new build is ready, shared through context.
#[derive(Clone, Copy)]
pub struct AppUpdate {
    pub ready: RwSignal<bool>,
}

pub fn provide_app_update() -> AppUpdate {
    let update = AppUpdate {
        ready: RwSignal::new(false),
    };
    provide_context(update);
    if let Some(container) = container() {
        spawn_local(register(container, update));
    }
    update
}

/// The page's worker container, where the browser has one (not in
/// insecure contexts, nor in some private modes).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = crate::browser::window()?.navigator();
    Reflect::has(&navigator, &"serviceWorker".into())
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

async fn register(container: ServiceWorkerContainer, update: AppUpdate) {
    let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else {
        // No worker: the app still works online.
        return;
    };
    let registration: ServiceWorkerRegistration = registration.unchecked_into();
    // A worker that finished installing before this page opened.
    if let (Some(waiting), Some(_)) = (registration.waiting(), container.controller()) {
        offer(waiting, update);
    }
    watch_for_new_builds(&container, &registration, update);
    reload_when_the_new_build_takes_over(&container);
    loop {
        gloo_timers::future::TimeoutFuture::new(UPDATE_CHECK_MS).await;
        let _ = registration.update();
    }
}

fn offer(worker: ServiceWorker, update: AppUpdate) {
    WAITING.with(|w| *w.borrow_mut() = Some(worker));
    update.ready.set(true);
}

fn watch_for_new_builds(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    update: AppUpdate,
) {
    let container = container.clone();
    let reg = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = reg.installing() else {
            return;
        };
        let worker = installing.clone();
        let container = container.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            // The first install has no page to update: it just takes over.
            if worker.state() == ServiceWorkerState::Installed && container.controller().is_some() {
                offer(worker.clone(), update);
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
}

fn reload_when_the_new_build_takes_over(container: &ServiceWorkerContainer) {
    let on_change = Closure::<dyn Fn()>::new(|| {
        if ASKED.with(Cell::get) {
            if let Some(window) = crate::browser::window() {
                let _ = match OPEN_AFTER.with(|o| o.borrow_mut().take()) {
                    Some(url) => window.location().replace(&url),
                    None => window.location().reload(),
                };
            }
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
}

/// Takes a waiting new build at a moment when no one's place can be lost
/// (a kiosk between two people), then opens `url`. False when no build is
/// waiting.
pub fn apply_if_waiting(url: &str) -> bool {
    let waiting = WAITING.with(|w| w.borrow().is_some());
    if waiting {
        OPEN_AFTER.with(|o| *o.borrow_mut() = Some(url.to_string()));
        apply();
    }
    waiting
}

/// Tells the waiting worker to take over; the page reloads when it has.
fn apply() {
    ASKED.with(|a| a.set(true));
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &"dalil:skip-waiting".into());
    WAITING.with(|w| {
        if let Some(worker) = w.borrow().as_ref() {
            let _ = worker.post_message(&message);
        }
    });
}

/// "A new version is ready": update now, or later (until the next visit).
#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let update = expect_context::<AppUpdate>();
    let dismissed = RwSignal::new(false);
    view! {
        <Show when=move || update.ready.get() && !dismissed.get()>
            <div class="banner banner--update" role="status" id="update-prompt">
                <p>{tr("update-ready")}</p>
                <div class="banner__actions">
                    <button type="button" class="button" id="update-now" on:click=move |_| apply()>
                        {tr("update-now")}
                    </button>
                    <button
                        type="button"
                        class="button button--secondary"
                        id="update-later"
                        on:click=move |_| dismissed.set(true)
                    >
                        {tr("update-later")}
                    </button>
                </div>
            </div>
        </Show>
    }
}
