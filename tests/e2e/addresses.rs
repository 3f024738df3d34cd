//! Each language has its own address for each page, and a reader stays in theirs: the
//! links of an English page lead to English pages, without JavaScript too; the language
//! switch is a link to this page in the other language; the address bar always says the
//! language the page is read in, so a reload or a shared address opens it as it was read.

use anyhow::{ensure, Result};
use dalil_e2e::{Lang, Page, Viewport, BOTH, STEP};
use serde_json::Value;

use crate::first_visit::every_kind_of_page;
use crate::support::{in_lang, says_lang, wait_lang};

/// Every link of the page to another page of the site (not a fragment of this one), and
/// the language switch's address.
const LINKS: &str = "const own = [...document.querySelectorAll('a[href^=\"/\"]')] \
       .filter(a => a.id !== 'lang-switch') \
       .map(a => a.getAttribute('href')); \
     const sw = document.getElementById('lang-switch'); \
     return { links: own, switch: sw && sw.tagName === 'A' ? sw.getAttribute('href') : null };";

#[tokio::test]
async fn without_javascript_every_link_stays_in_the_page_language() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.disable_javascript()?;
    for path in every_kind_of_page()? {
        for lang in BOTH {
            let address = in_lang(&path, lang);
            page.goto(&address).await?;
            let seen = page.eval(LINKS).await?;
            let links: Vec<&str> = seen["links"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                // The audit workshop is the ministries' preview tree, not a public page.
                .filter(|h| !h.starts_with("/audit"))
                .collect();
            ensure!(!links.is_empty(), "{address}: no links");
            let astray: Vec<&&str> = links.iter().filter(|h| !says_lang(h, lang)).collect();
            ensure!(
                astray.is_empty(),
                "{address}: links that leave {lang:?}: {astray:?}"
            );
            let switch = seen["switch"].as_str().unwrap_or_default();
            let other = lang.other();
            ensure!(
                switch.split('?').next() == address.split('?').next() && says_lang(switch, other),
                "{address}: the switch leads to {switch:?}, not this page in {other:?}"
            );
        }
    }

    // Following the switch and a link, as a reader without JavaScript would.
    page.goto("/services/passport-issue").await?;
    page.click("#lang-switch").await?;
    page.wait_until(
        "the English page",
        "document.documentElement.lang === 'en' && document.readyState === 'complete'",
        STEP,
    )
    .await?;
    page.click("main a[href^=\"/authorities/\"]").await?;
    page.wait_until(
        "the authority's English page",
        "location.pathname.startsWith('/authorities/') && document.readyState === 'complete'",
        STEP,
    )
    .await?;
    let lang = page.eval("return document.documentElement.lang;").await?;
    ensure!(lang == "en", "the authority's page opened in {lang}");
    Ok(())
}

/// The address bar's query, as `lang=...` says it (`None` for none).
async fn address_lang(page: &Page) -> Result<Option<String>> {
    let lang = page
        .eval("return new URLSearchParams(location.search).get('lang');")
        .await?;
    Ok(lang.as_str().map(str::to_string))
}

#[tokio::test]
async fn the_address_bar_follows_the_language_through_switches_links_and_back() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/services/passport-issue").await?;
    page.wait_mounted().await?;
    page.click("#lang-switch").await?;
    wait_lang(&page, Lang::En).await?;
    ensure!(
        address_lang(&page).await?.as_deref() == Some("en"),
        "after the switch the address is {}",
        page.url().await?
    );
    let switch = page.attr("#lang-switch", "href").await?.unwrap_or_default();
    ensure!(
        switch == "/services/passport-issue",
        "the switch back leads to {switch:?}"
    );

    // A link inside the app keeps English in the address.
    page.click("main a[href^=\"/authorities/\"]").await?;
    page.wait_for("main#main[data-page=authority]").await?;
    ensure!(
        address_lang(&page).await?.as_deref() == Some("en"),
        "the authority's address is {}",
        page.url().await?
    );
    // A step back lands on an address written in Arabic before the switch: it says
    // English again, as the page does.
    page.eval("history.back(); return true;").await?;
    page.wait_for("main#main[data-page=service]").await?;
    page.wait_until(
        "the address in English",
        "new URLSearchParams(location.search).get('lang') === 'en'",
        STEP,
    )
    .await?;
    // A reload opens the English page at once: nginx serves it for that address.
    page.reload().await?;
    page.wait_mounted().await?;
    wait_lang(&page, Lang::En).await?;

    // And back to Arabic: the parameter goes, the Arabic address is the page's own.
    page.click("#lang-switch").await?;
    wait_lang(&page, Lang::Ar).await?;
    ensure!(
        address_lang(&page).await?.is_none(),
        "the Arabic address is {}",
        page.url().await?
    );
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn a_stored_english_choice_writes_itself_into_an_arabic_address() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/?lang=en").await?;
    page.wait_mounted().await?;
    page.click("#lang-switch").await?;
    wait_lang(&page, Lang::Ar).await?;
    page.click("#lang-switch").await?;
    wait_lang(&page, Lang::En).await?;
    // The reader comes back by an address without a language.
    page.goto("/centres").await?;
    page.wait_mounted().await?;
    wait_lang(&page, Lang::En).await?;
    page.wait_until(
        "the address in English",
        "new URLSearchParams(location.search).get('lang') === 'en'",
        STEP,
    )
    .await?;
    let links = page.eval(LINKS).await?;
    for href in links["links"].as_array().into_iter().flatten() {
        let href = href.as_str().unwrap_or_default();
        ensure!(
            href.starts_with("/audit") || says_lang(href, Lang::En),
            "{href} leaves English"
        );
    }
    Ok(())
}
