//! dalil-search's quality on both query sets, and the ablation: the same
//! figures with each feature or stemming rule turned off in turn.
//!
//! cargo run --release -p dalil-search --example quality [-- --json | --ablation]
//!
//! `--json` prints {"queries": {kind: metrics}, "holdout": {...}} for
//! baselines/run.mjs --ours; `--ablation` prints the ablation table.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/eval.rs"]
mod eval;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use dalil_search::{Filters, Index, Options};
    use std::collections::BTreeMap;

    let services = match eval::load_published(&eval::demo_catalogue_dir()) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("quality: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let sets = [
        ("queries", eval::default_cases()),
        ("holdout", eval::load_cases(&eval::crate_dir().join("quality/holdout.tsv"))),
    ];
    let measure = |options: Options| -> Vec<BTreeMap<String, eval::Metrics>> {
        let index = Index::build_with(&services, options);
        sets.iter()
            .map(|(_, cases)| {
                eval::evaluate(cases, |q| {
                    index
                        .search(q, &Filters::default(), eval::CUTOFF)
                        .into_iter()
                        .map(|h| h.id)
                        .collect()
                })
            })
            .collect()
    };

    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--json") {
        let all = measure(Options::default());
        let mut out = serde_json::Map::new();
        for ((name, _), metrics) in sets.iter().zip(all) {
            let kinds: serde_json::Map<String, serde_json::Value> = metrics
                .iter()
                .map(|(k, m)| {
                    let v = serde_json::json!({"queries": m.queries, "mrr": m.mrr, "recall": m.recall, "zero": m.zero});
                    (k.clone(), v)
                })
                .collect();
            out.insert(name.to_string(), serde_json::Value::Object(kinds));
        }
        println!("{}", serde_json::Value::Object(out));
    } else if args.iter().any(|a| a == "--ablation") {
        ablation(&measure);
    } else {
        for ((name, _), metrics) in sets.iter().zip(measure(Options::default())) {
            println!("{}", eval::table(&format!("dalil-search, {name} set"), &metrics));
        }
    }
    std::process::ExitCode::SUCCESS
}

/// One row per switched-off feature: MRR@10 per kind on the tuning set,
/// and overall MRR@10 / recall@10 on both sets.
#[cfg(not(target_arch = "wasm32"))]
fn ablation(measure: &dyn Fn(dalil_search::Options) -> Vec<std::collections::BTreeMap<String, eval::Metrics>>) {
    use dalil_search::Options;
    type Edit = fn(&mut Options);
    let rows: &[(&str, Edit)] = &[
        ("everything on", |_| {}),
        ("no Arabic article rule (ال وال بال كال فال لل)", |o| o.stem.arabic_article = false),
        ("no Arabic proclitic stem (و ب ل)", |o| o.stem.arabic_proclitic = false),
        ("no Arabic plural/pronoun suffixes (ات ون ين ها)", |o| o.stem.arabic_plural = false),
        ("no Arabic feminine/nisba endings (يه ه ي)", |o| o.stem.arabic_feminine = false),
        ("no English plural rule", |o| o.stem.english_plural = false),
        ("no English -ing/-ed/-e rule", |o| o.stem.english_verb = false),
        ("no stemming at all", |o| {
            o.stem = dalil_search::StemRules {
                arabic_article: false,
                arabic_proclitic: false,
                arabic_plural: false,
                arabic_feminine: false,
                english_plural: false,
                english_verb: false,
            }
        }),
        ("no stop words", |o| o.stop_words = false),
        ("no prefix on the last word", |o| o.prefix = false),
        ("no typo tolerance", |o| o.fuzzy = false),
        ("typos also for known words", |o| o.fuzzy_known_words = true),
        ("no transliteration folding", |o| o.transliteration = false),
        ("no synonym lexicon", |o| o.synonyms = false),
        ("no idf weighting", |o| o.idf = false),
    ];
    let kinds = &eval::KINDS[..6];
    println!(
        "| switched off | {} | all | recall | holdout | holdout recall |",
        kinds.join(" | ")
    );
    println!("|---|{}---:|---:|---:|---:|", "---:|".repeat(kinds.len()));
    for (name, edit) in rows {
        let mut options = Options::default();
        edit(&mut options);
        let m = measure(options);
        let mrr = |set: usize, kind: &str| m[set].get(kind).map_or(0.0, |x| x.mrr);
        let recall = |set: usize| m[set].get("all").map_or(0.0, |x| x.recall);
        println!(
            "| {name} | {} | {:.3} | {:.3} | {:.3} | {:.3} |",
            kinds.iter().map(|k| format!("{:.3}", mrr(0, k))).collect::<Vec<_>>().join(" | "),
            mrr(0, "all"),
            recall(0),
            mrr(1, "all"),
            recall(1),
        );
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
