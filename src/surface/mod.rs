//! Where the app runs: the site, a kiosk in a service centre hall, or an
//! embed in a ministry's page. The frame of each provides it as a context;
//! a shared component that must differ reads [`use_surface`] (or has a
//! variant file beside it) instead of reaching into the kiosk or the embed.

pub mod paths;

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
/// same [`Surface::href`] as every link, taken as written (the router would
/// otherwise prefix its base itself, unlike for links).
pub fn use_surface_navigate() -> impl Fn(&str, NavigateOptions) + Clone {
    let surface = use_surface();
    let navigate = use_navigate();
    move |path: &str, options: NavigateOptions| {
        navigate(
            &surface.href(path),
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
}
