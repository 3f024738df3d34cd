//! The synthetic catalogue used for benchmarks is itself a clean catalogue
//! (the 1,200-service run goes through the CLI: crates/cli/tests/cli.rs).

use dalil_audit::audit::load_and_audit_on;
use dalil_audit::publish::publish;
use dalil_fees::Date;
use dalil_model::Status;

#[test]
fn a_generated_catalogue_audits_clean_and_publishes() {
    let dir = std::env::temp_dir().join(format!("dalil-generate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dalil_audit::generate::generate(300, &dir.join("catalogue")).unwrap();
    let (cat, problems) =
        load_and_audit_on(&dir.join("catalogue"), Date::parse("2026-11-28").unwrap());
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        shown.is_empty(),
        "not even a warning:\n{}",
        shown.join("\n")
    );
    assert_eq!(cat.services.len(), 300);
    let done = publish(&cat, &dir.join("site")).unwrap();
    let published = cat
        .services
        .iter()
        .filter(|s| s.status == Status::Published)
        .count();
    assert_eq!(done.public.counts.services, published);
    assert_eq!(done.preview.counts.services, 300);
    let _ = std::fs::remove_dir_all(&dir);
}
