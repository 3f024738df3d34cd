//! The app shell in a real browser: language and direction, the language switch and its
//! memory, deep links, the not-found page, accessibility and console errors, screenshots.
#![cfg(not(target_arch = "wasm32"))]

use anyhow::Result;
use dalil_e2e::{http, Page, Site, Viewport};

/// What the shell shows in one language.
struct Lang {
    code: &'static str,
    dir: &'static str,
    /// `document.title` contains it.
    brand: &'static str,
    /// The label of `#lang-switch`: the other language, in its own script.
    switch_label: &'static str,
}

const AR: Lang = Lang {
    code: "ar",
    dir: "rtl",
    brand: "دليل",
    switch_label: "English",
};
const EN: Lang = Lang {
    code: "en",
    dir: "ltr",
    brand: "Dalil",
    switch_label: "العربية",
};

/// The shell conventions every page follows, in `lang`, on the page named `data_page`.
async fn assert_shell(page: &Page, lang: &Lang, data_page: &str) -> Result<()> {
    assert_eq!(page.attr("html", "lang").await?.as_deref(), Some(lang.code));
    assert_eq!(page.attr("html", "dir").await?.as_deref(), Some(lang.dir));
    assert_eq!(
        page.attr("main#main", "data-page").await?.as_deref(),
        Some(data_page)
    );
    assert!(
        !page.text("main#main h1").await?.trim().is_empty(),
        "the page's <h1> is empty"
    );
    page.wait_for("header.site-header").await?;
    page.wait_for("footer.site-footer").await?;
    let title = page.title().await?;
    assert!(
        title.contains(lang.brand),
        "title {title:?} should contain {:?}",
        lang.brand
    );
    assert_eq!(page.text("#lang-switch").await?.trim(), lang.switch_label);
    Ok(())
}

/// The shell conventions, then no accessibility violation and no console error.
async fn assert_good_page(page: &Page, lang: &Lang, data_page: &str) -> Result<()> {
    assert_shell(page, lang, data_page).await?;
    page.check_axe().await?;
    page.assert_no_console_errors().await
}

/// Waits until the app shows `lang` (after a switch, which needs no reload).
async fn wait_for_lang(page: &Page, lang: &Lang) -> Result<()> {
    let condition = format!("document.documentElement.lang === '{}'", lang.code);
    page.wait_until(&format!("the page in {}", lang.code), &condition)
        .await
}

#[tokio::test]
async fn home_is_arabic_and_right_to_left_at_first_load() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    assert_good_page(&page, &AR, "home").await?;
    assert_eq!(page.local_storage_get("dalil.lang").await?, None);
    Ok(())
}

#[tokio::test]
async fn switching_to_english_needs_no_reload_and_survives_one() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    // A reload would drop this marker.
    page.eval("window.__dalilSameDocument = true;").await?;

    page.click("#lang-switch").await?;
    wait_for_lang(&page, &EN).await?;
    assert_eq!(
        page.eval("return window.__dalilSameDocument === true;")
            .await?,
        true,
        "switching the language reloaded the page"
    );
    assert_good_page(&page, &EN, "home").await?;
    assert_eq!(
        page.local_storage_get("dalil.lang").await?.as_deref(),
        Some("en")
    );

    page.reload().await?;
    page.wait_mounted().await?;
    assert_good_page(&page, &EN, "home").await?;

    // And back: Arabic is stored too.
    page.click("#lang-switch").await?;
    wait_for_lang(&page, &AR).await?;
    assert_eq!(
        page.local_storage_get("dalil.lang").await?.as_deref(),
        Some("ar")
    );
    assert_good_page(&page, &AR, "home").await
}

#[tokio::test]
async fn lang_in_the_url_overrides_the_stored_choice() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;

    page.local_storage_set("dalil.lang", "en").await?;
    page.goto("/?lang=ar").await?;
    page.wait_mounted().await?;
    assert_shell(&page, &AR, "home").await?;

    page.local_storage_set("dalil.lang", "ar").await?;
    page.goto("/?lang=en").await?;
    page.wait_mounted().await?;
    assert_shell(&page, &EN, "home").await?;

    // Any URL, not only the home page.
    page.local_storage_set("dalil.lang", "ar").await?;
    page.goto("/no/such/page?lang=en").await?;
    page.wait_mounted().await?;
    assert_shell(&page, &EN, "not-found").await?;

    page.assert_no_console_errors().await
}

#[tokio::test]
async fn a_deep_link_loads_the_app_and_a_missing_api_file_is_a_404() -> Result<()> {
    let site = Site::shared()?;
    let index = std::fs::read(site.root().join("index.html"))?;

    let deep = http::get(&site.url("/services/anything"), &[])?;
    assert_eq!(deep.status, 200, "a deep link must get the app, not a 404");
    assert_eq!(deep.body, index, "a deep link must get index.html");

    let api = http::get(&site.url("/api/v1/nope.json"), &[])?;
    assert_eq!(api.status, 404, "a missing API file must be a 404");
    assert!(
        !api.text().contains("<html"),
        "a missing API file must not get HTML: {}",
        api.text()
    );

    // The browser, loading (or refreshing) the deep link, gets the mounted app.
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/services/anything").await?;
    page.wait_mounted().await?;
    assert!(page.attr("main#main", "data-page").await?.is_some());
    page.reload().await?;
    page.wait_mounted().await?;
    assert!(page.attr("main#main", "data-page").await?.is_some());
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn an_unknown_path_shows_the_not_found_page_in_both_languages() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/no/such/page").await?;
    page.wait_mounted().await?;
    assert_good_page(&page, &AR, "not-found").await?;

    page.click("#lang-switch").await?;
    wait_for_lang(&page, &EN).await?;
    assert_good_page(&page, &EN, "not-found").await
}

#[tokio::test]
async fn home_screenshots_on_phone_and_kiosk_in_both_languages() -> Result<()> {
    for viewport in [Viewport::PHONE, Viewport::KIOSK] {
        let page = Page::open(viewport).await?;
        for lang in [&AR, &EN] {
            page.goto(&format!("/?lang={}", lang.code)).await?;
            page.wait_mounted().await?;
            assert_good_page(&page, lang, "home").await?;
            let width = page.eval("return window.innerWidth;").await?;
            assert_eq!(width, viewport.width, "the {} viewport width", viewport.name);
            page.screenshot(&format!("home-{}-{}", lang.code, viewport.name))
                .await?;
        }
    }
    Ok(())
}
