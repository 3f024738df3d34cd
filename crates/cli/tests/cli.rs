//! The command line as a clerk and CI use it: exit codes, what is printed,
//! and that `publish` never writes a broken catalogue.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: &str = "2026-11-28";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dalil-catalogue"))
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A scratch folder removed at the end of the test.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("dalil-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, rel: &str) -> String {
        self.0.join(rel).to_string_lossy().into_owned()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The minimal valid catalogue of the audit tests, copied so it can be broken.
/// Breaks one source of a catalogue copy: `from` becomes `to` in `file`.
fn break_source(cat: &Path, file: &str, from: &str, to: &str) {
    let path = cat.join(file);
    let source = std::fs::read_to_string(&path).unwrap();
    assert!(source.contains(from), "{file} has no {from:?} to break");
    std::fs::write(&path, source.replace(from, to)).unwrap();
}

fn minimal_copy(scratch: &Scratch) -> PathBuf {
    let from = workspace().join("crates/audit/tests/fixtures/minimal");
    let to = scratch.0.join("catalogue");
    std::fs::create_dir_all(to.join("services")).unwrap();
    for rel in [
        "authorities.toml",
        "governorates.toml",
        "categories.toml",
        "centres.toml",
    ] {
        std::fs::copy(from.join(rel), to.join(rel)).unwrap();
    }
    for e in std::fs::read_dir(from.join("services")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join("services").join(e.file_name())).unwrap();
    }
    to
}

#[test]
fn audit_of_the_demo_catalogue_exits_0() {
    let demo = workspace().join("catalogue");
    let out = run(&["audit", demo.to_str().unwrap(), "--date", TODAY]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains("50 services: 46 published, 3 under audit, 1 draft, 0 failing"),
        "{stdout}"
    );
    assert!(stdout.contains("\n0 error(s)"), "{stdout}");
}

#[test]
fn audit_of_a_broken_catalogue_exits_1_with_the_file_line_and_reasons() {
    let scratch = Scratch::new("audit-broken");
    let cat = minimal_copy(&scratch);
    break_source(
        &cat,
        "services/id-card.toml",
        "where = { kind = \"centre\" }\n",
        "",
    );
    let out = run(&["audit", cat.to_str().unwrap(), "--date", TODAY]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let shown = format!(
        "{}:8: error: `steps[0].where`: say where the step happens",
        cat.join("services/id-card.toml").display()
    );
    assert!(stdout.contains(&shown), "{stdout}");
    // The report repeats the reason under the ministry.
    assert!(
        stdout.contains("interior (Ministry of Interior): 1 failing service(s)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    - line 8, `steps[0].where`: say where"),
        "{stdout}"
    );
}

#[test]
fn publish_refuses_a_broken_catalogue_and_writes_nothing() {
    let scratch = Scratch::new("publish-broken");
    let cat = minimal_copy(&scratch);
    break_source(
        &cat,
        "services/civil-extract.toml",
        "status = \"published\"",
        "status = \"publish\"",
    );
    let site = scratch.path("site");
    let out = run(&[
        "publish",
        cat.to_str().unwrap(),
        "--out",
        &site,
        "--date",
        TODAY,
    ]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("refusing to publish: 1 error(s)"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `published`?"), "{stderr}");
    assert!(!Path::new(&site).exists(), "nothing is written");
}

#[test]
fn publish_writes_both_trees_of_a_clean_catalogue() {
    let scratch = Scratch::new("publish-clean");
    let cat = minimal_copy(&scratch);
    let site = scratch.path("site");
    let out = run(&[
        "publish",
        cat.to_str().unwrap(),
        "--out",
        &site,
        "--date",
        TODAY,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("published 2 services (2 more in preview)"));
    for f in [
        "manifest.json",
        "services.json",
        "services/id-card.json",
        "preview/services/marriage.json",
    ] {
        assert!(Path::new(&site).join("api/v1").join(f).is_file(), "{f}");
    }
    assert!(!Path::new(&site)
        .join("api/v1/services/marriage.json")
        .exists());
}

#[test]
fn a_catalogue_that_fails_the_audit_leaves_the_published_tree_untouched() {
    let scratch = Scratch::new("publish-over");
    let cat = minimal_copy(&scratch);
    let site = scratch.path("site");
    let publish = || {
        run(&[
            "publish",
            cat.to_str().unwrap(),
            "--out",
            &site,
            "--date",
            TODAY,
        ])
    };
    assert!(publish().status.success());
    let manifest = Path::new(&site).join("api/v1/manifest.json");
    let before = std::fs::read(&manifest).unwrap();
    break_source(
        &cat,
        "services/civil-extract.toml",
        "authority = ",
        "authority = \"nobody\"\n#",
    );
    let out = publish();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(&manifest).unwrap(), before);
    assert!(Path::new(&site)
        .join("api/v1/services/civil-extract.json")
        .is_file());
}

#[test]
fn a_missing_catalogue_folder_is_an_error_not_a_panic() {
    let out = run(&["audit", "/no/such/catalogue", "--date", TODAY]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("/no/such/catalogue/: error: this is not a catalogue folder"),
        "{stdout}"
    );
}

#[test]
fn a_bad_date_option_is_a_usage_error() {
    let out = run(&["audit", "--date", "2025-02-30"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--date takes a day as YYYY-MM-DD"));
}

#[test]
fn a_generated_catalogue_of_1200_services_audits_clean_and_publishes() {
    let scratch = Scratch::new("generate");
    let cat = scratch.path("catalogue");
    let out = run(&["generate", "--services", "1200", "--out", &cat]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(&["audit", &cat, "--date", TODAY]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("\n0 error(s), 0 warning(s)"), "{stdout}");
    let out = run(&[
        "publish",
        &cat,
        "--out",
        &scratch.path("site"),
        "--date",
        TODAY,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("published "));
}

#[test]
fn fee_lines_name_their_kind_as_the_app_does() {
    let demo = workspace().join("catalogue");
    for (lang, duty) in [("en", "Duty"), ("ar", "رسم مقرّر")] {
        let out = run(&[
            "fee",
            "company-incorporation",
            "--catalogue",
            demo.to_str().unwrap(),
            "--date",
            TODAY,
            "--lang",
            lang,
        ]);
        let stdout = text(&out.stdout);
        assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
        // The kind column (after two spaces) holds the same word as the app's tag.
        assert!(
            stdout.lines().any(|l| l.contains(&format!("  {duty} "))),
            "{lang}: no `{duty}` column in\n{stdout}"
        );
    }
}

/// `audit --format json` prints the report `publish` writes into the
/// preview tree, and only there; `--format csv` is one row per service.
fn report_matches_publish(cat: &str, scratch: &Scratch) -> serde_json::Value {
    let out = run(&["audit", cat, "--date", TODAY, "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let site = scratch.path("site");
    let out = run(&["publish", cat, "--out", &site, "--date", TODAY]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let written = std::fs::read(Path::new(&site).join("api/v1/preview/audit.json")).unwrap();
    let written: serde_json::Value = serde_json::from_slice(&written).unwrap();
    assert_eq!(printed, written, "the CLI and publish give one report");
    assert!(
        !Path::new(&site).join("api/v1/audit.json").exists(),
        "the public tree never holds the report"
    );
    let out = run(&[
        "audit", cat, "--date", TODAY, "--format", "csv", "--lang", "en",
    ]);
    assert!(out.status.success());
    let csv = text(&out.stdout);
    assert!(
        csv.starts_with("ministry,authority,service,name,status,"),
        "{csv}"
    );
    let total = printed["totals"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum::<u64>();
    assert_eq!(
        csv.lines().count() as u64,
        total + 1,
        "a header and one row per service"
    );
    printed
}

#[test]
fn the_demo_report_is_the_same_from_audit_and_publish() {
    let scratch = Scratch::new("report-demo");
    let demo = workspace().join("catalogue");
    let report = report_matches_publish(demo.to_str().unwrap(), &scratch);
    assert_eq!(report["totals"]["published"], 46);
    assert_eq!(report["date"], TODAY);
}

#[test]
fn the_generated_workshop_catalogue_shows_the_seeds_picture() {
    let scratch = Scratch::new("report-1200");
    let cat = scratch.path("catalogue");
    let out = run(&[
        "generate",
        "--services",
        "1200",
        "--published",
        "1000",
        "--problems",
        "--out",
        &cat,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = report_matches_publish(&cat, &scratch);
    let totals = &report["totals"];
    assert_eq!(totals["published"], 1000);
    assert_eq!(
        totals["failing"], 0,
        "every problem is one a catalogue may publish with"
    );
    assert_eq!(
        totals["under_audit"].as_u64().unwrap() + totals["draft"].as_u64().unwrap(),
        200
    );
    let consistency = &report["consistency"];
    for kind in ["document_names", "amounts", "governorates"] {
        assert!(
            !consistency[kind].as_array().unwrap().is_empty(),
            "the generated catalogue has {kind} findings"
        );
    }
    let out = run(&["audit", &cat, "--date", TODAY]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("\n1200 services: 1000 published, "),
        "{stdout}"
    );
}

#[test]
fn generate_refuses_more_published_than_services() {
    let out = run(&[
        "generate",
        "--services",
        "10",
        "--published",
        "11",
        "--out",
        "/tmp/never",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--published cannot be more than --services"));
    let out = run(&["audit", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--format takes table, json or csv"));
}

#[test]
fn the_published_parts_of_the_report_are_cut_from_the_whole() {
    let scratch = Scratch::new("report-parts");
    let demo = workspace().join("catalogue");
    let site = scratch.path("site");
    let out = run(&[
        "publish",
        demo.to_str().unwrap(),
        "--out",
        &site,
        "--date",
        TODAY,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let preview = Path::new(&site).join("api/v1/preview");
    let read = |rel: &str| -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(preview.join(rel)).unwrap()).unwrap()
    };
    let whole = read("audit.json");
    let summary = read("audit/summary.json");
    assert_eq!(summary["totals"], whole["totals"]);
    let ministries = whole["ministries"].as_array().unwrap();
    assert_eq!(
        summary["ministries"].as_array().unwrap().len(),
        ministries.len()
    );
    for m in ministries {
        let id = m["id"].as_str().unwrap();
        let part = read(&format!("audit/ministries/{id}.json"));
        assert_eq!(&part["ministry"], m, "{id}");
    }
    assert_eq!(
        read("audit/consistency.json")["consistency"],
        whole["consistency"]
    );
    assert!(!Path::new(&site).join("api/v1/audit").exists());
}
