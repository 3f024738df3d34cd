//! What the person is told about the data they see: offline or not, how
//! old it is, and whether an update failed. Also runs the background
//! check that keeps the device's catalogue fresh.

use super::catalogue_store::{self, DeviceCatalogue};
use super::catalogue_update::{self, Outcome};
use super::device_cache::StorageProblem;
use crate::components::api_error;
use crate::data::{untracked, Catalogue};
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::time;
use dalil_model::{ApiError, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;

/// How often an open page asks for a newer catalogue.
const RECHECK_MS: u32 = 15 * 60 * 1000;

/// The state of the catalogue on this device, shared through context.
#[derive(Clone, Copy)]
pub struct OfflineStatus {
    /// The catalogue kept on the device, once known.
    pub device: RwSignal<Option<DeviceCatalogue>>,
    /// The last check's result (`None` while the first one runs).
    pub last: RwSignal<Option<Outcome>>,
    /// Whether the last check replaced an older catalogue in this session.
    pub swapped: RwSignal<bool>,
}

pub fn provide_offline_status(catalogue: Catalogue) -> OfflineStatus {
    let status = OfflineStatus {
        device: RwSignal::new(catalogue_store::current()),
        last: RwSignal::new(None),
        swapped: RwSignal::new(false),
    };
    provide_context(status);
    // In the browser only (the pre-renderer has no network and no device).
    if !catalogue.preview && cfg!(target_arch = "wasm32") {
        spawn_local(keep_fresh(catalogue, status));
        recheck_when_back_online(catalogue, status);
    }
    status
}

/// The longest the first check waits for the page to be idle.
const FIRST_CHECK_WAIT_MS: u32 = 2_000;

/// Checks once the page is idle, then every [`RECHECK_MS`]. The first check
/// waits for the page's listing too: the page's own needs come first, and
/// the listing's pack is then in the HTTP cache, so it crosses the network
/// once.
async fn keep_fresh(catalogue: Catalogue, status: OfflineStatus) {
    let _ = untracked(catalogue.listing).await;
    crate::slices::idle(FIRST_CHECK_WAIT_MS).await;
    loop {
        check_now(catalogue, status).await;
        gloo_timers::future::TimeoutFuture::new(RECHECK_MS).await;
    }
}

thread_local! {
    /// One check at a time: the timer and the "online" event may meet.
    static CHECKING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

async fn check_now(catalogue: Catalogue, status: OfflineStatus) {
    if CHECKING.with(|c| c.replace(true)) {
        return;
    }
    run_check(catalogue, status).await;
    CHECKING.with(|c| c.set(false));
}

async fn run_check(catalogue: Catalogue, status: OfflineStatus) {
    let base = untracked(catalogue.base).await;
    let before = status.device.get_untracked();
    let outcome = catalogue_update::check(&base).await;
    match &outcome {
        Outcome::UpToDate(now) => status.device.set(Some(now.clone())),
        Outcome::Updated(now) => {
            status.device.set(Some(now.clone()));
            // Pages already show this version when they were loaded from the
            // network on a first visit; only a real swap reloads them.
            if before.is_some_and(|b| b.version != now.version) {
                status.swapped.set(true);
                catalogue.reload();
            }
        }
        Outcome::Failed(_) | Outcome::NoStorage(_) | Outcome::Offered(_) => {
            status.device.set(catalogue_store::intact(&base).await);
        }
    }
    status.last.set(Some(outcome));
}

fn recheck_when_back_online(catalogue: Catalogue, status: OfflineStatus) {
    let Some(window) = crate::browser::window() else {
        return;
    };
    let on_online = Closure::<dyn Fn()>::new(move || {
        spawn_local(check_now(catalogue, status));
    });
    let _ = window.add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
    // Lives as long as the page.
    on_online.forget();
}

pub fn use_offline_status() -> OfflineStatus {
    expect_context::<OfflineStatus>()
}

/// What to tell the person, if anything: (message kind, text).
fn notice(lang: Lang, status: OfflineStatus) -> Option<(&'static str, String)> {
    let device = status.device.get();
    let date = device.as_ref().map(|d| time::date(lang, &d.data_date));
    let date = date.unwrap_or_default();
    let with_date = |id: &str| translate(lang, id, &[("date", Arg::Str(&date))]);
    match status.last.get()? {
        Outcome::Failed(ApiError::Network(_) | ApiError::Timeout) if device.is_some() => {
            Some(("offline", with_date("offline-now")))
        }
        Outcome::Failed(error) if device.is_some() => {
            let reason = api_error::message(lang, &error);
            let text = translate(
                lang,
                "offline-update-failed",
                &[("reason", Arg::Str(&reason)), ("date", Arg::Str(&date))],
            );
            Some(("failed", text))
        }
        Outcome::Updated(_) if status.swapped.get() => {
            Some(("updated", with_date("offline-updated")))
        }
        Outcome::NoStorage(StorageProblem::NoRoom { needed, free }) => {
            let (needed, free) = (megabytes(lang, needed), megabytes(lang, free));
            let text = translate(
                lang,
                "offline-no-room",
                &[("needed", Arg::Str(&needed)), ("free", Arg::Str(&free))],
            );
            Some(("no-storage", text))
        }
        Outcome::NoStorage(_) => Some(("no-storage", translate(lang, "offline-no-storage", &[]))),
        Outcome::Offered(_) => Some(("offer", translate(lang, "offline-offer", &[]))),
        _ => None,
    }
}

/// A size for people: "2.1 MB", or "20 KB" below a megabyte, with the
/// unit in the language.
fn megabytes(lang: Lang, bytes: u64) -> String {
    if bytes < 1_000_000 {
        let figure = bytes.div_ceil(1000).to_string();
        return translate(lang, "offline-kilobytes", &[("figure", Arg::Str(&figure))]);
    }
    let figure = format!("{:.1}", bytes as f64 / 1_000_000.0);
    translate(lang, "offline-megabytes", &[("figure", Arg::Str(&figure))])
}

/// The status line under the header. Always present (empty when there is
/// nothing to say), so a screen reader hears changes as they happen.
#[component]
pub fn CatalogueStatus() -> impl IntoView {
    let lang = use_lang();
    let status = use_offline_status();
    let state = move || match status.last.get() {
        None => "checking",
        Some(Outcome::UpToDate(_)) => "up-to-date",
        Some(Outcome::Updated(_)) => "updated",
        Some(Outcome::Failed(_)) => "failed",
        Some(Outcome::NoStorage(_)) => "no-storage",
        Some(Outcome::Offered(_)) => "offered",
    };
    let reason = move || match status.last.get() {
        Some(Outcome::Failed(e)) => e.kind().to_string(),
        _ => String::new(),
    };
    let version = move || status.device.get().map(|d| d.version).unwrap_or_default();
    let catalogue = crate::data::use_catalogue();
    // Save-Data: the first copy is kept only when the person says so.
    let offer = move || match status.last.get() {
        Some(Outcome::Offered(bytes)) => {
            let size = megabytes(lang.get(), bytes);
            let label = translate(lang.get(), "offline-keep", &[("size", Arg::Str(&size))]);
            let keep = move |_| {
                spawn_local(async move {
                    super::metered::accept().await;
                    check_now(catalogue, status).await;
                })
            };
            Some(view! {
                <button type="button" class="button catalogue-status__keep" on:click=keep>
                    {label}
                </button>
            })
        }
        _ => None,
    };
    view! {
        <div
            id="catalogue-status"
            class="catalogue-status"
            role="status"
            data-state=state
            data-reason=reason
            data-version=version
        >
            {move || {
                notice(lang.get(), status).map(|(kind, text)| {
                    view! {
                        <p class=format!("banner banner--{kind}")>{text}</p>
                    }
                })
            }}
            {offer}
        </div>
    }
}

/// The footer's line: "saved on this device" once a copy is kept.
pub fn saved_note() -> impl Fn() -> Option<String> {
    let status = use_offline_status();
    let saved = tr("offline-saved");
    move || status.device.get().map(|_| saved())
}
