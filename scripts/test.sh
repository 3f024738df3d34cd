#!/usr/bin/env bash
# Sets up what is missing, then runs every test: unit, doc, property,
# search quality, wasm-in-Chromium and end-to-end against nginx.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$DALIL_REPO/scripts/setup.sh"
cd "$DALIL_REPO"

phase() { echo; echo "==> test: $*"; }

phase "structure of src/ (surfaces, one config.json reader, no import circles)"
python3 scripts/check-structure.py

phase "catalogue audit"
cargo run --quiet --target-dir target/native -p dalil-catalogue -- audit catalogue

phase "release build of the app (publishes the catalogue into dist/)"
trunk build --release
scripts/sizes.sh

phase "native tests: unit, doc, property, quality, end-to-end"
cargo test --workspace --no-fail-fast --target-dir target/native

phase "wasm tests in headless Chromium"
scripts/wasm-test.sh
