// Prints the gzip size of every file a first visit downloads and fails above the budget.
// A first visit downloads the whole build: the page loads the shell, then the
// service worker precaches every remaining file for offline use.
//
// Two figures. TARGET_KB is the product's budget (issue 2 and 7: 250 KB gzip).
// CEILING_KB is the hard limit the test command enforces today. With every screen
// in, Leptos's view code puts the build over the target; until it is brought back
// down (README, "Performance"), the ceiling stops it growing further unnoticed.
// Lower the ceiling as the size comes down; never raise it without saying why.
// Raised once, 550 → 590 on 2026-11-24: issue 11 (trustworthy drafts) added the
// privacy checker, negotiation asks, message families with withdrawal scripts,
// the studio's undo and the channel inputs, +60 KB after every saving found
// (a second float parser removed, wasm-opt flags): measured 584 KB. Issue 12
// (screens as data) brings it down, with a ceiling of 400 KB.
// Usage: node scripts/size-budget.mjs [DIR]
// The benchmarks (scripts/bench/first-load.mjs) import measure() and BUDGET_KB.
import { gzipSync } from "node:zlib";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";

/** The size budget for a first visit, in KB of gzip: the product's target. */
export const BUDGET_KB = 250;
/** The hard limit the test command enforces while the build is over the target. */
export const CEILING_KB = 590;

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

function main(dir = "dist") {
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
  console.log(`${"total".padEnd(44)} ${kb(rawTotal)} ${kb(total)}`);
  const over = (limit) => ((total - limit * 1024) / 1024).toFixed(1);
  console.log(
    total <= BUDGET_KB * 1024
      ? `Target ${BUDGET_KB} KB gzip: met, ${over(BUDGET_KB).replace("-", "")} KB to spare.`
      : `Target ${BUDGET_KB} KB gzip: NOT MET, over by ${over(BUDGET_KB)} KB (see README, Performance).`,
  );
  if (total > CEILING_KB * 1024) {
    console.error(`Over the enforced ceiling of ${CEILING_KB} KB gzip by ${over(CEILING_KB)} KB.`);
    process.exit(1);
  }
  console.log(`Enforced ceiling ${CEILING_KB} KB gzip: within it.`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv[2]);
}
