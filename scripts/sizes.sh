#!/usr/bin/env bash
# Prints every file of dist/ raw, gzip -9 and brotli, and the first-load total
# of the app shell (html, js, wasm, css). Budget: shell under 200 KB brotli.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
python3 - "${1:-dist}" <<'PY'
import gzip, os, shutil, subprocess, sys
root = sys.argv[1]
have_brotli = shutil.which("brotli") is not None
def br(data):
    if not have_brotli:
        return None
    return len(subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout)
rows, shell = [], [0, 0, 0]
for dirpath, _, files in os.walk(root):
    for f in sorted(files):
        p = os.path.join(dirpath, f)
        rel = os.path.relpath(p, root)
        data = open(p, "rb").read()
        g, b = len(gzip.compress(data, 9)), br(data)
        rows.append((rel, len(data), g, b))
        if "/" not in rel and rel.endswith((".html", ".js", ".wasm", ".css")):
            shell[0] += len(data); shell[1] += g; shell[2] += b or 0
api = [r for r in rows if r[0].startswith("api/")]
other = [r for r in rows if not r[0].startswith("api/")]
fmt = lambda n: "-" if n is None else f"{n/1024:9.1f}"
print(f"{'file':<48} {'raw KB':>9} {'gzip KB':>9} {'br KB':>9}")
for rel, raw, g, b in sorted(other):
    print(f"{rel:<48} {fmt(raw)} {fmt(g)} {fmt(b)}")
if api:
    tot = [sum(r[i] or 0 for r in api) for i in (1, 2, 3)]
    print(f"{'api/ (' + str(len(api)) + ' files)':<48} {fmt(tot[0])} {fmt(tot[1])} {fmt(tot[2] if have_brotli else None)}")
    for rel, raw, g, b in sorted(api):
        if rel.count("/") <= 2 and not rel.startswith("api/v1/preview"):
            print(f"  {rel:<46} {fmt(raw)} {fmt(g)} {fmt(b)}")
print(f"{'app shell first load (html+js+wasm+css)':<48} {fmt(shell[0])} {fmt(shell[1])} {fmt(shell[2] if have_brotli else None)}")
if have_brotli and shell[2] > 200 * 1024:
    print("WARNING: the app shell is over the 200 KB brotli budget")
PY
