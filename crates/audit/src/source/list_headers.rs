//! A `[[output]]` header where the record has one `[output]` table. serde
//! reads a list of one table into a single record field by field, so such a
//! file loads with its texts silently empty; this check catches it.

use crate::Problem;
use serde_json::Value;
use std::path::Path;

/// The first `[[x]]` (or `[[x.y]]`) header of `text` whose table is a
/// single table in `record` (the loaded record, as JSON), as a problem.
pub fn single_table_as_list(text: &str, record: &Value, rel: &Path) -> Option<Problem> {
    for (i, line) in text.lines().enumerate() {
        let Some(name) = line
            .trim()
            .strip_prefix("[[")
            .and_then(|h| h.split("]]").next())
        else {
            continue;
        };
        let name = name.trim();
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
