//! The kiosk settings of `config.json`, for the whole app: whether the site
//! is a kiosk, and the idle times.

use super::device;
use dalil_model::config::KioskConfig;
use leptos::prelude::*;

/// `None` until `config.json` has been read; the defaults if it is missing
/// or not a config.
#[derive(Clone, Copy)]
pub struct KioskSettings(pub LocalResource<KioskConfig>);

pub fn provide() {
    let resource = LocalResource::new(|| async {
        let kiosk = crate::config::file::load().await.kiosk;
        device::remember(&kiosk);
        kiosk
    });
    provide_context(KioskSettings(resource));
}

pub fn use_settings() -> KioskSettings {
    expect_context::<KioskSettings>()
}
