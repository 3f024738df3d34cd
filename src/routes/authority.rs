//! `/authorities/{id}`: an authority, its directorates and its services.

use crate::components::api_error::when_loaded;
use crate::components::localised::Localised;
use crate::components::service_list::listed_services;
use crate::data::{by_id, use_catalogue};
use crate::locale::tr;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn AuthorityPage() -> impl IntoView {
    let id = super::record::route_id();
    let catalogue = use_catalogue();
    super::record::title_from_route(catalogue.authorities);

    let body = move || {
        let id = id();
        when_loaded(catalogue.authorities.get(), move |authorities| {
            let Some(authority) = by_id(&authorities, &id).cloned() else {
                return view! {
                    <h1>{tr("not-found-title")}</h1>
                    <p>{tr("authority-not-found")}</p>
                }
                .into_any();
            };
            let parent = authority
                .parent
                .as_ref()
                .and_then(|p| by_id(&authorities, p).cloned());
            let children: Vec<_> = authorities
                .iter()
                .filter(|a| a.parent.as_deref() == Some(authority.id.as_str()))
                .cloned()
                .collect();
            let id = authority.id.clone();
            let services =
                listed_services(move |listing| crate::data::services_of_authority(listing, &id));
            view! {
                <h1><Localised text=authority.name.clone() /></h1>
                {parent.map(|p| view! {
                    <p class="authority__parent">
                        <A href=crate::surface::use_link(format!("/authorities/{}", p.id))><Localised text=p.name.clone() /></A>
                    </p>
                })}
                {(!children.is_empty()).then(|| view! {
                    <h2>{tr("authority-directorates")}</h2>
                    <ul class="link-list">
                        {children.into_iter().map(|c| view! {
                            <li><A href=crate::surface::use_link(format!("/authorities/{}", c.id))><Localised text=c.name.clone() /></A></li>
                        }).collect_view()}
                    </ul>
                })}
                <h2>{tr("authority-services")}</h2>
                {services}
            }
            .into_any()
        })
    };

    view! {
        <main id="main" class="page" data-page="authority" tabindex="-1">
            {body}
        </main>
    }
}
