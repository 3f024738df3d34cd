#!/usr/bin/env bash
# Offline packs (docs/benchmarks.md, "Keeping the catalogue on the device: packs"): a release
# build into dist-release/, then tests/e2e/packs.rs's `offline_pack_figures` against it, at the
# demo catalogue and generated ones of 1,200 and 10,000 services (DALIL_PACK_SIZES=0,1200,10000;
# 0 is the demo). Prints, per size: requests and bytes on the wire until the copy is kept, the
# time until kept, the longest main-thread task during the sync, the same after one service
# changes, and one service read offline (p50, p95). A benchmark: nothing is asserted.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$DALIL_REPO"
if [ "${DALIL_SKIP_BUILD:-}" != 1 ]; then
  nice -n 10 trunk build --release --dist dist-release
fi
DALIL_DIST="$DALIL_REPO/dist-release" nice -n 10 cargo test -p dalil-e2e --test e2e -- \
  --ignored --nocapture --test-threads 1 packs::offline_pack_figures
