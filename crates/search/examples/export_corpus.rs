//! Dumps the published services of a catalogue and the quality query sets
//! as JSON, for the baseline engines (crates/search/baselines/run.mjs).
//!
//! cargo run -p dalil-search --example export_corpus -- catalogue > corpus.json
//!
//! With `--no-latin-keywords`, the services' own Latin spellings are left
//! out (to compare the engines on transliterations nobody listed).

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/eval.rs"]
mod eval;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use serde_json::json;
    use std::path::PathBuf;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let no_latin = args.iter().any(|a| a == "--no-latin-keywords");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("catalogue"));
    let mut services = match eval::load_published(&dir) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("export_corpus: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    if no_latin {
        eval::without_latin_keywords(&mut services);
    }
    let services: Vec<_> = services
        .iter()
        .map(|s| {
            json!({
                "id": s.id,
                "name_ar": s.name.ar,
                "name_en": s.name.en,
                "keywords": s.keywords.all().collect::<Vec<_>>(),
                "summary": [s.summary.ar, s.summary.en],
                "documents": s.documents.iter().flat_map(|d| [d.ar.as_str(), d.en.as_str()]).collect::<Vec<_>>(),
            })
        })
        .collect();
    let cases = |file: &str| -> Vec<serde_json::Value> {
        eval::load_cases(&eval::crate_dir().join("quality").join(file))
            .into_iter()
            .map(|c| json!({ "kind": c.kind, "query": c.query, "expected": c.expected }))
            .collect()
    };
    let corpus = json!({
        "services": services,
        "queries": cases("queries.tsv"),
        "holdout": cases("holdout.tsv"),
    });
    match serde_json::to_string_pretty(&corpus) {
        Ok(text) => {
            println!("{text}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("export_corpus: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
