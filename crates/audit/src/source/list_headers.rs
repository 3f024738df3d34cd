//! A `[[output]]` header where the record has one `[output]` table. serde
//! reads a list of one table into a single record field by field, so such a
//! file loads with its texts silently empty; this check catches it.

use crate::Problem;
use serde_json::Value;
use std::path::Path;

/// Headers that are lists in the model (the test below checks each one
/// against real records). A file whose `[[...]]` headers are all among
/// them cannot have the mistake, so the record need not be turned into
/// JSON to check it: most files, and the 10,000-service audit stays fast.
const KNOWN_LISTS: [&str; 12] = [
    "documents",
    "steps",
    "steps.or",
    "processing_time",
    "channels",
    "fees",
    "fees.inputs",
    "fees.items",
    "authority",
    "governorate",
    "category",
    "centre",
];

/// The `[[x]]` header names of `text`, in order, with their line index.
fn headers(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        line.trim()
            .strip_prefix("[[")
            .and_then(|h| h.split("]]").next())
            .map(|name| (i, name.trim()))
    })
}

/// Whether every `[[x]]` header of `text` is a known list.
pub fn only_known_lists(text: &str) -> bool {
    headers(text).all(|(_, name)| KNOWN_LISTS.contains(&name))
}

/// The first `[[x]]` (or `[[x.y]]`) header of `text` whose table is a
/// single table in `record` (the loaded record, as JSON), as a problem.
pub fn single_table_as_list(text: &str, record: &Value, rel: &Path) -> Option<Problem> {
    for (i, name) in headers(text) {
        if !is_list(record, name) {
            return Some(
                Problem::error(
                    rel,
                    format!(
                        "there is only one [{name}] table: write its header with single brackets, [{name}]"
                    ),
                )
                .at_line(i + 1)
                .at_field(name),
            );
        }
    }
    None
}

/// Whether the dotted path ends at a list (or at nothing: an empty list is
/// left out). Inside lists, the last element is the one a header extends.
fn is_list(record: &Value, dotted: &str) -> bool {
    let mut node = record;
    for key in dotted.split('.') {
        if let Value::Array(items) = node {
            match items.last() {
                Some(last) => node = last,
                None => return true,
            }
        }
        match node.get(key.trim()) {
            Some(child) => node = child,
            None => return true,
        }
    }
    matches!(node, Value::Array(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every known list header is a list in real records of each file kind.
    #[test]
    fn known_lists_are_lists_in_the_model() {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal");
        let value = |file: &str, kind: &str| -> Value {
            let text = std::fs::read_to_string(fixtures.join(file)).unwrap();
            match kind {
                "service" => serde_json::to_value(
                    crate::source::parse::<dalil_model::Service>(&text, Path::new(file)).unwrap(),
                )
                .unwrap(),
                "authorities" => serde_json::to_value(
                    crate::source::parse::<crate::source::AuthoritiesFile>(&text, Path::new(file))
                        .unwrap(),
                )
                .unwrap(),
                "centres" => serde_json::to_value(
                    crate::source::parse::<crate::source::CentresFile>(&text, Path::new(file))
                        .unwrap(),
                )
                .unwrap(),
                "governorates" => serde_json::to_value(
                    crate::source::parse::<crate::source::GovernoratesFile>(&text, Path::new(file))
                        .unwrap(),
                )
                .unwrap(),
                _ => serde_json::to_value(
                    crate::source::parse::<crate::source::CategoriesFile>(&text, Path::new(file))
                        .unwrap(),
                )
                .unwrap(),
            }
        };
        let service = value("services/civil-extract.toml", "service");
        for name in &KNOWN_LISTS[..8] {
            let mut node = &service;
            for key in name.split('.') {
                if let Value::Array(items) = node {
                    node = items.iter().find(|i| i.get(key).is_some()).unwrap();
                }
                node = node
                    .get(key)
                    .unwrap_or_else(|| panic!("no `{name}` in the fixture"));
            }
            assert!(node.is_array(), "`{name}` is a list in a service");
        }
        for (name, file, kind) in [
            ("authority", "authorities.toml", "authorities"),
            ("centre", "centres.toml", "centres"),
            ("governorate", "governorates.toml", "governorates"),
            ("category", "categories.toml", "categories"),
        ] {
            assert!(value(file, kind)[name].is_array(), "`{name}` is a list");
        }
        assert!(only_known_lists("[[steps]]\n  [[steps.or]]\n[verified]\n"));
        assert!(!only_known_lists("[[steps]]\n[[output]]\n"));
    }
}
