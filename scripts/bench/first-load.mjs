// First load: gzip bytes of every file a first visit downloads, per file and in total.
// Usage: node scripts/bench/first-load.mjs [DIR]
import { measure, BUDGET_KB } from "../size-budget.mjs";
import { DIST, record } from "./lib.mjs";

const dir = process.argv[2] ?? DIST;
const rows = measure(dir);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("First load (gzip -9):");
for (const r of rows) console.log(`  ${r.file.padEnd(44)} ${kb(r.gzip).padStart(10)}`);
const total = rows.reduce((s, r) => s + r.gzip, 0);
const wasm = rows.filter((r) => r.file.endsWith(".wasm")).reduce((s, r) => s + r.gzip, 0);
const js = rows.filter((r) => r.file.endsWith(".js")).reduce((s, r) => s + r.gzip, 0);
const html = rows.filter((r) => r.file.endsWith(".html")).reduce((s, r) => s + r.gzip, 0);
record("First load, wasm (gzip)", kb(wasm));
record("First load, JS (gzip)", kb(js));
// The stylesheet is inline: index.html holds it with the prerendered start screen.
record("First load, index.html with the stylesheet and start screen (gzip)", kb(html));
record("First load, total of every file (gzip)", kb(total), `≤ ${BUDGET_KB} KB`, total <= BUDGET_KB * 1024);
