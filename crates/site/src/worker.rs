//! The headers as a constant for the service worker (`public/sw.js`), which answers pages
//! from its cache with them when it serves a page itself.

use crate::headers::Headers;

/// `const HEADERS = {"site": {...}, "embed": {...}};`, one line of JavaScript.
pub fn constant(headers: &Headers) -> String {
    let object = |list: Vec<(&'static str, &str)>| -> serde_json::Value {
        list.into_iter()
            .map(|(name, value)| (name.to_string(), serde_json::Value::from(value)))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    let all = serde_json::json!({
        "site": object(headers.site()),
        "embed": object(headers.embed()),
    });
    format!("const HEADERS = {all};")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_kinds_of_page_are_listed() {
        let js = constant(&Headers::with_policy("default-src 'none'".into()));
        assert!(js.starts_with("const HEADERS = {"), "{js}");
        assert!(js.ends_with("};"), "{js}");
        let json: serde_json::Value =
            serde_json::from_str(&js["const HEADERS = ".len()..js.len() - 1]).unwrap();
        assert_eq!(json["site"]["Cross-Origin-Opener-Policy"], "same-origin");
        assert_eq!(
            json["embed"]["Content-Security-Policy"],
            "default-src 'none'"
        );
        assert!(json["embed"].get("Cross-Origin-Opener-Policy").is_none());
    }
}
