// Prints the gzip size of every file a first visit downloads and fails above the budget.
// A first visit downloads the whole build: the page loads the shell, then the
// service worker precaches every remaining file for offline use.
// Usage: node scripts/size-budget.mjs [DIR] [BUDGET_KB]
import { gzipSync } from "node:zlib";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const dir = process.argv[2] ?? "dist";
const budgetKb = Number(process.argv[3] ?? 250);
// Trunk stages a build in dist/.stage; only the finished build counts.
const walk = (d) =>
  readdirSync(d)
    .filter((name) => !name.startsWith("."))
    .flatMap((name) => {
      const path = join(d, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });

const rows = walk(dir)
  .map((path) => {
    const raw = readFileSync(path);
    return { file: relative(dir, path), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
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
