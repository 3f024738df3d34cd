//! Long work on the page's main thread, cut into slices: the caller ticks
//! between small units of work, and a tick yields to the event loop once
//! the current slice has run for [`SLICE_MS`], so taps and scrolling are
//! answered while a catalogue is checked or the search index is built (no
//! task over 50 ms). Also: waiting until the page is idle.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Below the 10 ms a slice may take, leaving room for the unit of work
/// that runs past it.
const SLICE_MS: f64 = 6.0;

/// The page's clock (ms), for measuring slices.
pub fn now() -> f64 {
    crate::browser::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

pub struct Slices {
    started: f64,
}

impl Slices {
    pub fn new() -> Slices {
        Slices { started: now() }
    }

    /// Yields when this slice has run long enough.
    pub async fn tick(&mut self) {
        if now() - self.started >= SLICE_MS {
            yield_now().await;
            self.started = now();
        }
    }
}

/// `scheduler.yield()` where the browser has it (the page's work resumes
/// before other queued tasks), else a zero timeout.
async fn yield_now() {
    if let Some(promise) = scheduler_yield() {
        if JsFuture::from(promise).await.is_ok() {
            return;
        }
    }
    gloo_timers::future::TimeoutFuture::new(0).await;
}

fn scheduler_yield() -> Option<js_sys::Promise> {
    let window = crate::browser::window()?;
    let scheduler = js_sys::Reflect::get(&window, &"scheduler".into()).ok()?;
    let yield_fn = js_sys::Reflect::get(&scheduler, &"yield".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    yield_fn.call0(&scheduler).ok()?.dyn_into().ok()
}

/// Resolves when the browser is idle (`requestIdleCallback`), at the latest
/// after `timeout_ms`: work the first paint does not need waits for it.
pub async fn idle(timeout_ms: u32) {
    let Some(window) = crate::browser::window() else {
        return;
    };
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = tx.send(());
    });
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(timeout_ms);
    let asked = window
        .request_idle_callback_with_options(done.unchecked_ref(), &options)
        .is_ok();
    if asked {
        let _ = rx.await;
    } else {
        gloo_timers::future::TimeoutFuture::new(timeout_ms.min(200)).await;
    }
}
