//! The live checklist of one service: ticks in a signal, mirrored to the
//! device's storage on every change. Nothing leaves the device.

use crate::present::checklist::{parse, serialise, storage_key};
use crate::storage::personal as storage;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[derive(Clone, Copy)]
pub struct Checklist {
    service: StoredValue<String>,
    ticks: RwSignal<BTreeSet<String>>,
}

impl Checklist {
    pub fn load(service: &str) -> Checklist {
        let ticks = storage::get(&storage_key(service))
            .map(|s| parse(&s))
            .unwrap_or_default();
        Checklist {
            service: StoredValue::new(service.to_string()),
            ticks: RwSignal::new(ticks),
        }
    }

    pub fn is_ticked(&self, key: &str) -> bool {
        self.ticks.with(|t| t.contains(key))
    }

    pub fn toggle(&self, key: &str) {
        self.ticks.update(|t| {
            if !t.remove(key) {
                t.insert(key.to_string());
            }
        });
        self.save();
    }

    pub fn reset(&self) {
        self.ticks.set(BTreeSet::new());
        storage::remove(&storage_key(&self.service.get_value()));
    }

    /// How many of `keys` are ticked.
    pub fn done(&self, keys: &[String]) -> usize {
        self.ticks
            .with(|t| keys.iter().filter(|k| t.contains(*k)).count())
    }

    fn save(&self) {
        let key = storage_key(&self.service.get_value());
        let value = self.ticks.with_untracked(serialise);
        if value.is_empty() {
            storage::remove(&key);
        } else {
            storage::set(&key, &value);
        }
    }
}
