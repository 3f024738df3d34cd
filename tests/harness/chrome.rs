//! How Chromium is launched: the WebDriver capabilities for one headless session.

use std::path::Path;

use serde_json::{json, Map, Value};

use crate::paths;

/// Flags that keep headless Chromium working as root and entirely offline
/// (see shared/notes/toolchain.md): without the background-networking ones it keeps trying
/// to reach the internet, which is closed here.
const HEADLESS_FLAGS: [&str; 8] = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

pub fn capabilities(width: u32, height: u32, profile_dir: &Path) -> Map<String, Value> {
    let mut args: Vec<String> = HEADLESS_FLAGS.iter().map(|f| f.to_string()).collect();
    args.push(format!("--window-size={width},{height}"));
    // A fresh profile per page: no localStorage, cache or cookies leak between tests.
    args.push(format!("--user-data-dir={}", profile_dir.display()));

    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": paths::chrome_bin(),
            "args": args,
        },
        "goog:loggingPrefs": { "browser": "ALL" },
    });
    match caps {
        Value::Object(map) => map,
        _ => unreachable!("a JSON object literal"),
    }
}
