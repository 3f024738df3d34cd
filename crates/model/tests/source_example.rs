//! Every service source in the demo catalogue parses into the model.
//! (The full audit lives in `dalil-audit`; this guards the shared types.)
use dalil_model::Service;
use std::path::Path;

#[test]
fn every_service_source_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogue/services");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let src = std::fs::read_to_string(&path).unwrap();
            let s: Service =
                toml::from_str(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(
                Some(s.id.as_str()),
                path.file_stem().and_then(|s| s.to_str()),
                "{}: id must match the file name",
                path.display()
            );
            count += 1;
        }
    }
    assert!(count > 0);
}
