#!/usr/bin/env bash
# Republishes a catalogue into a built site without a new app build:
#   scripts/republish.sh [CATALOGUE] [DIST]     (defaults: catalogue/ and dist/)
# audits and publishes CATALOGUE into DIST/api/v1/, then pre-renders DIST's
# pages again from it (crates/pages), so the pages never describe another
# catalogue than the API beside them, and compresses what changed. Nothing
# to reload in nginx.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$DALIL_REPO"
catalogue=${1:-catalogue}
dist=${2:-dist}
[ -f "$dist/index.html" ] || { echo "republish: $dist is no built site (no index.html); run trunk build first" >&2; exit 1; }
cargo run --quiet --release --target-dir target/native -p dalil-catalogue -- publish "$catalogue" --out "$dist"
cargo run --quiet --profile bench --target-dir target/native -p dalil-pages -- "$dist"
cargo run --quiet --target-dir target/native -p dalil-site -- compress "$dist"
