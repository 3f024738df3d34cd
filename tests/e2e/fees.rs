//! The fee calculator in a real browser: the generated form, the live
//! breakdown, the shared URL, inline errors, both languages, axe.

use anyhow::Result;
use dalil_e2e::{Page, Viewport, STEP};

use crate::support::{figures, has_figure};

/// Sets a field's value the way typing does (an `input` event that bubbles).
async fn type_into(page: &Page, selector: &str, value: &str) -> Result<()> {
    let script = format!(
        "const el = document.querySelector({sel}); el.value = {val}; \
         el.dispatchEvent(new Event('input', {{bubbles: true}})); \
         el.dispatchEvent(new Event('change', {{bubbles: true}})); return true;",
        sel = serde_json::to_string(selector)?,
        val = serde_json::to_string(value)?,
    );
    page.eval(&script).await?;
    Ok(())
}

async fn total(page: &Page, currency: &str) -> Result<String> {
    page.text(&format!(".fee-total__amount[data-currency=\"{currency}\"]"))
        .await
}

#[tokio::test]
async fn passport_fees_follow_the_choice_and_survive_a_reload() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/services/passport-issue/fees?lang=ar").await?;
    page.wait_mounted().await?;
    page.wait_for("#fee-form").await?;
    page.wait_for(".fee-total__amount[data-currency=\"SYP\"]")
        .await?;
    assert!(
        figures(&total(&page, "SYP").await?) == ["312,700"],
        "regular fee by default"
    );
    assert!(page.exists("#fee-breakdown tbody tr.fee-line").await?);

    page.click("#fee-input-speed-urgent").await?;
    page.wait_until(
        "the urgent total",
        &has_figure(
            "document.querySelector('.fee-total__amount[data-currency=\"SYP\"]')?.textContent",
            "432,700",
        ),
        STEP,
    )
    .await?;
    page.wait_until(
        "the choice in the URL",
        "location.search.includes('speed=urgent')",
        STEP,
    )
    .await?;

    page.reload().await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the urgent total after a reload",
        &has_figure(
            "document.querySelector('.fee-total__amount[data-currency=\"SYP\"]')?.textContent",
            "432,700",
        ),
        STEP,
    )
    .await?;
    page.check_axe().await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn fees_abroad_are_in_dollars_from_a_shared_url() -> Result<()> {
    let page = Page::open(Viewport::KIOSK).await?;
    page.goto("/services/passport-issue/fees?lang=en&place=abroad&speed=regular")
        .await?;
    page.wait_mounted().await?;
    page.wait_for(".fee-total__amount[data-currency=\"USD\"]")
        .await?;
    let usd = total(&page, "USD").await?;
    assert_eq!(figures(&usd), ["300"], "the total in dollars: {usd:?}");
    assert!(
        !page
            .exists(".fee-total__amount[data-currency=\"SYP\"]")
            .await?
    );
    page.check_axe().await?;
    page.assert_no_console_errors().await?;
    Ok(())
}

#[tokio::test]
async fn an_invalid_value_gets_an_inline_message_and_no_total() -> Result<()> {
    for lang in ["en", "ar"] {
        let page = Page::open(Viewport::PHONE).await?;
        page.goto(&format!("/services/property-transfer/fees?lang={lang}"))
            .await?;
        page.wait_mounted().await?;
        page.wait_for(".fee-total__amount").await?;
        type_into(&page, "#fee-input-value", "abc").await?;
        page.wait_for("#fee-input-value-error").await?;
        assert!(!page.text("#fee-input-value-error").await?.trim().is_empty());
        assert_eq!(
            page.attr("#fee-input-value", "aria-invalid")
                .await?
                .as_deref(),
            Some("true")
        );
        assert!(
            !page.exists(".fee-total__amount").await?,
            "no total while invalid"
        );
        assert!(page.exists("#fee-blocked").await?);

        type_into(&page, "#fee-input-value", "500000000").await?;
        page.wait_for(".fee-total__amount").await?;
        assert!(!page.exists("#fee-input-value-error").await?);
        page.check_axe().await?;
        page.assert_no_console_errors().await?;
    }
    Ok(())
}

#[tokio::test]
async fn the_service_page_summarises_fees_and_links_to_the_calculator() -> Result<()> {
    let page = Page::open(Viewport::PHONE).await?;
    page.goto("/services/vehicle-registration?lang=en").await?;
    page.wait_mounted().await?;
    page.wait_for("#fee-summary").await?;
    page.click("#fee-summary-open").await?;
    page.wait_until(
        "the calculator",
        "document.querySelector('main#main')?.dataset.page === 'fees'",
        STEP,
    )
    .await?;
    page.wait_for("#fee-breakdown tbody tr.fee-line").await?;
    page.check_axe().await?;
    page.assert_no_console_errors().await?;
    Ok(())
}
