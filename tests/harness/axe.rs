//! Accessibility checks with axe-core, injected from the npm package's browser bundle.

use std::sync::OnceLock;

use anyhow::{anyhow, bail, Context, Result};
use serde_json::Value;

use crate::browser::Page;
use crate::paths;

/// WCAG 2.2 AA, which includes every A and AA rule of 2.0 and 2.1.
const RUN_AXE: &str = r#"
const done = arguments[arguments.length - 1];
// axe-core takes text whose first letter, drawn alone, differs from the word for an icon-font
// ligature, and after three such texts skips the contrast check for that whole font. Arabic
// letters always change shape inside a word, so every Arabic text (and any Latin text in the
// same font) would go unchecked. Dalil uses no icon fonts: mark each font on the page as text.
if (axe._cache) {
  const fonts = {};
  for (const el of document.querySelectorAll('*')) {
    fonts[getComputedStyle(el).getPropertyValue('font-family')] = { occurrences: 3, numLigatures: 0 };
  }
  axe._cache.set('fonts', fonts);
}
axe.run(document, {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  resultTypes: ['violations'],
}).then(
  (results) => done({ violations: results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    count: v.nodes.length,
  })) }),
  (error) => done({ error: String(error) }),
);
"#;

impl Page {
    /// Runs axe-core on the whole document and fails listing every WCAG 2.2 AA violation.
    pub async fn check_axe(&self) -> Result<()> {
        let source = axe_source()?;
        let loaded = self.eval("return typeof window.axe === 'object';").await?;
        if loaded != Value::Bool(true) {
            self.eval(source).await.context("injecting axe-core")?;
        }
        let answer = self.eval_async(RUN_AXE).await?;
        let result = violations_report(&answer);
        self.checked(result).await
    }
}

fn axe_source() -> Result<&'static str> {
    static SOURCE: OnceLock<Result<String, String>> = OnceLock::new();
    let path = paths::axe_js();
    SOURCE
        .get_or_init(|| {
            std::fs::read_to_string(&path).map_err(|e| {
                format!(
                    "axe-core not found at {} ({e}): run scripts/setup, or set DALIL_AXE_JS",
                    path.display()
                )
            })
        })
        .as_deref()
        .map_err(|e| anyhow!("{e}"))
}

/// Ok when axe found nothing; otherwise an error listing each violation.
fn violations_report(answer: &Value) -> Result<()> {
    if let Some(error) = answer["error"].as_str() {
        bail!("axe-core failed to run: {error}");
    }
    let violations = answer["violations"]
        .as_array()
        .context("axe-core gave no list of violations")?;
    if violations.is_empty() {
        return Ok(());
    }
    let lines: Vec<String> = violations
        .iter()
        .map(|v| {
            let targets: Vec<&str> = v["targets"]
                .as_array()
                .map(|t| t.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            format!(
                "  - {} ({}): {} [{} element(s): {}] {}",
                v["id"].as_str().unwrap_or("?"),
                v["impact"].as_str().unwrap_or("?"),
                v["help"].as_str().unwrap_or("?"),
                v["count"],
                targets.join(" | "),
                v["helpUrl"].as_str().unwrap_or(""),
            )
        })
        .collect();
    bail!(
        "{} accessibility violation(s) (axe-core, WCAG 2.2 AA):\n{}",
        violations.len(),
        lines.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn no_violations_is_ok() {
        assert!(violations_report(&json!({"violations": []})).is_ok());
    }

    #[test]
    fn violations_are_listed_with_their_targets() {
        let answer = json!({"violations": [{
            "id": "color-contrast", "impact": "serious", "help": "Elements must meet contrast",
            "helpUrl": "u", "targets": ["#main > p", "footer"], "count": 2
        }]});
        let message = violations_report(&answer).unwrap_err().to_string();
        assert!(
            message.contains("1 accessibility violation(s)"),
            "{message}"
        );
        assert!(message.contains("color-contrast (serious): Elements must meet contrast [2 element(s): #main > p | footer]"), "{message}");
    }

    #[test]
    fn an_axe_crash_is_an_error() {
        let message = violations_report(&json!({"error": "boom"}))
            .unwrap_err()
            .to_string();
        assert!(message.contains("boom"));
    }
}
