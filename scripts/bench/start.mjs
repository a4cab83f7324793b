// Cold and warm start: navigation start → the dashboard's <h1> rendered, for the
// built app and for a static HTML page of the same shell (same header, footer,
// CSS and content, no script), served by the same server in the same run.
// Usage: node scripts/bench/start.mjs [RUNS]   (default 15 per figure)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DIST, launch, ms, quantile, record, serveDist, timeToHeading, waitForServiceWorker, watchFirstHeading } from "./lib.mjs";

const RUNS = Math.max(15, Number(process.argv[2] ?? 15));
const TARGET = 1.5;

const browser = await launch();
const folder = mkdtempSync(join(tmpdir(), "crossroads-bench-"));
cpSync(DIST, folder, { recursive: true });
const { server, url } = await serveDist(folder);
try {
  await writeStaticShell(folder, url);
  const staticUrl = `${url}static.html`;

  const cold = { app: [], static: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so a slow patch of the machine hits both pages alike.
    for (const [name, target] of [["app", url], ["static", staticUrl]]) {
      const context = await browser.newContext();
      await context.addInitScript(watchFirstHeading);
      const page = await context.newPage();
      cold[name].push(await timeToHeading(page, target));
      await context.close();
    }
  }

  // Warm: one priming load per context (the app's service worker installs and
  // takes control), then measured reloads served from its cache. The static
  // page has no service worker; its reloads come from the HTTP cache.
  const warm = { app: [], static: [] };
  const RELOADS = 3;
  for (let i = 0; i < Math.ceil(RUNS / RELOADS); i++) {
    for (const [name, target] of [["app", url], ["static", staticUrl]]) {
      const context = await browser.newContext();
      await context.addInitScript(watchFirstHeading);
      const page = await context.newPage();
      await timeToHeading(page, target);
      if (name === "app") await waitForServiceWorker(page);
      for (let r = 0; r < RELOADS; r++) warm[name].push(await timeToHeading(page, target, true));
      if (name === "app" && !(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
        throw new Error("the service worker does not control the page");
      }
      await context.close();
    }
  }

  for (const [label, runs] of [["Cold start", cold], ["Warm start (service worker)", warm]]) {
    const app = quantile(runs.app, 0.5);
    const page = quantile(runs.static, 0.5);
    const ratio = app / page;
    console.log(`${label}: ${runs.app.length} loads each`);
    console.log(`  app    ms: ${runs.app.map((x) => x.toFixed(0)).join(" ")}`);
    console.log(`  static ms: ${runs.static.map((x) => x.toFixed(0)).join(" ")}`);
    record(`${label}, app median (p90) to <h1> rendered`, `${ms(app)} (${ms(quantile(runs.app, 0.9))})`);
    record(`${label}, static shell median (p90)`, `${ms(page)} (${ms(quantile(runs.static, 0.9))})`);
    record(`${label}, ratio app / static`, ratio.toFixed(2), `≤ ${TARGET}`, ratio <= TARGET);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}

/**
 * Writes static.html beside the copied build: the app's own index.html
 * (same CSP, CSS, icons) without the boot script and preloads, whose body is
 * the shell and dashboard exactly as the app rendered them.
 */
async function writeStaticShell(dir, appUrl) {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(appUrl);
  await page.locator("main h1").waitFor();
  const body = await page.evaluate(() => document.body.innerHTML);
  await context.close();
  const html = readFileSync(join(dir, "index.html"), "utf8")
    .replace(/<script type=module>[\s\S]*?<\/script>/, "")
    .replace(/<link[^>]*rel=(modulepreload|preload)[^>]*>/g, "")
    .replace(/<body>[\s\S]*<\/body>/, `<body>${body}</body>`);
  if (html.includes("<script")) throw new Error("the static shell must not run a script");
  writeFileSync(join(dir, "static.html"), html);
}
