#!/usr/bin/env bash
# Page speed (docs/benchmarks.md, "Lighthouse"): Lighthouse 12 from npm, mobile defaults,
# against the release build served by deploy/nginx.conf; 3 runs per page, medians printed
# for /, a service page, a fee page, a search and /centres, in both languages; then the
# long tasks of a first visit at 1,200 services.
# A benchmark, not a test: CI does not run it. Run it on an otherwise idle machine.
#   scripts/lighthouse.sh            (builds the release into dist/ first)
#   DALIL_DIST=/path scripts/lighthouse.sh --no-build
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$DALIL_REPO"
if [ ! -x .tools/node_modules/.bin/lighthouse ]; then
  (cd .tools && npm install --no-audit --no-fund lighthouse@12)
fi
if [ "${1:-}" != "--no-build" ]; then
  trunk build --release
fi
cargo test --quiet --target-dir target/native -p dalil-e2e --test e2e -- \
  --ignored lighthouse_mobile_medians --nocapture --test-threads 1
# Then the long tasks of a first visit at 1,200 services (tests/e2e/long_tasks.rs).
cargo test --quiet --target-dir target/native -p dalil-e2e --test e2e -- \
  --ignored first_visit_long_tasks_at_1200_services --nocapture --test-threads 1
