//! Where things are: the repository, the built site, the tools, the screenshots.
//! Each can be overridden by an environment variable (listed in tests/README.md).

use std::path::{Path, PathBuf};

/// The workspace root (this crate lives in `<root>/tests`).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent folder")
        .to_path_buf()
}

/// The built site to serve: `DALIL_DIST`, or `<repo>/dist`.
pub fn dist_dir() -> PathBuf {
    env_path("DALIL_DIST").unwrap_or_else(|| repo_root().join("dist"))
}

/// The production nginx config that the tests run (with machine locations swapped).
pub fn nginx_conf() -> PathBuf {
    repo_root().join("deploy").join("nginx.conf")
}

/// axe-core's browser bundle: `DALIL_AXE_JS`, or where `scripts/setup` installs it.
pub fn axe_js() -> PathBuf {
    env_path("DALIL_AXE_JS")
        .unwrap_or_else(|| repo_root().join(".tools/node_modules/axe-core/axe.min.js"))
}

/// Screenshots, made on purpose or on failure: `<repo>/target/screenshots`.
pub fn screenshots_dir() -> PathBuf {
    repo_root().join("target").join("screenshots")
}

/// The nginx binary: `NGINX`, or `nginx` from PATH.
pub fn nginx_bin() -> PathBuf {
    env_path("NGINX").unwrap_or_else(|| PathBuf::from("nginx"))
}

/// ChromeDriver: `CHROMEDRIVER`, or Debian's `/usr/bin/chromedriver`.
pub fn chromedriver_bin() -> PathBuf {
    env_path("CHROMEDRIVER").unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"))
}

/// The browser: `CHROME`, or Debian's `/usr/bin/chromium`.
pub fn chrome_bin() -> PathBuf {
    env_path("CHROME").unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

fn env_path(name: &str) -> Option<PathBuf> {
    std::env::var_os(name)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}
