//! The whole catalogue in memory, loaded from its sources.

use crate::source::{self, AuthoritiesFile, CategoriesFile, CentresFile, GovernoratesFile};
use crate::Problem;
use dalil_model::{Authority, Category, Centre, Governorate, Service, ServiceSummary, Status};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub authorities: Vec<Authority>,
    pub governorates: Vec<Governorate>,
    pub categories: Vec<Category>,
    pub centres: Vec<Centre>,
    pub services: Vec<Service>,
    /// The source file of each service, relative to the catalogue folder.
    pub service_files: BTreeMap<String, PathBuf>,
}

impl Catalogue {
    /// Loads every source under `dir`. Files that fail to parse are left out
    /// and reported; the rest still load, so one report covers everything.
    pub fn load(dir: &Path) -> (Catalogue, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut cat = Catalogue::default();
        if !dir.is_dir() {
            problems.push(Problem::error(
                dir,
                "this is not a catalogue folder (it does not exist or is not a directory)",
            ));
            return (cat, problems);
        }
        let mut read_list = |name: &str| -> Option<PathBuf> {
            let path = dir.join(name);
            if path.is_file() {
                Some(path)
            } else {
                problems.push(Problem::error(name, "the file is missing"));
                None
            }
        };
        let files = [
            read_list(source::AUTHORITIES),
            read_list(source::GOVERNORATES),
            read_list(source::CATEGORIES),
            read_list(source::CENTRES),
        ];
        let mut collect = |r: Result<(), Problem>| {
            if let Err(p) = r {
                problems.push(p);
            }
        };
        if let Some(p) = &files[0] {
            collect(
                source::read::<AuthoritiesFile>(p, Path::new(source::AUTHORITIES))
                    .map(|f| cat.authorities = f.authority),
            );
        }
        if let Some(p) = &files[1] {
            collect(
                source::read::<GovernoratesFile>(p, Path::new(source::GOVERNORATES))
                    .map(|f| cat.governorates = f.governorate),
            );
        }
        if let Some(p) = &files[2] {
            collect(
                source::read::<CategoriesFile>(p, Path::new(source::CATEGORIES))
                    .map(|f| cat.categories = f.category),
            );
        }
        if let Some(p) = &files[3] {
            collect(
                source::read::<CentresFile>(p, Path::new(source::CENTRES))
                    .map(|f| cat.centres = f.centre),
            );
        }
        match source::service_files(dir) {
            Ok(paths) => {
                for path in paths {
                    let rel = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
                    match source::read::<Service>(&path, &rel) {
                        Ok(service) => {
                            cat.service_files.insert(service.id.clone(), rel);
                            cat.services.push(service);
                        }
                        Err(p) => problems.push(p),
                    }
                }
            }
            Err(p) => problems.push(p),
        }
        (cat, problems)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }

    pub fn authority(&self, id: &str) -> Option<&Authority> {
        self.authorities.iter().find(|a| a.id == id)
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
        ServiceSummary::from_service(s, self.ministry_of(&s.authority), self.governorates_of(&s.id))
    }

    /// The compact listing of services with the given statuses, sorted by id.
    pub fn listing(&self, statuses: &[Status]) -> Vec<ServiceSummary> {
        let mut out: Vec<ServiceSummary> = self
            .services
            .iter()
            .filter(|s| statuses.contains(&s.status))
            .map(|s| self.summary(s))
            .collect();
        out.sort_by(|a, b| a.id.cmp(&b.id));
        out
    }
}
