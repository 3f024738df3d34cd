//! The whole build step over a built site folder: read its inputs, write its outputs.

use std::path::Path;

use crate::embed_script::{self, Pinned};
use crate::headers::{Build, Headers};
use crate::{config, digest, inline_script, nginx, paint_first, worker};

/// What the step wrote, for the caller to pass on.
#[derive(Debug)]
pub struct Finished {
    pub headers: Headers,
    /// The `const HEADERS = ...;` line for sw.js.
    pub worker_constant: String,
    pub embed: Pinned,
}

/// Rewrites `dist/index.html` to paint before the wasm starts (`paint_first`); reads it,
/// `dist/config.json` (optional: without it the API is on the site's origin, as in the app)
/// and `dist/embed.js`; writes `dist/headers.nginx.conf`,
/// `dist/embed-<hash>.js` and `dist/embed.json`. Each error names its file.
pub fn finish(dist: &Path) -> Result<Finished, String> {
    let index = paint_first::rewrite(&read(dist, "index.html")?);
    write(dist, "index.html", index.as_bytes())?;
    let script =
        inline_script::the_inline_script(&index).map_err(|e| format!("index.html: {e}"))?;
    let api_origin = match read_optional(dist, "config.json")? {
        Some(text) => config::api_origin(&text).map_err(|e| format!("config.json: {e}"))?,
        None => None,
    };
    let headers = Headers::for_build(&Build {
        script_hashes: vec![digest::csp_sha256(script.as_bytes())],
        api_origin,
    });
    let snippet = nginx::snippet(&headers).map_err(|e| format!("{}: {e}", nginx::FILE))?;
    write(dist, nginx::FILE, snippet.as_bytes())?;

    let embed = std::fs::read(dist.join("embed.js"))
        .map_err(|e| format!("embed.js in {}: {e}", dist.display()))?;
    let pinned = Pinned::of(&embed);
    write(dist, pinned.src.trim_start_matches('/'), &embed)?;
    let manifest = serde_json::to_string_pretty(&pinned).map_err(|e| e.to_string())? + "\n";
    write(dist, embed_script::MANIFEST, manifest.as_bytes())?;

    Ok(Finished {
        worker_constant: worker::constant(&headers),
        headers,
        embed: pinned,
    })
}

fn read(dist: &Path, name: &str) -> Result<String, String> {
    std::fs::read_to_string(dist.join(name))
        .map_err(|e| format!("{name} in {}: {e}", dist.display()))
}

fn read_optional(dist: &Path, name: &str) -> Result<Option<String>, String> {
    match std::fs::read_to_string(dist.join(name)) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{name} in {}: {e}", dist.display())),
    }
}

fn write(dist: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(dist.join(name), bytes)
        .map_err(|e| format!("writing {name} in {}: {e}", dist.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        dir
    }

    #[test]
    fn writes_the_snippet_and_the_pinned_script() {
        let dir = site(&[
            ("index.html", "<script type=module>go()</script>"),
            ("config.json", r#"{"api_base": "https://api.example/v1/"}"#),
            ("embed.js", "/* embed */"),
        ]);
        let done = finish(dir.path()).unwrap();
        let snippet = std::fs::read_to_string(dir.path().join(nginx::FILE)).unwrap();
        assert!(snippet.contains(&digest::csp_sha256(b"go()")));
        assert!(snippet.contains("connect-src 'self' https://api.example;"));
        let pinned = dir.path().join(done.embed.src.trim_start_matches('/'));
        assert_eq!(std::fs::read(pinned).unwrap(), b"/* embed */");
        let manifest: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.path().join("embed.json")).unwrap())
                .unwrap();
        assert_eq!(manifest["integrity"], done.embed.integrity);
        assert!(done.worker_constant.contains("sha256-"));
    }

    #[test]
    fn each_error_names_its_file() {
        let dir = site(&[("index.html", "<p>no script</p>"), ("embed.js", "")]);
        assert!(finish(dir.path())
            .unwrap_err()
            .starts_with("index.html: no inline"));
        let dir = site(&[
            ("index.html", "<script>x</script>"),
            ("config.json", "{"),
            ("embed.js", ""),
        ]);
        assert!(finish(dir.path())
            .unwrap_err()
            .starts_with("config.json: not JSON"));
        let dir = site(&[("index.html", "<script>x</script>")]);
        assert!(finish(dir.path()).unwrap_err().starts_with("embed.js in "));
        let dir = site(&[]);
        assert!(finish(dir.path())
            .unwrap_err()
            .starts_with("index.html in "));
    }
}
