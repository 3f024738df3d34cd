//! Speed figures without criterion: index build time, index size, and the
//! per-keystroke latency of the quality set typed one character at a time,
//! on the demo catalogue and on generated catalogues of 1,200 and 10,000
//! services (written by `dalil_audit::generate`, then loaded and listed).
//!
//! cargo run --release -p dalil-search --example speed [-- --synthetic]
//!
//! Each keystroke is timed three times and the fastest kept, so that other
//! processes on the machine do not count. `--synthetic` lists the generated catalogue in memory, as the wasm
//! test does, instead of writing and loading files; `--demo-only` skips the
//! big catalogues; DALIL_SPEED_ROUNDS sets how many builds are timed.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/eval.rs"]
mod eval;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/keystrokes.rs"]
mod keystrokes;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use dalil_model::ServiceSummary;
    use dalil_search::{Filters, Index};
    use std::time::Instant;

    let synthetic_only = std::env::args().any(|a| a == "--synthetic");
    let mut sets: Vec<(String, Vec<ServiceSummary>)> = Vec::new();
    match eval::load_published(&eval::demo_catalogue_dir()) {
        Ok(s) => sets.push(("demo".into(), s)),
        Err(e) => eprintln!("demo catalogue skipped: {e}"),
    }
    let sizes: &[usize] = if std::env::args().any(|a| a == "--demo-only") {
        &[]
    } else {
        &[1_200, 10_000]
    };
    for &n in sizes {
        let listing = if synthetic_only {
            dalil_audit::generate::catalogue(n).listing(&[dalil_model::Status::Published])
        } else {
            generated(n)
        };
        sets.push((
            if synthetic_only {
                "synthetic"
            } else {
                "generated"
            }
            .into(),
            listing,
        ));
    }

    let typed =
        keystrokes::keystrokes(&keystrokes::queries(include_str!("../quality/queries.tsv")));
    println!("| catalogue | services | build (ms) | index heap (KB) | keystrokes | p50 (µs) | p95 (µs) | max (µs) |");
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (name, services) in &sets {
        // Best of five builds: the first pays for cold caches and allocation.
        let mut build = f64::MAX;
        let mut index = Index::build(services);
        let rounds = std::env::var("DALIL_SPEED_ROUNDS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(5);
        for _ in 0..rounds {
            let t = Instant::now();
            index = Index::build(services);
            build = build.min(t.elapsed().as_secs_f64() * 1e3);
        }
        let filters = Filters::default();
        let mut times: Vec<f64> = Vec::with_capacity(typed.len());
        let mut found = 0;
        for q in &typed {
            // Best of three: the machine is shared, and a keystroke's own
            // cost is what is measured, not the neighbours' preemptions.
            let mut best = f64::MAX;
            for _ in 0..3 {
                let t = Instant::now();
                found += index.search(q, &filters, 10).len();
                best = best.min(t.elapsed().as_secs_f64() * 1e6);
            }
            times.push(best);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "| {name} | {} | {build:.1} | {} | {} | {:.0} | {:.0} | {:.0} |",
            services.len(),
            index.heap_bytes() / 1024,
            typed.len(),
            keystrokes::percentile(&times, 50.0),
            keystrokes::percentile(&times, 95.0),
            times.last().copied().unwrap_or(0.0),
        );
        std::hint::black_box(found);
    }
}

/// A generated catalogue of `n` services, published ones listed.
#[cfg(not(target_arch = "wasm32"))]
fn generated(n: usize) -> Vec<dalil_model::ServiceSummary> {
    let dir = std::env::temp_dir().join(format!("dalil-search-generated-{n}"));
    if !dir.join("services").is_dir() {
        if let Err(e) = dalil_audit::generate::generate(n, &dir) {
            eprintln!("cannot generate {n} services in {}: {e}", dir.display());
            return Vec::new();
        }
    }
    eval::load_published(&dir).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
