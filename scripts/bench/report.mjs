// Prints the benchmark table and writes it as markdown, with the date and the
// machine, to scripts/bench/results.md and into README.md's Performance section.
// Usage: node scripts/bench/report.mjs RESULTS.jsonl [FAILED BENCHMARK...]
import { readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, totalmem } from "node:os";
import { join } from "node:path";
import { ROOT } from "./lib.mjs";

const [file, ...failed] = process.argv.slice(2);
const rows = readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line));
for (const name of failed) rows.push({ metric: name, figure: "benchmark failed (see its output above)", target: "—", met: false });
const verdict = (met) => (met === null ? "—" : met ? "met" : "not met");

const header = ["metric", "figure", "target", "met"];
const cells = rows.map((r) => [r.metric, r.figure, r.target, verdict(r.met)]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
const line = (c) => c.map((x, i) => x.padEnd(widths[i])).join("  ");
console.log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}`);
for (const c of cells) console.log(line(c));

const date = new Date().toISOString().slice(0, 10);
const machine = `${availableParallelism()} cores (nproc), ${cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GB memory`;
const markdown = [
  `Measured ${date} on ${machine}, with \`./scripts/bench.sh\`.`,
  "",
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---").join(" | ")} |`,
  ...cells.map((c) => `| ${c.map((x) => x.replaceAll("|", "\\|")).join(" | ")} |`),
  "",
].join("\n");
writeFileSync(join(ROOT, "scripts/bench/results.md"), markdown);

const readmePath = join(ROOT, "README.md");
const readme = readFileSync(readmePath, "utf8");
const begin = "<!-- bench:begin (written by scripts/bench/report.mjs) -->";
const end = "<!-- bench:end -->";
const at = readme.indexOf(begin);
const until = readme.indexOf(end);
if (at < 0 || until < at) {
  console.error(`README.md has no ${begin} … ${end} block; the table is in scripts/bench/results.md`);
} else {
  writeFileSync(readmePath, readme.slice(0, at + begin.length) + "\n" + markdown + readme.slice(until));
  console.log(`\nWritten to scripts/bench/results.md and README.md (Performance).`);
}
