#!/usr/bin/env python3
"""The app's structure rules (issue #16), checked in CI by scripts/test.sh:

1. nothing in src/components or src/routes names crate::kiosk or crate::embed: a difference
   between surfaces is a match on crate::surface, or a variant file beside the component;
2. config.json is fetched in one file of src/ (src/config/file.rs) and parsed only by
   dalil_model::config (no serde_json near "config.json" anywhere else in src/);
3. no import circles between the files of src/: the graph of `crate::`, `super::` and `self::`
   paths, and of a parent's paths into its child modules, has no cycle (unit-test modules
   aside: they are not part of the app).

Prints each violation and exits 1 when there is one."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")
files = sorted(
    os.path.join(d, f) for d, _, fs in os.walk(ROOT) for f in fs if f.endswith(".rs")
)


def module(path):
    parts = os.path.relpath(path, ROOT)[:-3].split(os.sep)
    if parts[-1] in ("mod", "main", "lib"):
        parts = parts[:-1]
    return "::".join(parts)


modules = {module(f): f for f in files}
problems = []

# 1. Surfaces.
for f in files:
    rel = os.path.relpath(f, ROOT)
    if rel.startswith(("components", "routes")):
        for n, line in enumerate(open(f, encoding="utf-8"), 1):
            if re.search(r"crate::(kiosk|embed)\b", line):
                problems.append(f"src/{rel}:{n}: names {line.strip()!r}; read crate::surface instead")

# 2. One reader of config.json.
for f in files:
    rel = os.path.relpath(f, ROOT)
    text = open(f, encoding="utf-8").read()
    if "config.json\"" in text and rel != os.path.join("config", "file.rs"):
        problems.append(f"src/{rel}: fetches config.json; only src/config/file.rs does")
    if "config.json" in text and re.search(r"serde_json::(from_str|from_slice|Value)", text):
        problems.append(f"src/{rel}: parses config.json; only dalil_model::config does")


# 3. Import circles.
def resolve(parts):
    for k in range(len(parts), 0, -1):
        name = "::".join(parts[:k])
        if name in modules:
            return name
    return None


edges = {m: set() for m in modules}
for m, f in modules.items():
    text = open(f, encoding="utf-8").read()
    # Unit tests (at the end of a file, by convention) are not part of the app's graph.
    text = re.split(r"#\[cfg\(test\)\]\s*mod tests", text)[0]
    # A `mod x;` line declares a child; it is not a use of it.
    text = re.sub(r"^\s*(pub(\([a-z]+\))?\s+)?mod\s+\w+;", "", text, flags=re.M)
    here = m.split("::") if m else []
    for head, path in re.findall(r"\b(crate|super|self|[a-z_][a-z0-9_]*)::(\w+(?:::\w+)*)", text):
        parts = path.split("::")
        if head == "crate":
            target = resolve(parts)
        elif head == "super":
            target = resolve(here[:-1] + parts) if here else None
        elif head == "self":
            target = resolve(here + parts)
        elif "::".join(here + [head]) in modules:
            target = resolve(here + [head] + parts)
        else:
            target = None
        if target and target != m:
            edges[m].add(target)

sys.setrecursionlimit(10000)
index, low, stack, on_stack, counter = {}, {}, [], set(), [0]


def visit(v):
    index[v] = low[v] = counter[0]
    counter[0] += 1
    stack.append(v)
    on_stack.add(v)
    for w in edges[v]:
        if w not in index:
            visit(w)
            low[v] = min(low[v], low[w])
        elif w in on_stack:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        circle = []
        while True:
            w = stack.pop()
            on_stack.discard(w)
            circle.append(w)
            if w == v:
                break
        if len(circle) > 1:
            problems.append("import circle: " + " <-> ".join(sorted(circle)))


for v in modules:
    if v not in index:
        visit(v)

for p in problems:
    print(p)
print(f"structure: {len(files)} files, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
