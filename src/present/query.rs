//! The one query-string codec: how a key or value is percent-encoded and
//! decoded, how `key=value` pairs are written, and how parameters are
//! replaced or removed in an existing query. Every query string the app
//! builds goes through here, so a value reads back as it was written.

/// Percent-encodes a key or a value. Only the RFC 3986 unreserved bytes
/// stay as they are; every other UTF-8 byte is `%XX`, a space included, so
/// a `+` or `&` in a value is never mistaken for a separator.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(char::from(b))
            }
            // No allocation per byte: a CSV download encodes megabytes.
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(char::from(HEX[usize::from(b >> 4)]));
                out.push(char::from(HEX[usize::from(b & 15)]));
            }
        }
    }
    out
}

/// Decodes `%XX` escapes, and `+` as a space (as HTML forms write one). A
/// malformed escape is kept as written; invalid UTF-8 becomes U+FFFD.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) => hex(h).zip(hex(l)).map(|(h, l)| (h * 16 + l) as u8),
            _ => None,
        };
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, b) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of the first parameter named `name`, decoded; `Some("")` for
/// a parameter with an empty value or none (`?preview`).
pub fn get(query: &str, name: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
        .find(|(k, _)| decode(k) == name)
        .map(|(_, v)| decode(v))
}

/// One `key=value` pair, both encoded.
fn pair(key: &str, value: &str) -> String {
    format!("{}={}", encode(key), encode(value))
}

/// Writes pairs as a query string (without the leading `?`), in the order
/// given.
pub fn write<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    pairs
        .into_iter()
        .map(|(k, v)| pair(k, v))
        .collect::<Vec<_>>()
        .join("&")
}

/// A path with a query string: the path alone when the query is empty, so
/// no address ends in a bare `?`.
pub fn href(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// Applies `changes` to a query string (a leading `?` is allowed): a key
/// with `Some(value)` is set, in the place of its first occurrence or at
/// the end; a key with `None` is removed. Repeated occurrences of a changed
/// key collapse to one. Every other parameter is kept as written, in its
/// place.
pub fn apply(query: &str, changes: &[(String, Option<String>)]) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut out: Vec<String> = Vec::new();
    let mut done: Vec<&str> = Vec::new();
    for part in query.split('&').filter(|p| !p.is_empty()) {
        let key = decode(part.split_once('=').map_or(part, |(k, _)| k));
        match changes.iter().find(|(name, _)| *name == key) {
            Some((name, value)) => {
                if !done.contains(&name.as_str()) {
                    done.push(name);
                    if let Some(v) = value {
                        out.push(pair(name, v));
                    }
                }
            }
            None => out.push(part.to_string()),
        }
    }
    for (name, value) in changes {
        if let (false, Some(v)) = (done.contains(&name.as_str()), value) {
            out.push(pair(name, v));
        }
    }
    out.join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(key: &str, value: &str) -> (String, Option<String>) {
        (key.to_string(), Some(value.to_string()))
    }

    fn unset(key: &str) -> (String, Option<String>) {
        (key.to_string(), None)
    }

    #[test]
    fn values_round_trip() {
        for text in [
            "",
            "3",
            "3 ٤",
            "a&b=c",
            "100%",
            "1+1",
            "نعم",
            "جواز سفر",
            " ",
            "%41",
            "a,b",
            "~._-",
        ] {
            assert_eq!(decode(&encode(text)), text, "{text:?}");
        }
    }

    #[test]
    fn separators_and_spaces_are_escaped() {
        assert_eq!(encode("a&b=c"), "a%26b%3Dc");
        assert_eq!(encode("1+1 %"), "1%2B1%20%25");
        assert_eq!(encode("نعم"), "%D9%86%D8%B9%D9%85");
        assert_eq!(encode("Az09-_.~"), "Az09-_.~");
    }

    #[test]
    fn decoding_accepts_plus_and_keeps_malformed_escapes() {
        assert_eq!(decode("a+b%2"), "a b%2");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%D8%AC%D9%88%D8%A7%D8%B2"), "جواز");
    }

    #[test]
    fn pairs_are_written_in_order() {
        assert_eq!(
            write([("q", "جواز سفر"), ("channel", "online"), ("note", "")]),
            "q=%D8%AC%D9%88%D8%A7%D8%B2%20%D8%B3%D9%81%D8%B1&channel=online&note="
        );
        assert_eq!(write([]), "");
    }

    #[test]
    fn a_parameter_is_read_decoded_first_one_first() {
        let q = "?q=%D8%AC%D9%88%D8%A7%D8%B2+%D8%B3%D9%81%D8%B1&lang=en&lang=ar&preview&note=";
        assert_eq!(get(q, "q").as_deref(), Some("جواز سفر"));
        assert_eq!(get(q, "lang").as_deref(), Some("en"));
        assert_eq!(get(q, "preview").as_deref(), Some(""));
        assert_eq!(get(q, "note").as_deref(), Some(""));
        assert_eq!(get(q, "idle"), None);
        let written = write([("a&b", "1=2 + 3%")]);
        assert_eq!(get(&written, "a&b").as_deref(), Some("1=2 + 3%"));
    }

    #[test]
    fn an_empty_query_leaves_no_question_mark() {
        assert_eq!(href("/search", ""), "/search");
        assert_eq!(href("/search", "q=a"), "/search?q=a");
    }

    #[test]
    fn changes_keep_other_parameters_in_place() {
        let changes = [set("speed", "urgent"), set("copies", "3 ٤")];
        assert_eq!(
            apply("?lang=ar&speed=regular&preview=1", &changes),
            "lang=ar&speed=urgent&preview=1&copies=3%20%D9%A4"
        );
        assert_eq!(apply("", &changes), "speed=urgent&copies=3%20%D9%A4");
        // Repeated keys collapse to one; a removed key disappears; others
        // stay exactly as written.
        assert_eq!(
            apply(
                "copies=1&speed=x&copies=5&x=%41",
                &[unset("speed"), set("copies", "2")]
            ),
            "copies=2&x=%41"
        );
        // An encoded key is recognised; an empty value is kept.
        assert_eq!(apply("a%20b=1&c", &[set("a b", "")]), "a%20b=&c");
        assert_eq!(apply("lang=ar", &[]), "lang=ar");
    }
}
