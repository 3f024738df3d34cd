//! The user's governorate, remembered on the device: the service page and
//! the centres page share it, so a choice made once applies everywhere.

use crate::storage::personal as storage;
use leptos::prelude::*;

const STORAGE_KEY: &str = "dalil.governorate";

/// A signal holding the remembered governorate id ("" for none), which
/// writes every change back to the device.
pub fn remembered() -> (ReadSignal<String>, impl Fn(String) + Copy) {
    let (chosen, set_chosen) = signal(storage::get(STORAGE_KEY).unwrap_or_default());
    let choose = move |value: String| {
        if value.is_empty() {
            storage::remove(STORAGE_KEY);
        } else {
            storage::set(STORAGE_KEY, &value);
        }
        set_chosen.set(value);
    };
    (chosen, choose)
}
