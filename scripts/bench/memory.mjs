// Memory: JS heap (after a forced garbage collection) plus the wasm linear
// memory, after a walk through every screen with the benchmark data loaded.
// Usage: node scripts/bench/memory.mjs
import { keepWasmExports, launch, record, seed, serveDist } from "./lib.mjs";

// Every screen's address; screens not built yet show "not found" and cost little.
const SCREENS = ["#/", "#/compare", "#/messages", "#/plan", "#/checklists", "#/people", "#/guide", "#/settings"];
const STEPS = ["", "details", "priorities", "timeline", "matrix", "mobility", "decide"];
const MB = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const browser = await launch();
const { server, url } = await serveDist();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(keepWasmExports);
  const page = await context.newPage();
  const dataSet = await seed(context);
  await page.goto(url);
  await page.locator("main h1").waitFor();
  const ids = await page
    .getByRole("main")
    .getByRole("article")
    .evaluateAll((cards) => cards.map((c) => c.querySelector("a").getAttribute("href").split("/")[2]));

  let visited = 0;
  const visit = async (hash) => {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.locator("main h1").first().waitFor();
    visited++;
  };
  for (const screen of SCREENS) await visit(screen);
  for (const id of ids) for (const step of STEPS) await visit(`#/opportunity/${id}${step ? `/${step}` : ""}`);
  await visit("#/");

  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? null);
  if (wasm === null) throw new Error("the wasm memory was not found on TrunkApplicationStarted");
  console.log(`Memory after ${visited} screens with ${dataSet}`);
  record("Memory: JS heap used (after GC)", MB(heap.usedSize));
  record("Memory: wasm linear memory", MB(wasm));
  record(`Memory: total after walking ${visited} screens`, MB(heap.usedSize + wasm));
  await context.close();
} finally {
  await browser.close();
  server.close();
}
