//! Natively, the app's own components rendered to HTML (Leptos `ssr`), for
//! crates/pages: no second renderer. The page's records come from
//! [`PageData`], exactly as the browser later reads them from the page.

pub mod catalogue;
mod page_data;
pub mod routes;

pub use page_data::page_data;

/// The day the pages' fees are worked out for: the fee calculator's own clock.
pub use crate::components::fees::clock::today;

use crate::locale::RenderedTitle;
use crate::seed::PageSeed;
use crate::url::request::{self, Request};
use dalil_model::page_data::PageData;
use dalil_model::Lang;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use std::sync::Arc;

/// One rendered page: what goes inside `<div id="app">`, its title and its
/// description for search engines and link previews.
pub struct Rendered {
    pub body: String,
    pub title: String,
    pub description: String,
}

/// Renders `route` in `lang` for the site at `origin`, from `data` (see
/// [`page_data`]).
pub fn render(
    origin: &str,
    route: &routes::PageRoute,
    lang: Lang,
    published: &catalogue::Published,
    data: PageData,
) -> Rendered {
    let (body, title) = render_app(origin, &route.path(), &lang_query(lang), data);
    Rendered {
        body,
        title,
        description: describe(route, lang, published),
    }
}

/// The query string that picks `lang`: none for Arabic, the default.
fn lang_query(lang: Lang) -> String {
    crate::surface::lang_address::with_lang_query("", lang)
}

/// The address of `route` in `lang` (path and query): each language has
/// its own (`crate::surface::lang_address`), the same the app's links write.
pub fn address(route: &routes::PageRoute, lang: Lang) -> String {
    crate::surface::lang_address::with_lang(&route.path(), lang)
}

/// A sentence about the page: a service's summary, else what Dalil is.
fn describe(route: &routes::PageRoute, lang: Lang, published: &catalogue::Published) -> String {
    use routes::PageRoute;
    match route {
        PageRoute::Service(id) | PageRoute::Fees(id) | PageRoute::NoFees(id) => published
            .service(id)
            .map(|s| s.summary.get(lang).to_string())
            .filter(|s| !s.is_empty()),
        _ => None,
    }
    .unwrap_or_else(|| crate::i18n::translate(lang, "app-tagline", &[]))
}

/// Natively no task may run: a task is the browser's work (a request, a
/// timer, the offline copy), and a page is rendered from its data alone.
/// Spawned tasks are dropped unpolled.
struct NoTasks;

impl any_spawner::CustomExecutor for NoTasks {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

fn render_app(origin: &str, path: &str, query: &str, data: PageData) -> (String, String) {
    static EXECUTOR: std::sync::Once = std::sync::Once::new();
    EXECUTOR.call_once(|| {
        let _ = any_spawner::Executor::init_custom_executor(NoTasks);
    });
    request::set(Request {
        origin: origin.to_string(),
        path: path.to_string(),
        query: query.to_string(),
    });
    let address = crate::present::query::href(path, query);
    let title = RenderedTitle::default();
    let owner = Owner::new();
    let body = owner.with(|| {
        provide_context(RequestUrl::new(&address));
        provide_context(PageSeed(Arc::new(data)));
        provide_context(title.clone());
        crate::app::App().to_html()
    });
    owner.unset();
    let title = title.0.lock().map(|t| t.clone()).unwrap_or_default();
    (body, title)
}
