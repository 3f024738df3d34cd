#!/usr/bin/env bash
# Sets up what is missing, then serves Dalil with the demo catalogue at
# http://127.0.0.1:8080 (rebuilds on change; Ctrl-C to stop).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$DALIL_REPO/scripts/setup.sh"
cd "$DALIL_REPO"
exec trunk serve --address 127.0.0.1 --port 8080
