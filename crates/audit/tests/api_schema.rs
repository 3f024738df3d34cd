//! `docs/api.schema.json` describes what `publish` writes: the schema is a
//! valid 2020-12 schema naming every document, and every file of the
//! published demo API (both trees) validates against its document's entry.

use dalil_audit::audit::load_and_audit_on;
use dalil_audit::publish::{publish, API_ROOT};
use dalil_fees::Date;
use dalil_model::api::{paths, Manifest};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn schema() -> Value {
    let text = std::fs::read_to_string(workspace().join("docs/api.schema.json")).unwrap();
    serde_json::from_str(&text).expect("docs/api.schema.json is JSON")
}

/// The `$defs` entry each file of a tree is validated against.
fn document_of(path: &str) -> &'static str {
    match path {
        paths::MANIFEST => "manifest",
        paths::SERVICES => "listing",
        paths::AUTHORITIES => "authorities_doc",
        paths::GOVERNORATES => "governorates_doc",
        paths::CENTRES => "centres_doc",
        paths::CATEGORIES => "categories_doc",
        p if p.starts_with("services/") => "service_doc",
        paths::PACKS => "pack_manifest",
        p if p.starts_with("packs/services-") => "service_pack",
        p if p.starts_with("packs/listing-") => "listing",
        p if p.starts_with("packs/authorities-") => "authorities_doc",
        p if p.starts_with("packs/governorates-") => "governorates_doc",
        p if p.starts_with("packs/centres-") => "centres_doc",
        p if p.starts_with("packs/categories-") => "categories_doc",
        other => panic!("no schema entry for {other}"),
    }
}

#[test]
fn the_schema_names_every_document_and_every_reference_resolves() {
    let schema = schema();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let defs = schema["$defs"].as_object().unwrap();
    for doc in [
        "manifest",
        "pack_manifest",
        "service_pack",
        "listing",
        "service_doc",
        "authorities_doc",
        "governorates_doc",
        "centres_doc",
        "categories_doc",
    ] {
        assert!(defs.contains_key(doc), "$defs.{doc}");
    }
    let text = schema.to_string();
    for reference in text.split("\"$ref\":\"#/$defs/").skip(1) {
        let name = reference.split('"').next().unwrap();
        assert!(defs.contains_key(name), "$ref to missing $defs.{name}");
    }
    assert!(jsonschema::draft202012::meta::is_valid(&schema));
}

#[test]
fn the_published_demo_api_validates_against_the_schema() {
    let (cat, problems) = load_and_audit_on(
        &workspace().join("catalogue"),
        Date::parse("2026-11-28").unwrap(),
    );
    assert!(problems.iter().all(|p| !p.is_error()));
    let out = std::env::temp_dir().join(format!("dalil-schema-{}", std::process::id()));
    publish(&cat, &out).unwrap();
    let schema = schema();
    let mut checked = 0;
    for tree in ["", "preview/"] {
        let root = out.join(API_ROOT).join(tree);
        let manifest: Manifest =
            serde_json::from_str(&std::fs::read_to_string(root.join(paths::MANIFEST)).unwrap())
                .unwrap();
        let mut files: Vec<String> = std::iter::once(paths::MANIFEST.to_string())
            .chain(manifest.files.keys().cloned())
            .collect();
        if tree.is_empty() {
            let packs: dalil_model::pack::PackManifest =
                serde_json::from_str(&std::fs::read_to_string(root.join(paths::PACKS)).unwrap())
                    .unwrap();
            files.push(paths::PACKS.to_string());
            files.extend(packs.packs.iter().map(|p| p.path()));
        }
        for path in files {
            // Validate against one entry, with the shared $defs in scope.
            let entry = json!({
                "$schema": schema["$schema"],
                "$defs": schema["$defs"],
                "$ref": format!("#/$defs/{}", document_of(&path)),
            });
            let validator = jsonschema::draft202012::new(&entry).unwrap();
            let doc: Value =
                serde_json::from_str(&std::fs::read_to_string(root.join(&path)).unwrap()).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&doc)
                .take(5)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{tree}{path}:\n{}", errors.join("\n"));
            checked += 1;
        }
    }
    let _ = std::fs::remove_dir_all(&out);
    // Two trees of a manifest, five documents and their services; the
    // public tree's pack manifest and its six packs.
    assert_eq!(checked, 2 * (1 + 5) + 46 + 50 + 1 + 6);
}

/// Errors of `doc` against the `$defs` entry `name`.
fn invalid(doc: &Value, name: &str) -> Vec<String> {
    let schema = schema();
    let entry = json!({
        "$schema": schema["$schema"],
        "$defs": schema["$defs"],
        "$ref": format!("#/$defs/{name}"),
    });
    let validator = jsonschema::draft202012::new(&entry).unwrap();
    validator
        .iter_errors(doc)
        .take(5)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_audit_report_validates_against_the_schema() {
    let today = Date::parse("2026-11-28").unwrap();
    let (cat, problems) = load_and_audit_on(&workspace().join("catalogue"), today);
    let report = dalil_audit::report::build(&cat, &problems, today);
    let doc = serde_json::to_value(&report).unwrap();
    let errors = invalid(&doc, "audit_report");
    assert!(errors.is_empty(), "demo:\n{}", errors.join("\n"));
    // The generated workshop catalogue has every kind of finding and problem.
    let cat = dalil_audit::generate::catalogue_with(&dalil_audit::generate::Options {
        services: 300,
        published: Some(250),
        problems: true,
    });
    let problems = dalil_audit::audit_on(&cat, today);
    let report = dalil_audit::report::build(&cat, &problems, today);
    assert!(!report.consistency.is_empty());
    let doc = serde_json::to_value(&report).unwrap();
    let errors = invalid(&doc, "audit_report");
    assert!(errors.is_empty(), "generated:\n{}", errors.join("\n"));
    let parts = [
        (
            "audit_summary",
            serde_json::to_value(report.summary()).unwrap(),
        ),
        (
            "audit_consistency_doc",
            serde_json::to_value(report.consistency_doc()).unwrap(),
        ),
    ]
    .into_iter()
    .chain(
        report
            .ministry_docs()
            .map(|d| ("audit_ministry_doc", serde_json::to_value(d).unwrap())),
    );
    for (name, doc) in parts {
        let errors = invalid(&doc, name);
        assert!(errors.is_empty(), "{name}:\n{}", errors.join("\n"));
    }
}
