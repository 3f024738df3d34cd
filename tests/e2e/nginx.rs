//! The production nginx config (deploy/nginx.conf) over plain HTTP: content types,
//! compression, cache rules, SPA fallback, the API's real 404s, security headers.
//! Most tests serve a small fixture folder, so they check the config whatever the app holds;
//! the last one checks the real build's file names match the cache rules.

use std::path::Path;

use anyhow::{Context, Result};
use dalil_e2e::http::{self, Response};
use dalil_e2e::Site;

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const GZIP: [(&str, &str); 1] = [("Accept-Encoding", "gzip")];

/// Files shaped like Trunk's output and the catalogue API, each big enough to be gzipped,
/// finished by the same build step as the real site (crates/site: headers, pinned embed script).
fn fixture_site() -> Result<(tempfile::TempDir, Site)> {
    let dir = tempfile::tempdir()?;
    let filler = "x".repeat(2048);
    let files: [(&str, String); 12] = [
        (
            "index.html",
            format!(
                "<!DOCTYPE html><html lang=\"ar\"><title>دليل</title><script type=\"module\">start()</script><body>{filler}</body></html>"
            ),
        ),
        ("embed.js", format!("/* embed */ // {filler}")),
        (
            "api/v1/preview/manifest.json",
            format!("{{\"preview\": true, \"note\": \"{filler}\"}}"),
        ),
        (
            "dalil-0123456789abcdef.js",
            format!("export default function init() {{}} // {filler}"),
        ),
        (
            "dalil-0123456789abcdef_bg.wasm",
            format!("\0asm\u{1}\0\0\0{filler}"),
        ),
        (
            "style-0a1b2c3d4e5f6071.css",
            format!("body {{ margin: 0 }} /* {filler} */"),
        ),
        ("config.json", format!("{{\"note\": \"{filler}\"}}")),
        ("sw.js", format!("// service worker {filler}")),
        (
            "icon.svg",
            format!("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- {filler} --></svg>"),
        ),
        (
            "locales/ar/main.ftl",
            format!("app-name = دليل\n# {filler}\n"),
        ),
        (
            "api/v1/manifest.json",
            format!("{{\"version\": 1, \"note\": \"{filler}\"}}"),
        ),
        (
            "api/v1/services/passport.json",
            format!("{{\"id\": \"passport\", \"note\": \"{filler}\"}}"),
        ),
    ];
    for (path, body) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a file in a folder"))?;
        std::fs::write(path, body)?;
    }
    dalil_site::finish::finish(dir.path()).map_err(anyhow::Error::msg)?;
    let site = Site::serve(dir.path())?;
    Ok((dir, site))
}

fn get(site: &Site, path: &str) -> Result<Response> {
    http::get(&site.url(path), &[])
}

fn get_gzip(site: &Site, path: &str) -> Result<Response> {
    http::get(&site.url(path), &GZIP)
}

fn assert_gzipped(r: &Response, what: &str) {
    assert_eq!(r.header("Content-Encoding"), Some("gzip"), "{what} gzip");
    assert!(
        r.body.starts_with(&[0x1f, 0x8b]),
        "{what}: body is not gzip"
    );
}

#[test]
fn wasm_is_application_wasm_gzipped_and_immutable() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    let r = get_gzip(&site, "/dalil-0123456789abcdef_bg.wasm")?;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("Content-Type"), Some("application/wasm"));
    assert_gzipped(&r, "wasm");
    assert_eq!(r.header("Cache-Control"), Some(IMMUTABLE));
    assert_eq!(r.header("Vary"), Some("Accept-Encoding"));
    Ok(())
}

#[test]
fn hashed_js_and_css_are_gzipped_and_immutable() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    for (path, content_type) in [
        ("/dalil-0123456789abcdef.js", "application/javascript"),
        ("/style-0a1b2c3d4e5f6071.css", "text/css"),
    ] {
        let r = get_gzip(&site, path)?;
        assert_eq!(r.status, 200, "{path}");
        assert!(
            r.header("Content-Type")
                .is_some_and(|t| t.starts_with(content_type)),
            "{path}: {:?}",
            r.header("Content-Type")
        );
        assert_gzipped(&r, path);
        assert_eq!(r.header("Cache-Control"), Some(IMMUTABLE), "{path}");
    }
    Ok(())
}

#[test]
fn html_config_service_worker_and_api_are_revalidated() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    for path in [
        "/",
        "/index.html",
        "/services/anything",
        "/config.json",
        "/sw.js",
        "/icon.svg",
        "/api/v1/manifest.json",
        "/api/v1/services/passport.json",
    ] {
        let r = get_gzip(&site, path)?;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("Cache-Control"), Some("no-cache"), "{path}");
        assert_gzipped(&r, path);
    }
    Ok(())
}

#[test]
fn nothing_is_compressed_unless_asked() -> Result<()> {
    let (dir, site) = fixture_site()?;
    let r = get(&site, "/dalil-0123456789abcdef_bg.wasm")?;
    assert_eq!(r.header("Content-Encoding"), None);
    assert_eq!(
        r.body,
        std::fs::read(dir.path().join("dalil-0123456789abcdef_bg.wasm"))?
    );
    Ok(())
}

#[test]
fn unknown_paths_get_the_app_but_missing_files_are_404() -> Result<()> {
    let (dir, site) = fixture_site()?;
    let index = std::fs::read(dir.path().join("index.html"))?;
    for path in ["/services/anything", "/no/such/page", "/ar/about?x=1"] {
        let r = get(&site, path)?;
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.body, index, "{path} must get index.html");
        assert!(r
            .header("Content-Type")
            .is_some_and(|t| t.starts_with("text/html")));
    }
    // After a release, an old script name must not come back as HTML.
    for path in [
        "/dalil-fedcba9876543210.js",
        "/dalil-fedcba9876543210_bg.wasm",
        "/old.css",
    ] {
        let r = get(&site, path)?;
        assert_eq!(r.status, 404, "{path}");
    }
    Ok(())
}

#[test]
fn a_missing_api_file_is_a_json_404() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    for path in ["/api/v1/nope.json", "/api/v1/services/", "/api/v2/anything"] {
        let r = get(&site, path)?;
        assert_eq!(r.status, 404, "{path}");
        assert!(
            r.header("Content-Type")
                .is_some_and(|t| t.starts_with("application/json")),
            "{path}: {:?}",
            r.header("Content-Type")
        );
        let body: serde_json::Value =
            serde_json::from_slice(&r.body).with_context(|| format!("{path}: {}", r.text()))?;
        assert_eq!(body["error"], "not_found");
        assert_eq!(r.header("Cache-Control"), Some("no-cache"), "{path}");
    }
    Ok(())
}

#[test]
fn every_answer_has_the_security_headers() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    for path in [
        "/",
        "/dalil-0123456789abcdef.js",
        "/api/v1/manifest.json",
        "/api/v1/nope.json",
        "/x.js",
    ] {
        let r = get(&site, path)?;
        assert_eq!(
            r.header("X-Content-Type-Options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(
            r.header("Referrer-Policy"),
            Some("strict-origin-when-cross-origin"),
            "{path}"
        );
        assert!(
            r.header("Server").is_some_and(|s| s == "nginx"),
            "{path}: version hidden"
        );
    }
    Ok(())
}

#[test]
fn only_the_api_is_open_to_other_origins() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    let api = get(&site, "/api/v1/manifest.json")?;
    assert_eq!(api.header("Access-Control-Allow-Origin"), Some("*"));
    let app = get(&site, "/")?;
    assert_eq!(app.header("Access-Control-Allow-Origin"), None);
    Ok(())
}

#[test]
fn text_files_are_utf8() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    for (path, content_type) in [
        ("/", "text/html; charset=utf-8"),
        ("/api/v1/manifest.json", "application/json; charset=utf-8"),
        ("/locales/ar/main.ftl", "text/plain; charset=utf-8"),
    ] {
        let r = get(&site, path)?;
        assert_eq!(r.header("Content-Type"), Some(content_type), "{path}");
    }
    Ok(())
}

/// The real build: Trunk's hashed names must match the immutable-cache rule.
#[test]
fn the_built_app_files_get_the_long_cache_and_the_wasm_type() -> Result<()> {
    let site = Site::shared()?;
    let wasm = file_ending(site.root(), "_bg.wasm")?;
    let js = wasm.replace("_bg.wasm", ".js");

    let r = get_gzip(site, &format!("/{wasm}"))?;
    assert_eq!(r.status, 200, "/{wasm}");
    assert_eq!(r.header("Content-Type"), Some("application/wasm"));
    assert_gzipped(&r, &wasm);
    assert_eq!(r.header("Cache-Control"), Some(IMMUTABLE), "/{wasm}");

    let r = get_gzip(site, &format!("/{js}"))?;
    assert_eq!(r.status, 200, "/{js}");
    assert_eq!(r.header("Cache-Control"), Some(IMMUTABLE), "/{js}");

    let r = get_gzip(site, "/")?;
    assert_eq!(r.header("Cache-Control"), Some("no-cache"));
    Ok(())
}

/// The service worker must be revalidated (or a release would never reach installed apps)
/// and the web app manifest must carry its own type (or browsers will not install the app).
#[test]
fn the_worker_is_revalidated_and_the_manifest_has_its_type() -> Result<()> {
    let site = Site::shared()?;
    let r = get(site, "/sw.js")?;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("Cache-Control"), Some("no-cache"));
    let worker = r.text();
    assert!(
        worker.contains("const BUILD = '") && worker.contains("'/index.html',"),
        "the build wrote this build's id and file list into sw.js"
    );
    let r = get(site, "/manifest.webmanifest")?;
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("Content-Type"),
        Some("application/manifest+json; charset=utf-8")
    );
    let manifest: serde_json::Value = serde_json::from_slice(&r.body)?;
    assert_eq!(manifest["lang"], "ar");
    assert_eq!(manifest["dir"], "rtl");
    assert_eq!(manifest["display"], "standalone");
    assert_eq!(manifest["translations"]["en"]["short_name"], "Dalil");
    Ok(())
}

fn file_ending(dir: &Path, suffix: &str) -> Result<String> {
    std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|name| name.ends_with(suffix))
        .with_context(|| format!("no *{suffix} in {}", dir.display()))
}

/// The headers nginx adds beyond HTTP's own, by kind of answer: the exact set, so a header
/// that goes missing or appears unplanned fails here. `H` is the build's script hash.
fn expected_headers(kind: Kind, script_hash: &str) -> Vec<(&'static str, String)> {
    let csp = |framing: &str| {
        format!(
            "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' '{script_hash}'; \
             style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; \
             manifest-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'; \
             frame-ancestors {framing}"
        )
    };
    let mut headers = vec![
        ("Cache-Control", "no-cache".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
        (
            "Referrer-Policy",
            "strict-origin-when-cross-origin".to_string(),
        ),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)".to_string(),
        ),
    ];
    match kind {
        Kind::SitePage => headers.extend([
            ("Content-Security-Policy", csp("'self'")),
            ("X-Frame-Options", "SAMEORIGIN".to_string()),
            ("Cross-Origin-Opener-Policy", "same-origin".to_string()),
        ]),
        // The kiosk's copy of the pages is not for search engines.
        Kind::KioskPage => headers.extend([
            ("Content-Security-Policy", csp("'self'")),
            ("X-Frame-Options", "SAMEORIGIN".to_string()),
            ("Cross-Origin-Opener-Policy", "same-origin".to_string()),
            ("X-Robots-Tag", "noindex".to_string()),
        ]),
        Kind::Embed => headers.extend([
            ("Content-Security-Policy", csp("*")),
            ("X-Robots-Tag", "noindex".to_string()),
        ]),
        Kind::Api => headers.extend([
            ("Content-Security-Policy", csp("'self'")),
            ("X-Frame-Options", "SAMEORIGIN".to_string()),
            ("Cross-Origin-Opener-Policy", "same-origin".to_string()),
            ("Access-Control-Allow-Origin", "*".to_string()),
        ]),
    }
    headers
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    SitePage,
    KioskPage,
    Embed,
    Api,
}

/// HTTP's own headers, which are not policy.
const TRANSPORT: [&str; 10] = [
    "vary",
    "server",
    "date",
    "content-type",
    "content-length",
    "transfer-encoding",
    "connection",
    "last-modified",
    "etag",
    "accept-ranges",
];

/// The text of Trunk's one inline script in `html`, found without the build's own scanner:
/// the only `<script` without `src` that is a script (not a data block), up to its
/// `</script>`.
fn trunks_inline_script(html: &str) -> Result<&str> {
    let starts: Vec<usize> = html.match_indices("<script").map(|(i, _)| i).collect();
    let inline: Vec<&str> = starts
        .iter()
        .filter_map(|&i| {
            let tag_end = i + html[i..].find('>')? + 1;
            // Data blocks (a page's data, its JSON-LD) are not scripts.
            let tag = &html[i..tag_end];
            (!tag.contains(" src=") && !tag.contains("type=\"application/")).then(|| {
                let end = tag_end + html[tag_end..].find("</script>").unwrap_or(0);
                &html[tag_end..end]
            })
        })
        .collect();
    match inline.as_slice() {
        [one] => Ok(one),
        other => anyhow::bail!(
            "expected one inline script in index.html, found {}",
            other.len()
        ),
    }
}

/// The real build: every kind of page and the API send exactly the documented headers, and
/// the CSP's script hash is the SHA-256 of the inline script in the index.html served.
#[test]
fn every_page_sends_the_strict_policy_with_the_hash_of_the_served_script() -> Result<()> {
    use base64::Engine;
    use sha2::Digest;

    let site = Site::shared()?;
    let index = get(site, "/")?;
    let script = trunks_inline_script(std::str::from_utf8(&index.body)?)?;
    let hash = format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script))
    );
    for (path, kind) in [
        ("/", Kind::SitePage),
        ("/services/passport-issue", Kind::SitePage),
        ("/services/passport-issue/fees?lang=en", Kind::SitePage),
        ("/kiosk", Kind::KioskPage),
        ("/kiosk/services/passport-issue", Kind::KioskPage),
        ("/embed", Kind::Embed),
        ("/embed?authority=interior&lang=en", Kind::Embed),
        ("/embed/services/passport-issue", Kind::Embed),
        ("/api/v1/services.json", Kind::Api),
        ("/api/v1/manifest.json", Kind::Api),
    ] {
        let r = get(site, path)?;
        assert_eq!(r.status, 200, "{path}");
        let expected = expected_headers(kind, &hash);
        for (name, value) in &expected {
            assert_eq!(r.header(name), Some(value.as_str()), "{path}: {name}");
        }
        let unplanned: Vec<&(String, String)> = r
            .headers
            .iter()
            .filter(|(name, _)| {
                let name = name.to_ascii_lowercase();
                !TRANSPORT.contains(&name.as_str())
                    && !expected.iter().any(|(e, _)| e.eq_ignore_ascii_case(&name))
            })
            .collect();
        assert!(
            unplanned.is_empty(),
            "{path}: unplanned headers {unplanned:?}"
        );
        for loose in ["'unsafe-inline'", "'unsafe-eval'"] {
            let csp = r.header("Content-Security-Policy").unwrap_or_default();
            assert!(!csp.contains(loose), "{path}: {loose}");
        }
    }
    // The build's snippet is for nginx only.
    assert_eq!(get(site, "/headers.nginx.conf")?.status, 404);
    Ok(())
}

/// The policy comes from the build step, whatever the folder: the fixture's own inline script
/// is the one allowed, and the snippet is never served.
#[test]
fn the_fixtures_policy_allows_its_own_inline_script() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    let r = get(&site, "/")?;
    let csp = r.header("Content-Security-Policy").unwrap_or_default();
    let hash = {
        use base64::Engine;
        use sha2::Digest;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest("start()"))
    };
    assert!(csp.contains(&format!("'sha256-{hash}'")), "{csp}");
    assert_eq!(get(&site, "/headers.nginx.conf")?.status, 404);
    Ok(())
}

/// The preview tree (drafts, records under audit): not indexed, not readable by other sites.
#[test]
fn the_preview_tree_is_noindex_and_not_open_to_other_origins() -> Result<()> {
    let (_dir, site) = fixture_site()?;
    for path in ["/api/v1/preview/manifest.json", "/api/v1/preview/nope.json"] {
        let r = get(&site, path)?;
        assert_eq!(r.header("X-Robots-Tag"), Some("noindex"), "{path}");
        assert_eq!(r.header("Access-Control-Allow-Origin"), None, "{path}");
    }
    let r = get(&site, "/api/v1/preview/manifest.json")?;
    assert_eq!(r.status, 200);
    // The public tree keeps both: readable by anyone, indexable.
    let r = get(&site, "/api/v1/manifest.json")?;
    assert_eq!(r.header("Access-Control-Allow-Origin"), Some("*"));
    assert_eq!(r.header("X-Robots-Tag"), None);
    for path in ["/", "/services/x"] {
        assert_eq!(get(&site, path)?.header("X-Robots-Tag"), None, "{path}");
    }
    Ok(())
}

/// The embed script, stable and pinned, is readable by other origins and the pinned one is
/// cached for good.
#[test]
fn the_embed_scripts_are_open_to_other_origins() -> Result<()> {
    let (dir, site) = fixture_site()?;
    let manifest: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("embed.json"))?)?;
    let pinned = manifest["src"].as_str().context("embed.json src")?;
    let r = get(&site, pinned)?;
    assert_eq!(r.status, 200, "{pinned}");
    assert_eq!(r.header("Access-Control-Allow-Origin"), Some("*"));
    assert_eq!(r.header("Cache-Control"), Some(IMMUTABLE));
    let r = get(&site, "/embed.js")?;
    assert_eq!(r.header("Access-Control-Allow-Origin"), Some("*"));
    assert_eq!(r.header("Cache-Control"), Some("no-cache"));
    // Other scripts are not.
    let r = get(&site, "/dalil-0123456789abcdef.js")?;
    assert_eq!(r.header("Access-Control-Allow-Origin"), None);
    Ok(())
}
