//! `/`: what Dalil is, the ministries and the topics, with service counts.

use crate::components::api_error::when_loaded;
use crate::components::localised::Localised;
use crate::data::{services_in_category, use_catalogue};
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use dalil_model::AuthorityKind;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::BTreeMap;

#[component]
pub fn HomePage() -> impl IntoView {
    use_page_title(String::new);
    let catalogue = use_catalogue();
    let lang = use_lang();

    let stats = move || {
        let listing = catalogue.listing.get()?.ok()?;
        let ministries: std::collections::BTreeSet<&str> = listing
            .services
            .iter()
            .map(|s| s.ministry.as_str())
            .collect();
        Some(translate(
            lang.get(),
            "home-stats",
            &[
                ("services", Arg::Num(listing.services.len() as i64)),
                ("authorities", Arg::Num(ministries.len() as i64)),
            ],
        ))
    };

    let ministries = move || {
        when_loaded(catalogue.listing.get(), |listing| {
            when_loaded(catalogue.authorities.get(), |authorities| {
                let mut counts: BTreeMap<String, i64> = BTreeMap::new();
                for s in &listing.services {
                    *counts.entry(s.ministry.clone()).or_default() += 1;
                }
                let items = authorities
                    .iter()
                    .filter(|a| a.kind == AuthorityKind::Ministry || a.parent.is_none())
                    .filter_map(|a| counts.get(&a.id).map(|n| (a.clone(), *n)))
                    .map(|(a, n)| {
                        tile(
                            crate::surface::use_surface().href(&format!("/authorities/{}", a.id)),
                            a.name.clone(),
                            n,
                        )
                    })
                    .collect_view();
                view! { <ul class="tiles">{items}</ul> }.into_any()
            })
        })
    };

    let categories = move || {
        when_loaded(catalogue.listing.get(), |listing| {
            when_loaded(catalogue.categories.get(), |categories| {
                let items = categories
                    .iter()
                    .map(|c| {
                        let n = services_in_category(&listing, &c.id);
                        (c.clone(), n as i64)
                    })
                    .filter(|(_, n)| *n > 0)
                    .map(|(c, n)| {
                        tile(
                            crate::surface::use_surface().href(&format!("/categories/{}", c.id)),
                            c.name.clone(),
                            n,
                        )
                    })
                    .collect_view();
                view! { <ul class="tiles tiles--small">{items}</ul> }.into_any()
            })
        })
    };

    view! {
        <main id="main" class="page" data-page="home" tabindex="-1">
            <section class="hero">
                <h1>{tr("home-title")}</h1>
                <p class="hero__intro">{tr("home-intro")}</p>
                <p class="hero__stats">{stats}</p>
            </section>
            <section aria-labelledby="home-ministries">
                <h2 id="home-ministries">{tr("home-ministries")}</h2>
                {ministries}
            </section>
            <section aria-labelledby="home-categories">
                <h2 id="home-categories">{tr("home-categories")}</h2>
                {categories}
            </section>
        </main>
    }
}

/// A link tile with a name and its service count.
fn tile(href: String, name: dalil_model::Text, count: i64) -> impl IntoView {
    let lang = use_lang();
    view! {
        <li class="tile">
            <A href=href attr:class="tile__link">
                <span class="tile__name"><Localised text=name /></span>
                <span class="tile__count">
                    {move || translate(lang.get(), "service-count", &[("count", Arg::Num(count))])}
                </span>
            </A>
        </li>
    }
}
