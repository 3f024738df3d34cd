//! Helpers shared by the test modules.

use std::path::Path;

use anyhow::{Context, Result};
use dalil_e2e::{Lang, Page, STEP};

/// A JavaScript string literal.
pub fn js(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// Copies the folder `from` into `to` (created if missing).
pub fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Waits until the app shows `lang` (`<html lang>`; a switch needs no reload).
pub async fn wait_lang(page: &Page, lang: Lang) -> Result<()> {
    page.wait_until(
        &format!("the page in {lang:?}"),
        &format!("document.documentElement.lang === '{}'", lang.code()),
        STEP,
    )
    .await
}

/// Loads the site's service page `id` in `lang` and waits until its last section is there.
pub async fn open_service(page: &Page, id: &str, lang: Lang) -> Result<()> {
    page.goto(&format!("/services/{id}?lang={}", lang.code()))
        .await?;
    page.wait_mounted().await?;
    wait_lang(page, lang).await?;
    page.wait_for("main#main[data-page=service] #take-away")
        .await
}
