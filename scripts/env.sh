# Sourced by the other scripts: the paths and settings every step needs.
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DALIL_REPO="$repo"
export PATH="$repo/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk must never try to reach GitHub.
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export DALIL_AXE_JS="${DALIL_AXE_JS:-$repo/.tools/node_modules/axe-core/axe.min.js}"
