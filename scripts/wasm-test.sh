#!/usr/bin/env bash
# Runs the wasm tests of the browser-free crates inside headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$DALIL_REPO"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
# wasm-bindgen-test-runner reads the browser flags from webdriver.json here.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$DALIL_REPO/tests/webdriver.json"
cargo test --target wasm32-unknown-unknown --target-dir target/wasm-tests -p dalil-model --test wasm
# The search speed benchmark (crates/search/tests/wasm_speed.rs) is not a test: it prints
# figures and runs only from scripts/bench-wasm-search.sh.
