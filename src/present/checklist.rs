//! The checklist of a service: which documents are ready and which steps are
//! done, kept on the device only, per service.
//!
//! Stored as plain keys joined by newlines (`doc:photos`, `step:2`): no JSON,
//! nothing that a damaged value could make the page fail on.

use std::collections::BTreeSet;

pub fn storage_key(service: &str) -> String {
    format!("dalil.checklist.{service}")
}

pub fn doc_key(document_id: &str) -> String {
    format!("doc:{document_id}")
}

pub fn step_key(index: usize) -> String {
    format!("step:{}", index + 1)
}

/// Reads stored ticks, ignoring anything malformed.
pub fn parse(stored: &str) -> BTreeSet<String> {
    stored
        .lines()
        .map(str::trim)
        .filter(|l| (l.starts_with("doc:") || l.starts_with("step:")) && l.len() < 200)
        .map(str::to_string)
        .collect()
}

pub fn serialise(ticks: &BTreeSet<String>) -> String {
    ticks.iter().cloned().collect::<Vec<_>>().join("\n")
}

/// Every key a service's checklist can hold.
pub fn all_keys(service: &dalil_model::Service) -> Vec<String> {
    service
        .documents
        .iter()
        .map(|d| doc_key(&d.id))
        .chain((0..service.steps.len()).map(step_key))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_ignores_garbage() {
        let ticks: BTreeSet<String> = ["doc:photos".to_string(), "step:2".to_string()].into();
        assert_eq!(parse(&serialise(&ticks)), ticks);
        assert!(parse("{\"not\": \"ours\"}\n\u{0}\nstep").is_empty());
        assert_eq!(parse(" doc:a \nnonsense").len(), 1);
    }
}
