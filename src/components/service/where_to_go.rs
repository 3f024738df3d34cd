//! Where the service is offered: its channels, and for citizen service
//! centres, the centres of the governorate the user picks (remembered).

use crate::components::api_error::when_loaded;
use crate::components::external_link::ExternalLink;
use crate::components::governorate_options::governorate_options;
use crate::components::localised::Localised;
use crate::data::use_catalogue;
use crate::i18n::{translate, Arg};
use crate::locale::{tr, use_lang};
use crate::present::service::{centres_offering, channel_label_id, governorates_offering};
use crate::surface::{use_surface, Surface};
use dalil_model::{Centre, ChannelKind, Service};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn WhereToGo(service: Arc<Service>) -> impl IntoView {
    let channels = service
        .channels
        .iter()
        .map(|c| {
            view! {
                <li class="channel" data-channel=format!("{:?}", c.kind).to_lowercase()>
                    <strong>{tr(channel_label_id(c.kind))}</strong>
                    {c.name.clone().map(|n| view! { ": " <Localised text=n /> })}
                    {c.note.clone().map(|n| view! { <p class="channel__note"><Localised text=n /></p> })}
                    {c.url.clone().map(|url| view! {
                        <div class="channel__link"><ExternalLink url label="where-open-site" /></div>
                    })}
                </li>
            }
        })
        .collect_view();
    let has_centres = service
        .channels
        .iter()
        .any(|c| c.kind == ChannelKind::Centre);
    let id = service.id.clone();
    view! {
        <ul class="channels">{channels}</ul>
        {has_centres.then(|| view! { <CentrePicker service_id=id /> })}
    }
}

#[component]
fn CentrePicker(service_id: String) -> impl IntoView {
    let catalogue = use_catalogue();
    let lang = use_lang();
    let (chosen, choose) = crate::governorate::remembered();
    // Only the centres offering it: the few a pre-rendered page carried, until all have loaded.
    let offering = {
        let id = service_id.clone();
        catalogue.centres.part(move |all| {
            all.iter()
                .filter(|c| c.offers(&id))
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let service_id = StoredValue::new(service_id);
    move || {
        when_loaded(offering.get(), move |centres| {
            when_loaded(catalogue.governorates.get(), move |governorates| {
                let offering = governorates_offering(&centres, &service_id.get_value());
                let options = governorate_options(
                    governorates
                        .iter()
                        .filter(|g| offering.contains(&g.id))
                        .cloned(),
                    chosen,
                );
                let centres_for_list = centres.clone();
                let list = move || {
                    let gov = chosen.get();
                    if gov.is_empty() {
                        return None;
                    }
                    let found: Vec<Centre> = centres_offering(
                        &centres_for_list,
                        &service_id.get_value(),
                        &gov,
                        lang.get(),
                    )
                    .into_iter()
                    .cloned()
                    .collect();
                    let count = found.len() as i64;
                    Some(view! {
                        <p class="centres__count" role="status">
                            {move || translate(lang.get(), "where-centres-count", &[("count", Arg::Num(count))])}
                        </p>
                        {if found.is_empty() {
                            view! { <p>{tr("where-no-centre")}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="centres">
                                    {found.into_iter().map(|c| view! { <CentreCard centre=c /> }).collect_view()}
                                </ul>
                            }
                            .into_any()
                        }}
                    })
                };
                view! {
                    <div class="centre-picker">
                        <label for="governorate" class="centre-picker__label">{tr("where-choose-governorate")}</label>
                        <select
                            id="governorate"
                            class="select"
                            on:change=move |ev| choose(event_target_value(&ev))
                        >
                            <option value="" selected=move || chosen.get().is_empty()>{tr("where-any-governorate")}</option>
                            {options}
                        </select>
                        <div class="centre-picker__results">{list}</div>
                    </div>
                }
                .into_any()
            })
        })
    }
}

/// A centre's card. Its name is a level-3 heading under a page's section, or level 2 where
/// the cards come right after the page's title (the centres pages).
#[component]
pub fn CentreCard(centre: Centre, #[prop(optional)] top_level: bool) -> impl IntoView {
    let link = view! {
        <A href=crate::surface::use_link(format!("/centres/{}", centre.id))><Localised text=centre.name.clone() /></A>
    };
    let name = if top_level {
        Either::Left(view! { <h2 class="centre-card__name">{link}</h2> })
    } else {
        Either::Right(view! { <h3 class="centre-card__name">{link}</h3> })
    };
    view! {
        <li class="centre-card" data-centre=centre.id.clone()>
            {name}
            <dl class="centre-card__facts">
                <div class="fact"><dt>{tr("where-address")}</dt><dd><Localised text=centre.address.clone() /></dd></div>
                <div class="fact"><dt>{tr("where-hours")}</dt><dd><Localised text=centre.hours.clone() /></dd></div>
                <div class="fact">
                    <dt>{tr("where-phone")}</dt>
                    // A kiosk cannot call: the number is there to be written down.
                    <dd>{if use_surface() == Surface::Kiosk {
                        view! { <span dir="ltr">{centre.phone.clone()}</span> }.into_any()
                    } else {
                        view! { <a href=format!("tel:{}", centre.phone.replace([' ', '-'], "")) dir="ltr">{centre.phone.clone()}</a> }.into_any()
                    }}</dd>
                </div>
            </dl>
        </li>
    }
}
