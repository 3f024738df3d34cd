//! Keeping a kiosk a kiosk, and the site's chrome out of it.

use super::device;
use super::settings::use_settings;
use crate::present::query;
use crate::surface::paths::{is_kiosk_path, kiosk_path};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;

/// Renders its children only outside the kiosk (the site's header, search
/// bar and footer: the kiosk has its own).
#[component]
pub fn SiteOnly(children: ChildrenFn) -> impl IntoView {
    let location = use_location();
    view! { <Show when=move || !is_kiosk_path(&location.pathname.get())>{children()}</Show> }
}

/// With `"kiosk": true` every page opens in `/kiosk`, and once in the
/// kiosk, a path outside it (a typed address, an old bookmark) is brought
/// back inside.
#[component]
pub fn KioskRedirect() -> impl IntoView {
    let location = use_location();
    let navigate = use_navigate();
    let settings = use_settings();
    Effect::new(move |_| {
        let path = location.pathname.get();
        let from_config = settings.0.get().is_some_and(|c| c.enabled);
        if (device::entered() || from_config) && !is_kiosk_path(&path) {
            // The router's `search` has no leading "?"; its `hash` keeps its "#".
            let full = format!(
                "{}{}",
                query::href(&path, &location.search.get_untracked()),
                location.hash.get_untracked()
            );
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
