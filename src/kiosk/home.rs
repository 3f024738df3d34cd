//! `/kiosk`: the kiosk's start. A big search box with the on-screen
//! keyboard and live results; before anything is typed, the topics.

use super::keyboard::OnScreenKeyboard;
use super::session::use_session;
use crate::components::api_error::when_loaded;
use crate::components::localised::Localised;
use crate::data::{services_in_category, use_catalogue};
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use crate::search_index::use_search_index;
use crate::surface::use_surface;
use dalil_model::ServiceSummary;
use dalil_search::Filters;
use leptos::prelude::*;
use leptos_router::components::A;

const RESULT_LIMIT: usize = 30;
pub const INPUT_ID: &str = "kiosk-search-input";

#[component]
pub fn KioskHome() -> impl IntoView {
    use_page_title(tr("kiosk-home-title"));
    let session = use_session();
    let lang = use_lang();
    let data = use_search_index();
    let query = session.query;
    let hits = Memo::new(move |_| {
        let data = data.get()?;
        let q = query.get();
        if q.trim().is_empty() {
            return Some(Vec::new());
        }
        Some(
            data.index
                .search(&q, &Filters::default(), RESULT_LIMIT)
                .into_iter()
                .filter_map(|h| data.listing.services.get(h.index).cloned())
                .collect::<Vec<ServiceSummary>>(),
        )
    });
    let searching = move || !query.get().trim().is_empty();
    let announce = move || {
        let count = hits.get()?.len();
        searching().then(|| {
            translate(
                lang.get(),
                "search-results",
                &[("count", Arg::Num(count as i64))],
            )
        })
    };
    let results = move || {
        if !searching() {
            return view! { <Topics /> }.into_any();
        }
        let Some(list) = hits.get() else {
            return when_loaded(use_catalogue().listing.get(), |_| ().into_any());
        };
        if list.is_empty() {
            let q = query.get();
            return view! {
                <p class="kiosk-empty">
                    {move || translate(lang.get(), "kiosk-no-results", &[("query", Arg::Str(&q))])}
                </p>
            }
            .into_any();
        }
        view! {
            <ul class="kiosk-results" id="kiosk-results">
                {list.into_iter().map(|s| view! { <ResultCard service=s /> }).collect_view()}
            </ul>
        }
        .into_any()
    };

    view! {
        <main id="main" class="page kiosk-home" data-page="kiosk-home" tabindex="-1">
            <h1 class="kiosk-home__title">{tr("kiosk-home-title")}</h1>
            <div class="kiosk-home__layout">
                <div class="kiosk-home__search">
                    <form class="kiosk-search" role="search" on:submit=|ev| ev.prevent_default()>
                        <label for=INPUT_ID class="kiosk-search__label">{tr("kiosk-search-label")}</label>
                        <div class="kiosk-search__row">
                            // inputmode="none": the screen's own keyboard is
                            // below; a system one would cover the results.
                            <input
                                id=INPUT_ID
                                class="input kiosk-search__input"
                                type="search"
                                inputmode="none"
                                autocomplete="off"
                                spellcheck="false"
                                dir="auto"
                                placeholder=tr("search-placeholder")
                                prop:value=move || query.get()
                                on:input=move |ev| query.set(event_target_value(&ev))
                            />
                            <button
                                type="button"
                                id="kiosk-search-clear"
                                class="button button--secondary kiosk-button"
                                on:mousedown=|ev| ev.prevent_default()
                                on:click=move |_| query.set(String::new())
                                disabled=move || query.get().is_empty()
                            >
                                {tr("kiosk-clear")}
                            </button>
                        </div>
                    </form>
                    <OnScreenKeyboard text=query layout=session.keyboard />
                </div>
                <section class="kiosk-home__results" aria-labelledby="kiosk-results-title">
                    <h2 id="kiosk-results-title">
                        {move || if searching() { tr("kiosk-results-title")() } else { tr("kiosk-topics")() }}
                    </h2>
                    <p class="kiosk-results__count" id="kiosk-results-count" role="status" aria-live="polite" aria-atomic="true">
                        {announce}
                    </p>
                    {results}
                </section>
            </div>
        </main>
    }
}

#[component]
fn ResultCard(service: ServiceSummary) -> impl IntoView {
    let href = use_surface().href(&format!("/services/{}", service.id));
    view! {
        <li class="kiosk-result" data-service=service.id.clone()>
            <A href=href attr:class="kiosk-result__link">
                <span class="kiosk-result__name"><Localised text=service.name.clone() /></span>
                <span class="kiosk-result__summary"><Localised text=service.summary.clone() /></span>
            </A>
        </li>
    }
}

/// The topics, each with its number of services: a way in without typing.
#[component]
fn Topics() -> impl IntoView {
    let catalogue = use_catalogue();
    let lang = use_lang();
    move || {
        when_loaded(catalogue.listing.get(), |listing| {
            when_loaded(catalogue.categories.get(), |categories| {
                let tiles = categories
                    .iter()
                    .filter_map(|c| {
                        let n = services_in_category(&listing, &c.id) as i64;
                        let href = use_surface().href(&format!("/categories/{}", c.id));
                        let name = c.name.clone();
                        (n > 0).then(move || {
                            view! {
                                <li class="kiosk-topic">
                                    <A href=href attr:class="kiosk-topic__link">
                                        <span class="kiosk-topic__name"><Localised text=name /></span>
                                        <span class="kiosk-topic__count">
                                            {move || translate(lang.get(), "service-count", &[("count", Arg::Num(n))])}
                                        </span>
                                    </A>
                                </li>
                            }
                        })
                    })
                    .collect::<Vec<_>>();
                view! { <ul class="kiosk-topics">{tiles}</ul> }.into_any()
            })
        })
    }
}
