#!/usr/bin/env bash
# Sets up what is missing, then serves Dalil with the demo catalogue at
# http://127.0.0.1:8080 (rebuilds on change; Ctrl-C to stop).
# DALIL_CATALOGUE=DIR serves another catalogue instead, e.g. the audit
# workshop's generated one (README.md, "A second demo").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [ -n "${DALIL_CATALOGUE:-}" ]; then
  # The build hook runs from the repository: make the folder absolute.
  DALIL_CATALOGUE="$(cd "$DALIL_CATALOGUE" && pwd)"
  export DALIL_CATALOGUE
fi
"$DALIL_REPO/scripts/setup.sh"
cd "$DALIL_REPO"
exec trunk serve --address 127.0.0.1 --port 8080
