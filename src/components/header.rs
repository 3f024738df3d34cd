//! The site header: brand, main navigation and the language switch.

use crate::locale::{choose, tr, use_lang};
use crate::surface::lang_address::{lang_change, with_lang_query};
use crate::surface::{use_link, use_surface};
use crate::url;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{tr("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href=use_link("/") attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"د"</span>
                    <span class="brand__name">{tr("app-name")}</span>
                </A>
                <nav class="site-nav" aria-label=tr("nav-main")>
                    <A href=use_link("/")>{tr("nav-home")}</A>
                    <A href=use_link("/centres")>{tr("nav-centres")}</A>
                </nav>
                <LangSwitch class="lang-switch" />
            </div>
        </header>
    }
}

/// The switch to the other language, named in that language. One per page
/// (`#lang-switch`): the site, kiosk and embed headers style it. On the site
/// it is a link to this page's address in the other language, so it works
/// without JavaScript; with it, the page switches in place (no reload).
#[component]
pub fn LangSwitch(class: &'static str) -> impl IntoView {
    let lang = use_lang();
    let surface = use_surface();
    let switch = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        choose(lang.get_untracked().other());
    };
    if !surface.addresses_name_the_lang() {
        return view! {
            <button
                type="button"
                id="lang-switch"
                class=class
                lang=move || lang.get().other().code()
                aria-label=tr("lang-switch-label")
                on:click=switch
            >
                {tr("lang-switch")}
            </button>
        }
        .into_any();
    }
    keep_the_address_in_lang();
    let location = use_location();
    let other_page = move || {
        let query = with_lang_query(&location.search.get(), lang.get().other());
        crate::present::query::href(&location.pathname.get(), &query)
    };
    view! {
        <a
            href=other_page
            id="lang-switch"
            class=class
            lang=move || lang.get().other().code()
            hreflang=move || lang.get().other().code()
            aria-label=tr("lang-switch-label")
            on:click=switch
        >
            {tr("lang-switch")}
        </a>
    }
    .into_any()
}

/// The address bar says the page's language, after a switch, a start in the
/// stored language, or a step back to an address of the other one; so a
/// reload or a shared address opens the page as it is read.
fn keep_the_address_in_lang() {
    let lang = use_lang();
    let location = use_location();
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        url::replace_query(&lang_change(lang.get()));
    });
}
