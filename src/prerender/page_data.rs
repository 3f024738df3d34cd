//! What each pre-rendered page carries: the documents its components read,
//! whole when they are small, and of the listing only the services the page
//! shows (the listing of 10,000 services is too big to carry on every page).

use super::catalogue::Published;
use super::routes::PageRoute;
use crate::data::{services_among, services_of_authority, services_of_category};
use dalil_model::api::{Listing, ServiceSummary};
use dalil_model::pack::PackManifest;
use dalil_model::page_data::PageData;
use dalil_model::Text;

/// The data block of `route`.
pub fn page_data(published: &Published, route: &PageRoute) -> PageData {
    let mut data = PageData::new(&published.manifest.version);
    // Every page's footer says how fresh the data is; the pack list stays
    // behind (the app loads packs.json itself).
    data.manifest = Some(PackManifest {
        packs: Vec::new(),
        ..published.packs.clone()
    });
    let listing = |services: Vec<ServiceSummary>| Listing {
        schema: published.listing.schema,
        services,
    };
    match route {
        PageRoute::Home => {
            // The home page counts services per ministry and per topic.
            data.listing = Some(listing(
                published
                    .listing
                    .services
                    .iter()
                    .map(for_counting)
                    .collect(),
            ));
            data.authorities = Some(published.authorities.clone());
            data.categories = Some(published.categories.clone());
        }
        PageRoute::Search => {
            // The filters name authorities, governorates and topics.
            data.authorities = Some(published.authorities.clone());
            data.categories = Some(published.categories.clone());
            data.governorates = Some(published.governorates.clone());
        }
        PageRoute::AllServices => {
            data.listing = Some(published.listing.clone());
        }
        PageRoute::Service(id) | PageRoute::Fees(id) | PageRoute::NoFees(id) => {
            if let Some(service) = published.service(id) {
                data.listing = Some(listing(services_among(
                    &published.listing,
                    &service.related,
                )));
                data.service = Some(service.clone());
            }
            data.authorities = Some(published.authorities.clone());
            // Only the centres offering it: all of them is 430 KB at 10,000 services.
            data.centres_part = Some(
                published
                    .centres
                    .iter()
                    .filter(|c| c.offers(id))
                    .cloned()
                    .collect(),
            );
            data.governorates = Some(published.governorates.clone());
        }
        PageRoute::Authority(id) => {
            data.listing = Some(listing(services_of_authority(&published.listing, id)));
            data.authorities = Some(published.authorities.clone());
        }
        PageRoute::Category(id) => {
            data.listing = Some(listing(services_of_category(&published.listing, id)));
            data.categories = Some(published.categories.clone());
        }
        PageRoute::Centres => {
            data.centres = Some(published.centres.clone());
            data.governorates = Some(published.governorates.clone());
        }
        PageRoute::Centre(id) => {
            let centre: Vec<_> = published
                .centres
                .iter()
                .filter(|c| &c.id == id)
                .cloned()
                .collect();
            let ids = centre
                .first()
                .map(|c| c.services.clone())
                .unwrap_or_default();
            data.listing = Some(listing(services_among(&published.listing, &ids)));
            data.centres_part = Some(centre);
            data.governorates = Some(published.governorates.clone());
        }
    }
    data
}

/// A listing line with only what counting needs.
fn for_counting(s: &ServiceSummary) -> ServiceSummary {
    ServiceSummary {
        id: s.id.clone(),
        status: s.status,
        authority: s.authority.clone(),
        ministry: s.ministry.clone(),
        name: Text::default(),
        summary: Text::default(),
        keywords: Default::default(),
        categories: s.categories.clone(),
        channels: Vec::new(),
        governorates: Vec::new(),
        documents: Vec::new(),
        has_fees: false,
    }
}
