//! Criterion benches: index build and per-keystroke search on the demo
//! catalogue and on generated catalogues of 1,200 and 10,000 services
//! (`dalil_audit::generate`, then loaded and listed). Before measuring, it
//! prints each index's heap size and the p50/p95 latency of the quality set
//! typed one character at a time.
//!
//! cargo bench -p dalil-search --bench search

// Native only: criterion and the catalogue loader do not build for wasm32
// (the browser figures come from tests/wasm_speed.rs).
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/eval.rs"]
mod eval;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/keystrokes.rs"]
mod keystrokes;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::{eval, keystrokes};
    use criterion::{criterion_group, BenchmarkId, Criterion};
    use dalil_model::ServiceSummary;
    use dalil_search::{Filters, Index};
    use std::hint::black_box;
    use std::time::Instant;

    fn catalogues() -> Vec<(String, Vec<ServiceSummary>)> {
        let mut out = Vec::new();
        match eval::load_published(&eval::demo_catalogue_dir()) {
            Ok(s) => out.push(("demo".to_string(), s)),
            Err(e) => eprintln!("demo catalogue skipped: {e}"),
        }
        for n in [1_200usize, 10_000] {
            let dir = std::env::temp_dir().join(format!("dalil-search-generated-{n}"));
            if !dir.join("services").is_dir() {
                if let Err(e) = dalil_audit::generate::generate(n, &dir) {
                    eprintln!("cannot generate {n} services: {e}");
                    continue;
                }
            }
            match eval::load_published(&dir) {
                Ok(s) => out.push((format!("generated-{n}"), s)),
                Err(e) => eprintln!("generated catalogue of {n} skipped: {e}"),
            }
        }
        out
    }

    fn typed() -> Vec<String> {
        keystrokes::keystrokes(&keystrokes::queries(include_str!("../quality/queries.tsv")))
    }

    /// Heap size and keystroke percentiles, printed once per catalogue.
    fn report(name: &str, services: &[ServiceSummary], typed: &[String]) {
        let index = Index::build(services);
        let filters = Filters::default();
        let mut times: Vec<f64> = typed
            .iter()
            .map(|q| {
                let t = Instant::now();
                black_box(index.search(q, &filters, 10));
                t.elapsed().as_secs_f64() * 1e6
            })
            .collect();
        times.sort_by(f64::total_cmp);
        eprintln!(
            "{name}: {} services, index heap {} KB, {} keystrokes, p50 {:.0} µs, p95 {:.0} µs",
            services.len(),
            index.heap_bytes() / 1024,
            typed.len(),
            keystrokes::percentile(&times, 50.0),
            keystrokes::percentile(&times, 95.0),
        );
    }

    fn benches(c: &mut Criterion) {
        let typed = typed();
        let catalogues = catalogues();
        for (name, services) in &catalogues {
            report(name, services, &typed);
        }
        let mut build = c.benchmark_group("build");
        build.sample_size(10);
        for (name, services) in &catalogues {
            build.bench_with_input(BenchmarkId::from_parameter(name), services, |b, s| {
                b.iter(|| Index::build(black_box(s)))
            });
        }
        build.finish();

        let mut search = c.benchmark_group("keystroke");
        search.sample_size(10);
        for (name, services) in &catalogues {
            let index = Index::build(services);
            let filters = Filters::default();
            // One iteration types the whole query set one character at a time;
            // divide by the keystroke count printed above for the mean.
            search.bench_function(BenchmarkId::new("all-keystrokes", name), |b| {
                b.iter(|| {
                    for q in &typed {
                        black_box(index.search(black_box(q), &filters, 10));
                    }
                })
            });
        }
        search.finish();
    }

    criterion_group!(search_benches, benches);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::search_benches();
    criterion::Criterion::default()
        .configure_from_args()
        .final_summary();
}

#[cfg(target_arch = "wasm32")]
fn main() {}
