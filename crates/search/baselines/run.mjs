// Runs MiniSearch and Fuse.js over Dalil's quality sets and prints MRR@10,
// recall@10 and the zero-result rate per kind, next to dalil-search's own
// figures when given.
//
//   node run.mjs corpus.json [--ours ours.json] [--set queries|holdout] [--json]
//
// corpus.json comes from `cargo run -p dalil-search --example export_corpus`;
// ours.json from `cargo run --release -p dalil-search --example quality -- --json`.

import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import Fuse from "fuse.js";

const CUTOFF = 10;
const KINDS = ["msa", "variant", "typo", "dialect", "translit", "english", "all"];

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
// The one argument that is neither a flag nor a flag's value.
const WITH_VALUE = ["--ours", "--set"];
const corpusPath = args.find((a, i) => !a.startsWith("--") && !WITH_VALUE.includes(args[i - 1]));
if (!corpusPath) {
  console.error("usage: node run.mjs corpus.json [--ours ours.json] [--set queries|holdout] [--json]");
  process.exit(2);
}
const corpus = JSON.parse(readFileSync(corpusPath, "utf8"));
const set = flag("--set") ?? "queries";
const cases = corpus[set];

// The same fields as dalil-search, with boosts in the same order
// (name > keywords > summary > documents).
const docs = corpus.services.map((s) => ({
  id: s.id,
  name_ar: s.name_ar,
  name_en: s.name_en,
  keywords: s.keywords.join(" ; "),
  summary: s.summary.join(" ; "),
  documents: s.documents.join(" ; "),
}));

const mini = new MiniSearch({
  fields: ["name_ar", "name_en", "keywords", "summary", "documents"],
  storeFields: ["id"],
  searchOptions: {
    prefix: true,
    fuzzy: 0.2,
    boost: { name_ar: 4, name_en: 4, keywords: 3, summary: 1.5, documents: 1 },
  },
});
mini.addAll(docs);

const fuse = new Fuse(corpus.services, {
  keys: [
    { name: "name_ar", weight: 4 },
    { name: "name_en", weight: 4 },
    { name: "keywords", weight: 3 },
    { name: "summary", weight: 1.5 },
    { name: "documents", weight: 1 },
  ],
  ignoreDiacritics: true,
  ignoreLocation: true,
  includeScore: true,
  threshold: 0.4,
});

const engines = {
  minisearch: (q) => mini.search(q).map((r) => r.id),
  "fuse.js": (q) => fuse.search(q).map((r) => r.item.id),
};

function evaluate(search) {
  const sums = {};
  for (const c of cases) {
    const results = search(c.query);
    const pos = results.slice(0, CUTOFF).findIndex((id) => c.expected.includes(id));
    for (const kind of [c.kind, "all"]) {
      const m = (sums[kind] ??= { queries: 0, mrr: 0, recall: 0, zero: 0 });
      m.queries += 1;
      m.mrr += pos >= 0 ? 1 / (pos + 1) : 0;
      m.recall += pos >= 0 ? 1 : 0;
      m.zero += results.length === 0 ? 1 : 0;
    }
  }
  for (const m of Object.values(sums)) {
    m.mrr /= m.queries;
    m.recall /= m.queries;
    m.zero /= m.queries;
  }
  return sums;
}

const metrics = {};
const oursPath = flag("--ours");
if (oursPath) {
  const ours = JSON.parse(readFileSync(oursPath, "utf8"));
  metrics["dalil-search"] = ours[set] ?? ours;
}
for (const [name, search] of Object.entries(engines)) {
  metrics[name] = evaluate(search);
}

if (args.includes("--json")) {
  console.log(JSON.stringify(metrics, null, 2));
} else {
  const names = Object.keys(metrics);
  const cell = (m) => (m ? `${m.mrr.toFixed(3)} / ${m.recall.toFixed(3)} / ${(m.zero * 100).toFixed(1)}%` : "-");
  console.log(`Quality on the ${set} set: MRR@10 / recall@10 / zero-result rate`);
  console.log(`| kind | queries | ${names.join(" | ")} |`);
  console.log(`|---|---:|${names.map(() => "---").join("|")}|`);
  for (const kind of KINDS) {
    const n = metrics[names[names.length - 1]][kind]?.queries ?? 0;
    if (!n) continue;
    console.log(`| ${kind} | ${n} | ${names.map((e) => cell(metrics[e][kind])).join(" | ")} |`);
  }
}
