//! Every kind of page on every screen: none scrolls sideways, in either language, from a
//! 360 px phone to a kiosk; and a screenshot tour for people, written to
//! `target/screenshots/tour-*.png` to be looked at by eye
//! (`cargo test -p dalil-e2e --test e2e -- --ignored screens::`).

use anyhow::Result;
use dalil_e2e::{with_lang, Page, Viewport, BOTH, PAGE_KINDS};

/// Opens every page in both languages on `viewport`; returns the ones wider than the
/// screen, and with `shoot`, writes a screenshot of each.
async fn visit_every_page(viewport: Viewport, shoot: bool) -> Result<Vec<String>> {
    let page = Page::open(viewport).await?;
    let mut wide = Vec::new();
    for (name, path, ready) in PAGE_KINDS {
        for lang in BOTH {
            page.goto(&with_lang(path, lang.code())).await?;
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
