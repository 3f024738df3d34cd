#!/bin/sh
# Trunk post-build hook:
#  1. publish catalogue/ (or $DALIL_CATALOGUE, e.g. a generated workshop
#     catalogue) into the staging dist as api/v1/;
#  2. derive this build's response headers (crates/site): headers.nginx.conf for
#     deploy/nginx.conf, the same headers for sw.js, and embed-<hash>.js with
#     its integrity value in embed.json;
#  3. pre-render every public page of the catalogue in both languages
#     (crates/pages: pages/, sitemap.xml, robots.txt);
#  4. write sw.js: the service worker template with this build's id, file list
#     and headers prepended (public/sw.js says why).
#  5. (last) write the .br and .gz copies of every text and wasm file.
# Uses a separate target dir so it never waits on Trunk's wasm build lock.
set -eu
: "${TRUNK_STAGING_DIR:?run by trunk}"
repo=$(pwd)
cargo run --quiet --target-dir target/native -p dalil-catalogue -- publish "${DALIL_CATALOGUE:-catalogue}" --out "$TRUNK_STAGING_DIR"
headers=$(cargo run --quiet --target-dir target/native -p dalil-site -- "$TRUNK_STAGING_DIR")
cargo run --quiet --target-dir target/native -p dalil-pages -- "$TRUNK_STAGING_DIR"

cd "$TRUNK_STAGING_DIR"
# The app shell: every file except the catalogue API, the worker itself, the
# server's header snippet (nginx refuses to serve it), the pre-rendered pages
# and the sitemap (for first visits and search engines: offline, the app
# renders every page itself from the kept catalogue), and the pinned embed
# script with its description (for host pages, never used by the app; the
# worker's install check would also take embed-<hash>.js for a file that
# index.html must name).
files=$(find . -type f ! -path './api/*' ! -path './pages/*' ! -name 'sitemap*.xml' ! -name robots.txt ! -name sw.js ! -name headers.nginx.conf ! -name 'embed-*.js' ! -name embed.json ! -name '*.gz' ! -name '*.br' | sed 's|^\./|/|' | LC_ALL=C sort)
build=$(for f in $files; do sha256sum ".$f"; done | sha256sum | cut -c1-16)
{
  echo "// Written by scripts/publish-into-staging.sh for this build."
  echo "const BUILD = '$build';"
  echo "const PRECACHE = ["
  for f in $files; do echo "  '$f',"; done
  echo "];"
  echo "$headers"
  cat sw.js
} > sw.js.new
mv sw.js.new sw.js
cd "$repo"
cargo run --quiet --target-dir target/native -p dalil-site -- compress "$TRUNK_STAGING_DIR"
