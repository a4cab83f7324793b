// Core: the native engine benchmark (tests/benches/engine.rs) — a full
// recompute for 10 opportunities × 15 criteria, and for the heavy-use
// workspace — and their medians.
// Usage: node scripts/bench/core.mjs
import { execFileSync } from "node:child_process";
import { ROOT, record } from "./lib.mjs";

const out = execFileSync("cargo", ["bench", "--quiet", "--bench", "engine"], { cwd: ROOT, encoding: "utf8" });
process.stdout.write(out);
const [, median, p90, target] = out.match(/median ([\d.]+) µs, p90 ([\d.]+) µs.*target < ([\d.]+) µs/) ?? [];
if (!median) throw new Error("cargo bench printed no median");
record("Core: full recompute, 10 × 15, native median (p90)", `${median} µs (${p90} µs)`, `< ${target} µs`, Number(median) < Number(target));
const [, size, heavyMedian, heavyP90] = out.match(/assess heavy: (.*?) — median ([\d.]+) µs, p90 ([\d.]+) µs/) ?? [];
if (!heavyMedian) throw new Error("cargo bench printed no heavy median");
record(`Core: full recompute, heavy use (${size}), native median (p90)`, `${heavyMedian} µs (${heavyP90} µs)`);
