//! The model decodes API answers inside a real browser (wasm32 in Chromium),
//! as the app does. Natively this file is empty.
#![cfg(target_arch = "wasm32")]

use dalil_model::api::{decode, Listing};
use dalil_model::ApiError;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn decodes_a_listing_and_refuses_bad_answers() {
    let ok: Listing = decode(r#"{"schema":1,"services":[]}"#).unwrap();
    assert!(ok.services.is_empty());
    assert_eq!(
        decode::<Listing>(r#"{"schema":9,"services":[]}"#).unwrap_err(),
        ApiError::UnknownSchema(9)
    );
    assert!(matches!(
        decode::<Listing>(r#"{"schema":1,"serv"#).unwrap_err(),
        ApiError::Malformed(_)
    ));
}

/// On wasm32 `usize` is 32 bits: a manifest entry of 2^32+5 bytes must not
/// pass as 5 bytes, and a total past the cap must not wrap to a small one.
#[wasm_bindgen_test]
fn manifest_sizes_do_not_wrap_on_32_bits() {
    use dalil_model::update::{bytes_to_keep, manifest, MAX_CATALOGUE_BYTES};
    let entry = |bytes: u64| format!(r#"{{"sha256":"{}","bytes":{bytes}}}"#, "0".repeat(64));
    let with = |files: &[(&str, u64)]| {
        let files: Vec<String> = files
            .iter()
            .map(|(p, b)| format!(r#""{p}":{}"#, entry(*b)))
            .collect();
        format!(
            r#"{{"schema":1,"version":"v1","data_date":"2026-03-12","counts":{{"services":0,"authorities":0,"centres":0}},"files":{{{}}}}}"#,
            files.join(",")
        )
    };
    assert_eq!(std::mem::size_of::<usize>(), 4, "this test is for 32 bits");
    let wraps = with(&[("services.json", (1u64 << 32) + 5)]);
    assert!(matches!(
        manifest(wraps.as_bytes()).unwrap_err(),
        ApiError::TooLarge(n) if n == usize::MAX
    ));
    // Each file under the per-file limit, the sum past 2^32: refused whole.
    let per_file = 60 * 1024 * 1024;
    let many: Vec<(String, u64)> = (0..80)
        .map(|i| (format!("services/s{i}.json"), per_file))
        .collect();
    let many: Vec<(&str, u64)> = many.iter().map(|(p, b)| (p.as_str(), *b)).collect();
    let body = with(&many);
    assert_eq!(
        manifest(body.as_bytes()).unwrap_err(),
        ApiError::CatalogueTooLarge(80 * per_file)
    );
    assert!(80 * per_file > u64::from(u32::MAX) && 80 * per_file > MAX_CATALOGUE_BYTES);
    let small = with(&[("services.json", 5)]);
    let ok = manifest(small.as_bytes()).unwrap();
    assert_eq!(bytes_to_keep(&ok), 5);
}
