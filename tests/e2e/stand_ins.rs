//! What a pre-rendered page carries of the listing (its own lines only) stands in for the
//! whole listing until that has loaded. Then nothing the reader sees or uses changes: the
//! same links stay, and the one they had moved to keeps the focus.

use crate::support::{answer_late, open_taken_over};
use anyhow::{ensure, Context, Result};
use dalil_e2e::{http, Site, STEP};

/// Marks every listed service (or topic tile) and moves the focus to the last.
const MARK: &str =
    "const links = [...document.querySelectorAll('main .service-list__link, main .tile__link')]; \
     links.forEach(l => { l.__dalilMark = true; }); \
     if (links.length) links[links.length - 1].focus(); \
     return { links: links.length, loaded: window.__dalilListingLoaded === true };";

/// How many listed links there are, how many are the very nodes marked before, and whether
/// the focus is still on one of them.
const SEEN: &str =
    "const links = [...document.querySelectorAll('main .service-list__link, main .tile__link')]; \
     return { links: links.length, marked: links.filter(l => l.__dalilMark).length, \
       focused: !!(document.activeElement && document.activeElement.__dalilMark) };";

#[tokio::test]
async fn the_lists_a_page_carried_stay_as_they_are_when_the_whole_listing_loads() -> Result<()> {
    let site = Site::shared()?;
    let listing = http::get_json(&site.url("/api/v1/services.json"))?;
    let first = listing["services"]
        .as_array()
        .and_then(|all| all.first())
        .context("an empty listing")?;
    let ministry = first["ministry"].as_str().context("no ministry")?;
    let topic = first["categories"][0].as_str().context("no topic")?;
    let centres = http::get_json(&site.url("/api/v1/centres.json"))?;
    let centre = centres["centres"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|c| c["services"].as_array().is_some_and(|s| !s.is_empty()))
        .and_then(|c| c["id"].as_str())
        .context("no centre offering a service")?;
    for path in [
        "/".to_string(),
        "/?lang=en".to_string(),
        format!("/authorities/{ministry}"),
        format!("/categories/{topic}?lang=en"),
        format!("/centres/{centre}"),
        // Its related services.
        "/services/passport-issue?lang=en".to_string(),
    ] {
        let late = answer_late(
            r"\/api\/v1\/(packs\/listing-|services\.json)",
            "__dalilListingLoaded",
        );
        let page = open_taken_over(&path, &late).await?;
        // The lists render in slices after the take-over.
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        let before = page.eval(MARK).await?;
        ensure!(
            before["loaded"] == false && before["links"].as_u64().unwrap_or(0) > 0,
            "{path}: nothing listed from what the page carried: {before}"
        );
        page.wait_until(
            "the whole listing loaded",
            "window.__dalilListingLoaded === true",
            STEP,
        )
        .await?;
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
        let after = page.eval(SEEN).await?;
        let expected = serde_json::json!({
            "links": before["links"],
            "marked": before["links"],
            "focused": true,
        });
        ensure!(
            after == expected,
            "{path}: the list changed once the whole listing had loaded: {before} then {after}"
        );
        page.assert_no_console_errors().await?;
    }
    Ok(())
}
