//! Loading the catalogue folder. A broken file never stops the others: it
//! is reported, remembered in `failed`, and the rest still loads.

use super::Catalogue;
use crate::source::{
    self, AuthoritiesFile, CategoriesFile, CentresFile, GovernoratesFile, SettingsFile,
};
use crate::Problem;
use dalil_model::Service;
use serde::de::DeserializeOwned;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

impl Catalogue {
    /// Loads every source under `dir`. Files that fail to load are left
    /// out and reported; the rest still load, so one report covers everything.
    pub fn load(dir: &Path) -> (Catalogue, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut cat = Catalogue::default();
        if !dir.is_dir() {
            problems.push(Problem::error(
                PathBuf::new(),
                "this is not a catalogue folder (it does not exist or is not a directory); \
                 give the folder that holds authorities.toml and services/",
            ));
            return (cat, problems);
        }
        if let Some(f) = cat.list::<AuthoritiesFile>(dir, source::AUTHORITIES, &mut problems) {
            cat.authorities = f.authority;
        }
        if let Some(f) = cat.list::<GovernoratesFile>(dir, source::GOVERNORATES, &mut problems) {
            cat.governorates = f.governorate;
        }
        if let Some(f) = cat.list::<CategoriesFile>(dir, source::CATEGORIES, &mut problems) {
            cat.categories = f.category;
        }
        if let Some(f) = cat.list::<CentresFile>(dir, source::CENTRES, &mut problems) {
            cat.centres = f.centre;
        }
        cat.settings = settings(dir, &mut problems);
        match source::service_files(dir) {
            Ok((paths, notes)) => {
                problems.extend(notes);
                cat.load_services(dir, &paths, &mut problems);
            }
            Err(p) => problems.push(p),
        }
        (cat, problems)
    }

    /// One shared list; a missing or broken one is reported and marked failed.
    fn list<T: DeserializeOwned + serde::Serialize>(
        &mut self,
        dir: &Path,
        name: &str,
        problems: &mut Vec<Problem>,
    ) -> Option<T> {
        let path = dir.join(name);
        let result = if path.is_file() {
            source::read::<T>(&path, Path::new(name))
        } else {
            Err(Problem::error(
                name,
                "the file is missing; every catalogue has authorities.toml, governorates.toml, \
                 categories.toml and centres.toml",
            ))
        };
        result
            .map_err(|p| {
                problems.push(p);
                self.failed.insert(PathBuf::from(name));
            })
            .ok()
    }

    fn load_services(&mut self, dir: &Path, paths: &[PathBuf], problems: &mut Vec<Problem>) {
        // Every file that claims an id, so a duplicate names both files.
        let mut claims: BTreeMap<String, Vec<(PathBuf, Service)>> = BTreeMap::new();
        // Each file is read and parsed once, on every core.
        let read = crate::parallel::map(paths, |path| {
            let rel = path.strip_prefix(dir).unwrap_or(path).to_path_buf();
            let result = source::read::<Service>(path, &rel);
            (rel, result)
        });
        for (rel, result) in read {
            match result {
                Ok(service) => claims
                    .entry(service.id.clone())
                    .or_default()
                    .push((rel, service)),
                Err(p) => {
                    problems.push(p.for_service(stem(&rel)));
                    self.failed.insert(rel);
                }
            }
        }
        for (id, mut files) in claims {
            // The file named after the id keeps it; any other is the mistake.
            let keep = files.iter().position(|(f, _)| stem(f) == id).unwrap_or(0);
            let (kept_file, service) = files.remove(keep);
            for (file, _) in files {
                problems.push(
                    Problem::error(
                        &file,
                        format!(
                            "the id `{id}` is also used by {}; each service needs its own id, \
                             equal to its file name",
                            kept_file.display()
                        ),
                    )
                    .at_field("id")
                    .for_service(stem(&file)),
                );
                self.failed.insert(file);
            }
            self.service_files.insert(id, kept_file);
            self.services.push(service);
        }
        // Keep the file order (the id order of the claims map would do too,
        // but file order is what the clerk sees in the folder).
        self.services.sort_by(|a, b| {
            self.service_files
                .get(&a.id)
                .cmp(&self.service_files.get(&b.id))
        });
    }
}

/// `settings.toml` when there is one; a broken one is reported and the
/// defaults apply, so the audit still runs.
fn settings(dir: &Path, problems: &mut Vec<Problem>) -> SettingsFile {
    let path = dir.join(source::SETTINGS);
    if !path.is_file() {
        return SettingsFile::default();
    }
    match source::read::<SettingsFile>(&path, Path::new(source::SETTINGS)) {
        Ok(settings) => {
            if settings.audit.verified_within_months == 0 {
                problems.push(
                    Problem::error(
                        source::SETTINGS,
                        "verified_within_months is 0, so every record would be stale; \
                         give the number of months, e.g. 12",
                    )
                    .at_field("audit.verified_within_months"),
                );
            }
            settings
        }
        Err(p) => {
            problems.push(p);
            SettingsFile::default()
        }
    }
}

/// The file name without `.toml`: the id the file should declare.
fn stem(file: &Path) -> String {
    file.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
