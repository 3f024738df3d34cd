//! A service page's schema.org `GovernmentService` block: what it is, who
//! provides it, where (the governorates of its centres), through which
//! channels (centres with address and hours, the online service), and its
//! fee as an offer in its currency (the fee engine's total with the
//! schedule's defaults, the figure the page's fee summary shows).

use dalil::prerender::catalogue::Published;
use dalil_fees::{default_inputs, evaluate, in_force};
use dalil_model::link::{web_link, Schemes};
use dalil_model::{ChannelKind, Lang, Service};
use serde_json::{json, Value};

pub fn government_service(published: &Published, s: &Service, lang: Lang, site: &str) -> String {
    let address = dalil::prerender::address(
        &dalil::prerender::routes::PageRoute::Service(s.id.clone()),
        lang,
    );
    let mut block = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": s.name.get(lang),
        "description": s.summary.get(lang),
        "url": format!("{site}{address}"),
        "inLanguage": lang.code(),
    });
    if let Some(a) = published.authorities.iter().find(|a| a.id == s.authority) {
        let mut provider = json!({ "@type": "GovernmentOrganization", "name": a.name.get(lang) });
        if let Some(url) = a
            .website
            .as_deref()
            .and_then(|u| web_link(u, Schemes::Https).ok())
        {
            provider["url"] = json!(url);
        }
        block["provider"] = provider;
    }
    let centres: Vec<_> = published
        .centres
        .iter()
        .filter(|c| c.services.contains(&s.id))
        .collect();
    let mut areas: Vec<&str> = centres.iter().map(|c| c.governorate.as_str()).collect();
    areas.sort_unstable();
    areas.dedup();
    let areas: Vec<Value> = areas
        .iter()
        .filter_map(|id| published.governorates.iter().find(|g| g.id == *id))
        .map(|g| json!({ "@type": "AdministrativeArea", "name": g.name.get(lang) }))
        .collect();
    if !areas.is_empty() {
        block["areaServed"] = Value::Array(areas);
    }
    let mut channels: Vec<Value> = centres
        .iter()
        .map(|c| {
            json!({
                "@type": "ServiceChannel",
                "name": c.name.get(lang),
                "serviceLocation": {
                    "@type": "Place",
                    "name": c.name.get(lang),
                    "address": c.address.get(lang),
                    "telephone": c.phone,
                    "description": c.hours.get(lang),
                },
            })
        })
        .collect();
    for online in s.channels.iter().filter(|c| c.kind == ChannelKind::Online) {
        if let Some(url) = online
            .url
            .as_deref()
            .and_then(|u| web_link(u, Schemes::Https).ok())
        {
            channels.push(json!({ "@type": "ServiceChannel", "serviceUrl": url }));
        }
    }
    if !channels.is_empty() {
        block["availableChannel"] = Value::Array(channels);
    }
    if let Some(offers) = offers(s) {
        block["offers"] = offers;
    }
    // Inside <script>: no catalogue text may close the element.
    block.to_string().replace('<', "\\u003c")
}

/// The fee in force today, with the schedule's default answers: one offer
/// per currency; a minimum price when the figure depends on answers.
fn offers(s: &Service) -> Option<Value> {
    let today = dalil::prerender::today();
    let version = in_force(&s.fees, today)?;
    let breakdown = evaluate(version, &default_inputs(version), today).ok()?;
    let offers: Vec<Value> = breakdown
        .totals
        .iter()
        .map(|(currency, amount)| {
            if version.inputs.is_empty() {
                json!({ "@type": "Offer", "price": amount.to_string(), "priceCurrency": currency.code() })
            } else {
                json!({
                    "@type": "Offer",
                    "priceCurrency": currency.code(),
                    "priceSpecification": {
                        "@type": "PriceSpecification",
                        "minPrice": amount.to_string(),
                        "priceCurrency": currency.code(),
                    },
                })
            }
        })
        .collect();
    match offers.len() {
        0 => None,
        1 => offers.into_iter().next(),
        _ => Some(Value::Array(offers)),
    }
}
