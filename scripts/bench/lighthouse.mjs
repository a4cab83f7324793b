// Lighthouse (npm, installed from scripts/bench/package-lock.json by bench.sh)
// against the local release build, in Debian's Chromium with the e2e flags,
// with its default mobile profile (simulated slow 4G, 4× CPU slowdown).
// Scores: performance (median of RUNS), accessibility, best practices.
// Usage: node scripts/bench/lighthouse.mjs [RUNS]   (default 3)
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, quantile, record, serveDist } from "./lib.mjs";

const RUNS = Number(process.argv[2] ?? 3);
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100 };
const NAMES = { performance: "performance", accessibility: "accessibility", "best-practices": "best practices" };

// Compressed (the build's .br, else .gz), as a real static host serves it;
// Lighthouse's simulated slow 4G counts transfer bytes.
const { server, url } = await serveDist(undefined, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});
try {
  const scores = Object.fromEntries(Object.keys(TARGETS).map((c) => [c, []]));
  const failing = new Set();
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: Object.keys(TARGETS),
    });
    for (const [id, category] of Object.entries(lhr.categories)) {
      scores[id].push(Math.round(category.score * 100));
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.add(`${id}: ${audit.id} (${audit.displayValue ?? audit.score})`);
      }
    }
    const m = (id) => lhr.audits[id]?.displayValue;
    console.log(`  run ${i + 1}: FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}`);
  }
  if (failing.size) console.log(`Audits below full marks:\n  ${[...failing].join("\n  ")}`);
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = quantile(scores[id], 0.5);
    record(`Lighthouse ${NAMES[id]}${RUNS > 1 ? ` (median of ${RUNS})` : ""}`, String(score), `≥ ${target}`, score >= target);
  }
} finally {
  await chrome.kill();
  server.close();
}
