//! Where the app runs: the site, a kiosk in a service centre hall, or an
//! embed in a ministry's page. The frame of each provides it as a context;
//! a shared component that must differ reads [`use_surface`] (or has a
//! variant file beside it) instead of reaching into the kiosk or the embed.

pub mod lang_address;
pub mod paths;

use dalil_model::Lang;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use paths::{embed_path, kiosk_path};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Surface {
    #[default]
    Site,
    /// A shared touch screen: no links out, nothing kept for the next person.
    Kiosk,
    /// Inside a ministry's iframe, filtered to its authority.
    Embed,
}

impl Surface {
    /// The one way to write an internal link: the same page, in this
    /// surface's tree (`/services/x`, `/kiosk/services/x`, `/embed/services/x`).
    pub fn href(self, path: &str) -> String {
        match self {
            Surface::Site => path.to_string(),
            Surface::Kiosk => kiosk_path(path),
            Surface::Embed => embed_path(path).unwrap_or_else(|| path.to_string()),
        }
    }

    /// [`Surface::href`] for a page shown in `lang`. On the site each
    /// language has its own address, so a link on an English page leads to
    /// the English page, with JavaScript or without. A kiosk starts every
    /// person in Arabic and an embed takes its language from the ministry's
    /// page: their links carry none.
    pub fn link(self, lang: Lang, path: &str) -> String {
        match self {
            Surface::Site => lang_address::with_lang(path, lang),
            Surface::Kiosk | Surface::Embed => self.href(path),
        }
    }

    /// Whether this surface's addresses say their language.
    pub fn addresses_name_the_lang(self) -> bool {
        self == Surface::Site
    }
}

/// The one way to write an internal link in a view: `path` in this
/// surface's tree and in the interface language, following it.
pub fn use_link(path: impl Into<String>) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let surface = use_surface();
    let lang = crate::locale::use_lang();
    let path = path.into();
    move || surface.link(lang.get(), &path)
}

/// Called by the frame of a surface, for everything rendered inside it.
pub fn provide_surface(surface: Surface) {
    provide_context(surface);
}

/// The surface this component is rendered in (the site, when no frame said).
pub fn use_surface() -> Surface {
    use_context::<Surface>().unwrap_or_default()
}

/// Navigates to an app path (`/search?q=…`) in this surface's tree: the
/// same [`Surface::link`] as every link, taken as written (the router would
/// otherwise prefix its base itself, unlike for links).
pub fn use_surface_navigate() -> impl Fn(&str, NavigateOptions) + Clone {
    let surface = use_surface();
    let lang = crate::locale::use_lang();
    let navigate = use_navigate();
    move |path: &str, options: NavigateOptions| {
        navigate(
            &surface.link(lang.get_untracked(), path),
            NavigateOptions {
                resolve: false,
                ..options
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::Surface;

    #[test]
    fn one_path_in_each_tree() {
        let path = "/services/passport-issue/fees?speed=urgent";
        assert_eq!(Surface::Site.href(path), path);
        assert_eq!(
            Surface::Kiosk.href(path),
            "/kiosk/services/passport-issue/fees?speed=urgent"
        );
        assert_eq!(
            Surface::Embed.href(path),
            "/embed/services/passport-issue/fees?speed=urgent"
        );
        assert_eq!(Surface::Kiosk.href("/"), "/kiosk");
        assert_eq!(Surface::Embed.href("/"), "/embed");
    }

    #[test]
    fn only_the_site_says_the_language_in_its_links() {
        use dalil_model::Lang;
        assert_eq!(Surface::Site.link(Lang::En, "/centres"), "/centres?lang=en");
        assert_eq!(Surface::Site.link(Lang::Ar, "/centres"), "/centres");
        assert_eq!(Surface::Kiosk.link(Lang::En, "/centres"), "/kiosk/centres");
        assert_eq!(Surface::Embed.link(Lang::En, "/"), "/embed");
    }
}
