// Shared by the benchmarks: the e2e fixtures' browser and server, statistics,
// and the result rows that scripts/bench/report.mjs turns into one table.
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import { ROOT as ROOT_DIR } from "../../tests/e2e/support/app.mjs";
import { seedOnce } from "../../tests/e2e/support/data.mjs";

export { launch, serveDist, waitForServiceWorker, DIST, ROOT, CHROMIUM_ARGS } from "../../tests/e2e/support/app.mjs";

/** The `q` quantile (0..1) of `values`, nearest rank. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** Milliseconds with one decimal. */
export const ms = (x) => `${x.toFixed(1)} ms`;

/**
 * Records one row of the benchmark table: printed now, and appended to the
 * file named by BENCH_RESULTS (JSON lines) when bench.sh runs the suite.
 * `met` is true, false, or null when the metric has no target.
 */
export function record(metric, figure, target = "—", met = null) {
  const row = { metric, figure, target, met };
  console.log(`  ${metric}: ${figure}  (target ${target}${met === null ? "" : met ? ", met" : ", NOT met"})`);
  if (process.env.BENCH_RESULTS) appendFileSync(process.env.BENCH_RESULTS, JSON.stringify(row) + "\n");
}

/**
 * Installed before any page script: records when the first `main h1` is in the
 * document and, one animation frame later, when it has been rendered.
 * Read back as `window.__h1` = { inserted, rendered } in ms since navigation start.
 */
export function watchFirstHeading() {
  const done = (inserted) =>
    requestAnimationFrame(() => {
      window.__h1 = { inserted, rendered: performance.now() };
    });
  const found = () => document.querySelector("main h1");
  const observer = new MutationObserver(() => {
    if (found()) {
      observer.disconnect();
      done(performance.now());
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Loads (or reloads) `url` in `page` and returns ms from navigation start to the h1 rendered. */
export async function timeToHeading(page, url, reload = false) {
  if (reload) await page.reload({ waitUntil: "commit" });
  else await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(() => window.__h1?.rendered, null, { polling: "raf", timeout: 30_000 });
  return handle.jsonValue();
}

/**
 * The benchmark workspace: 10 opportunities × 15 criteria, the same one the core
 * benchmark times (tests/benches/engine.rs), serialized by the app's own model.
 */
export function benchWorkspaceJson() {
  const out = execFileSync("cargo", ["bench", "--quiet", "--bench", "engine", "--", "--json"], {
    cwd: ROOT_DIR,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.trim().split("\n").pop();
}

/**
 * Prepares `context` so the app starts with the benchmark workspace in
 * storage (on its first load only, like the e2e fixtures). Returns a short
 * description of the data set for the table.
 */
export async function seed(context) {
  await seedOnce(context, benchWorkspaceJson());
  return "10 opportunities × 15 criteria";
}

/** The performance mark the app sets once it handles clicks (src/app/mod.rs). */
export const INTERACTIVE_MARK = "crossroads-interactive";

/**
 * Ms from navigation start until the app handles a click: its own mark,
 * set once the mount has returned and every handler is attached.
 */
export async function timeToInteractive(page) {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, INTERACTIVE_MARK, {
    polling: "raf",
    timeout: 30_000,
  });
  return handle.jsonValue();
}

/** Keeps the wasm module's exports (its memory) when Trunk's boot script reports them. */
export function keepWasmExports() {
  addEventListener("TrunkApplicationStarted", (event) => {
    window.__wasm = event.detail.wasm;
  });
}

/**
 * Installed in the page: `edit-work` and `edit-to-frame` measures per
 * keystroke that changes a cell. Both end from the `change` event, which
 * every changed cell fires, whether or not any text on screen changes with
 * it (a score one step up can leave the rounded totals as they were).
 */
function instrument() {
  const done = (window.__edits = []);
  let start = null;
  document.addEventListener("keydown", (event) => {
    if (start === null) start = event.timeStamp;
  }, true);
  window.addEventListener("change", () => {
    if (start === null) return;
    void document.body.offsetHeight;
    performance.measure("edit-work", { start, end: performance.now() });
    const began = start;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        performance.measure("edit-to-frame", { start: began, end });
        done.push(end - began);
        start = null;
      };
      channel.port2.postMessage(0);
    });
  });
}

/**
 * Changes matrix cells of `opportunity` by keyboard `samples` times, with the
 * page instrumented (`edit-work` and `edit-to-frame` measures per keystroke;
 * see typing.mjs for what each one covers).
 */
export async function typeInMatrix(page, url, opportunity, samples) {
  await page.goto(`${url}#/opportunity/${opportunity}/matrix`);
  const cells = page.getByRole("table", { name: "Decision matrix" }).getByRole("combobox");
  await cells.first().waitFor();
  await page.evaluate(instrument);

  const cellCount = await cells.count();
  for (let i = 0; i < samples; i++) {
    const cell = cells.nth((i * 7) % cellCount);
    await cell.focus();
    const atEnd = await cell.evaluate((s) => s.selectedIndex === s.options.length - 1);
    // A person focuses a cell, then types: let the focus ring's frame go by first.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.keyboard.press(atEnd ? "ArrowUp" : "ArrowDown");
    await page.waitForFunction((n) => window.__edits.length >= n, i + 1, { timeout: 10_000 });
  }
}
