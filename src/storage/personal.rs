//! One person's choices. On the site they are remembered in localStorage;
//! once the page is a kiosk ([`keep_in_memory`]) they live in a map in this
//! page's memory only, and [`forget`] empties it between two people.
//!
//! The choice of place is one per page load, not per component: a kiosk
//! never turns back into the site, and every reader must agree on where a
//! person's ticks are, so it is a page-wide switch rather than a context.

use super::{both_web_storages, device, local, PREFIX};
use std::cell::RefCell;
use std::collections::HashMap;

enum Place {
    Device,
    Memory(HashMap<String, String>),
}

thread_local! {
    static PLACE: RefCell<Place> = const { RefCell::new(Place::Device) };
}

/// From now on, for the life of this page, nothing personal touches the
/// device: whatever an earlier visitor (or the site, before this device
/// became a kiosk) left in web storage is wiped, and new choices stay in
/// memory.
pub fn keep_in_memory() {
    PLACE.with(|p| {
        let mut place = p.borrow_mut();
        if matches!(*place, Place::Device) {
            *place = Place::Memory(HashMap::new());
        }
    });
    wipe_web_storage();
}

/// Forgets everything personal: the memory of a kiosk session, and any
/// personal key in web storage.
pub fn forget() {
    PLACE.with(|p| {
        if let Place::Memory(map) = &mut *p.borrow_mut() {
            map.clear();
        }
    });
    wipe_web_storage();
}

pub fn get(key: &str) -> Option<String> {
    PLACE.with(|p| match &*p.borrow() {
        Place::Device => local()?.get_item(key).ok().flatten(),
        Place::Memory(map) => map.get(key).cloned(),
    })
}

/// Keeps a value; false when the device refused (quota, private mode).
pub fn set(key: &str, value: &str) -> bool {
    debug_assert!(is_personal(key), "{key} is not a personal key");
    PLACE.with(|p| match &mut *p.borrow_mut() {
        Place::Device => local().is_some_and(|s| s.set_item(key, value).is_ok()),
        Place::Memory(map) => {
            map.insert(key.to_string(), value.to_string());
            true
        }
    })
}

pub fn remove(key: &str) {
    PLACE.with(|p| match &mut *p.borrow_mut() {
        Place::Device => {
            if let Some(s) = local() {
                let _ = s.remove_item(key);
            }
        }
        Place::Memory(map) => {
            map.remove(key);
        }
    });
}

/// A `dalil.` key that is not one of the device's own.
fn is_personal(key: &str) -> bool {
    key.starts_with(PREFIX) && !device::KEYS.contains(&key)
}

/// Removes every personal key from local and session storage.
fn wipe_web_storage() {
    for storage in both_web_storages() {
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| is_personal(k))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}
