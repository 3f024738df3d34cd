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
