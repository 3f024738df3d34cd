//! nginx serving a folder on a free loopback port, with the production config.
//!
//! `Site::shared()` serves the built `dist/` once per test binary; `Site::serve(root)` starts an
//! extra server (another origin, a folder of broken API answers, ...) that stops on drop.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::nginx_conf::{render_for_test, TestLocations, HEADERS_SNIPPET};
use crate::{paths, ports, process, timing};

pub struct Site {
    port: u16,
    root: PathBuf,
    /// The nginx master; `None` once stopped.
    nginx: Mutex<Option<Child>>,
    /// Config, pid, logs and temp files; removed on drop.
    state_dir: tempfile::TempDir,
}

impl Site {
    /// The built `dist/` (or `DALIL_DIST`), started on first use and shared by the tests of
    /// one binary. It stops when the test binary exits.
    pub fn shared() -> Result<&'static Site> {
        static SHARED: OnceLock<std::result::Result<&'static Site, String>> = OnceLock::new();
        let site = SHARED.get_or_init(|| {
            let site = Site::serve_dist().map_err(|e| format!("{e:#}"))?;
            let site: &'static Site = Box::leak(Box::new(site));
            stop_at_exit(site);
            Ok(site)
        });
        site.as_ref().copied().map_err(|e| anyhow::anyhow!("{e}"))
    }

    /// A new server for the built `dist/`, stopped on drop.
    pub fn serve_dist() -> Result<Site> {
        let dist = paths::dist_dir();
        check_built(&dist)?;
        Site::serve(&dist)
    }

    /// A new server for any folder, with the production config, stopped on drop.
    pub fn serve(root: &Path) -> Result<Site> {
        let root = root
            .canonicalize()
            .with_context(|| format!("the folder to serve, {}", root.display()))?;
        // The port was free a moment ago; another test may have taken it since.
        let mut last_error = None;
        for _ in 0..3 {
            match Site::start(&root) {
                Ok(site) => return Ok(site),
                Err(e) => last_error = Some(e),
            }
        }
        Err(last_error.expect("three tries"))
    }

    /// `http://127.0.0.1:PORT` followed by `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.origin())
    }

    /// `http://127.0.0.1:PORT`.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The folder served.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// nginx's error log so far (for failure messages).
    pub fn error_log(&self) -> String {
        std::fs::read_to_string(self.state_dir.path().join("error.log")).unwrap_or_default()
    }

    fn start(root: &Path) -> Result<Site> {
        let state_dir = tempfile::Builder::new()
            .prefix("dalil-nginx-")
            .tempdir()
            .context("a temp folder for nginx")?;
        let port = ports::free_loopback_port().context("a free loopback port")?;
        let production = std::fs::read_to_string(paths::nginx_conf())
            .with_context(|| format!("reading {}", paths::nginx_conf().display()))?;
        let headers = headers_snippet(root, state_dir.path())?;
        let config = render_for_test(
            &production,
            &TestLocations {
                port,
                root,
                headers: &headers,
                state_dir: state_dir.path(),
                // SAFETY: geteuid(2) has no preconditions.
                as_root: unsafe { libc::geteuid() } == 0,
            },
        )
        .map_err(anyhow::Error::msg)?;
        let config_path = state_dir.path().join("nginx.conf");
        std::fs::write(&config_path, config).context("writing the test nginx.conf")?;

        let error_log = state_dir.path().join("error.log");
        let mut command = Command::new(paths::nginx_bin());
        command
            .arg("-c")
            .arg(&config_path)
            .arg("-e")
            .arg(&error_log)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let nginx = process::spawn_tied(command)
            .with_context(|| format!("starting {}", paths::nginx_bin().display()))?;
        let pid = nginx.id();
        let site = Site {
            port,
            root: root.to_path_buf(),
            nginx: Mutex::new(Some(nginx)),
            state_dir,
        };
        // Our nginx master holds the listening socket: not a server another test started on
        // the port picked free a moment ago.
        let listening =
            ports::wait_until_listening(port, pid, timing::START.get(), || site.is_running());
        if !listening {
            bail!(
                "nginx (pid {pid}) did not start listening on port {port} serving {}. Its error log:\n{}",
                root.display(),
                site.error_log()
            );
        }
        Ok(site)
    }

    fn is_running(&self) -> bool {
        match self.nginx.lock() {
            Ok(mut nginx) => nginx
                .as_mut()
                .is_some_and(|child| matches!(child.try_wait(), Ok(None))),
            Err(_) => false,
        }
    }

    /// Stops nginx (once; later calls do nothing): the site goes really offline.
    pub fn stop(&self) {
        let child = self.nginx.lock().ok().and_then(|mut nginx| nginx.take());
        if let Some(mut child) = child {
            // SIGTERM is nginx's fast shutdown: the master stops its workers, then exits.
            process::stop_group(&mut child, Duration::from_secs(5));
        }
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A clear message for the most common mistake: running the tests before building the app.
fn check_built(dist: &Path) -> Result<()> {
    if !dist.join("index.html").is_file() {
        bail!(
            "dist/ not built: run scripts/test (no index.html in {}; set DALIL_DIST to serve another folder)",
            dist.display()
        );
    }
    if !dist.join(HEADERS_SNIPPET).is_file() {
        bail!(
            "dist/ was built without its {HEADERS_SNIPPET} (the post-build hook writes it): \
             rebuild with `trunk build --release` ({})",
            dist.display()
        );
    }
    Ok(())
}

/// What another site sends, for folders that are not a Dalil build (a ministry's page, a
/// fixture): its own policy, which Dalil does not set. Loose on purpose: such pages use inline
/// scripts and styles and load Dalil's script and frames.
pub const FOREIGN_POLICY: &str = "default-src * data: 'unsafe-inline'";

/// The header snippet nginx includes: the folder's own (a Dalil build), or for any other
/// folder one with `FOREIGN_POLICY`, written to `state_dir`.
fn headers_snippet(root: &Path, state_dir: &Path) -> Result<PathBuf> {
    let own = root.join(HEADERS_SNIPPET);
    if own.is_file() {
        return Ok(own);
    }
    let foreign = dalil_site::headers::Headers::with_policy(FOREIGN_POLICY.to_string());
    let text = dalil_site::nginx::snippet(&foreign).map_err(anyhow::Error::msg)?;
    let path = state_dir.join(HEADERS_SNIPPET);
    std::fs::write(&path, text).context("writing the stand-in header snippet")?;
    Ok(path)
}

/// Statics are never dropped, so the shared server is stopped by an exit hook.
fn stop_at_exit(site: &'static Site) {
    static AT_EXIT: OnceLock<&'static Site> = OnceLock::new();
    extern "C" fn stop_shared_site() {
        if let Some(site) = AT_EXIT.get() {
            site.stop();
            let _ = std::fs::remove_dir_all(site.state_dir.path());
        }
    }
    if AT_EXIT.set(site).is_ok() {
        // SAFETY: registers a plain extern "C" function that never unwinds with atexit(3).
        unsafe {
            libc::atexit(stop_shared_site);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unbuilt_dist_says_how_to_build_it() {
        let empty = tempfile::tempdir().unwrap();
        let message = check_built(empty.path()).unwrap_err().to_string();
        assert!(
            message.starts_with("dist/ not built: run scripts/test"),
            "{message}"
        );
        std::fs::write(empty.path().join("index.html"), "<p>").unwrap();
        let message = check_built(empty.path()).unwrap_err().to_string();
        assert!(
            message.starts_with("dist/ was built without its headers.nginx.conf"),
            "{message}"
        );
    }
}
