//! The site header: brand, main navigation and the language switch.

use crate::locale::{choose, tr, use_lang};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{tr("skip-to-content")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="brand">
                    <span class="brand__mark" aria-hidden="true">"د"</span>
                    <span class="brand__name">{tr("app-name")}</span>
                </A>
                <nav class="site-nav" aria-label=tr("nav-main")>
                    <A href="/">{tr("nav-home")}</A>
                    <A href="/centres">{tr("nav-centres")}</A>
                </nav>
                <LangSwitch class="lang-switch" />
            </div>
        </header>
    }
}

/// The button that switches to the other language, named in that language.
/// One per page (`#lang-switch`): the site, kiosk and embed headers style it.
#[component]
pub fn LangSwitch(class: &'static str) -> impl IntoView {
    let lang = use_lang();
    view! {
        <button
            type="button"
            id="lang-switch"
            class=class
            lang=move || lang.get().other().code()
            aria-label=tr("lang-switch-label")
            on:click=move |_| choose(lang.get_untracked().other())
        >
            {tr("lang-switch")}
        </button>
    }
}
