#!/usr/bin/env bash
# Pre-rendering speed and size (docs/benchmarks.md, "Pre-rendered pages"): generates a
# catalogue of N services (default 10,000), publishes it into a scratch site holding this
# build's dist/index.html and config.json, and times dalil-pages on it (bench profile:
# opt-level 3, no LTO). A benchmark, not a test: CI does not run it.
#   scripts/bench-pages.sh [N]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$DALIL_REPO"
n=${1:-10000}
[ -f dist/index.html ] || { echo "bench-pages: build first (trunk build --release)" >&2; exit 1; }
work=$(mktemp -d /tmp/dalil-bench-pages-XXXXXX)
trap 'rm -rf "$work"' EXIT
cargo build --quiet --profile bench --target-dir target/native -p dalil-pages -p dalil-catalogue
bin=target/native/release
[ -x target/native/bench/dalil-pages ] && bin=target/native/bench
"$bin/dalil-catalogue" generate --services "$n" --out "$work/catalogue" >/dev/null
mkdir -p "$work/site"
cp dist/index.html dist/config.json "$work/site/"
"$bin/dalil-catalogue" publish "$work/catalogue" --out "$work/site" >/dev/null
"$bin/dalil-pages" "$work/site"
echo "pages/ on disk: $(du -sh "$work/site/pages" | cut -f1); sitemap files: $(ls "$work/site" | grep -c '^sitemap')"
