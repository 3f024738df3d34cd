//! Which pages are pre-rendered: every public page of the catalogue, the
//! same routes the app's router knows (`crate::routes`).

use super::catalogue::Published;

/// One public page, in no particular language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageRoute {
    Home,
    /// The search page without a query (what a search box without
    /// JavaScript leads to is [`PageRoute::AllServices`]).
    Search,
    /// Every service, A to Z.
    AllServices,
    Service(String),
    Fees(String),
    /// The fee page of a service that charges nothing: it says so, and is
    /// pre-rendered for an address typed or kept, but not listed.
    NoFees(String),
    Authority(String),
    Category(String),
    Centres,
    Centre(String),
}

impl PageRoute {
    /// The address path, as the app's router and nginx know it.
    pub fn path(&self) -> String {
        match self {
            PageRoute::Home => "/".into(),
            PageRoute::Search => "/search".into(),
            PageRoute::AllServices => "/services".into(),
            PageRoute::Service(id) => format!("/services/{id}"),
            PageRoute::Fees(id) | PageRoute::NoFees(id) => format!("/services/{id}/fees"),
            PageRoute::Authority(id) => format!("/authorities/{id}"),
            PageRoute::Category(id) => format!("/categories/{id}"),
            PageRoute::Centres => "/centres".into(),
            PageRoute::Centre(id) => format!("/centres/{id}"),
        }
    }

    /// Whether search engines are asked to list it (the search page
    /// without a query is a form, not content; nor is a fee page without fees).
    pub fn in_sitemap(&self) -> bool {
        !matches!(self, PageRoute::Search | PageRoute::NoFees(_))
    }
}

/// Every public page of `published`: every service has its fee page (one
/// without fees says so); only categories that hold a service get a page, as on the home
/// page.
pub fn all(published: &Published) -> Vec<PageRoute> {
    let mut routes = vec![
        PageRoute::Home,
        PageRoute::Search,
        PageRoute::AllServices,
        PageRoute::Centres,
    ];
    for s in &published.services {
        routes.push(PageRoute::Service(s.id.clone()));
        routes.push(if s.fees.is_empty() {
            PageRoute::NoFees(s.id.clone())
        } else {
            PageRoute::Fees(s.id.clone())
        });
    }
    routes.extend(
        published
            .authorities
            .iter()
            .map(|a| PageRoute::Authority(a.id.clone())),
    );
    routes.extend(
        published
            .categories
            .iter()
            .filter(|c| crate::data::services_in_category(&published.listing, &c.id) > 0)
            .map(|c| PageRoute::Category(c.id.clone())),
    );
    routes.extend(
        published
            .centres
            .iter()
            .map(|c| PageRoute::Centre(c.id.clone())),
    );
    routes
}
