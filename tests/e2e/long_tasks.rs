//! Long tasks of a first visit at 1,200 services (a benchmark, not a test: run by
//! `scripts/lighthouse.sh` after the Lighthouse table). The release build in `DALIL_DIST`
//! gets a generated 1,200-service catalogue and its pre-rendered pages; each kind of page is
//! opened on a phone-sized window, left until the device keeps the catalogue (the search
//! index and the sync have run), and every main-thread task over 50 ms after the first paint
//! is printed. The goal (issue #13): none of the app's own.

use anyhow::{Context, Result};
use dalil_e2e::{Limit, Page, Site, Viewport};

use crate::offline::copy_of_dist;
use crate::support::render_pages_uncompressed;

const SERVICES: usize = 1200;

/// The long tasks and the first paint, from the page's start.
const WATCH: &str = "window.__longTasks = [];
    new PerformanceObserver(list => {
        for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });";

const FOUND: &str = "return JSON.stringify({
    paint: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
    tasks: window.__longTasks });";

#[tokio::test]
#[ignore = "a benchmark: scripts/lighthouse.sh"]
async fn first_visit_long_tasks_at_1200_services() -> Result<()> {
    let dist = copy_of_dist()?;
    let catalogue = dalil_audit::generate::catalogue(SERVICES);
    let published = dalil_audit::publish::publish(&catalogue, dist.path())?;
    render_pages_uncompressed(dist.path())?;
    let site = Site::serve(dist.path())?;
    let service = &catalogue
        .services
        .first()
        .context("a generated service")?
        .id;
    println!("| page | first paint | tasks over 50 ms after it [start, ms] |");
    println!("|---|---:|---|");
    for path in [
        "/".to_string(),
        format!("/services/{service}"),
        format!("/services/{service}/fees"),
        "/centres".to_string(),
        "/?lang=en".to_string(),
    ] {
        let page = Page::open_on(&site, Viewport::PHONE).await?;
        page.before_every_page(WATCH)?;
        page.goto(&path).await?;
        page.wait_mounted().await?;
        page.wait_until(
            "the catalogue kept on the device",
            &format!(
                "document.getElementById('catalogue-status')?.dataset.version === '{}'",
                published.packs.version
            ),
            Limit::secs(120),
        )
        .await?;
        tokio::time::sleep(std::time::Duration::from_secs(2)).await;
        let found = page.eval(FOUND).await?;
        let found: serde_json::Value =
            serde_json::from_str(found.as_str().context("a JSON string")?)?;
        let paint = found["paint"].as_i64().unwrap_or(-1);
        let after: Vec<_> = found["tasks"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|t| t[0].as_i64().unwrap_or(0) + t[1].as_i64().unwrap_or(0) > paint)
            .map(|t| format!("[{}, {}]", t[0], t[1]))
            .collect();
        println!("| `{path}` | {paint} ms | {} |", after.join(" "));
    }
    Ok(())
}
