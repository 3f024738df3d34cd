//! Reading the TOML sources: one file per service, plus one file each for
//! authorities, governorates, categories and centres.

use crate::Problem;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const AUTHORITIES: &str = "authorities.toml";
pub const GOVERNORATES: &str = "governorates.toml";
pub const CATEGORIES: &str = "categories.toml";
pub const CENTRES: &str = "centres.toml";
pub const SERVICES_DIR: &str = "services";

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

/// Reads and parses one source file. `rel` is the path shown in messages.
pub fn read<T: DeserializeOwned>(path: &Path, rel: &Path) -> Result<T, Problem> {
    let meta = std::fs::metadata(path)
        .map_err(|e| Problem::error(rel, format!("cannot read the file: {e}")))?;
    if meta.len() > MAX_SOURCE_BYTES {
        return Err(Problem::error(
            rel,
            format!(
                "the file is {} bytes; a source file must stay under {MAX_SOURCE_BYTES}",
                meta.len()
            ),
        ));
    }
    let bytes =
        std::fs::read(path).map_err(|e| Problem::error(rel, format!("cannot read the file: {e}")))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset].iter().filter(|b| **b == b'\n').count();
        Problem::error(rel, "the file is not UTF-8 text; save it as UTF-8").at_line(line)
    })?;
    parse(&text, rel)
}

/// Parses TOML text into `T`, turning a syntax or type error into a problem
/// with its line number and advice a clerk can act on.
pub fn parse<T: DeserializeOwned>(text: &str, rel: &Path) -> Result<T, Problem> {
    toml::from_str(text).map_err(|e| {
        let line = e
            .span()
            .map(|span| 1 + text[..span.start.min(text.len())].matches('\n').count());
        let mut message = e.message().trim().to_string();
        if message.starts_with("unknown field") {
            message.push_str(
                ". If this key belongs to the record itself, move it above the first [table] header: \
                 in TOML every key after a header belongs to that table",
            );
        }
        let problem = Problem::error(rel, message);
        match line {
            Some(line) => problem.at_line(line),
            None => problem,
        }
    })
}

/// The service source files, sorted by name so reports are stable.
pub fn service_files(dir: &Path) -> Result<Vec<PathBuf>, Problem> {
    let services = dir.join(SERVICES_DIR);
    let entries = std::fs::read_dir(&services).map_err(|e| {
        Problem::error(
            Path::new(SERVICES_DIR),
            format!("cannot read the services folder: {e}"),
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    Ok(files)
}
