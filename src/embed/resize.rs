//! The two messages the embed sends to the host page (docs/embedding.md):
//!
//! - `{type: "dalil:resize", height}`: the content's height in CSS pixels,
//!   whenever it changes, so the host's script can size the iframe;
//! - `{type: "dalil:navigated"}`: a page changed inside the frame, so the
//!   host can bring the frame's top into view.
//!
//! Both go to the host's origin only (`parent_origin`, used as
//! postMessage's targetOrigin, never `*`). Without a valid origin nothing is
//! sent and the iframe keeps the height the host gave it.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Where messages go: the parent window and its origin.
#[derive(Clone)]
struct Host {
    parent: web_sys::Window,
    origin: String,
}

/// The parent window, when this page is framed by a page of `origin`.
fn host(origin: Option<String>) -> Option<Host> {
    let origin = origin?;
    let window = crate::browser::window()?;
    let parent = window.parent().ok().flatten()?;
    if JsValue::from(&parent) == JsValue::from(&window) {
        return None; // opened on its own, not framed
    }
    // Where the browser says who frames us (Chromium, Safari), a mismatch
    // means the snippet is wrong or the page was framed elsewhere: posting
    // would only be dropped (with a console error), so do not.
    let framer = js_sys::Reflect::get(&window.location(), &"ancestorOrigins".into())
        .ok()
        .filter(|list| !list.is_undefined())
        .and_then(|list| js_sys::Reflect::get(&list, &0.into()).ok())
        .and_then(|first| first.as_string());
    if framer.is_some_and(|f| f != "null" && f != origin) {
        return None;
    }
    Some(Host { parent, origin })
}

fn post(host: &Host, kind: &str, height: Option<i32>) {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &kind.into());
    if let Some(h) = height {
        let _ = js_sys::Reflect::set(&message, &"height".into(), &h.into());
    }
    let _ = host.parent.post_message(&message, &host.origin);
}

/// Posts the height of `root` now and on every change of its size.
pub fn report_height(root: NodeRef<leptos::html::Div>, origin: Option<String>) {
    let Some(host) = host(origin) else {
        return;
    };
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(element) = root.get() else {
            return false;
        };
        let element: web_sys::HtmlElement = element.into();
        let last = std::cell::Cell::new(-1);
        let send = {
            let element = element.clone();
            let host = host.clone();
            move || {
                // Whole pixels, rounded up, so no scroll bar appears for a fraction.
                let height = element.get_bounding_client_rect().height().ceil() as i32;
                if height != last.get() {
                    last.set(height);
                    post(&host, "dalil:resize", Some(height));
                }
            }
        };
        send();
        let callback = Closure::<dyn Fn()>::new(send);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&element);
            // Dropping the Rust handle would leave the observer to the
            // garbage collector, which may end it and, with it, the
            // resizing (seen in Chromium: a frame stuck at an early height).
            std::mem::forget(observer);
        }
        // For the life of the page: the embed root is never unmounted.
        callback.forget();
        true
    });
}

/// Tells the host each time the route changes (not at first load).
pub fn report_navigation(origin: Option<String>) {
    let Some(host) = host(origin) else {
        return;
    };
    let location = leptos_router::hooks::use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            post(&host, "dalil:navigated", None);
        }
        path
    });
}
