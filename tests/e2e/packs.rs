//! The catalogue kept as packs (issue #14): a republished service costs its pack and the
//! manifest; Save-Data gets an offer, not a silent download; a sync of 1,200 services leaves
//! the main thread free (no long task). The failure table and the offline routes are tested
//! on packs in `offline.rs`.

use std::collections::BTreeSet;

use anyhow::{Context, Result};
use dalil_e2e::{Limit, Page, Site, Viewport};

use crate::offline::{
    catalogue_caches, changed_packs, copy_of_dist, pack_urls, packs_of, CACHE_COMPLETE,
};

/// Long enough for a debug build to keep 1,200 services.
const SYNC: Limit = Limit::secs(120);

/// Waits until the device keeps catalogue `version`.
async fn wait_kept(page: &Page, version: &str) -> Result<()> {
    page.wait_until(
        &format!("catalogue {version} kept on the device"),
        &format!("document.getElementById('catalogue-status')?.dataset.version === '{version}'"),
        SYNC,
    )
    .await
}

/// The URL paths under /api/ this document fetched over the network (not from the HTTP
/// cache), from Resource Timing.
const FETCHED_API: &str = "return performance.getEntriesByType('resource')
    .filter(e => new URL(e.name).pathname.startsWith('/api/') && e.transferSize > 0)
    .map(e => new URL(e.name).pathname);";

#[tokio::test]
async fn a_republished_service_costs_its_pack_and_the_manifest() -> Result<()> {
    let dist = copy_of_dist()?;
    let mut catalogue = dalil_audit::generate::catalogue(1200);
    let first = dalil_audit::publish::publish(&catalogue, dist.path())?;
    assert_eq!(first.packs.service_packs, 4);
    let site = Site::serve(dist.path())?;
    let page = Page::open_on(&site, Viewport::PHONE).await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    wait_kept(&page, &first.packs.version).await?;

    // A ministry edits one service (not its listing line) and republishes.
    let before = packs_of(dist.path())?;
    let service = &mut catalogue.services[17];
    service.eligibility.en.push_str(" Residents may apply too.");
    let id = service.id.clone();
    let second = dalil_audit::publish::publish(&catalogue, dist.path())?;
    let changed = changed_packs(&before, &packs_of(dist.path())?);
    let shard = dalil_model::pack::shard_of(&id, 4);
    let expected = pack_urls(&packs_of(dist.path())?)[&format!("services-{shard}")].clone();
    assert_eq!(changed, BTreeSet::from([expected.clone()]));

    page.goto("/").await?;
    page.wait_mounted().await?;
    wait_kept(&page, &second.packs.version).await?;
    let crossed: BTreeSet<String> = page.eval_strings(FETCHED_API).await?.into_iter().collect();
    assert_eq!(
        crossed,
        BTreeSet::from(["/api/v1/packs.json".to_string(), expected]),
        "only the changed pack and the manifest cross the network"
    );
    assert_eq!(page.eval(CACHE_COMPLETE).await?, "complete");
    assert_eq!(
        catalogue_caches(&page).await?,
        vec![format!("dalil-catalogue-{}", second.packs.version)],
        "the old version and the packs only it named are gone"
    );

    // The edited service, read offline from its pack.
    site.stop();
    page.goto(&format!("/services/{id}?lang=en")).await?;
    page.wait_mounted().await?;
    page.wait_until(
        "the edited service, offline",
        "document.querySelector('main#main').textContent.includes('Residents may apply too.')",
        SYNC,
    )
    .await?;
    Ok(())
}

/// Pretends the browser's Save-Data setting is on, and notes a request for persistent
/// storage.
const SAVE_DATA: &str = "Object.defineProperty(Navigator.prototype, 'connection', {
        configurable: true,
        get: () => ({ saveData: true, effectiveType: '4g', addEventListener() {}, removeEventListener() {} }),
    });
    if (navigator.storage) {
        navigator.storage.persist = () => { localStorage.setItem('test.persist-asked', '1'); return Promise.resolve(true); };
    }";

#[tokio::test]
async fn with_save_data_the_copy_is_offered_not_taken() -> Result<()> {
    let dist = copy_of_dist()?;
    // Large enough (over 1 MB compressed) to be offered first.
    let catalogue = dalil_audit::generate::catalogue(6000);
    let published = dalil_audit::publish::publish(&catalogue, dist.path())?;
    let wire = published.packs.wire_bytes();
    assert!(wire > 1_000_000, "{wire} bytes on the wire");
    let site = Site::serve(dist.path())?;
    let page = Page::open_on(&site, Viewport::PHONE).await?;
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": SAVE_DATA }),
    )
    .await?;
    let offered = "document.getElementById('catalogue-status')?.dataset.state === 'offered'";
    let size = format!("{:.1}", wire as f64 / 1e6);
    for (lang, words) in [
        (
            "ar",
            ["احفظه للاستخدام دون اتصال", "ميغابايت", "توفير البيانات"],
        ),
        (
            "en",
            ["Keep for use without a connection", "MB)", "save data"],
        ),
    ] {
        page.goto(&format!("/?lang={lang}")).await?;
        page.wait_mounted().await?;
        page.wait_until("the offer", offered, SYNC).await?;
        let notice = page.text("#catalogue-status").await?;
        for word in words {
            assert!(notice.contains(word), "{lang}: {notice:?} lacks {word:?}");
        }
        let button = page.text(".catalogue-status__keep").await?;
        assert!(
            button.contains(&size),
            "{lang}: {button:?} gives the size {size}"
        );
        // Online, the page works: search reads the listing.
        page.wait_for("main#main[data-page=home]").await?;
        let fetched = page.eval_strings(FETCHED_API).await?;
        assert!(
            fetched
                .iter()
                .all(|p| !p.starts_with("/api/v1/packs/services-")),
            "{lang}: nothing beyond the page's needs: {fetched:?}"
        );
    }
    assert!(catalogue_caches(&page).await?.is_empty(), "nothing kept");
    assert!(page
        .local_storage_get("test.persist-asked")
        .await?
        .is_none());

    // The person accepts: persistent storage is asked for, and the copy is kept.
    page.click(".catalogue-status__keep").await?;
    wait_kept(&page, &published.packs.version).await?;
    assert_eq!(
        page.local_storage_get("test.persist-asked")
            .await?
            .as_deref(),
        Some("1")
    );
    assert_eq!(page.eval(CACHE_COMPLETE).await?, "complete");
    // The listing the page had already read (in the first document) came from the HTTP
    // cache in this one, for the page and for the copy alike: it is not downloaded again.
    let listing = pack_urls(&packs_of(dist.path())?)["listing"].clone();
    let sizes = page
        .eval(&format!(
            "return performance.getEntriesByType('resource')
                .filter(e => new URL(e.name).pathname === '{listing}').map(e => e.transferSize);"
        ))
        .await?;
    assert_eq!(
        sizes,
        serde_json::json!([0, 0]),
        "the page's read and the copy's"
    );
    Ok(())
}

/// Notes every long task (over 50 ms) of the page from its start.
const LONG_TASKS: &str = "window.__longTasks = [];
    new PerformanceObserver(list => {
        for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });";

/// The longest main-thread task (ms) during the catalogue check (the app's
/// `dalil-catalogue-check` measure), and the check's duration.
const LONGEST_DURING_SYNC: &str = "return (() => {
    const m = performance.getEntriesByName('dalil-catalogue-check').pop();
    if (!m) return 'no measure';
    const during = window.__longTasks.filter(([s, d]) => s + d > m.startTime && s < m.startTime + m.duration);
    return JSON.stringify({ longest: Math.max(0, ...during.map(([, d]) => d)), sync: m.duration,
        start: m.startTime, tasks: window.__longTasks });
})();";

/// Run it on a release build (`DALIL_DIST`): a debug build's wasm is several times slower.
#[tokio::test]
async fn a_1200_service_sync_leaves_the_main_thread_free() -> Result<()> {
    let dist = copy_of_dist()?;
    let catalogue = dalil_audit::generate::catalogue(1200);
    let published = dalil_audit::publish::publish(&catalogue, dist.path())?;
    let site = Site::serve(dist.path())?;
    let page = Page::open_on(&site, Viewport::PHONE).await?;
    page.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": LONG_TASKS }),
    )
    .await?;
    page.goto("/").await?;
    page.wait_mounted().await?;
    wait_kept(&page, &published.packs.version).await?;
    let found = page.eval(LONGEST_DURING_SYNC).await?;
    let found: serde_json::Value = serde_json::from_str(found.as_str().context("a JSON string")?)?;
    let longest = found["longest"].as_f64().context("longest")?;
    println!(
        "1,200-service sync: {:.0} ms from {:.0} ms, longest main-thread task during it {longest:.0} ms; long tasks [start, ms]: {}",
        found["sync"].as_f64().unwrap_or_default(),
        found["start"].as_f64().unwrap_or_default(),
        found["tasks"]
    );
    // The 50 ms goal is a figure (printed above, docs/benchmarks.md), not a timed test: on a
    // loaded CI machine a sliced sync measured 62 ms. What fails here is a sync that blocks
    // in one long task again (hundreds of ms).
    assert!(
        longest <= 200.0,
        "a {longest} ms task during the sync: it is not sliced"
    );
    Ok(())
}

/// Reads `count` services offline through the app's router (a tap on a link does the same:
/// `pushState` and `popstate`), each from the home page, and returns the times in ms from the
/// tap until the service's page is drawn with its data.
async fn offline_reads(page: &Page, ids: &[String]) -> Result<Vec<f64>> {
    let mut times = Vec::new();
    for id in ids {
        let found = page
            .eval(&format!(
                "return new Promise(resolve => {{
                    const go = (path) => {{ history.pushState(null, '', path); dispatchEvent(new PopStateEvent('popstate')); }};
                    const ready = (kind) => document.querySelector(`main#main[data-page=${{kind}}] h1`) !== null
                        && document.querySelector('main#main .loading') === null;
                    go('/');
                    const home = () => {{
                        if (!ready('home')) return requestAnimationFrame(home);
                        const start = performance.now();
                        go('/services/{id}');
                        const seen = new MutationObserver(() => {{
                            if (ready('service')) {{ seen.disconnect(); resolve(performance.now() - start); }}
                        }});
                        seen.observe(document.body, {{ childList: true, subtree: true }});
                    }};
                    home();
                }});"
            ))
            .await?;
        times.push(found.as_f64().context("a time")?);
    }
    Ok(times)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(at).copied().unwrap_or_default()
}

/// `[requests, bytes]` over the network under /api/ (Resource Timing).
const API_COST: &str = "return (() => {
    const api = performance.getEntriesByType('resource')
        .filter(e => new URL(e.name).pathname.startsWith('/api/') && e.transferSize > 0);
    return JSON.stringify([api.length, api.reduce((s, e) => s + e.transferSize, 0)]);
})();";

async fn api_cost(page: &Page) -> Result<(u64, u64)> {
    let found = page.eval(API_COST).await?;
    let [n, b]: [u64; 2] = serde_json::from_str(found.as_str().context("a JSON string")?)?;
    Ok((n, b))
}

/// Figures for `docs/benchmarks.md`, not a pass/fail check: a first visit keeping the demo
/// catalogue and generated ones of 1,200 and 10,000 services, over loopback nginx (gzip 9
/// copies: Chromium asks for brotli over HTTPS only). Run with `scripts/bench-offline-packs.sh`
/// (a release build), or on any build:
/// `cargo test -p dalil-e2e --test e2e -- --ignored --nocapture packs::offline_pack_figures`.
#[tokio::test]
#[ignore = "a benchmark: prints figures"]
async fn offline_pack_figures() -> Result<()> {
    let sizes: Vec<usize> = std::env::var("DALIL_PACK_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![0, 1_200, 10_000]);
    for services in sizes {
        let dist = copy_of_dist()?;
        let mut catalogue = if services == 0 {
            dalil_audit::audit::load_and_audit(&dalil_e2e::paths::repo_root().join("catalogue")).0
        } else {
            dalil_audit::generate::catalogue(services)
        };
        let published = dalil_audit::publish::publish(&catalogue, dist.path())?;
        let label = if services == 0 {
            format!("demo ({})", published.packs.counts.services)
        } else {
            services.to_string()
        };
        let site = Site::serve(dist.path())?;
        let page = Page::open_on(&site, Viewport::PHONE).await?;
        page.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": LONG_TASKS }),
        )
        .await?;
        let started = std::time::Instant::now();
        page.goto("/").await?;
        page.wait_mounted().await?;
        page.wait_until(
            "the first copy kept",
            &format!(
                "document.getElementById('catalogue-status')?.dataset.version === '{}'",
                published.packs.version
            ),
            Limit::secs(900),
        )
        .await?;
        let kept = started.elapsed();
        let (requests, bytes) = api_cost(&page).await?;
        let sync: serde_json::Value = serde_json::from_str(
            page.eval(LONGEST_DURING_SYNC)
                .await?
                .as_str()
                .context("a JSON string")?,
        )?;
        println!(
            "{label} services: {} packs, {:.2} MB raw; until kept: {requests} API requests, {:.1} KB on the wire, {} ms; sync {:.0} ms, longest main-thread task during it {:.0} ms",
            published.packs.packs.len(),
            published.packs.bytes_to_keep() as f64 / 1e6,
            bytes as f64 / 1e3,
            kept.as_millis(),
            sync["sync"].as_f64().unwrap_or_default(),
            sync["longest"].as_f64().unwrap_or_default(),
        );

        // One service edited (not its listing line) and republished.
        // A published one: a draft would change the preview tree only.
        let half = catalogue.services.len() / 2;
        let n = (half..catalogue.services.len())
            .chain(0..half)
            .find(|&i| catalogue.services[i].status == dalil_model::Status::Published)
            .context("a published service")?;
        catalogue.services[n]
            .eligibility
            .en
            .push_str(" Residents may apply too.");
        let republished = dalil_audit::publish::publish(&catalogue, dist.path())?;
        page.goto("/").await?;
        page.wait_mounted().await?;
        wait_kept(&page, &republished.packs.version).await?;
        let (requests, bytes) = api_cost(&page).await?;
        println!(
            "{label} services, one changed: {requests} API requests, {:.1} KB on the wire",
            bytes as f64 / 1e3
        );

        // Reading one service offline, nginx stopped.
        site.stop();
        let ids: Vec<String> = catalogue
            .services
            .iter()
            .filter(|s| s.status == dalil_model::Status::Published)
            .step_by((catalogue.services.len() / 20).max(1))
            .take(20)
            .map(|s| s.id.clone())
            .collect();
        let mut times = offline_reads(&page, &ids).await?;
        times.sort_by(f64::total_cmp);
        let mut reads: Vec<f64> = serde_json::from_value(
            page.eval(
                "return performance.getEntriesByName('dalil-offline-service-read').map(e => e.duration);",
            )
            .await?,
        )?;
        reads.sort_by(f64::total_cmp);
        println!(
            "{label} services: one service offline: its data read from the device p50 {:.1} ms, p95 {:.1} ms; tap to its page drawn p50 {:.0} ms, p95 {:.0} ms ({} reads)",
            percentile(&reads, 0.5),
            percentile(&reads, 0.95),
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times.len()
        );
    }
    Ok(())
}
