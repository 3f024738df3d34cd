//! Lighthouse figures (a benchmark, not a test: `scripts/lighthouse.sh` runs it, CI does not):
//! Lighthouse 12 from npm (`.tools/`), mobile defaults (simulated slow 4G, 4x CPU slowdown),
//! against the build in `DALIL_DIST` served by the real nginx config. Three runs per page;
//! prints the medians as the table for `docs/benchmarks.md`.
//!
//! To look into one page: `DALIL_LIGHTHOUSE_PAGES=service DALIL_LIGHTHOUSE_RUNS=1`; every
//! report is kept whole in `target/lighthouse/` for its trace-based audits.

use anyhow::{Context, Result};
use dalil_e2e::{paths, Site};
use serde_json::Value;

const RUNS: usize = 3;

fn runs() -> usize {
    std::env::var("DALIL_LIGHTHOUSE_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(RUNS)
}

/// The pages asked for (names from `PAGES`, comma-separated), or all of them.
fn wanted(name: &str) -> bool {
    match std::env::var("DALIL_LIGHTHOUSE_PAGES") {
        Ok(list) if !list.is_empty() => list.split(',').any(|n| n.trim() == name),
        _ => true,
    }
}

const PAGES: [(&str, &str); 5] = [
    ("home", "/"),
    ("service", "/services/passport-issue"),
    ("fees", "/services/passport-issue/fees"),
    ("search", "/search?q=%D8%AC%D9%88%D8%A7%D8%B2"),
    ("centres", "/centres"),
];

fn lighthouse_bin() -> std::path::PathBuf {
    paths::repo_root().join(".tools/node_modules/.bin/lighthouse")
}

/// One Lighthouse run: (performance, accessibility, best practices, SEO, LCP ms, TBT ms, CLS).
fn run(url: &str, report_name: &str) -> Result<[f64; 7]> {
    let out = std::process::Command::new(lighthouse_bin())
        .arg(url)
        .args([
            "--output=json",
            "--output-path=stdout",
            "--quiet",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ])
        .env("CHROME_PATH", paths::chrome_bin())
        .output()
        .context("running lighthouse (scripts/lighthouse.sh installs it)")?;
    anyhow::ensure!(
        out.status.success(),
        "lighthouse {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let kept = paths::repo_root().join("target/lighthouse");
    std::fs::create_dir_all(&kept)?;
    std::fs::write(kept.join(format!("{report_name}.json")), &out.stdout)?;
    let report: Value = serde_json::from_slice(&out.stdout).context("lighthouse's JSON")?;
    let score = |c: &str| report["categories"][c]["score"].as_f64().unwrap_or(0.0) * 100.0;
    let audit = |a: &str| {
        report["audits"][a]["numericValue"]
            .as_f64()
            .unwrap_or(f64::NAN)
    };
    Ok([
        score("performance"),
        score("accessibility"),
        score("best-practices"),
        score("seo"),
        audit("largest-contentful-paint"),
        audit("total-blocking-time"),
        audit("cumulative-layout-shift"),
    ])
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

#[test]
#[ignore = "a benchmark: scripts/lighthouse.sh"]
fn lighthouse_mobile_medians() -> Result<()> {
    let site = Site::serve_dist()?;
    println!(
        "| page | lang | performance | accessibility | best practices | SEO | LCP | TBT | CLS |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (name, path) in PAGES.into_iter().filter(|(name, _)| wanted(name)) {
        for lang in ["ar", "en"] {
            let address = match (lang, path.contains('?')) {
                ("ar", _) => path.to_string(),
                (_, true) => format!("{path}&lang=en"),
                (_, false) => format!("{path}?lang=en"),
            };
            let runs = (0..runs())
                .map(|i| {
                    let name = format!("{name}-{lang}-{i}");
                    // Lighthouse now and then fails to record a trace (NO_NAVSTART): once more.
                    run(&site.url(&address), &name).or_else(|_| run(&site.url(&address), &name))
                })
                .collect::<Result<Vec<_>>>()?;
            let m = |i: usize| median(runs.iter().map(|r| r[i]).collect());
            println!(
                "| {name} `{address}` | {lang} | {:.0} | {:.0} | {:.0} | {:.0} | {:.2} s | {:.0} ms | {:.3} |",
                m(0),
                m(1),
                m(2),
                m(3),
                m(4) / 1000.0,
                m(5),
                m(6)
            );
        }
    }
    Ok(())
}

/// The release build served by the real config for a while, for looking into a page by hand
/// (`DALIL_SERVE_SECONDS`, default 600): prints the address and waits.
#[test]
#[ignore = "a tool: serves dist/ for inspection"]
fn serve_for_inspection() -> Result<()> {
    let site = Site::serve_dist()?;
    println!("serving {}", site.origin());
    let seconds = std::env::var("DALIL_SERVE_SECONDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(600);
    std::thread::sleep(std::time::Duration::from_secs(seconds));
    Ok(())
}
