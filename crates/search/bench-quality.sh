#!/usr/bin/env bash
# Quality of dalil-search, MiniSearch and Fuse.js side by side, on both query
# sets of quality/. Run from anywhere; needs cargo and node (npm installs the
# two pinned baselines into baselines/node_modules on first use).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$root"
cargo run --quiet --release -p dalil-search --example export_corpus -- catalogue > "$work/corpus.json"
cargo run --quiet --release -p dalil-search --example quality -- --json > "$work/ours.json"
if [ ! -d "$here/baselines/node_modules/minisearch" ] || [ ! -d "$here/baselines/node_modules/fuse.js" ]; then
  (cd "$here/baselines" && npm install --no-audit --no-fund --silent)
fi
for set in queries holdout; do
  node "$here/baselines/run.mjs" "$work/corpus.json" --ours "$work/ours.json" --set "$set"
  echo
done

# The same without the catalogue's own Latin spellings: transliterations
# nobody listed, where only dalil-search's folding can help.
cargo run --quiet --release -p dalil-search --example export_corpus -- catalogue --no-latin-keywords > "$work/corpus.json"
cargo run --quiet --release -p dalil-search --example quality -- --json --no-latin-keywords > "$work/ours.json"
echo "Without keywords.latin in the catalogue:"
node "$here/baselines/run.mjs" "$work/corpus.json" --ours "$work/ours.json" --set queries
