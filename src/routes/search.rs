//! `/search?q=...&authority=...&governorate=...&channel=...&category=...`:
//! results as you type, filters, suggestions when nothing matches. The
//! whole state is in the URL, so a search can be shared and survives a reload.

use crate::components::api_error::when_loaded;
use crate::components::search_bar::INPUT_ID;
use crate::data::use_catalogue;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use crate::present::search::{channel_param, filters_from, pieces, search_href};
use crate::search_index::use_search_index;
use dalil_model::{AuthorityKind, ChannelKind, ServiceSummary};
use dalil_search::Filters;
use leptos::prelude::*;
use leptos::web_sys;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

const RESULT_LIMIT: usize = 50;

#[component]
pub fn SearchPage() -> impl IntoView {
    let params = use_query_map();
    let lang = use_lang();
    let q = move || params.read().get("q").unwrap_or_default();
    let filters = Memo::new(move |_| {
        let p = params.read();
        filters_from(|k| p.get(k))
    });
    use_page_title(move || {
        let q = q();
        if q.trim().is_empty() {
            translate(lang.get(), "search-title", &[])
        } else {
            translate(lang.get(), "search-title-query", &[("query", Arg::Str(&q))])
        }
    });
    let data = use_search_index();
    let hits = Memo::new(move |_| {
        let data = data.get()?;
        let query = q();
        let f = filters.get();
        if query.trim().is_empty() && f.is_empty() {
            return Some(Vec::new());
        }
        let found = data.index.search(&query, &f, RESULT_LIMIT);
        Some(
            found
                .into_iter()
                .filter_map(|h| data.listing.services.get(h.index).cloned())
                .collect::<Vec<ServiceSummary>>(),
        )
    });
    let count = move || hits.get().map(|h| h.len()).unwrap_or(0);
    let announce = move || {
        let started = !q().trim().is_empty() || !filters.get().is_empty();
        (started && hits.get().is_some()).then(|| {
            translate(
                lang.get(),
                "search-results",
                &[("count", Arg::Num(count() as i64))],
            )
        })
    };
    let results = move || {
        let query = q();
        // Before any words or filters there is nothing to wait for.
        if query.trim().is_empty() && filters.get().is_empty() {
            return view! {
                <p class="search-start">{tr("search-start")}</p>
                <p><A href=crate::surface::use_link("/services")>{tr("search-all-services")}</A></p>
            }
            .into_any();
        }
        let Some(list) = hits.get() else {
            return when_loaded(use_catalogue().listing.get(), |_| ().into_any());
        };
        if list.is_empty() {
            return view! { <EmptyState query /> }.into_any();
        }
        view! {
            <p class="visually-hidden">{tr("search-keyboard-hint")}</p>
            <ol class="search-results" on:keydown=move_between_results>
                {list.into_iter().map(|s| view! { <ResultItem service=s query=query.clone() /> }).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <main id="main" class="page" data-page="search" tabindex="-1">
            <h1>
                {move || {
                    let q = q();
                    if q.trim().is_empty() {
                        translate(lang.get(), "search-title", &[])
                    } else {
                        translate(lang.get(), "search-title-query", &[("query", Arg::Str(&q))])
                    }
                }}
            </h1>
            <div class="search-layout">
                <FilterPanel filters q=Signal::derive(q) />
                <div class="search-layout__results">
                    <p class="search-count" role="status" aria-live="polite" aria-atomic="true">{announce}</p>
                    {results}
                </div>
            </div>
        </main>
    }
}

/// Arrow keys move between results; Escape goes back to the search box.
fn move_between_results(ev: web_sys::KeyboardEvent) {
    let key = ev.key();
    if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Escape") {
        return;
    }
    let doc = document();
    let Ok(links) = doc.query_selector_all(".search-result__link") else {
        return;
    };
    let active = doc.active_element();
    let mut current = None;
    for i in 0..links.length() {
        if let (Some(node), Some(active)) = (links.item(i), active.as_ref()) {
            if node.is_same_node(Some(active)) {
                current = Some(i);
            }
        }
    }
    let target = match (key.as_str(), current) {
        ("Escape", _) => None,
        ("ArrowDown", Some(i)) => Some((i + 1).min(links.length().saturating_sub(1))),
        ("ArrowUp", Some(0)) => None,
        ("ArrowUp", Some(i)) => Some(i - 1),
        _ => Some(0),
    };
    ev.prevent_default();
    let element = match target {
        Some(i) => links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok()),
        None => doc
            .get_element_by_id(INPUT_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
    };
    if let Some(el) = element {
        let _ = el.focus();
    }
}

/// Text with the matched words wrapped in `<mark>`.
fn highlighted(text: &str, query: &str) -> impl IntoView {
    pieces(text, query)
        .into_iter()
        .map(|(piece, hit)| {
            if hit {
                view! { <mark>{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

#[component]
fn ResultItem(service: ServiceSummary, query: String) -> impl IntoView {
    let lang = use_lang();
    let catalogue = use_catalogue();
    let href = crate::surface::use_link(format!("/services/{}", service.id));
    let s = StoredValue::new(service);
    let q = StoredValue::new(query);
    let ministry = move || {
        let id = s.with_value(|s| s.ministry.clone());
        catalogue
            .authority(&id)
            .map(|a| a.name.get(lang.get()).to_string())
    };
    view! {
        <li class="search-result">
            <A href=href attr:class="search-result__link">
                <span class="search-result__name" dir="auto">
                    {move || s.with_value(|s| highlighted(s.name.get(lang.get()), &q.get_value()))}
                </span>
            </A>
            <p class="search-result__summary" dir="auto">
                {move || s.with_value(|s| highlighted(s.summary.get(lang.get()), &q.get_value()))}
            </p>
            <p class="search-result__meta">
                <span>{ministry}</span>
                {move || s.with_value(|s| s.channels.contains(&ChannelKind::Online)).then(|| view! { " " <span class="tag">{tr("search-channel-online")}</span> })}
            </p>
        </li>
    }
}

#[component]
fn EmptyState(query: String) -> impl IntoView {
    let lang = use_lang();
    let data = use_search_index();
    let suggestions = {
        let query = query.clone();
        move || {
            data.get()
                .map(|d| d.index.suggest(&query, 5))
                .unwrap_or_default()
        }
    };
    let title = {
        let query = query.clone();
        move || {
            translate(
                lang.get(),
                "search-empty-title",
                &[("query", Arg::Str(&query))],
            )
        }
    };
    view! {
        <div class="search-empty">
            <h2>{title}</h2>
            <p>{tr("search-empty-hint")}</p>
            {move || {
                let list = suggestions();
                (!list.is_empty()).then(|| view! {
                    <p>{tr("search-did-you-mean")}" "
                        {list.into_iter().map(|w| {
                            let href = crate::surface::use_link(search_href(&w, &Filters::default()));
                            view! { <A href=href attr:class="suggestion">{w}</A>" " }
                        }).collect_view()}
                    </p>
                })
            }}
            <p><A href=crate::surface::use_link("/#home-categories")>{tr("search-browse-topics")}</A></p>
        </div>
    }
}

#[component]
fn FilterPanel(filters: Memo<Filters>, q: Signal<String>) -> impl IntoView {
    let catalogue = use_catalogue();
    let lang = use_lang();
    let navigate = crate::surface::use_surface_navigate();
    let set = move |change: &dyn Fn(&mut Filters)| {
        let mut f = filters.get_untracked();
        change(&mut f);
        navigate(
            &search_href(&q.get_untracked(), &f),
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let set = StoredValue::new_local(set);
    let empty_to_none = |v: String| (!v.is_empty()).then_some(v);

    let authority = move || {
        when_loaded(catalogue.authorities.get(), move |all| {
            let options = all
                .iter()
                .filter(|a| a.kind == AuthorityKind::Ministry || a.parent.is_none())
                .cloned()
                .map(|a| {
                    let id = a.id.clone();
                    view! { <option value=a.id.clone() selected=move || filters.get().authority.as_deref() == Some(id.as_str())>{move || a.name.get(lang.get()).to_string()}</option> }
                })
                .collect_view();
            view! {
                <div class="filter">
                    <label for="filter-authority">{tr("search-filter-authority")}</label>
                    <select id="filter-authority" class="select" on:change=move |ev| {
                        let v = empty_to_none(event_target_value(&ev));
                        set.with_value(|set| set(&|f| f.authority = v.clone()));
                    }>
                        <option value="">{tr("search-filter-any")}</option>
                        {options}
                    </select>
                </div>
            }
            .into_any()
        })
    };
    let governorate = move || {
        when_loaded(catalogue.governorates.get(), move |all| {
            let options = all
                .iter()
                .cloned()
                .map(|g| {
                    let id = g.id.clone();
                    view! { <option value=g.id.clone() selected=move || filters.get().governorate.as_deref() == Some(id.as_str())>{move || g.name.get(lang.get()).to_string()}</option> }
                })
                .collect_view();
            view! {
                <div class="filter">
                    <label for="filter-governorate">{tr("search-filter-governorate")}</label>
                    <select id="filter-governorate" class="select" on:change=move |ev| {
                        let v = empty_to_none(event_target_value(&ev));
                        set.with_value(|set| set(&|f| f.governorate = v.clone()));
                    }>
                        <option value="">{tr("search-filter-any")}</option>
                        {options}
                    </select>
                </div>
            }
            .into_any()
        })
    };
    let category = move || {
        when_loaded(catalogue.categories.get(), move |all| {
            let options = all
                .iter()
                .cloned()
                .map(|c| {
                    let id = c.id.clone();
                    view! { <option value=c.id.clone() selected=move || filters.get().category.as_deref() == Some(id.as_str())>{move || c.name.get(lang.get()).to_string()}</option> }
                })
                .collect_view();
            view! {
                <div class="filter">
                    <label for="filter-category">{tr("search-filter-category")}</label>
                    <select id="filter-category" class="select" on:change=move |ev| {
                        let v = empty_to_none(event_target_value(&ev));
                        set.with_value(|set| set(&|f| f.category = v.clone()));
                    }>
                        <option value="">{tr("search-filter-any")}</option>
                        {options}
                    </select>
                </div>
            }
            .into_any()
        })
    };
    let channel_option = move |kind: ChannelKind, label: &'static str| {
        view! { <option value=channel_param(kind) selected=move || filters.get().channel == Some(kind)>{tr(label)}</option> }
    };
    // On a phone the four filters would push the results below the first
    // screen: there they start folded, unless one is in use.
    let open = !filters.get_untracked().is_empty() || wide_screen();
    view! {
        <details class="search-filters" open=open>
            <summary class="search-filters__summary">
                <h2 id="search-filters-title" class="search-filters__title">{tr("search-filters")}</h2>
            </summary>
            <div class="search-filters__body">
            {authority}
            {governorate}
            <div class="filter">
                <label for="filter-channel">{tr("search-filter-channel")}</label>
                <select id="filter-channel" class="select" on:change=move |ev| {
                    let v = crate::present::search::channel_from_param(&event_target_value(&ev));
                    set.with_value(|set| set(&|f| f.channel = v));
                }>
                    <option value="">{tr("search-filter-any")}</option>
                    {channel_option(ChannelKind::Online, "search-channel-online")}
                    {channel_option(ChannelKind::Centre, "search-channel-centre")}
                </select>
            </div>
            {category}
            <Show when=move || !filters.get().is_empty()>
                <button type="button" class="link-button" on:click=move |_| set.with_value(|set| set(&|f| *f = Filters::default()))>
                    {tr("search-filter-clear")}
                </button>
            </Show>
            </div>
        </details>
    }
}

/// Wide enough to show the filters beside or above the results without hiding them.
/// Natively (pre-rendering) the width is unknown: the phone's layout.
fn wide_screen() -> bool {
    crate::browser::window()
        .and_then(|w| w.match_media("(min-width: 40rem)").ok())
        .flatten()
        .is_some_and(|m| m.matches())
}
