//! Reading the TOML sources: one file per service, plus one file each for
//! authorities, governorates, categories and centres.

mod fields;
mod list_headers;
mod toml_error;

pub use toml_error::line_of;

use crate::Problem;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::io::Read;
use std::path::{Path, PathBuf};

pub const AUTHORITIES: &str = "authorities.toml";
pub const GOVERNORATES: &str = "governorates.toml";
pub const CATEGORIES: &str = "categories.toml";
pub const CENTRES: &str = "centres.toml";
pub const SERVICES_DIR: &str = "services";
/// Optional: the catalogue's own settings (see [`SettingsFile`]).
pub const SETTINGS: &str = "settings.toml";

/// The four shared lists, in load order.
pub const LISTS: [&str; 4] = [AUTHORITIES, GOVERNORATES, CATEGORIES, CENTRES];

/// No source file is anywhere near this; a bigger one is refused, not read.
const MAX_SOURCE_BYTES: u64 = 4 * 1024 * 1024;

/// The table-of-records files: `[[authority]]`, `[[centre]]` ...
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthoritiesFile {
    #[serde(default)]
    pub authority: Vec<dalil_model::Authority>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GovernoratesFile {
    #[serde(default)]
    pub governorate: Vec<dalil_model::Governorate>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoriesFile {
    #[serde(default)]
    pub category: Vec<dalil_model::Category>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentresFile {
    #[serde(default)]
    pub centre: Vec<dalil_model::Centre>,
}

/// `settings.toml`: the catalogue's settings. The file and every key in it
/// are optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsFile {
    #[serde(default)]
    pub audit: AuditSettings,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditSettings {
    /// A record verified longer ago than this many months is stale.
    #[serde(default = "default_verified_within_months")]
    pub verified_within_months: u32,
}

/// A directorate checks each record at least once a year.
pub const DEFAULT_VERIFIED_WITHIN_MONTHS: u32 = 12;

fn default_verified_within_months() -> u32 {
    DEFAULT_VERIFIED_WITHIN_MONTHS
}

impl Default for AuditSettings {
    fn default() -> Self {
        AuditSettings {
            verified_within_months: DEFAULT_VERIFIED_WITHIN_MONTHS,
        }
    }
}

/// Reads and parses one source file. `rel` is the path shown in messages.
pub fn read<T: DeserializeOwned + Serialize>(path: &Path, rel: &Path) -> Result<T, Problem> {
    let text = read_text(path, rel)?;
    let record: T = parse(&text, rel)?;
    if list_headers::only_known_lists(&text) {
        return Ok(record);
    }
    // Serialising our own plain types cannot fail; if it did, skip the check.
    if let Ok(value) = serde_json::to_value(&record) {
        if let Some(problem) = list_headers::single_table_as_list(&text, &value, rel) {
            return Err(problem);
        }
    }
    Ok(record)
}

/// Reads a source file as UTF-8 text, refusing a huge or non-text file.
pub fn read_text(path: &Path, rel: &Path) -> Result<String, Problem> {
    let cannot = |e: std::io::Error| Problem::error(rel, format!("cannot read the file: {e}"));
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut bytes = Vec::new();
    // Read one byte past the limit rather than trusting the size the file
    // had a moment ago.
    file.take(MAX_SOURCE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot)?;
    if bytes.len() as u64 > MAX_SOURCE_BYTES {
        return Err(Problem::error(
            rel,
            format!(
                "the file is larger than {} MB, far more than any catalogue file needs; \
                 check that it is the right file (not a scan or an export) and split or trim it",
                MAX_SOURCE_BYTES / (1024 * 1024)
            ),
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        Problem::error(
            rel,
            "the file is not UTF-8 text (this line has a character in another encoding, \
             such as Windows-1256); save the file as UTF-8",
        )
        .at_line(line)
    })
}

/// Parses TOML text into `T`, turning a syntax or type error into a problem
/// with its line, field path and advice a clerk can act on.
pub fn parse<T: DeserializeOwned>(text: &str, rel: &Path) -> Result<T, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_path_to_error::deserialize(toml::Deserializer::new(text)).map_err(|e| {
        let path = e.path().to_string();
        toml_error::problem(text, rel, &path, e.inner(), fields::struct_fields::<T>())
    })
}

/// The service source files, sorted by name so reports are stable, and a
/// warning for each other file there, which would be silently skipped.
pub fn service_files(dir: &Path) -> Result<(Vec<PathBuf>, Vec<Problem>), Problem> {
    let services = dir.join(SERVICES_DIR);
    let folder = Path::new(SERVICES_DIR);
    let entries = std::fs::read_dir(&services).map_err(|e| {
        let why = if e.kind() == std::io::ErrorKind::NotFound {
            "the services folder is missing: it holds one file per service, services/<id>.toml"
                .to_string()
        } else {
            format!("cannot read the services folder: {e}")
        };
        Problem::error(folder, why)
    })?;
    let mut files = Vec::new();
    let mut ignored = Vec::new();
    for path in entries.filter_map(|e| e.ok().map(|e| e.path())) {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
            files.push(path);
        } else if !name.starts_with('.') && !name.ends_with('~') {
            // Hidden files and editor backups are expected; anything else
            // is most likely a service saved under the wrong name.
            ignored.push(Problem::warning(
                folder.join(&name),
                "this is not a service file and is ignored: service files are named <id>.toml",
            ));
        }
    }
    files.sort();
    ignored.sort_by(|a, b| a.file.cmp(&b.file));
    if files.is_empty() {
        ignored.push(Problem::error(
            folder,
            "the services folder has no service files; each service is one file services/<id>.toml",
        ));
    }
    Ok((files, ignored))
}
