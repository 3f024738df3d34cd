//! Helpers shared by the test modules.

use std::path::Path;

use anyhow::{Context, Result};
use dalil_e2e::{Lang, Page, STEP};

/// A JavaScript string literal.
pub fn js(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

/// Writes `body` to a file of a served copy of the site, dropping its pre-compressed copies
/// (nginx would send those first, `gzip_static` and `brotli_static`).
pub fn write_served(file: &Path, body: &[u8]) -> Result<()> {
    std::fs::write(file, body).with_context(|| format!("writing {}", file.display()))?;
    for ext in ["gz", "br"] {
        let mut copy = file.as_os_str().to_owned();
        copy.push(format!(".{ext}"));
        let _ = std::fs::remove_file(std::path::PathBuf::from(copy));
    }
    Ok(())
}

/// After a test changed the catalogue of a copy of the site: renders its pages again and
/// compresses what changed, as `scripts/republish.sh` does after a publish (the binaries the
/// build's post-build step made).
pub fn render_pages_again(site: &Path) -> Result<()> {
    run_tools(site, &[("dalil-pages", &[]), ("dalil-site", &["compress"])])
}

/// `render_pages_again` without the compressed copies, for a large catalogue (brotli 11 of
/// hundreds of megabytes takes minutes): the old pages go first, so that nginx finds no stale
/// `.br` beside a new page.
pub fn render_pages_uncompressed(site: &Path) -> Result<()> {
    let pages = site.join("pages");
    if pages.exists() {
        std::fs::remove_dir_all(&pages).with_context(|| format!("removing {}", pages.display()))?;
    }
    run_tools(site, &[("dalil-pages", &[])])
}

/// Runs each of the build's tools (`tool`, its arguments before the site's folder).
fn run_tools(site: &Path, tools: &[(&str, &[&str])]) -> Result<()> {
    let bin = dalil_e2e::paths::repo_root().join("target/native/debug");
    for (tool, before) in tools {
        let mut args: Vec<std::ffi::OsString> = before.iter().map(|a| a.into()).collect();
        args.push(site.as_os_str().to_owned());
        let status = std::process::Command::new(bin.join(tool))
            .args(&args)
            .status()
            .with_context(|| format!("running {tool} (built by the trunk build's hook)"))?;
        anyhow::ensure!(status.success(), "{tool} failed on {}", site.display());
    }
    Ok(())
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

/// The address of `path` in `lang`: Arabic, the default, has no `lang=`; English adds
/// `lang=en`.
pub fn in_lang(path: &str, lang: Lang) -> String {
    match lang {
        Lang::Ar => path.to_string(),
        Lang::En if path.contains('?') => format!("{path}&lang=en"),
        Lang::En => format!("{path}?lang=en"),
    }
}

/// Whether a link's address says `lang` as [`in_lang`] writes it.
pub fn says_lang(href: &str, lang: Lang) -> bool {
    let query = href.split('#').next().unwrap_or_default();
    let query = query.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let named = query.split('&').find_map(|p| p.strip_prefix("lang="));
    match lang {
        Lang::Ar => named.is_none(),
        Lang::En => named == Some("en"),
    }
}

/// The address a link of a page in `lang` leads to, without its language, once checked
/// that it keeps the reader in `lang`.
pub fn link_in(href: &str, lang: Lang) -> Result<String> {
    anyhow::ensure!(says_lang(href, lang), "{href} leaves {lang:?}");
    let (rest, fragment) = href
        .split_once('#')
        .map_or((href, None), |(r, f)| (r, Some(f)));
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let kept: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    let mut out = path.to_string();
    if !kept.is_empty() {
        out = format!("{out}?{}", kept.join("&"));
    }
    if let Some(f) = fragment {
        out = format!("{out}#{f}");
    }
    Ok(out)
}

#[test]
fn a_link_says_its_language_by_its_parameter() {
    assert!(says_lang("/services/x", Lang::Ar));
    assert!(!says_lang("/services/x", Lang::En));
    assert!(says_lang("/services/x?lang=en", Lang::En));
    assert!(says_lang("/search?q=a&lang=en#r", Lang::En));
    assert!(!says_lang("/search?q=a&lang=en", Lang::Ar));
    assert_eq!(
        link_in("/search?q=a&lang=en#r", Lang::En).unwrap(),
        "/search?q=a#r"
    );
    assert_eq!(link_in("/services/x", Lang::Ar).unwrap(), "/services/x");
    assert!(link_in("/services/x", Lang::En).is_err());
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

/// A script, installed before the page's own, that answers the app's requests whose
/// address matches `pattern` (a JavaScript regular expression) two seconds late, as a slow
/// network would, after the app has taken the page over; then sets `window[flag]`.
pub fn answer_late(pattern: &str, flag: &str) -> String {
    format!(
        r#"(() => {{
  const original = window.fetch;
  window.fetch = async (...args) => {{
    const url = String(args[0] && args[0].url || args[0]);
    if (!/{pattern}/.test(url)) return original.apply(window, args);
    await new Promise(r => setTimeout(r, 2000));
    const response = await original.apply(window, args);
    setTimeout(() => {{ window[{flag}] = true; }}, 0);
    return response;
  }};
}})();"#,
        flag = js(flag)
    )
}

/// Opens `path` on a phone with `late` (an [`answer_late`] script) installed, and waits
/// until the app has taken the pre-rendered page over.
pub async fn open_taken_over(path: &str, late: &str) -> Result<Page> {
    let page = Page::open(dalil_e2e::Viewport::PHONE).await?;
    page.before_every_page(late)?;
    page.goto(path).await?;
    page.wait_until(
        "the app took over",
        "document.documentElement.dataset.ready === 'true'",
        STEP,
    )
    .await?;
    Ok(page)
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

/// The whole figures in `text`: runs of digits with their `,` and `.` separators, so
/// "1,300" is one figure and never matches "300".
pub fn figures(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut current = String::new();
    for c in text.chars().chain([' ']) {
        if c.is_ascii_digit() || (!current.is_empty() && (c == ',' || c == '.')) {
            current.push(c);
        } else if !current.is_empty() {
            found.push(current.trim_end_matches([',', '.']).to_string());
            current.clear();
        }
    }
    found
}

/// A JavaScript condition: the text of the expression `text` holds `figure` as a whole
/// figure (not part of a longer one, as "300" is of "1,300").
pub fn has_figure(text: &str, figure: &str) -> String {
    let digits = figure.replace('.', "\\.");
    format!(
        "new RegExp('(^|[^0-9.,])' + {} + '($|[^0-9]|[.,](?![0-9]))').test({text} ?? '')",
        js(&digits)
    )
}

#[test]
fn figures_are_whole() {
    assert_eq!(figures("1,300 US$"), ["1,300"]);
    assert_eq!(figures("US$ 300."), ["300"]);
    assert_eq!(figures("312,700 ل.س، 5 x"), ["312,700", "5"]);
}
