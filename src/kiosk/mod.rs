//! Kiosk mode (issue #8): Dalil on a touch screen in a service centre hall.
//!
//! Entered at `/kiosk` (every kiosk page is under it), or for a whole site
//! with `"kiosk": true` in `config.json`. Once a page has been a kiosk it
//! stays one: internal links stay in `/kiosk` (`Surface::href`), external
//! links become QR codes (`components/external_link.rs`), Back cannot
//! leave, nothing personal touches the device's storage, and after a while
//! without a touch the kiosk forgets the last person and starts over in
//! Arabic. This module is the kiosk's chrome only; the route table is the
//! site's (`app.rs`).

mod device;
mod history_guard;
mod home;
mod idle;
mod keyboard;
mod pages;
mod redirect;
mod session;
mod settings;
mod shell;

pub use device::boot;
pub use home::KioskHome as Home;
pub use pages::{KioskNotFound as NotFound, KioskSearch as Search};
pub use redirect::{KioskRedirect as Redirect, SiteOnly};
pub use settings::provide as provide_settings;
pub use shell::KioskShell as Shell;
