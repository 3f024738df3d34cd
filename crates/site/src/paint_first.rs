//! The start-up waits for the first paint: Trunk's `index.html` preloads the wasm from the
//! head and starts it as soon as it arrives, so on a fast link the app takes over before the
//! browser has painted the pre-rendered page, and on a slow one the wasm (most of the bytes)
//! competes with the page's own styles. Rewritten here, the page paints first, then the wasm
//! is fetched (docs/first-visit.md, "Paint first").

/// What the start-up awaits before `init`: one animation frame, then a task, so a paint has
/// happened in between.
pub const WAIT_FOR_PAINT: &str =
    "await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));\n";

const TRUNK_INIT: &str = "const wasm = await init(";

/// `index.html` without the wasm preload and with the start-up waiting for a paint. A page
/// already rewritten, or one without Trunk's start-up line, comes back unchanged.
pub fn rewrite(index: &str) -> String {
    if index.contains(WAIT_FOR_PAINT) {
        return index.to_string();
    }
    let Some(at) = index.find(TRUNK_INIT) else {
        return index.to_string();
    };
    let mut out = String::with_capacity(index.len() + WAIT_FOR_PAINT.len());
    out.push_str(&index[..at]);
    out.push_str(WAIT_FOR_PAINT);
    out.push_str(&index[at..]);
    without_wasm_preload(&out)
}

/// Drops each `<link rel="preload" ... type="application/wasm">` tag.
fn without_wasm_preload(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let Some(length) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + length + 1];
        out.push_str(&rest[..start]);
        let wasm_preload = tag.contains("rel=\"preload\"") && tag.contains("application/wasm");
        if !wasm_preload {
            out.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tail of the head Trunk 0.21 writes.
    const TRUNK: &str = r#"<link rel="icon" href="/icon.svg" type="image/svg+xml" />
<link rel="modulepreload" href="/dalil-1.js" crossorigin="anonymous" integrity="sha384-a">
<link rel="preload" href="/dalil-1_bg.wasm" crossorigin="anonymous" integrity="sha384-b" as="fetch" type="application/wasm"></head>
<script type="module">
import init, * as bindings from '/dalil-1.js';
const wasm = await init({ module_or_path: '/dalil-1_bg.wasm' });
</script>"#;

    #[test]
    fn the_wasm_waits_for_a_paint_and_is_not_preloaded() {
        let out = rewrite(TRUNK);
        assert!(!out.contains("application/wasm"), "{out}");
        assert!(out.contains(r#"<link rel="modulepreload" href="/dalil-1.js""#));
        assert!(out.contains(r#"<link rel="icon" href="/icon.svg" type="image/svg+xml" />"#));
        let wait = out.find(WAIT_FOR_PAINT).expect("the wait");
        assert!(wait < out.find(TRUNK_INIT).unwrap());
        assert!(out.contains("</head>\n<script type=\"module\">"));
    }

    #[test]
    fn rewriting_twice_changes_nothing_more() {
        let once = rewrite(TRUNK);
        assert_eq!(rewrite(&once), once);
    }

    #[test]
    fn a_page_without_trunks_start_up_is_left_alone() {
        let page = "<link rel=\"preload\" type=\"application/wasm\"><script>go()</script>";
        assert_eq!(rewrite(page), page);
    }
}
