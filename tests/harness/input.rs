//! What a user does with the keyboard and form controls, and what DevTools adds: typing one
//! character at a time, pressing keys, reading an input's value, choosing an option, emulating
//! print media and printing to PDF.

use std::path::PathBuf;

use anyhow::{Context, Result};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::wd::PrintConfiguration;
use serde_json::{json, Value};

pub use fantoccini::key::Key;

use crate::browser::Page;
use crate::paths;

impl Page {
    /// Types `text` into the element matching `selector` one character at a time, as a person
    /// does: every character is its own key press and `input` event. The element is looked up
    /// again before each character, since the page may render it anew after a keystroke.
    pub async fn type_text(&self, selector: &str, text: &str) -> Result<()> {
        for c in text.chars() {
            let result = async {
                let element = self.find(selector).await?;
                element
                    .send_keys(&c.to_string())
                    .await
                    .with_context(|| format!("typing {c:?} into `{selector}`"))
            }
            .await;
            self.checked(result).await?;
        }
        Ok(())
    }

    /// Presses and releases `key` (e.g. `Key::Down`, `Key::Escape`) in the focused element.
    pub async fn press(&self, key: Key) -> Result<()> {
        let value: char = key.into();
        let actions = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        let result = self
            .client()
            .perform_actions(actions)
            .await
            .with_context(|| format!("pressing {key:?}"));
        self.checked(result).await
    }

    /// The `value` property of the first element matching `selector`: what an input holds now
    /// (not its `value` attribute), or the value of a select's chosen option.
    pub async fn value(&self, selector: &str) -> Result<String> {
        let result = async {
            let element = self.find(selector).await?;
            Ok(element.prop("value").await?.unwrap_or_default())
        }
        .await;
        self.checked(result).await
    }

    /// Chooses the option whose value is `value` in the select matching `selector`, as a click
    /// on it does (the page gets its `input` and `change` events).
    pub async fn select(&self, selector: &str, value: &str) -> Result<()> {
        let result = async {
            let element = self.find(selector).await?;
            element
                .select_by_value(value)
                .await
                .with_context(|| format!("choosing {value:?} in `{selector}`"))
        }
        .await;
        self.checked(result).await
    }

    /// Runs a Chrome DevTools Protocol command in this page's tab, e.g.
    /// `page.cdp("Emulation.setEmulatedMedia", json!({"media": "print"}))`.
    pub async fn cdp(&self, command: &str, params: Value) -> Result<Value> {
        let result = self
            .wire
            .cdp(command, params)
            .with_context(|| format!("DevTools command {command}"));
        self.checked(result).await
    }

    /// Renders the page for the CSS media type `media` ("print", "screen"; "" to stop).
    pub async fn emulate_media(&self, media: &str) -> Result<()> {
        self.cdp("Emulation.setEmulatedMedia", json!({ "media": media }))
            .await
            .map(drop)
    }

    /// Prints the page (print styles, A4-ish default paper) to `target/screenshots/<name>.pdf`.
    pub async fn save_pdf(&self, name: &str) -> Result<PathBuf> {
        let result = async {
            let pdf = self
                .client()
                .print(PrintConfiguration::default())
                .await
                .context("printing to PDF")?;
            let dir = paths::screenshots_dir();
            std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
            let path = dir.join(format!("{name}.pdf"));
            std::fs::write(&path, pdf).with_context(|| format!("writing {}", path.display()))?;
            Ok(path)
        }
        .await;
        self.checked(result).await
    }
}
