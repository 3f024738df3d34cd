//! `/`: what Dalil is, the ministries and the topics, with service counts.

use crate::components::api_error::when_loaded;
use crate::components::localised::Localised;
use crate::data::use_catalogue;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang, use_page_title};
use dalil_model::api::Listing;
use dalil_model::AuthorityKind;
use leptos::prelude::*;
use leptos_router::components::A;
use std::collections::BTreeMap;

#[component]
pub fn HomePage() -> impl IntoView {
    use_page_title(String::new);
    let catalogue = use_catalogue();
    let lang = use_lang();

    // The page's counts: the same from the page's lines and from the whole listing, so the
    // tiles are not built again when it loads.
    let counts = catalogue.listing.part(Counts::of);

    let stats = move || {
        let counts = counts.get()?.ok()?;
        Some(translate(
            lang.get(),
            "home-stats",
            &[
                ("services", Arg::Num(counts.services)),
                ("authorities", Arg::Num(counts.ministries.len() as i64)),
            ],
        ))
    };

    let ministries = move || {
        when_loaded(counts.get(), |counts| {
            when_loaded(catalogue.authorities.get(), |authorities| {
                let items = authorities
                    .iter()
                    .filter(|a| a.kind == AuthorityKind::Ministry || a.parent.is_none())
                    .filter_map(|a| counts.ministries.get(&a.id).map(|n| (a.clone(), *n)))
                    .map(|(a, n)| {
                        tile(
                            crate::surface::use_link(format!("/authorities/{}", a.id)),
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
        when_loaded(counts.get(), |counts| {
            when_loaded(catalogue.categories.get(), |categories| {
                let items = categories
                    .iter()
                    .filter_map(|c| counts.categories.get(&c.id).map(|n| (c.clone(), *n)))
                    .map(|(c, n)| {
                        tile(
                            crate::surface::use_link(format!("/categories/{}", c.id)),
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
fn tile(
    href: impl Fn() -> String + Clone + Send + Sync + 'static,
    name: dalil_model::Text,
    count: i64,
) -> impl IntoView {
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

/// What the home page shows of the listing: how many services in all, per ministry and per
/// topic (a topic with none is left out).
#[derive(PartialEq)]
struct Counts {
    services: i64,
    ministries: BTreeMap<String, i64>,
    categories: BTreeMap<String, i64>,
}

impl Counts {
    fn of(listing: &Listing) -> Counts {
        let mut counts = Counts {
            services: listing.services.len() as i64,
            ministries: BTreeMap::new(),
            categories: BTreeMap::new(),
        };
        for s in &listing.services {
            *counts.ministries.entry(s.ministry.clone()).or_default() += 1;
            // A topic named twice still counts the service once.
            let topics: std::collections::BTreeSet<&String> = s.categories.iter().collect();
            for c in topics {
                *counts.categories.entry(c.clone()).or_default() += 1;
            }
        }
        counts
    }
}
