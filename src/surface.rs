//! Where the app runs: the site, a kiosk in a service centre hall, or an
//! embed in a ministry's page. The frame of each provides it as a context;
//! a shared component that must differ reads [`use_surface`] instead of
//! reaching into the kiosk or the embed.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Surface {
    #[default]
    Site,
    /// A shared touch screen: no links out, nothing kept for the next person.
    Kiosk,
    /// Inside a ministry's iframe.
    Embed,
}

/// Called by the frame of a surface, for everything rendered inside it.
pub fn provide_surface(surface: Surface) {
    provide_context(surface);
}

/// The surface this component is rendered in (the site, when no frame said).
pub fn use_surface() -> Surface {
    use_context::<Surface>().unwrap_or_default()
}
