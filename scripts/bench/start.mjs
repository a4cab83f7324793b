// Cold and warm start, as issue 12 defines them: navigation start → the first
// screen rendered *and* a click handled, for the built app, against the same
// DOM as a static page (the app's shell and dashboard saved as HTML, no
// script, served by the same server in the same run), whose links work the
// moment it is rendered. The app's screen is rendered early (it is
// prerendered into index.html); a click is handled once the wasm has taken it
// over (the app's performance mark), which is the later of the two.
// Usage: node scripts/bench/start.mjs [RUNS]   (default 15 per figure)
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DIST,
  launch,
  ms,
  quantile,
  record,
  serveDist,
  timeToHeading,
  timeToInteractive,
  waitForServiceWorker,
  watchFirstHeading,
} from "./lib.mjs";

const RUNS = Math.max(15, Number(process.argv[2] ?? 15));
const TARGET = 1.5;

const browser = await launch();
const folder = mkdtempSync(join(tmpdir(), "crossroads-bench-"));
cpSync(DIST, folder, { recursive: true });
const { server, url } = await serveDist(folder);
try {
  await writeStaticShell(folder, url);
  const staticUrl = `${url}static.html`;

  /** One load of the app: when its screen was rendered, when a click was handled, and the later of both. */
  const appLoad = async (page, reload) => {
    const screen = await timeToHeading(page, url, reload);
    const click = await timeToInteractive(page);
    return { screen, click, ready: Math.max(screen, click) };
  };

  const cold = { app: [], static: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate, so a slow patch of the machine hits both pages alike.
    for (const name of ["app", "static"]) {
      const context = await browser.newContext();
      await context.addInitScript(watchFirstHeading);
      const page = await context.newPage();
      cold[name].push(name === "app" ? await appLoad(page, false) : await timeToHeading(page, staticUrl));
      await context.close();
    }
  }

  // Warm: one priming load per context (the app's service worker installs and
  // takes control), then measured reloads served from its cache. The static
  // page has no service worker; its reloads come from the HTTP cache.
  const warm = { app: [], static: [] };
  const RELOADS = 3;
  for (let i = 0; i < Math.ceil(RUNS / RELOADS); i++) {
    for (const name of ["app", "static"]) {
      const context = await browser.newContext();
      await context.addInitScript(watchFirstHeading);
      const page = await context.newPage();
      if (name === "app") {
        await appLoad(page, false);
        await waitForServiceWorker(page);
        for (let r = 0; r < RELOADS; r++) warm.app.push(await appLoad(page, true));
        if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
          throw new Error("the service worker does not control the page");
        }
      } else {
        await timeToHeading(page, staticUrl);
        for (let r = 0; r < RELOADS; r++) warm.static.push(await timeToHeading(page, staticUrl, true));
      }
      await context.close();
    }
  }

  for (const [label, runs] of [["Cold start", cold], ["Warm start (service worker)", warm]]) {
    const figure = (values) => `${ms(quantile(values, 0.5))} (${ms(quantile(values, 0.9))})`;
    const pick = (key) => runs.app.map((load) => load[key]);
    const ratio = quantile(pick("ready"), 0.5) / quantile(runs.static, 0.5);
    console.log(`${label}: ${runs.app.length} loads each`);
    console.log(`  app screen ms: ${pick("screen").map((x) => x.toFixed(0)).join(" ")}`);
    console.log(`  app click  ms: ${pick("click").map((x) => x.toFixed(0)).join(" ")}`);
    console.log(`  static     ms: ${runs.static.map((x) => x.toFixed(0)).join(" ")}`);
    record(`${label}, app median (p90): first screen rendered`, figure(pick("screen")));
    record(`${label}, app median (p90): first click handled`, figure(pick("click")));
    record(`${label}, static page median (p90): rendered, links work`, figure(runs.static));
    record(`${label}, ratio app (screen rendered and a click handled) / static`, ratio.toFixed(2), `≤ ${TARGET}`, ratio <= TARGET);
  }
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}

/**
 * Writes static.html beside the copied build: the app's own index.html
 * (same CSP, inline CSS, icons) without its scripts and preloads, whose body is
 * the shell and dashboard exactly as the live app rendered them.
 */
async function writeStaticShell(dir, appUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(appUrl);
  await timeToInteractive(page);
  const body = await page.evaluate(() => document.body.innerHTML);
  await context.close();
  const html = readFileSync(join(dir, "index.html"), "utf8")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
    .replace(/<link[^>]*rel=(modulepreload|preload)[^>]*>/g, "")
    .replace(/<body>[\s\S]*<\/body>/, () => `<body>${body}</body>`);
  if (html.includes("<script")) throw new Error("the static shell must not run a script");
  // The body only: the inline stylesheet names the attribute in a selector.
  if (body.includes("data-prerendered")) throw new Error("the static shell must be the live app's DOM");
  writeFileSync(join(dir, "static.html"), html);
}
