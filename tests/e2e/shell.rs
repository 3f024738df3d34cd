//! The app shell in a real browser: language and direction, the language switch and its
//! memory, deep links, the not-found page, accessibility and console errors, screenshots.

use anyhow::{Context, Result};
use dalil_e2e::{http, message, Page, Site, Viewport, STEP};

/// What the shell shows in one language; its texts come from `locales/`.
struct Lang {
    ui: dalil_e2e::Lang,
    code: &'static str,
    dir: &'static str,
}

impl Lang {
    /// `document.title` contains it (`app-name`).
    fn brand(&self) -> String {
        message(self.ui, "app-name", &[])
    }

    /// The label of `#lang-switch` (`lang-switch`): the other language, in its own script.
    fn switch_label(&self) -> String {
        message(self.ui, "lang-switch", &[])
    }
}

const AR: Lang = Lang {
    ui: dalil_e2e::Lang::Ar,
    code: "ar",
    dir: "rtl",
};
const EN: Lang = Lang {
    ui: dalil_e2e::Lang::En,
    code: "en",
    dir: "ltr",
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
        title.contains(&lang.brand()),
        "title {title:?} should contain {:?}",
        lang.brand()
    );
    assert_eq!(page.text("#lang-switch").await?.trim(), lang.switch_label());
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
    page.wait_until(&format!("the page in {}", lang.code), &condition, STEP)
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

/// The id of a service the built catalogue publishes (`dist/api/v1/services/<id>.json`).
fn a_published_service_id(site: &Site) -> Result<String> {
    let dir = site.root().join("api/v1/services");
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .with_context(|| format!("the published services in {}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".json"))
                .map(str::to_string)
        })
        .collect();
    ids.sort();
    ids.into_iter()
        .next()
        .with_context(|| format!("no service published in {}", dir.display()))
}

#[tokio::test]
async fn a_deep_link_gets_the_app_and_a_missing_api_file_a_404() -> Result<()> {
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
    Ok(())
}

#[tokio::test]
async fn a_service_page_loads_and_reloads_from_its_own_url() -> Result<()> {
    let site = Site::shared()?;
    let id = a_published_service_id(site)?;
    let page = Page::open(Viewport::PHONE).await?;
    for lang in [&AR, &EN] {
        page.goto(&format!("/services/{id}?lang={}", lang.code))
            .await?;
        page.wait_mounted().await?;
        assert_good_page(&page, lang, "service").await?;
        // A refresh on a deep link is the same as arriving there.
        page.reload().await?;
        page.wait_mounted().await?;
        assert_good_page(&page, lang, "service").await?;
    }
    Ok(())
}

#[tokio::test]
async fn an_unknown_service_says_so() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/services/no-such-service").await?;
    page.wait_mounted().await?;
    page.wait_for("main#main h1").await?;
    assert_shell(&page, &AR, "service").await?;
    page.check_axe().await?;
    // Asking for the record is how the app learns it does not exist: the browser logs that
    // 404 itself. Nothing else may go wrong.
    let errors: Vec<String> = page
        .console_errors()?
        .into_iter()
        .map(|e| e.message)
        .filter(|m| !m.contains("/api/v1/services/no-such-service.json"))
        .collect();
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    Ok(())
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
            assert_eq!(
                width, viewport.width,
                "the {} viewport width",
                viewport.name
            );
            page.screenshot(&format!("home-{}-{}", lang.code, viewport.name))
                .await?;
        }
    }
    Ok(())
}
