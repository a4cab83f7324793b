// Prints the gzip size of every file a first visit downloads and fails above the budget.
// A first visit downloads the whole build: the page loads the shell, then the
// service worker precaches every remaining file for offline use.
// Usage: node scripts/size-budget.mjs [DIR] [BUDGET_KB]
// The benchmarks (scripts/bench/first-load.mjs) import measure() and BUDGET_KB.
import { gzipSync } from "node:zlib";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

/** The size budget for a first visit, in KB of gzip. */
export const BUDGET_KB = 250;

// Trunk stages a build in dist/.stage; only the finished build counts.
const walk = (d) =>
  readdirSync(d)
    .filter((name) => !name.startsWith("."))
    .flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });

/** Every file of the build in `dir` with its raw and gzip (level 9) bytes, largest first. */
export function measure(dir) {
  return walk(dir)
    .map((path) => {
      const raw = readFileSync(path);
      return { file: relative(dir, path), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
}

function main(dir = "dist", budgetKb = BUDGET_KB) {
  const rows = measure(dir);
  if (!rows.some((r) => r.file.endsWith(".wasm")) || !rows.some((r) => r.file === "index.html")) {
    console.error(`No finished build in ${dir} (index.html and a .wasm are missing): build first.`);
    process.exit(1);
  }
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`${"file".padEnd(44)} ${"raw KB".padStart(8)} ${"gzip KB".padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)}`);
  const total = rows.reduce((s, r) => s + r.gzip, 0);
  const rawTotal = rows.reduce((s, r) => s + r.raw, 0);
  console.log(`${"total".padEnd(44)} ${kb(rawTotal)} ${kb(total)}   budget ${budgetKb} KB gzip`);
  if (total > budgetKb * 1024) {
    console.error(`Over budget by ${((total - budgetKb * 1024) / 1024).toFixed(1)} KB`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2], process.argv[3] === undefined ? BUDGET_KB : Number(process.argv[3]));
}
