#!/usr/bin/env bash
# Search speed in the browser (docs/benchmarks.md, "Search speed"): runs
# crates/search/tests/wasm_speed.rs, a release wasm build in headless Chromium, and prints its
# figures (index build, heap, p50/p95/max per keystroke at 1,200 and 10,000 services).
# A benchmark, not a test: the figures are printed, never asserted, and CI does not run it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$DALIL_REPO"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=300
# wasm-bindgen-test-runner reads the browser flags from webdriver.json here.
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$DALIL_REPO/tests/webdriver.json"
cargo test --target wasm32-unknown-unknown --target-dir target/wasm-tests --release \
  -p dalil-search --test wasm_speed -- --nocapture
