//! Take the guide along, one variant per surface: on the site a share link
//! to copy, a QR code and print; on a kiosk a QR code to continue on a
//! phone and a printed slip, and nothing to copy (the clipboard would go to
//! the next person).

mod kiosk;
mod link;
mod site;
mod slip;

use crate::surface::{use_surface, Surface};
use dalil_model::Service;
use kiosk::KioskTakeAway;
use leptos::prelude::*;
use site::SiteTakeAway;
use std::sync::Arc;

#[component]
pub fn TakeAway(service: Arc<Service>) -> impl IntoView {
    match use_surface() {
        Surface::Kiosk => view! { <KioskTakeAway service /> }.into_any(),
        Surface::Site | Surface::Embed => view! { <SiteTakeAway service /> }.into_any(),
    }
}
