//! Trunk's one inline start-up script in `index.html`, whose hash the CSP allows.
//!
//! A small scanner, not an HTML parser: it skips comments, reads each `<script ...>` start
//! tag's attributes, and takes the text up to `</script`, which is exactly what a browser
//! hashes for `'sha256-...'` (the element's text, byte for byte).

/// The text of every `<script>` without a `src` attribute, in document order.
pub fn inline_scripts(html: &str) -> Result<Vec<&str>, String> {
    let lower = html.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(next) = lower[at..].find('<') {
        let start = at + next;
        if lower[start..].starts_with("<!--") {
            at = match lower[start..].find("-->") {
                Some(end) => start + end + 3,
                None => return Err("an HTML comment is never closed".into()),
            };
            continue;
        }
        if !is_script_start(&lower[start..]) {
            at = start + 1;
            continue;
        }
        let tag_end =
            start + tag_length(&lower[start..]).ok_or("a <script> start tag is never closed")?;
        let body_end = tag_end
            + lower[tag_end..]
                .find("</script")
                .ok_or("a <script> element is never closed")?;
        if !has_attribute(&lower[start + "<script".len()..tag_end - 1], "src") {
            found.push(&html[tag_end..body_end]);
        }
        at = body_end;
    }
    Ok(found)
}

/// The one inline script (Trunk writes exactly one); anything else is an error that says what
/// it found, since a second inline script would be blocked by the CSP.
pub fn the_inline_script(html: &str) -> Result<&str, String> {
    match inline_scripts(html)?.as_slice() {
        [one] => Ok(one),
        [] => Err("no inline <script> (Trunk's start-up script) found".into()),
        many => Err(format!(
            "{} inline <script> elements; the CSP allows only Trunk's one start-up script \
             (move the others into files)",
            many.len()
        )),
    }
}

fn is_script_start(lower: &str) -> bool {
    lower.starts_with("<script")
        && lower["<script".len()..]
            .chars()
            .next()
            .is_some_and(|c| c == '>' || c == '/' || c.is_ascii_whitespace())
}

/// The length of the start tag at the beginning of `tag`, `>` included, honouring quotes.
fn tag_length(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i + 1),
            (None, _) => {}
        }
    }
    None
}

/// Whether the attribute list (lower case, between `<script` and `>`) names `name`.
fn has_attribute(attributes: &str, name: &str) -> bool {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return false;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        if &rest[..name_end] == name {
            return true;
        }
        rest = rest[name_end..].trim_start();
        if let Some(value) = rest.strip_prefix('=') {
            let value = value.trim_start();
            rest = match value.chars().next() {
                Some(q @ ('"' | '\'')) => match value[1..].find(q) {
                    Some(end) => &value[end + 2..],
                    None => "",
                },
                _ => {
                    let end = value
                        .find(|c: char| c.is_ascii_whitespace())
                        .unwrap_or(value.len());
                    &value[end..]
                }
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK: &str = r#"<!DOCTYPE html><html><head>
<link rel="modulepreload" href="/dalil-1.js" integrity="sha384-x">
<script type="module">
import init, * as bindings from '/dalil-1.js';
const wasm = await init({ module_or_path: '/dalil-1_bg.wasm' });
</script>
<!-- <script>not this</script> -->
<SCRIPT src="/other.js" async></SCRIPT>
</head><body></body></html>"#;

    #[test]
    fn finds_trunks_start_up_script_exactly() {
        let script = the_inline_script(TRUNK).unwrap();
        assert!(script.starts_with("\nimport init"), "{script:?}");
        assert!(script.ends_with("_bg.wasm' });\n"), "{script:?}");
    }

    #[test]
    fn scripts_with_src_and_comments_are_not_inline() {
        assert_eq!(
            inline_scripts("<script src=/a.js></script>").unwrap().len(),
            0
        );
        assert_eq!(
            inline_scripts("<script data-src='x' type=module>go()</script>").unwrap(),
            ["go()"]
        );
        assert_eq!(
            inline_scripts("<!-- <script>x</script> -->").unwrap().len(),
            0
        );
        // Not a script element at all.
        assert_eq!(inline_scripts("<scripted>x</scripted>").unwrap().len(), 0);
        // A quoted `>` does not end the tag.
        assert_eq!(
            inline_scripts(r#"<script data-x="a>b">y</script>"#).unwrap(),
            ["y"]
        );
    }

    #[test]
    fn zero_or_two_inline_scripts_are_explained() {
        let none = the_inline_script("<html></html>").unwrap_err();
        assert!(none.contains("no inline <script>"), "{none}");
        let two = the_inline_script("<script>a</script><script>b</script>").unwrap_err();
        assert!(two.starts_with("2 inline <script> elements"), "{two}");
    }

    #[test]
    fn broken_markup_is_an_error_not_a_panic() {
        for bad in ["<script>x", "<!-- x", "<script a=\"b>"] {
            assert!(inline_scripts(bad).is_err(), "{bad:?}");
        }
        for odd in [
            "<",
            "<s",
            "<script",
            "é<script>ü</script>",
            "<script src",
            "<script src=\"x",
        ] {
            let _ = inline_scripts(odd);
        }
    }
}
