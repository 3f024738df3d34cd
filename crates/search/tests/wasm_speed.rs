//! In-browser timing: builds the index over synthetic listings of 1,200 and
//! 10,000 services and types the quality set one character at a time,
//! timing each search with `performance.now()`. A benchmark: it prints its figures and the
//! targets beside them, and asserts nothing (timings depend on the machine). Run it with
//! `scripts/bench-wasm-search.sh`; CI does not.

#![cfg(target_arch = "wasm32")]

#[path = "support/keystrokes.rs"]
mod keystrokes;

use dalil_model::Status;
use dalil_search::{Filters, Index};
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Builds, types every keystroke, logs the figures; returns (warm build,
/// p95) in ms. The first build is also reported: it runs while the browser
/// still has the baseline-compiled wasm and a small memory.
fn measure(n: usize) -> (f64, f64) {
    // Every service, whatever its status: the figures are for n services.
    let services =
        dalil_audit::generate::catalogue(n).listing(&[Status::Published, Status::UnderAudit]);
    let start = now();
    let mut index = Index::build(&services);
    let cold = now() - start;
    let mut build = f64::MAX;
    for _ in 0..3 {
        let start = now();
        index = Index::build(&services);
        build = build.min(now() - start);
    }
    let typed =
        keystrokes::keystrokes(&keystrokes::queries(include_str!("../quality/queries.tsv")));
    let filters = Filters::default();
    let mut times: Vec<f64> = Vec::with_capacity(typed.len());
    let mut found = 0usize;
    for q in &typed {
        let t = now();
        found += index.search(q, &filters, 10).len();
        times.push(now() - t);
    }
    times.sort_by(f64::total_cmp);
    let p50 = keystrokes::percentile(&times, 50.0);
    let p95 = keystrokes::percentile(&times, 95.0);
    let max = times.last().copied().unwrap_or(0.0);
    console_log!(
        "wasm n={n}: build {build:.1} ms (first {cold:.1} ms), heap ~{} KB, {} keystrokes, p50 {p50:.3} ms, p95 {p95:.3} ms, max {max:.2} ms ({found} hits)",
        index.heap_bytes() / 1024,
        typed.len()
    );
    (build, p95)
}

#[wasm_bindgen_test]
fn speed_at_1200_services() {
    let (build, p95) = measure(1_200);
    console_log!(
        "wasm n=1200 against the targets: warm build {build:.1} ms (target <= 100 ms), p95 {p95:.3} ms (target <= 2 ms)"
    );
}

#[wasm_bindgen_test]
fn speed_at_10000_services() {
    let (_, p95) = measure(10_000);
    console_log!("wasm n=10000 against the target: p95 {p95:.3} ms (target <= 10 ms)");
}
