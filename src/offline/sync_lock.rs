//! One catalogue download at a time across every tab of this site.
//!
//! Two tabs filling the same `dalil-catalogue-<version>` cache would delete
//! each other's files. The Web Locks API (`navigator.locks`) hands the
//! lock to one tab at a time and releases it when that tab closes, even in
//! the middle of a download. Where a browser has no Web Locks, the work
//! runs unguarded, and [`super::catalogue_store::intact`] still refuses a
//! copy with a file missing.

use futures::channel::oneshot;
use js_sys::{Function, Reflect};
use std::future::Future;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

const NAME: &str = "dalil-catalogue-sync";

/// Runs `work` while holding the site-wide catalogue lock.
pub async fn exclusively<T>(work: impl Future<Output = T>) -> T {
    let Some((locks, request)) = lock_manager() else {
        return work.await;
    };
    let (granted_tx, granted_rx) = oneshot::channel::<()>();
    let (done_tx, done_rx) = oneshot::channel::<()>();
    // The lock is held until the promise this callback returns settles.
    let callback = Closure::once_into_js(move |_lock: JsValue| -> js_sys::Promise {
        let _ = granted_tx.send(());
        wasm_bindgen_futures::future_to_promise(async move {
            let _ = done_rx.await;
            Ok(JsValue::UNDEFINED)
        })
    });
    if request.call2(&locks, &NAME.into(), &callback).is_err() {
        return work.await;
    }
    // A refused request drops the sender: then run unguarded too.
    let _ = granted_rx.await;
    let out = work.await;
    let _ = done_tx.send(());
    out
}

fn lock_manager() -> Option<(JsValue, Function)> {
    let navigator = crate::browser::window()?.navigator();
    let locks = Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((locks, request))
}
