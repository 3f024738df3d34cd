//! Look-ups built once per audit, so checking references stays linear in
//! the size of the catalogue (10,000 services, 100,000 centre entries).

use crate::Catalogue;
use dalil_model::Service;
use std::collections::{HashMap, HashSet};

pub struct Index<'a> {
    cat: &'a Catalogue,
    services: HashMap<&'a str, &'a Service>,
    /// Ids (or file names) of services some centre offers.
    offered: HashSet<&'a str>,
}

impl<'a> Index<'a> {
    pub fn new(cat: &'a Catalogue) -> Index<'a> {
        Index {
            cat,
            services: cat.services.iter().map(|s| (s.id.as_str(), s)).collect(),
            offered: cat
                .centres
                .iter()
                .flat_map(|c| c.services.iter().map(String::as_str))
                .collect(),
        }
    }

    pub fn service(&self, id: &str) -> Option<&'a Service> {
        self.services.get(id).copied()
    }

    /// See [`Catalogue::unresolved_service`]; fast when the id resolves.
    pub fn unresolved_service(&self, id: &str) -> Option<String> {
        if self.services.contains_key(id) {
            return None;
        }
        self.cat.unresolved_service(id)
    }

    pub fn offered_at_centres(&self, id: &str) -> bool {
        self.offered.contains(id)
    }
}
