//! Blocking calls to one ChromeDriver session, beside the async fantoccini client: for the
//! commands fantoccini lacks (the browser log) and for `Drop`, which cannot await.

use anyhow::{bail, Context, Result};
use base64::Engine;
use serde_json::Value;

use crate::console::LogEntry;
use crate::http;

pub struct WireSession {
    /// `http://127.0.0.1:PORT/session/ID`
    session_url: String,
}

impl WireSession {
    pub fn new(driver_port: u16, session_id: &str) -> Self {
        WireSession {
            session_url: format!("http://127.0.0.1:{driver_port}/session/{session_id}"),
        }
    }

    /// Browser log entries since the previous call (ChromeDriver hands each entry out once).
    pub fn browser_log(&self) -> Result<Vec<LogEntry>> {
        let answer = self.call("POST", "/se/log", Some(r#"{"type":"browser"}"#))?;
        Ok(LogEntry::parse_all(&answer))
    }

    /// A PNG of the viewport.
    pub fn screenshot_png(&self) -> Result<Vec<u8>> {
        let answer = self.call("GET", "/screenshot", None)?;
        let data = answer["value"]
            .as_str()
            .context("the screenshot answer has no image")?;
        Ok(base64::engine::general_purpose::STANDARD.decode(data)?)
    }

    /// Runs a Chrome DevTools Protocol command through ChromeDriver.
    pub fn cdp(&self, command: &str, params: Value) -> Result<Value> {
        let body = serde_json::json!({ "cmd": command, "params": params }).to_string();
        self.call("POST", "/goog/cdp/execute", Some(&body))
    }

    /// Ends the session: ChromeDriver closes the browser and reaps its processes.
    pub fn delete(&self) -> Result<()> {
        self.call("DELETE", "", None).map(drop)
    }

    fn call(&self, method: &str, path: &str, body: Option<&str>) -> Result<Value> {
        let url = format!("{}{path}", self.session_url);
        let response = http::request(method, &url, &[], body)?;
        let answer: Value = serde_json::from_slice(&response.body)
            .with_context(|| format!("ChromeDriver's answer to {method} {url} is not JSON"))?;
        if response.status != 200 {
            bail!(
                "ChromeDriver answered {method} {url} with {}: {}",
                response.status,
                answer["value"]["message"].as_str().unwrap_or_default()
            );
        }
        Ok(answer)
    }
}
