//! Keeps navigation inside the frame.
//!
//! The shared components link to site paths (`/services/x`). Inside the
//! embed those must become `/embed/services/x`: only the `/embed` tree may be
//! framed by other sites, and only it stays filtered. The router follows a
//! link's `href` when it handles the click, so a capturing listener rewrites
//! the `href` just before. The link still shows the site address on hover and
//! for "open in new tab", which opens the full site: the right place for a
//! link taken out of the frame.

use super::{in_embed, BASE};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The embed path for a site path, or `None` when the path is not a page of
/// the app (the API, a file) or already inside the embed.
pub fn embed_path(path: &str) -> Option<String> {
    if in_embed(path) || path.starts_with("/api/") {
        return None;
    }
    let last = path.rsplit('/').next().unwrap_or_default();
    if last.contains('.') {
        return None;
    }
    Some(if path == "/" {
        BASE.to_string()
    } else {
        format!("{BASE}{path}")
    })
}

fn on_click(ev: web_sys::MouseEvent) {
    let Some(anchor) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|e| e.closest("a[href]").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    let Ok(url) = web_sys::Url::new(&anchor.href()) else {
        return;
    };
    if url.protocol() != "http:" && url.protocol() != "https:" {
        return; // tel:, mailto: ...
    }
    let here = web_sys::window().and_then(|w| w.location().origin().ok());
    if Some(url.origin()) != here {
        // Another site (a ministry's e-service): a new tab. Most sites refuse
        // to be framed, and the host page must not be navigated away.
        anchor.set_target("_blank");
        anchor.set_rel("noopener noreferrer");
        return;
    }
    match embed_path(&url.pathname()) {
        Some(path) => {
            let _ = anchor.set_attribute("href", &format!("{path}{}{}", url.search(), url.hash()));
        }
        None if !in_embed(&url.pathname()) => anchor.set_target("_blank"),
        None => {}
    }
}

/// Installs the rewriting, before the router's own click handler.
pub fn keep_links_inside() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::MouseEvent)>::new(on_click);
    // Capture phase on the window: runs before any bubbling listener.
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        handler.as_ref().unchecked_ref(),
        true,
    );
    // For the life of the page, like the router's own listener.
    handler.forget();
}

#[cfg(test)]
mod tests {
    use super::embed_path;

    #[test]
    fn site_pages_move_under_the_embed() {
        assert_eq!(embed_path("/").as_deref(), Some("/embed"));
        assert_eq!(
            embed_path("/services/passport").as_deref(),
            Some("/embed/services/passport")
        );
        assert_eq!(
            embed_path("/services/passport/fees").as_deref(),
            Some("/embed/services/passport/fees")
        );
        assert_eq!(embed_path("/search").as_deref(), Some("/embed/search"));
    }

    #[test]
    fn files_and_embed_paths_stay() {
        for path in [
            "/embed",
            "/embed/search",
            "/api/v1/services.json",
            "/icon.svg",
            "/embed.js",
        ] {
            assert_eq!(embed_path(path), None, "{path}");
        }
    }
}
