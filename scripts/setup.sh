#!/usr/bin/env bash
# Installs everything Dalil needs that is missing, and skips what is there.
# Safe to run again. Each step is named; the first failure stops the script.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$DALIL_REPO"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
AXE_VERSION=4.10.3

step() {
  local name="$1"; shift
  echo "==> setup: $name"
  if ! "$@"; then
    echo "!!! setup failed at step: $name" >&2
    exit 1
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || rustup target add wasm32-unknown-unknown
}

debian_packages() {
  local missing=()
  for pkg in chromium chromium-driver nginx-light libnginx-mod-http-brotli-static fonts-noto-core brotli; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

trunk_cli() {
  if trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then return 0; fi
  # 0.22 needs a newer rustc than 1.95; --locked keeps its dependencies buildable.
  cargo install trunk --version "$TRUNK_VERSION" --locked
}

wasm_bindgen_cli() {
  # Trunk uses the wasm-bindgen version from Cargo.lock: the CLI must match exactly.
  local want
  want=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')
  [ -n "$want" ] || { echo "no wasm-bindgen in Cargo.lock" >&2; return 1; }
  if wasm-bindgen --version 2>/dev/null | grep -q " $want\$"; then return 0; fi
  # No --locked: its lock file pins a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "=$want"
}

node_tools() {
  # wasm-opt (Debian's binaryen is too old) and axe-core for accessibility tests.
  if [ -x .tools/node_modules/.bin/wasm-opt ] \
    && wasm-opt --version | grep -q "version_$BINARYEN_VERSION" \
    && [ -f .tools/node_modules/axe-core/package.json ] \
    && grep -q "\"version\": \"$AXE_VERSION\"" .tools/node_modules/axe-core/package.json; then
    return 0
  fi
  mkdir -p .tools
  [ -f .tools/package.json ] || echo '{"private": true}' > .tools/package.json
  npm install --prefix .tools --no-audit --no-fund --save-exact \
    "binaryen@$BINARYEN_VERSION" "axe-core@$AXE_VERSION"
}

step "wasm32 target" wasm_target
step "Debian packages (chromium, chromium-driver, nginx-light, fonts-noto-core, brotli)" debian_packages
step "trunk $TRUNK_VERSION" trunk_cli
step "wasm-bindgen CLI matching Cargo.lock" wasm_bindgen_cli
step "node tools (wasm-opt $BINARYEN_VERSION, axe-core $AXE_VERSION)" node_tools
echo "==> setup: done"
