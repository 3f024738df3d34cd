//! A page in headless Chromium: one ChromeDriver, one browser, one fresh profile per `Page`,
//! so tests running in parallel share nothing.
//!
//! Every method that fails saves `target/screenshots/failure-<test>.png` first, and so does a
//! `Page` dropped while its test panics (a failed `assert!`).

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Context, Result};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use crate::console::LogEntry;
use crate::driver::ChromeDriver;
use crate::site::Site;
use crate::timing::{self, Limit};
use crate::webdriver_wire::WireSession;
use crate::{chrome, paths};

const POLL_EVERY: Duration = Duration::from_millis(50);

/// The browser window size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewport {
    /// Used in screenshot names, e.g. `home-ar-phone.png`.
    pub name: &'static str,
    pub width: u32,
    pub height: u32,
    /// Emulate a phone: the page's `<meta name="viewport">` applies, as on a real phone.
    pub mobile: bool,
}

impl Viewport {
    /// A small Android phone.
    pub const PHONE: Viewport = Viewport {
        name: "phone",
        width: 360,
        height: 800,
        mobile: true,
    };
    /// A full-HD kiosk screen in a service centre.
    pub const KIOSK: Viewport = Viewport {
        name: "kiosk",
        width: 1920,
        height: 1080,
        mobile: false,
    };
    /// The same screen turned upright: a portrait kiosk on a hall's wall or stand.
    pub const KIOSK_PORTRAIT: Viewport = Viewport {
        name: "kiosk-portrait",
        width: 1080,
        height: 1920,
        mobile: false,
    };
}

/// Makes the tab's screen exactly `viewport`.
fn emulate(wire: &WireSession, viewport: Viewport) -> Result<()> {
    wire.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({
            "width": viewport.width,
            "height": viewport.height,
            "deviceScaleFactor": 1,
            "mobile": viewport.mobile,
        }),
    )
    .context("setting the viewport size")?;
    Ok(())
}

pub struct Page {
    client: Client,
    pub(crate) wire: WireSession,
    origin: String,
    viewport: Viewport,
    test_name: String,
    /// Every browser log entry read so far (ChromeDriver hands each out only once).
    console: Mutex<Vec<LogEntry>>,
    // Dropped in this order, after `Drop::drop` closed the session: the driver (and whatever
    // is left of its browser), then the profile folder.
    _driver: ChromeDriver,
    _profile: tempfile::TempDir,
}

impl Page {
    /// A new browser on the shared server of the built `dist/`.
    pub async fn open(viewport: Viewport) -> Result<Page> {
        Page::open_on(Site::shared()?, viewport).await
    }

    /// A new browser whose relative paths go to `site`.
    pub async fn open_on(site: &Site, viewport: Viewport) -> Result<Page> {
        Page::open_at(&site.origin(), viewport).await
    }

    /// A new browser whose relative paths go to `origin` (`http://127.0.0.1:PORT`), for
    /// servers other than nginx (`FaultServer`).
    pub async fn open_at(origin: &str, viewport: Viewport) -> Result<Page> {
        let profile = tempfile::Builder::new()
            .prefix("dalil-chromium-")
            .tempdir()
            .context("a temp folder for the browser profile")?;
        let driver = ChromeDriver::start()?;
        let caps = chrome::capabilities(viewport.width, viewport.height, profile.path());
        let mut builder = ClientBuilder::new(HttpConnector::new());
        builder.capabilities(caps);
        let driver_url = driver.url();
        let session_timeout = timing::SESSION.get();
        let client = tokio::time::timeout(session_timeout, builder.connect(&driver_url))
            .await
            .map_err(|_| anyhow!("Chromium did not start within {session_timeout:?}"))?
            .with_context(|| {
                format!(
                    "starting {} through ChromeDriver (set CHROME)",
                    paths::chrome_bin().display()
                )
            })?;
        let session_id = client
            .session_id()
            .await?
            .context("ChromeDriver gave no session id")?;
        let wire = WireSession::new(driver.port(), &session_id);
        let test_name = current_test_name();
        // A picture from an earlier failed run of this test would mislead.
        let _ = std::fs::remove_file(screenshot_path(&format!("failure-{test_name}")));
        // Headless Chromium keeps windows at least 500 px wide, whatever --window-size says:
        // emulate the exact screen instead (it lasts across navigations in this tab).
        emulate(&wire, viewport)?;
        Ok(Page {
            wire,
            client,
            origin: origin.to_string(),
            viewport,
            test_name,
            console: Mutex::new(Vec::new()),
            _driver: driver,
            _profile: profile,
        })
    }

    /// Loads `path` (e.g. `/services/x?lang=en`) from this page's site, or an absolute URL.
    pub async fn goto(&self, path: &str) -> Result<()> {
        let url = if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}{path}", self.origin)
        };
        let result = self
            .client
            .goto(&url)
            .await
            .with_context(|| format!("loading {url}"));
        self.checked(result).await
    }

    /// From the next page load on, no script of the page runs: a browser with
    /// JavaScript turned off. (The harness's own `eval` still works.)
    pub fn disable_javascript(&self) -> Result<()> {
        self.wire
            .cdp(
                "Emulation.setScriptExecutionDisabled",
                json!({ "value": true }),
            )
            .context("turning JavaScript off")?;
        Ok(())
    }

    /// Runs `source` in every page this browser loads from now on, before
    /// the page's own scripts (an observer installed before the app starts).
    pub fn before_every_page(&self, source: &str) -> Result<()> {
        self.wire
            .cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                json!({ "source": source }),
            )
            .context("adding a script to every new document")?;
        Ok(())
    }

    /// Reloads the current page, as the browser's reload button does.
    pub async fn reload(&self) -> Result<()> {
        let result = self.client.refresh().await.context("reloading");
        self.checked(result).await
    }

    /// Waits until the app has mounted (`<html data-ready="true">`).
    pub async fn wait_mounted(&self) -> Result<()> {
        let timeout = timing::MOUNT.get();
        let result = self
            .poll(timeout, "document.documentElement.dataset.ready === 'true'")
            .await;
        let result = match result {
            Ok(true) => Ok(()),
            Ok(false) => Err(anyhow!(
                "the app did not mount within {timeout:?} (no <html data-ready=\"true\"> at {})",
                self.url().await.unwrap_or_default(),
            )),
            Err(e) => Err(e),
        };
        self.checked(result).await
    }

    /// Waits up to `limit` (scaled, `harness/timing.rs`) until the JavaScript expression
    /// `condition` is true; `what` names it in errors.
    pub async fn wait_until(&self, what: &str, condition: &str, limit: Limit) -> Result<()> {
        let timeout = limit.get();
        let result = match self.poll(timeout, condition).await {
            Ok(true) => Ok(()),
            Ok(false) => Err(anyhow!(
                "waited {timeout:?} for {what} (`{condition}`) at {}",
                self.url().await.unwrap_or_default()
            )),
            Err(e) => Err(e),
        };
        self.checked(result).await
    }

    /// Waits until an element matches the CSS `selector`.
    pub async fn wait_for(&self, selector: &str) -> Result<()> {
        let result = self.find(selector).await.map(drop);
        self.checked(result).await
    }

    /// Whether an element matches `selector` right now (no waiting).
    pub async fn exists(&self, selector: &str) -> Result<bool> {
        let result = self
            .client
            .find_all(Locator::Css(selector))
            .await
            .map(|found| !found.is_empty())
            .with_context(|| format!("looking for `{selector}`"));
        self.checked(result).await
    }

    /// The rendered text of the first element matching `selector`.
    pub async fn text(&self, selector: &str) -> Result<String> {
        let result = async {
            let element = self.find(selector).await?;
            Ok(element.text().await?)
        }
        .await;
        self.checked(result).await
    }

    /// An attribute of the first element matching `selector`; `None` if it has none.
    pub async fn attr(&self, selector: &str, name: &str) -> Result<Option<String>> {
        let result = async {
            let element = self.find(selector).await?;
            Ok(element.attr(name).await?)
        }
        .await;
        self.checked(result).await
    }

    /// Clicks the first element matching `selector`.
    pub async fn click(&self, selector: &str) -> Result<()> {
        let result = async {
            // An element the app drew again between finding and clicking is "stale": a
            // person taps what is on the screen now, so find it again (a few times at most).
            let mut tries = 0;
            loop {
                let element = self.find(selector).await?;
                match element.click().await {
                    Err(e) if tries < 3 && e.to_string().contains("stale element") => tries += 1,
                    other => break other.with_context(|| format!("clicking `{selector}`")),
                }
            }
        }
        .await;
        self.checked(result).await
    }

    /// `document.title`.
    pub async fn title(&self) -> Result<String> {
        let result = self.client.title().await.context("reading the title");
        self.checked(result).await
    }

    /// The current URL.
    pub async fn url(&self) -> Result<String> {
        Ok(self.client.current_url().await?.to_string())
    }

    /// Runs `script` as the body of a function (use `return`) and gives back its result.
    pub async fn eval(&self, script: &str) -> Result<Value> {
        let result = self
            .client
            .execute(script, vec![])
            .await
            .with_context(|| format!("running `{script}`"));
        self.checked(result).await
    }

    /// Runs `script`, which returns a list of strings (or a promise of one).
    pub async fn eval_strings(&self, script: &str) -> Result<Vec<String>> {
        let value = self.eval(script).await?;
        serde_json::from_value(value.clone())
            .with_context(|| format!("`{script}` gave {value}, not a list of strings"))
    }

    pub async fn local_storage_get(&self, key: &str) -> Result<Option<String>> {
        let value = self
            .eval_with(
                "return localStorage.getItem(arguments[0]);",
                vec![json!(key)],
            )
            .await?;
        Ok(value.as_str().map(str::to_string))
    }

    pub async fn local_storage_set(&self, key: &str, value: &str) -> Result<()> {
        self.eval_with(
            "localStorage.setItem(arguments[0], arguments[1]);",
            vec![json!(key), json!(value)],
        )
        .await
        .map(drop)
    }

    pub async fn local_storage_clear(&self) -> Result<()> {
        self.eval("localStorage.clear();").await.map(drop)
    }

    /// Saves a PNG of the viewport as `target/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> Result<PathBuf> {
        let result = async {
            let png = self.client.screenshot().await?;
            save_screenshot(name, &png)
        }
        .await;
        self.checked(result).await
    }

    /// Every browser log entry of this page so far.
    pub fn console_log(&self) -> Result<Vec<LogEntry>> {
        let fresh = self.wire.browser_log()?;
        let mut console = self
            .console
            .lock()
            .map_err(|_| anyhow!("console log lock poisoned"))?;
        console.extend(fresh);
        Ok(console.clone())
    }

    /// The SEVERE entries of the browser log so far: console.error, uncaught exceptions,
    /// panics, failed loads.
    pub fn console_errors(&self) -> Result<Vec<LogEntry>> {
        Ok(self
            .console_log()?
            .into_iter()
            .filter(LogEntry::is_error)
            .collect())
    }

    /// Fails listing the console errors, if there were any since the page opened.
    pub async fn assert_no_console_errors(&self) -> Result<()> {
        let result = self.console_errors().and_then(|errors| {
            if errors.is_empty() {
                return Ok(());
            }
            let list: Vec<String> = errors.iter().map(|e| format!("  {e}")).collect();
            bail!(
                "{} console error(s) in the browser:\n{}",
                errors.len(),
                list.join("\n")
            )
        });
        self.checked(result).await
    }

    pub fn viewport(&self) -> Viewport {
        self.viewport
    }

    /// Turns this tab into another screen, keeping the page (e.g. to see the same state on a
    /// phone and on a kiosk).
    pub fn set_viewport(&mut self, viewport: Viewport) -> Result<()> {
        emulate(&self.wire, viewport)?;
        self.viewport = viewport;
        Ok(())
    }

    /// The fantoccini client, for what this API does not cover.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Runs `script` with `args` (as `arguments[i]`).
    pub(crate) async fn eval_with(&self, script: &str, args: Vec<Value>) -> Result<Value> {
        let result = self
            .client
            .execute(script, args)
            .await
            .with_context(|| format!("running `{script}`"));
        self.checked(result).await
    }

    /// Runs `script` asynchronously: it ends by calling `arguments[arguments.length - 1]`.
    pub(crate) async fn eval_async(&self, script: &str) -> Result<Value> {
        let result = self
            .client
            .execute_async(script, vec![])
            .await
            .context("running an async script");
        self.checked(result).await
    }

    /// Saves the failure screenshot and adds its path and the console's errors and warnings
    /// to `error`.
    pub(crate) async fn checked<T>(&self, result: Result<T>) -> Result<T> {
        let error = match result {
            Ok(value) => return Ok(value),
            Err(error) => error,
        };
        let mut message = format!("{error:#}");
        match self.client.screenshot().await {
            Ok(png) => match save_screenshot(&format!("failure-{}", self.test_name), &png) {
                Ok(path) => message.push_str(&format!("\nscreenshot: {}", path.display())),
                Err(e) => message.push_str(&format!("\n(no screenshot: {e:#})")),
            },
            Err(e) => message.push_str(&format!("\n(no screenshot: {e})")),
        }
        // Errors and warnings explain most failures (a panic, a failed fetch).
        if let Ok(entries) = self.console_log() {
            for e in entries
                .iter()
                .filter(|e| e.level != "INFO" && e.level != "DEBUG")
            {
                message.push_str(&format!("\nbrowser console: {e}"));
            }
        }
        Err(anyhow!(message))
    }

    /// The first element matching `selector`, waiting for it to appear.
    pub(crate) async fn find(&self, selector: &str) -> Result<Element> {
        let timeout = timing::STEP.get();
        let deadline = Instant::now() + timeout;
        loop {
            match self.client.find(Locator::Css(selector)).await {
                Ok(element) => return Ok(element),
                Err(e) if e.is_no_such_element() && Instant::now() < deadline => {
                    tokio::time::sleep(POLL_EVERY).await;
                }
                Err(e) if e.is_no_such_element() => bail!(
                    "no element matches `{selector}` after {timeout:?} at {}",
                    self.url().await.unwrap_or_default()
                ),
                Err(e) => return Err(e).with_context(|| format!("looking for `{selector}`")),
            }
        }
    }

    /// Polls the JavaScript `condition` until it is true (Ok(true)) or `timeout` (Ok(false)).
    async fn poll(&self, timeout: Duration, condition: &str) -> Result<bool> {
        let script = format!("return Boolean({condition});");
        let deadline = Instant::now() + timeout;
        loop {
            // A navigation in progress can make a script fail: that is "not yet".
            if let Ok(Value::Bool(true)) = self.client.execute(&script, vec![]).await {
                return Ok(true);
            }
            if Instant::now() >= deadline {
                return Ok(false);
            }
            tokio::time::sleep(POLL_EVERY).await;
        }
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        // A failed assert! in the test: keep a picture of what the page showed.
        if std::thread::panicking() {
            let name = format!("failure-{}", self.test_name);
            match self
                .wire
                .screenshot_png()
                .and_then(|png| save_screenshot(&name, &png))
            {
                Ok(path) => eprintln!("screenshot of the failure: {}", path.display()),
                Err(e) => eprintln!("no screenshot of the failure: {e:#}"),
            }
        }
        // Closing the session lets ChromeDriver shut the browser down cleanly; the driver's
        // own drop then stops whatever is left.
        let _ = self.wire.delete();
    }
}

fn screenshot_path(name: &str) -> PathBuf {
    paths::screenshots_dir().join(format!("{name}.png"))
}

fn save_screenshot(name: &str, png: &[u8]) -> Result<PathBuf> {
    let dir = paths::screenshots_dir();
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    let path = screenshot_path(name);
    std::fs::write(&path, png).with_context(|| format!("writing {}", path.display()))?;
    Ok(path)
}

/// libtest runs each test on a thread named after it (`module::test_name`).
fn current_test_name() -> String {
    let name = std::thread::current()
        .name()
        .filter(|n| *n != "main")
        .unwrap_or("page")
        .to_string();
    name.replace("::", "-")
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
