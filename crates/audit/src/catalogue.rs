//! The whole catalogue in memory, loaded from its sources.

mod load;

use crate::source;
use crate::suggest::did_you_mean;
use dalil_model::{Authority, Category, Centre, Governorate, Service, ServiceSummary, Status};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub authorities: Vec<Authority>,
    pub governorates: Vec<Governorate>,
    pub categories: Vec<Category>,
    pub centres: Vec<Centre>,
    /// Every loaded service; ids are unique (a second file claiming an id
    /// is reported and left out).
    pub services: Vec<Service>,
    /// The source file of each service, relative to the catalogue folder.
    pub service_files: BTreeMap<String, PathBuf>,
    /// Source files (relative paths) that are missing or could not be
    /// loaded. Their error is reported once, at the file; checks that
    /// depend on them stay quiet rather than repeat it everywhere.
    pub failed: BTreeSet<PathBuf>,
    /// `settings.toml`, or the defaults when there is none.
    pub settings: source::SettingsFile,
}

impl Catalogue {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
    }

    /// Whether a shared list (e.g. [`source::CENTRES`]) loaded; when it did
    /// not, references into it cannot be checked.
    pub fn list_loaded(&self, name: &str) -> bool {
        !self.failed.contains(Path::new(name))
    }

    /// Why a reference to service `id` does not resolve, or `None` when it
    /// does, or when the file `services/<id>.toml` exists but failed to load
    /// or declares another id: that error is reported once, at the file,
    /// rather than at every record that links to it.
    pub fn unresolved_service(&self, id: &str) -> Option<String> {
        if self.service(id).is_some() {
            return None;
        }
        let expected = Path::new(source::SERVICES_DIR).join(format!("{id}.toml"));
        if self.failed.contains(&expected) || self.service_files.values().any(|f| *f == expected) {
            return None;
        }
        Some(format!(
            "service `{id}` has no file {}{}",
            expected.display(),
            did_you_mean(id, self.services.iter().map(|s| s.id.as_str()))
        ))
    }

    /// The ministry at the top of an authority's chain of parents.
    pub fn ministry_of<'a>(&'a self, authority: &'a str) -> &'a str {
        let mut current = authority;
        // Bounded walk: a cycle of parents is an audit error, not a hang.
        for _ in 0..16 {
            match self.authority(current).and_then(|a| a.parent.as_deref()) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        current
    }

    /// The source file of a service, for messages.
    pub fn file_of(&self, service: &str) -> PathBuf {
        self.service_files
            .get(service)
            .cloned()
            .unwrap_or_else(|| Path::new(source::SERVICES_DIR).join(format!("{service}.toml")))
    }

    /// Governorates with at least one centre offering the service.
    pub fn governorates_of(&self, service: &str) -> Vec<String> {
        let set: BTreeSet<&str> = self
            .centres
            .iter()
            .filter(|c| c.services.iter().any(|s| s == service))
            .map(|c| c.governorate.as_str())
            .collect();
        set.into_iter().map(str::to_string).collect()
    }

    /// The listing line of one service.
    pub fn summary(&self, s: &Service) -> ServiceSummary {
        ServiceSummary::from_service(
            s,
            self.ministry_of(&s.authority),
            self.governorates_of(&s.id),
        )
    }

    /// The compact listing of services with the given statuses, sorted by id.
    pub fn listing(&self, statuses: &[Status]) -> Vec<ServiceSummary> {
        // Governorates per service in one pass over the centres, not one
        // pass per service: the listing of 10,000 services stays fast.
        let mut governorates: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for c in &self.centres {
            for s in &c.services {
                governorates.entry(s).or_default().insert(&c.governorate);
            }
        }
        let mut out: Vec<ServiceSummary> = self
            .services
            .iter()
            .filter(|s| statuses.contains(&s.status))
            .map(|s| {
                let govs = governorates.get(s.id.as_str());
                let govs = govs.into_iter().flatten().map(|g| g.to_string()).collect();
                ServiceSummary::from_service(s, self.ministry_of(&s.authority), govs)
            })
            .collect();
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }
}
