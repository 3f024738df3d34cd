//! Dalil with no network: the catalogue kept on the device (as packs), its
//! background update, the status line that says how old the data is, and
//! the service worker's "new version" prompt. The worker itself is
//! `public/sw.js`.

pub mod catalogue_store;
pub mod catalogue_update;
mod device_cache;
mod metered;
mod pack_check;
pub mod service_worker;
pub mod status;
mod sync_lock;
