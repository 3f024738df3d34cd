//! Every kind of page on every screen: none scrolls sideways, in either language, from a
//! 360 px phone to a kiosk; and a screenshot tour for people, written to
//! `target/screenshots/tour-*.png` to be looked at by eye
//! (`cargo test -p dalil-e2e --test screens -- --ignored`).
#![cfg(not(target_arch = "wasm32"))]

use anyhow::Result;
use dalil_e2e::{Page, Viewport, BOTH};

/// `(name, path, an element that shows the page has its content)`.
const PAGES: &[(&str, &str, &str)] = &[
    ("home", "/", ".authority-card, main h1"),
    (
        "search",
        "/search?q=%D8%AC%D9%88%D8%A7%D8%B2",
        "li.search-result",
    ),
    ("search-empty", "/search?q=qqqzzz", "main h1"),
    ("service", "/services/passport-issue", "#steps"),
    (
        "fees",
        "/services/passport-issue/fees",
        ".fee-total__amount",
    ),
    ("centres", "/centres", "main h1"),
    ("centre", "/centres/damascus-marjeh", "main h1"),
    ("authority", "/authorities/interior", ".service-list__link"),
    ("category", "/categories/identity", ".service-list__link"),
    ("not-found", "/no-such-page", "main h1"),
    ("kiosk-home", "/kiosk", "#kiosk-keyboard"),
    (
        "kiosk-service",
        "/kiosk/services/passport-issue",
        "#kiosk-phone-qr",
    ),
    ("embed", "/embed?authority=interior", ".service-list__link"),
];

/// Opens every page in both languages on `viewport`; returns the ones wider than the
/// screen, and with `shoot`, writes a screenshot of each.
async fn visit_every_page(viewport: Viewport, shoot: bool) -> Result<Vec<String>> {
    let page = Page::open(viewport).await?;
    let mut wide = Vec::new();
    for (name, path, ready) in PAGES {
        for lang in BOTH {
            let sep = if path.contains('?') { '&' } else { '?' };
            page.goto(&format!("{path}{sep}lang={}", lang.code()))
                .await?;
            page.wait_mounted().await?;
            page.wait_for(ready).await?;
            let label = format!("{name}-{}-{}", lang.code(), viewport.name);
            let overflow = page
                .eval("return document.documentElement.scrollWidth - window.innerWidth;")
                .await?
                .as_i64()
                .unwrap_or(0);
            if overflow > 0 {
                wide.push(format!("{label}: {overflow}px"));
            }
            if shoot {
                page.screenshot(&format!("tour-{label}")).await?;
            }
        }
    }
    page.assert_no_console_errors().await?;
    Ok(wide)
}

#[tokio::test]
async fn no_page_scrolls_sideways_from_phone_to_kiosk() -> Result<()> {
    let mut wide = Vec::new();
    for viewport in [Viewport::PHONE, Viewport::KIOSK_PORTRAIT, Viewport::KIOSK] {
        wide.extend(visit_every_page(viewport, false).await?);
    }
    assert!(wide.is_empty(), "pages wider than the screen: {wide:#?}");
    Ok(())
}

#[tokio::test]
#[ignore = "a tour to look at: writes screenshots"]
async fn screenshot_tour() -> Result<()> {
    for viewport in [Viewport::PHONE, Viewport::KIOSK] {
        visit_every_page(viewport, true).await?;
    }
    Ok(())
}
