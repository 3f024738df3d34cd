//! Content Security Policy violations, as the page sees them: a `securitypolicyviolation`
//! listener installed through DevTools before any of the page's own scripts run, so nothing
//! the page does at start-up is missed (the policy does not apply to DevTools' script).

use anyhow::{Context, Result};
use serde_json::{json, Value};

use crate::browser::Page;

/// Collects each violation of the current document into `window.__cspViolations`.
const LISTENER: &str = r#"
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(
    `${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}` +
    (e.sample ? ` sample: ${e.sample}` : ''));
}, true);
"#;

impl Page {
    /// From now on, every document this tab loads records its CSP violations (read them with
    /// `csp_violations`).
    pub async fn record_csp_violations(&self) -> Result<()> {
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": LISTENER }),
        )
        .await
        .map(drop)
    }

    /// The current document's CSP violations so far, as readable lines.
    pub async fn csp_violations(&self) -> Result<Vec<String>> {
        let value = self
            .eval("return window.__cspViolations === undefined ? null : window.__cspViolations;")
            .await?;
        match value {
            Value::Null => anyhow::bail!(
                "no CSP listener in this document: call record_csp_violations() before goto"
            ),
            value => serde_json::from_value(value).context("window.__cspViolations"),
        }
    }

    /// Browser console entries that report a CSP refusal (Chromium logs each one too).
    pub fn csp_console_errors(&self) -> Result<Vec<String>> {
        Ok(self
            .console_log()?
            .into_iter()
            .filter(|e| e.message.contains("Content Security Policy"))
            .map(|e| e.to_string())
            .collect())
    }
}
