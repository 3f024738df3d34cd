//! Which services and authorities an embed shows: those of one authority and
//! every authority below it (a ministry brings its directorates).
//!
//! Plain functions, unit-tested natively. The embed swaps these filtered
//! copies into the catalogue it provides, so every page inside the frame
//! (lists, search, service pages, related services) sees only them.

use crate::data::by_id;
use dalil_model::api::Listing;
use dalil_model::{Authority, ServiceSummary};
use std::collections::BTreeSet;

/// `root` and every authority below it, following `parent` links. A cycle
/// in the data cannot loop: each authority is taken once.
pub fn below(root: &str, authorities: &[Authority]) -> BTreeSet<String> {
    let mut found = BTreeSet::from([root.to_string()]);
    loop {
        let before = found.len();
        for a in authorities {
            if a.parent.as_ref().is_some_and(|p| found.contains(p)) {
                found.insert(a.id.clone());
            }
        }
        if found.len() == before {
            return found;
        }
    }
}

/// Whether a service belongs to the scope, by its authority or its ministry.
pub fn in_scope(service: &ServiceSummary, scope: &BTreeSet<String>) -> bool {
    scope.contains(&service.authority) || scope.contains(&service.ministry)
}

/// The listing with only the scope's services, in the same order.
pub fn listing(full: &Listing, scope: &BTreeSet<String>) -> Listing {
    Listing {
        schema: full.schema,
        services: full
            .services
            .iter()
            .filter(|s| in_scope(s, scope))
            .cloned()
            .collect(),
    }
}

/// The authorities an embed names: the scope, and the authorities above its
/// root (a directorate's page says which ministry it belongs to).
pub fn authorities(all: &[Authority], root: &str) -> Vec<Authority> {
    let mut keep = below(root, all);
    let mut up = by_id(all, root).and_then(|a| a.parent.clone());
    while let Some(id) = up {
        if !keep.insert(id.clone()) {
            break;
        }
        up = by_id(all, &id).and_then(|a| a.parent.clone());
    }
    all.iter()
        .filter(|a| keep.contains(&a.id))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn authority(id: &str, parent: Option<&str>) -> Authority {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "kind": if parent.is_some() { "directorate" } else { "ministry" },
            "name": { "ar": id, "en": id },
            "parent": parent,
        }))
        .unwrap()
    }

    fn service(id: &str, authority: &str, ministry: &str) -> ServiceSummary {
        serde_json::from_value(serde_json::json!({
            "id": id,
            "status": "published",
            "authority": authority,
            "ministry": ministry,
            "name": { "ar": id, "en": id },
            "summary": { "ar": "", "en": "" },
        }))
        .unwrap()
    }

    fn tree() -> Vec<Authority> {
        vec![
            authority("interior", None),
            authority("civil-registry", Some("interior")),
            authority("civil-registry-damascus", Some("civil-registry")),
            authority("immigration", Some("interior")),
            authority("justice", None),
        ]
    }

    #[test]
    fn a_ministry_brings_every_level_below_it() {
        let scope = below("interior", &tree());
        let ids: Vec<&str> = scope.iter().map(String::as_str).collect();
        assert_eq!(
            ids,
            [
                "civil-registry",
                "civil-registry-damascus",
                "immigration",
                "interior"
            ]
        );
        assert_eq!(below("justice", &tree()).len(), 1);
        // An unknown id is a scope of itself alone, which matches nothing.
        assert_eq!(below("nowhere", &tree()).len(), 1);
    }

    #[test]
    fn a_cycle_in_the_data_ends() {
        let looped = vec![authority("a", Some("b")), authority("b", Some("a"))];
        assert_eq!(below("a", &looped).len(), 2);
        assert_eq!(authorities(&looped, "a").len(), 2);
    }

    #[test]
    fn the_listing_keeps_only_the_scope_in_order() {
        let full = Listing {
            schema: 1,
            services: vec![
                service("passport", "immigration", "interior"),
                service("marriage", "courts", "justice"),
                service("birth", "civil-registry-damascus", "interior"),
            ],
        };
        let ids = |l: Listing| l.services.into_iter().map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(
            ids(listing(&full, &below("interior", &tree()))),
            ["passport", "birth"]
        );
        assert_eq!(
            ids(listing(&full, &below("civil-registry", &tree()))),
            ["birth"]
        );
        assert!(ids(listing(&full, &below("nowhere", &tree()))).is_empty());
    }

    #[test]
    fn a_directorate_keeps_its_ministry_for_naming() {
        let kept: Vec<String> = authorities(&tree(), "civil-registry")
            .into_iter()
            .map(|a| a.id)
            .collect();
        assert_eq!(
            kept,
            ["interior", "civil-registry", "civil-registry-damascus"]
        );
    }
}
