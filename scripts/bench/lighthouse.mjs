// Lighthouse (npm, installed from scripts/bench/package-lock.json by bench.sh)
// against the local release build, in Debian's Chromium with the e2e flags,
// with its default mobile profile (simulated slow 4G, 4× CPU slowdown).
// Scores: performance (median of RUNS), accessibility, best practices; and the
// medians of LCP, total blocking time and "interactive" (Lighthouse's time to
// interactive: no long task and at most two requests in flight for 5 s).
// For reference, the same profile applied to a real load ("devtools"
// throttling): the default only simulates it from an unthrottled load, and
// counts every request that finished before the observed LCP as needed for
// it. Served locally, the preloaded wasm finishes before the first paint, so
// the simulated LCP waits for it; on a throttled load it never does.
// Usage: node scripts/bench/lighthouse.mjs [RUNS]   (default 3)
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS, INTERACTIVE_MARK, quantile, record, serveDist } from "./lib.mjs";

const RUNS = Number(process.argv[2] ?? 3);
const TARGETS = { performance: 95, accessibility: 100, "best-practices": 100 };
const NAMES = { performance: "performance", accessibility: "accessibility", "best-practices": "best practices" };
const TIMINGS = ["largest-contentful-paint", "total-blocking-time", "interactive"];

// Compressed (the build's .br, else .gz), as a real static host serves it;
// Lighthouse's simulated slow 4G counts transfer bytes.
const { server, url } = await serveDist(undefined, { compress: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
});

const seconds = (ms, digits = 1) => `${(ms / 1000).toFixed(digits)} s`;

/** RUNS runs with `settings`: each category's scores, each timing's values (ms), audits below full marks. */
async function measure(settings) {
  const scores = Object.fromEntries(Object.keys(TARGETS).map((c) => [c, []]));
  const timings = Object.fromEntries(TIMINGS.map((id) => [id, []]));
  const live = [];
  const failing = new Set();
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: Object.keys(TARGETS),
      ...settings,
    });
    for (const [id, category] of Object.entries(lhr.categories)) {
      scores[id].push(Math.round(category.score * 100));
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.add(`${id}: ${audit.id} (${audit.displayValue ?? audit.score})`);
      }
    }
    for (const id of TIMINGS) timings[id].push(lhr.audits[id].numericValue);
    // The app's own mark, as the trace recorded it: a real time only when the
    // throttling is applied (a simulation does not move marks).
    const mark = lhr.audits["user-timings"]?.details?.items?.find((item) => item.name === INTERACTIVE_MARK);
    if (mark) live.push(mark.startTime);
    const m = (id) => lhr.audits[id]?.displayValue;
    console.log(
      `  run ${i + 1}: performance ${Math.round(lhr.categories.performance.score * 100)}, FCP ${m("first-contentful-paint")}, ` +
        `LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}, ` +
        `SI ${m("speed-index")}, interactive ${m("interactive")}, app live ${mark ? seconds(mark.startTime, 2) : "not marked"}`,
    );
  }
  if (failing.size) console.log(`Audits below full marks:\n  ${[...failing].join("\n  ")}`);
  const median = (values) => quantile(values, 0.5);
  return {
    score: (id) => median(scores[id]),
    ms: (id) => median(timings[id]),
    live: () => (live.length === RUNS ? median(live) : null),
  };
}

const of = RUNS > 1 ? ` (median of ${RUNS})` : "";
try {
  console.log("Default mobile profile (simulated throttling):");
  const simulated = await measure({});
  for (const [id, target] of Object.entries(TARGETS)) {
    const score = simulated.score(id);
    record(`Lighthouse ${NAMES[id]}${of}`, String(score), `≥ ${target}`, score >= target);
  }
  const lcp = simulated.ms("largest-contentful-paint");
  record(`Lighthouse largest contentful paint${of}`, seconds(lcp), "≤ 2.5 s", lcp <= 2500);
  record(`Lighthouse total blocking time${of}`, `${simulated.ms("total-blocking-time").toFixed(0)} ms`);
  record(`Lighthouse interactive (time to interactive)${of}`, seconds(simulated.ms("interactive")));

  console.log("The same profile applied to the load (devtools throttling), for reference:");
  const applied = await measure({ throttlingMethod: "devtools" });
  const label = `applied throttling${RUNS > 1 ? `, median of ${RUNS}` : ""}`;
  record(`Lighthouse performance (${label})`, String(applied.score("performance")));
  record(`Lighthouse largest contentful paint (${label})`, seconds(applied.ms("largest-contentful-paint")));
  record(`Lighthouse interactive (${label})`, seconds(applied.ms("interactive")));
  const appLive = applied.live();
  if (appLive !== null) record(`Lighthouse app live, the app's ${INTERACTIVE_MARK} mark (${label})`, seconds(appLive, 2));
} finally {
  await chrome.kill();
  server.close();
}
