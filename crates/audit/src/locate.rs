//! Finds the line of a field path (`steps[1].bring[0]`) in a source file,
//! so audit problems point at a line as load errors do. Only files with
//! problems are read again; a clean catalogue costs nothing here.

use crate::source::line_of;
use crate::Problem;
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml_edit::{ImDocument, Item, Table, TableLike, Value};

/// Sets the line of every problem that has a field but no line yet.
pub fn add_lines(dir: &Path, problems: &mut [Problem]) {
    let mut by_file: BTreeMap<PathBuf, Vec<&mut Problem>> = BTreeMap::new();
    for p in problems.iter_mut() {
        if p.line.is_none() && p.field.is_some() {
            by_file.entry(p.file.clone()).or_default().push(p);
        }
    }
    // Each file is read and parsed on its own: spread over the cores.
    let files: Vec<(PathBuf, Vec<&mut Problem>)> = by_file.into_iter().collect();
    let wanted: Vec<(&PathBuf, Vec<&str>)> = files
        .iter()
        .map(|(file, ps)| {
            let fields = ps.iter().filter_map(|p| p.field.as_deref()).collect();
            (file, fields)
        })
        .collect();
    let lines = crate::parallel::map(&wanted, |(file, fields)| lines_in(dir, file, fields));
    drop(wanted);
    for ((_, problems), lines) in files.into_iter().zip(lines) {
        for (p, line) in problems.into_iter().zip(lines) {
            p.line = line;
        }
    }
}

/// The line of each field path in `file`; `None` where it cannot be
/// found. The file loaded a moment ago; if it cannot be read now, the
/// problems keep their field path, which is enough to fix them.
fn lines_in(dir: &Path, file: &Path, fields: &[&str]) -> Vec<Option<usize>> {
    let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
        return vec![None; fields.len()];
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let Ok(doc) = ImDocument::parse(text) else {
        return vec![None; fields.len()];
    };
    fields
        .iter()
        .map(|field| offset_of(&doc, field).map(|o| line_of(text, o)))
        .collect()
}

/// The byte offset where `path` is written, or where its deepest existing
/// parent is (a missing `name.en` points at `name`); `None` if not even the
/// first key is in the file.
pub fn offset_of(doc: &ImDocument<&str>, path: &str) -> Option<usize> {
    let mut node = Node::Item(doc.as_item());
    let mut found: Option<usize> = None;
    for segment in segments(path) {
        let next = match segment {
            Segment::Key(key) => node
                .table()
                .and_then(|t| t.get_key_value(key))
                .map(|(k, item)| (k.span().or_else(|| item.span()), Node::Item(item))),
            Segment::Index(i) => node.index(i),
        };
        let Some((span, child)) = next else { break };
        if let Some(span) = span {
            found = Some(span.start);
        }
        node = child;
    }
    found
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// `fees[0].items[2].amount` → fees, 0, items, 2, amount.
fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        for index in indices.split('[') {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Segment::Index(i));
            }
        }
    }
    out
}

/// A place in the parsed document: toml_edit hands out tables of an array
/// of tables and values of an array as their own types.
#[derive(Clone, Copy)]
enum Node<'a> {
    Item(&'a Item),
    Table(&'a Table),
    Value(&'a Value),
}

impl<'a> Node<'a> {
    fn table(self) -> Option<&'a dyn TableLike> {
        match self {
            Node::Item(item) => item.as_table_like(),
            Node::Table(t) => Some(t),
            Node::Value(Value::InlineTable(t)) => Some(t),
            Node::Value(_) => None,
        }
    }

    fn index(self, i: usize) -> Option<(Option<Range<usize>>, Node<'a>)> {
        let array = match self {
            Node::Item(Item::ArrayOfTables(tables)) => {
                let t = tables.get(i)?;
                return Some((t.span(), Node::Table(t)));
            }
            Node::Item(Item::Value(Value::Array(a))) | Node::Value(Value::Array(a)) => a,
            _ => return None,
        };
        let v = array.get(i)?;
        Some((v.span(), Node::Value(v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "id = \"x\"\nname.ar = \"س\"\n\n[[steps]]\ntitle = { ar = \"a\", en = \"b\" }\nbring = [\n  \"a\",\n  \"b\",\n]\n\n[[steps]]\n  [[steps.or]]\n  where = { kind = \"online\" }\n";

    fn line(path: &str) -> Option<usize> {
        let doc = ImDocument::parse(SRC).unwrap();
        offset_of(&doc, path).map(|o| line_of(SRC, o))
    }

    #[test]
    fn finds_keys_tables_and_array_elements() {
        assert_eq!(line("id"), Some(1));
        assert_eq!(line("name.ar"), Some(2));
        assert_eq!(
            line("name.en"),
            Some(2),
            "a missing key points at its parent"
        );
        assert_eq!(line("steps[0]"), Some(4));
        assert_eq!(line("steps[0].bring[1]"), Some(8));
        assert_eq!(line("steps[1].or[0].where.kind"), Some(13));
        assert_eq!(line("output"), None);
    }
}
