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
            PageRoute::Fees(id) => format!("/services/{id}/fees"),
            PageRoute::Authority(id) => format!("/authorities/{id}"),
            PageRoute::Category(id) => format!("/categories/{id}"),
            PageRoute::Centres => "/centres".into(),
            PageRoute::Centre(id) => format!("/centres/{id}"),
        }
    }

    /// Whether search engines are asked to list it (the search page
    /// without a query is a form, not content).
    pub fn in_sitemap(&self) -> bool {
        !matches!(self, PageRoute::Search)
    }
}

/// Every public page of `published`: services with fees get their fee
/// page; only categories that hold a service get a page, as on the home
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
        if !s.fees.is_empty() {
            routes.push(PageRoute::Fees(s.id.clone()));
        }
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
