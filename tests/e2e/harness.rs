//! The harness catches what it is meant to catch, on small pages of its own (no dist/ needed):
//! accessibility violations in Arabic text, console errors, and it keeps a failure screenshot.

use anyhow::Result;
use dalil_e2e::{Page, Site, Viewport};

/// Serves one `index.html` with `body`, marked mounted as the app does.
fn page_site(body: &str) -> Result<(tempfile::TempDir, Site)> {
    let dir = tempfile::tempdir()?;
    let html = format!(
        r#"<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>دليل</title></head>
<body><main id="main" data-page="test">{body}</main>
<script>document.documentElement.dataset.ready = "true";</script></body></html>"#
    );
    std::fs::write(dir.path().join("index.html"), html)?;
    let site = Site::serve(dir.path())?;
    Ok((dir, site))
}

#[tokio::test]
async fn axe_checks_the_contrast_of_arabic_text() -> Result<()> {
    // Enough Arabic text for axe-core to take the font for an icon font, were it not for the
    // harness's workaround; then faint Arabic text.
    let (_dir, site) = page_site(
        r#"<h1>دليل الخدمات الحكومية</h1><p>جواز السفر</p><p>البطاقة الشخصية</p><p>شهادة الميلاد</p>
        <p style="color:#bbb">نص باهت لا يقرأ بسهولة</p>"#,
    )?;
    let page = Page::open_on(&site, Viewport::PHONE).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    let error = page.check_axe().await.expect_err("faint text must fail");
    let message = format!("{error:#}");
    assert!(message.contains("color-contrast"), "{message}");
    assert!(message.contains("p:nth-child(5)"), "{message}");

    // A failed check leaves a picture behind and says where.
    let shot = message
        .lines()
        .find_map(|l| l.strip_prefix("screenshot: "))
        .expect("the error names its screenshot");
    assert!(
        shot.ends_with("failure-harness-axe_checks_the_contrast_of_arabic_text.png"),
        "{shot}"
    );
    assert!(std::path::Path::new(shot).is_file());
    Ok(())
}

#[tokio::test]
async fn a_clean_page_passes_axe() -> Result<()> {
    let (_dir, site) = page_site("<h1>دليل الخدمات الحكومية</h1><p>جواز السفر</p>")?;
    let page = Page::open_on(&site, Viewport::KIOSK).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    page.check_axe().await?;
    page.assert_no_console_errors().await
}

#[tokio::test]
async fn console_errors_are_reported() -> Result<()> {
    let (_dir, site) = page_site(
        r#"<h1>دليل</h1><script>console.error("the fake app broke"); console.info("fine");</script>"#,
    )?;
    let page = Page::open_on(&site, Viewport::PHONE).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    let error = page
        .assert_no_console_errors()
        .await
        .expect_err("console.error must be reported");
    let message = format!("{error:#}");
    assert!(message.contains("1 console error(s)"), "{message}");
    assert!(message.contains("the fake app broke"), "{message}");
    // The log is kept: asking again gives the same answer.
    assert_eq!(page.console_errors()?.len(), 1);
    Ok(())
}
