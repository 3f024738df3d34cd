//! dalil-search's quality on both query sets, and the ablation: the same
//! figures with each feature or stemming rule turned off in turn.
//!
//! cargo run --release -p dalil-search --example quality [-- FLAGS]
//!
//! - `--json`: {"queries": {kind: metrics}, "holdout": {...}} for
//!   baselines/run.mjs --ours;
//! - `--ablation`: the ablation table (with a column for the queries caught
//!   mid-typing, last word cut to 60%);
//! - `--misses [ROW]`: the queries whose expected service is not first, with
//!   everything on or with the ablation row whose name contains ROW;
//! - `--no-latin-keywords` / `--no-keywords`: drop the services' own Latin
//!   spellings / all their keywords first.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/support/eval.rs"]
mod eval;

#[cfg(not(target_arch = "wasm32"))]
mod run {
    use super::eval;
    use dalil_model::ServiceSummary;
    use dalil_search::{Filters, Index, Options, StemRules};
    use std::collections::BTreeMap;

    type Edit = fn(&mut Options);

    /// The ablation: one feature or rule off per row.
    pub const ROWS: &[(&str, Edit)] = &[
        ("everything on", |_| {}),
        (
            "no Arabic article rule (ال وال بال كال فال لل)",
            |o| o.stem.arabic_article = false,
        ),
        ("no Arabic proclitic stem (و ب ل)", |o| {
            o.stem.arabic_proclitic = false
        }),
        (
            "no Arabic plural/pronoun suffixes (ات ون ين ها)",
            |o| o.stem.arabic_plural = false,
        ),
        ("no Arabic feminine/nisba endings (يه ه ي)", |o| {
            o.stem.arabic_feminine = false
        }),
        ("no English plural rule", |o| o.stem.english_plural = false),
        ("no English -ing/-ed/-e rule", |o| {
            o.stem.english_verb = false
        }),
        ("no stemming at all", |o| o.stem = StemRules::none()),
        ("no stop words", |o| o.stop_words = false),
        ("no prefix on the last word", |o| o.prefix = false),
        ("no typo tolerance", |o| o.fuzzy = false),
        ("typos also for known words", |o| o.fuzzy_known_words = true),
        ("no transliteration folding", |o| o.transliteration = false),
        ("no synonym lexicon", |o| o.synonyms = false),
        ("no idf weighting", |o| o.idf = false),
    ];

    pub struct Sets {
        pub services: Vec<ServiceSummary>,
        pub sets: Vec<(&'static str, Vec<eval::Case>)>,
    }

    impl Sets {
        pub fn search(index: &Index) -> impl FnMut(&str) -> Vec<String> + '_ {
            |q| {
                index
                    .search(q, &Filters::default(), eval::CUTOFF)
                    .into_iter()
                    .map(|h| h.id)
                    .collect()
            }
        }

        pub fn measure(&self, options: Options) -> Vec<BTreeMap<String, eval::Metrics>> {
            let index = Index::build_with(&self.services, options);
            self.sets
                .iter()
                .map(|(_, cases)| eval::evaluate(cases, Self::search(&index)))
                .collect()
        }
    }

    pub fn main(args: &[String]) -> Result<(), String> {
        let mut services = eval::load_published(&eval::demo_catalogue_dir())?;
        if args.iter().any(|a| a == "--no-latin-keywords") {
            eval::without_latin_keywords(&mut services);
        }
        if args.iter().any(|a| a == "--no-keywords") {
            eval::without_keywords(&mut services);
        }
        let sets = Sets {
            services,
            sets: vec![
                ("queries", eval::default_cases()),
                (
                    "holdout",
                    eval::load_cases(&eval::crate_dir().join("quality/holdout.tsv")),
                ),
                ("half-typed", eval::half_typed(&eval::default_cases())),
            ],
        };
        if args.iter().any(|a| a == "--json") {
            json(&sets);
        } else if args.iter().any(|a| a == "--ablation") {
            ablation(&sets);
        } else if let Some(i) = args.iter().position(|a| a == "--misses") {
            let row = args
                .get(i + 1)
                .filter(|r| !r.starts_with("--"))
                .map_or("everything on", |r| r);
            let (name, edit) = ROWS
                .iter()
                .find(|(name, _)| name.contains(row))
                .ok_or(format!("no ablation row contains `{row}`"))?;
            let mut options = Options::default();
            edit(&mut options);
            let index = Index::build_with(&sets.services, options);
            println!("misses with {name}:");
            for (set, cases) in &sets.sets {
                for line in eval::misses(cases, Sets::search(&index)) {
                    println!("{set:<8} {line}");
                }
            }
        } else {
            for ((name, _), metrics) in sets.sets.iter().zip(sets.measure(Options::default())) {
                println!(
                    "{}",
                    eval::table(&format!("dalil-search, {name} set"), &metrics)
                );
            }
        }
        Ok(())
    }

    fn json(sets: &Sets) {
        let mut out = serde_json::Map::new();
        for ((name, _), metrics) in sets.sets.iter().zip(sets.measure(Options::default())) {
            let kinds: serde_json::Map<String, serde_json::Value> = metrics
                .iter()
                .map(|(k, m)| {
                    let v = serde_json::json!({
                        "queries": m.queries, "mrr": m.mrr, "recall": m.recall, "zero": m.zero
                    });
                    (k.clone(), v)
                })
                .collect();
            out.insert(name.to_string(), serde_json::Value::Object(kinds));
        }
        println!("{}", serde_json::Value::Object(out));
    }

    /// MRR@10 per kind on the tuning set, and overall MRR@10 / recall@10 on
    /// both sets, for each row.
    fn ablation(sets: &Sets) {
        let kinds = &eval::KINDS[..6];
        println!(
            "| switched off | {} | all | recall | holdout | holdout recall | half-typed |",
            kinds.join(" | ")
        );
        println!(
            "|---|{}---:|---:|---:|---:|---:|",
            "---:|".repeat(kinds.len())
        );
        for (name, edit) in ROWS {
            let mut options = Options::default();
            edit(&mut options);
            let m = sets.measure(options);
            let mrr = |set: usize, kind: &str| m[set].get(kind).map_or(0.0, |x| x.mrr);
            let recall = |set: usize| m[set].get("all").map_or(0.0, |x| x.recall);
            println!(
                "| {name} | {} | {:.3} | {:.3} | {:.3} | {:.3} | {:.3} |",
                kinds
                    .iter()
                    .map(|k| format!("{:.3}", mrr(0, k)))
                    .collect::<Vec<_>>()
                    .join(" | "),
                mrr(0, "all"),
                recall(0),
                mrr(1, "all"),
                recall(1),
                mrr(2, "all"),
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run::main(&args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quality: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
