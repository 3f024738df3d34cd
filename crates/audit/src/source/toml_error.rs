//! Turns a TOML syntax error or a serde shape error into a problem a clerk
//! can act on: the line, the field path, and plain words instead of serde's
//! ("expected a whole number, found the text \"two\"", not "expected u32").

use crate::suggest::did_you_mean;
use crate::Problem;
use std::ops::Range;
use std::path::Path;

/// The problem for an error of `text` (the file `rel`) found at the serde
/// field path `path` (`.` for the root). `record_fields` are the keys of
/// the file's top-level record, for the "move it above the first [table]" hint.
pub fn problem(
    text: &str,
    rel: &Path,
    path: &str,
    error: &toml::de::Error,
    record_fields: &[&str],
) -> Problem {
    let path = if path == "." { "" } else { path };
    let raw = error.message().trim();
    let span = error.span();
    let mut at = Place {
        line: span.as_ref().map(|s| line_of(text, s.start)),
        field: (!path.is_empty()).then(|| path.to_string()),
    };
    let message = if let Some(rest) = raw.strip_prefix("unknown field ") {
        let name = split_expected(rest).0;
        at.refine_key(text, span.clone(), &name, path);
        unknown_field(rest, path, record_fields)
    } else if let Some(rest) = raw.strip_prefix("unknown variant ") {
        let (value, allowed) = split_expected(rest);
        at.refine(text, span.clone(), &format!("\"{value}\""), path);
        let allowed_list = allowed.join(", ");
        format!(
            "`{value}` is not a valid value here{}; write one of: {allowed_list}",
            did_you_mean(&value, allowed.iter().map(String::as_str))
        )
    } else if let Some(rest) = raw
        .strip_prefix("invalid type: ")
        .or_else(|| raw.strip_prefix("invalid value: "))
    {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        if let Some(literal) = literal_of(found) {
            at.refine(text, span.clone(), &literal, path);
        }
        match (at.bare_date(text), at.list_header(text)) {
            (Some(date), _) if expected == "a string" => {
                format!("write the date in double quotes: \"{date}\"")
            }
            (_, Some(name)) if path.starts_with(&format!("{name}[")) => {
                format!("there is only one [{name}] table: write its header with single brackets, [{name}]")
            }
            _ => format!(
                "expected {}, found {}",
                friendly_expected(expected),
                friendly_found(found)
            ),
        }
    } else if let Some(rest) = raw.strip_prefix("missing field ") {
        let name = rest.trim_matches('`');
        if path.is_empty() && has_no_data(text) {
            return Problem::error(
                rel,
                "the file has no data: it is empty or holds only comments",
            );
        }
        at.field = Some(join(path, name));
        if path.is_empty() {
            // The whole file is the record: its first line says nothing.
            at.line = None;
        }
        format!("the required field `{name}` is missing")
    } else if let Some(rest) = raw.strip_prefix("duplicate field ") {
        format!("the field {rest} is given twice; keep one")
    } else if path.is_empty() && !raw.starts_with("invalid length") {
        syntax(raw, text, span)
    } else {
        // Our own messages (an inexact amount …) are already worded for clerks.
        raw.replace('\n', "; ")
    };
    let mut problem = Problem::error(rel, message);
    problem.line = at.line;
    problem.field = at.field;
    problem
}

/// Where the problem is: a line and a field path, both improvable.
struct Place {
    line: Option<usize>,
    field: Option<String>,
}

impl Place {
    /// Serde reports errors inside flattened or tagged tables at the table
    /// itself. When the offending value appears once as `key = value` within
    /// the span, point at that line and key instead.
    fn refine(&mut self, text: &str, span: Option<Range<usize>>, literal: &str, path: &str) {
        let Some(span) = span else { return };
        let Some(within) = text.get(span.clone()) else {
            return;
        };
        if !within.contains('\n') {
            return;
        }
        let found: Vec<(usize, String)> = within
            .match_indices(literal)
            .filter_map(|(i, _)| key_before(within, i).map(|key| (span.start + i, key)))
            .collect();
        if let [(offset, key)] = found.as_slice() {
            self.line = Some(line_of(text, *offset));
            if !path.ends_with(key.as_str()) {
                self.field = Some(join(path, key));
            }
        }
    }

    /// Like [`Place::refine`], for an unknown key inside a tagged table:
    /// the one line of the span that starts with `name =` or `name.`.
    fn refine_key(&mut self, text: &str, span: Option<Range<usize>>, name: &str, path: &str) {
        let Some(span) = span else { return };
        let Some(within) = text.get(span.clone()) else {
            return;
        };
        let mut offset = span.start;
        let mut found = Vec::new();
        for line in within.split_inclusive('\n') {
            let rest = line.trim_start().strip_prefix(name).unwrap_or("");
            if rest.trim_start().starts_with(['=', '.']) {
                found.push(offset);
            }
            offset += line.len();
        }
        if let [offset] = found.as_slice() {
            self.line = Some(line_of(text, *offset));
            if !path.ends_with(name) {
                self.field = Some(join(path, name));
            }
        }
    }

    /// The name `x` when the problem's line is a `[[x]]` header.
    fn list_header(&self, text: &str) -> Option<String> {
        let line = text.lines().nth(self.line?.checked_sub(1)?)?.trim();
        let name = line.strip_prefix("[[")?.split("]]").next()?.trim();
        Some(name.to_string())
    }

    /// The date written without quotes on the problem's line, if that is
    /// what it holds (TOML reads it as a date-time, not as text).
    fn bare_date(&self, text: &str) -> Option<String> {
        let line = text.lines().nth(self.line?.checked_sub(1)?)?;
        let value = line.split_once('=')?.1.trim();
        let date = value.get(..10)?;
        let b = date.as_bytes();
        let shaped = b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        shaped.then(|| date.to_string())
    }
}

/// Whether the text holds no key at all (blank lines and comments only).
fn has_no_data(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with('#'))
}

/// The key written just before `= <value at i>` in `text`, if any.
fn key_before(text: &str, i: usize) -> Option<String> {
    let before = text.get(..i)?.trim_end();
    let before = before.strip_suffix('=')?.trim_end();
    let key: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-' || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!key.is_empty()).then_some(key)
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// 1-based line of a byte offset (the offset need not be a char boundary).
pub fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

fn column_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    let start = text.as_bytes()[..end]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    1 + String::from_utf8_lossy(&text.as_bytes()[start..end])
        .chars()
        .count()
}

fn unknown_field(rest: &str, path: &str, record_fields: &[&str]) -> String {
    let (name, allowed) = split_expected(rest);
    // The path names the unknown key itself; its table is what comes before.
    let container = if path == name {
        ""
    } else {
        path.strip_suffix(&format!(".{name}")).unwrap_or(path)
    };
    if !container.is_empty() && record_fields.contains(&name.as_str()) {
        return format!(
            "unknown field `{name}` in {}. `{name}` belongs to the record itself: move it above \
             the first [table] header (in TOML every key after a header belongs to that table)",
            header_of(container)
        );
    }
    let mut message = format!(
        "unknown field `{name}`{}",
        did_you_mean(&name, allowed.iter().map(String::as_str))
    );
    if allowed.is_empty() {
        message.push_str("; this table takes no fields");
    } else {
        message.push_str(&format!(
            "; the fields allowed here are: {}",
            allowed.join(", ")
        ));
    }
    message
}

/// The TOML header a field path lives under: `fees[0].inputs[1]` is in
/// `[[fees.inputs]]`, `verified` in `[verified]`.
fn header_of(path: &str) -> String {
    let bare: Vec<&str> = path
        .split('.')
        .map(|s| s.split('[').next().unwrap_or(s))
        .collect();
    if path.ends_with(']') {
        format!("[[{}]]", bare.join("."))
    } else {
        format!("[{}]", bare.join("."))
    }
}

/// Splits "`x`, expected one of `a`, `b`" into `x` and [a, b].
fn split_expected(rest: &str) -> (String, Vec<String>) {
    let (head, tail) = rest.split_once(", ").unwrap_or((rest, ""));
    let name = head.trim().trim_matches('`').to_string();
    let allowed = tail
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect();
    (name, allowed)
}

/// The value as written in the source, to find its line.
fn literal_of(found: &str) -> Option<String> {
    if let Some(s) = found.strip_prefix("string ") {
        return Some(s.to_string());
    }
    let quoted = found.split('`').nth(1)?;
    Some(quoted.to_string())
}

fn friendly_expected(expected: &str) -> String {
    match expected {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number (0 or more)".into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "a boolean" => "true or false (without quotes)".into(),
        "a string" | "a borrowed string" | "a character" => "text in double quotes".into(),
        "a sequence" => "a list in square brackets, such as [\"a\", \"b\"]".into(),
        "struct Text" => "a text in both languages, such as { ar = \"…\", en = \"…\" }".into(),
        "a map" => "a table".into(),
        other if other.starts_with("struct ") => "a table of fields".into(),
        other if other.contains("enum ") => "one of the allowed names, in quotes".into(),
        other => other.to_string(),
    }
}

fn friendly_found(found: &str) -> String {
    if let Some(s) = found.strip_prefix("string ") {
        return format!("the text {s}");
    }
    let inner = found.split('`').nth(1);
    match (found.split(' ').next(), inner) {
        (Some("floating"), Some(v)) => format!("the decimal number {v}"),
        (Some("integer"), Some(v)) => format!("the number {v}"),
        (Some("boolean"), Some(v)) => v.to_string(),
        _ => match found {
            "sequence" => "a list".into(),
            "map" => "a table".into(),
            other => other.to_string(),
        },
    }
}

fn syntax(raw: &str, text: &str, span: Option<Range<usize>>) -> String {
    let detail = raw.lines().map(str::trim).collect::<Vec<_>>().join("; ");
    let Some(span) = span else {
        return format!("TOML syntax error: {detail}");
    };
    let column = column_of(text, span.start);
    let rest = text
        .get(span.start..)
        .and_then(|r| r.lines().next())
        .unwrap_or("")
        .trim_end();
    let line_start = text
        .get(..span.start)
        .and_then(|b| b.rfind('\n'))
        .map_or(0, |p| p + 1);
    let line = text
        .get(line_start..)
        .and_then(|l| l.lines().next())
        .unwrap_or("");
    let hint = syntax_hint(raw, line, rest, text);
    format!("TOML syntax error at column {column}: {detail}{hint}")
}

/// The key named by a "duplicate key `x`" error, wherever it appears.
fn duplicate_key(raw: &str) -> Option<&str> {
    let (_, rest) = raw.split_once("duplicate key `")?;
    rest.split('`').next()
}

/// Advice for the syntax mistakes clerks make most.
fn syntax_hint(raw: &str, line: &str, rest: &str, text: &str) -> String {
    let key = line.split_once('=').map(|(k, _)| k.trim()).unwrap_or("");
    let hint = if raw.starts_with("invalid string") && rest.is_empty() {
        "the value is missing after `=`".to_string()
    } else if raw.starts_with("invalid string") && !key.is_empty() {
        format!("text must be in double quotes: {key} = \"{}\"", rest.trim())
    } else if raw.starts_with("invalid basic string") {
        "the closing double quote `\"` is missing".to_string()
    } else if let Some(name) = duplicate_key(raw) {
        // A `[x]` header among `[[x]]` ones is reported as a duplicate too.
        let single = text
            .lines()
            .position(|l| l.trim() == format!("[{name}]"))
            .filter(|_| text.contains(&format!("[[{name}]]")));
        if let Some(at) = single {
            format!(
                "line {} has [{name}] but other headers have [[{name}]]: a list of tables needs double brackets on every header",
                at + 1
            )
        } else {
            format!("`{name}` is given twice in the same table; keep one")
        }
    } else if let Some(rest) = raw.strip_prefix("dotted key ") {
        let name = rest.split('`').nth(1).unwrap_or(rest);
        format!(
            "`{name}` is given both as one value and as `{name}.…` keys; write it one way, \
             e.g. {name}.ar = \"…\" and {name}.en = \"…\""
        )
    } else if raw.starts_with("invalid table header") {
        "close the header with `]` (or `]]` for a [[list]] header)".to_string()
    } else if raw.starts_with("invalid array") {
        "a list is not closed: check its `[` and `]` and the commas between items".to_string()
    } else if raw.starts_with("invalid inline table") {
        "a { … } table is not closed: check its `{`, `}` and the commas between fields".to_string()
    } else {
        return String::new();
    };
    let mut chars = hint.chars();
    let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
    format!(". {}{}", first.unwrap_or_default(), chars.as_str())
}
