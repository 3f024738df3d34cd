#!/bin/sh
# Trunk post-build hook: publish catalogue/ into the staging dist as api/v1/.
# Uses a separate target dir so it never waits on Trunk's wasm build lock.
set -eu
: "${TRUNK_STAGING_DIR:?run by trunk}"
cargo run --quiet --target-dir target/native -p dalil-catalogue -- publish catalogue --out "$TRUNK_STAGING_DIR"
