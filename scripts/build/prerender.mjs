// The first paint of a first visit shows the real start screen, not a blank
// page while the wasm downloads: the built app is opened in headless
// Chromium, and the start screen it renders for empty storage is copied into
// index.html's body. The app takes it over when it starts (src/app/prerender.rs).
// The boot script beside it (prerender-boot.js, inlined and allowed by its
// hash) hides the copy wherever the app would render something else.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../lib/browser.mjs";
import { serve } from "../static-server.mjs";

/** Set by the app once it handles clicks (src/app/mod.rs). */
const INTERACTIVE_MARK = "crossroads-interactive";
/**
 * The screen is rendered on two days years apart, at different hours: if
 * the copies differ, something on it depends on the date or on chance, and a
 * visitor would see it change when the app takes over.
 */
const DAYS = ["2026-01-05T09:00:00", "2031-08-20T21:30:00"];

const BOOT_SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "prerender-boot.js");

/**
 * Puts the start screen and the boot script into `dir`/index.html. Run on
 * the staged build after the CSP is filled in (the page renders under it)
 * and before the service worker's list is made (the file changes here).
 * `wasm` is the URL the boot script fetches the app from (defer-wasm.mjs).
 * Throws when the app cannot render, or renders differently twice.
 */
export async function prerender(dir, { wasm }) {
  const indexPath = join(dir, "index.html");
  const { server, url } = await serve(dir);
  const browser = await launch();
  const screens = [];
  try {
    for (const day of DAYS) screens.push(await renderStart(browser, url, day));
  } finally {
    await browser.close();
    server.close();
  }
  if (screens[0] !== screens[1]) {
    fail(`the start screen depends on the date or on chance, so it cannot be prerendered:\n${firstDifference(...screens)}`);
  }

  // Comment lines and indentation are for people; the page gets the code.
  const source = readFileSync(BOOT_SCRIPT, "utf8");
  if (!source.includes('"__WASM_URL__"')) fail("the boot script has no __WASM_URL__ to fill in");
  const boot = source
    .replace('"__WASM_URL__"', () => JSON.stringify(wasm))
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("//"))
    .join("\n");
  const hash = `'sha256-${createHash("sha256").update(boot).digest("base64")}'`;
  let html = readFileSync(indexPath, "utf8");
  const csp = html.match(/<meta[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/)?.[0];
  if (!csp || !/script-src[^;"]*/.test(csp)) fail("index.html has no CSP with a script-src to allow the boot script in");
  if (html.split("</body>").length !== 2) fail("index.html must have exactly one </body>");
  // Right after the CSP, which then applies to it, and before the stylesheet,
  // which a script after it would wait for.
  const allowed = csp.replace(/script-src[^;"]*/, (directive) => `${directive} ${hash}`);
  // Functions, not strings, as replacements: the markup may hold "$&".
  html = html
    .replace(csp, () => `${allowed}<script>${boot}</script>`)
    .replace("</body>", () => `${screens[0]}</body>`);
  writeFileSync(indexPath, html);
  console.log(`post-build: start screen prerendered (${(Buffer.byteLength(screens[0]) / 1024).toFixed(1)} KB) with its boot script`);
}

/** The app's markup on the start screen with empty storage, on `day`. */
async function renderStart(browser, url, day) {
  // A fresh context: nothing stored, no service worker or cache from before.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems = [];
    const crashed = new Promise((_, reject) => page.once("pageerror", reject));
    page.on("console", (message) => {
      if (message.type() === "error" || /Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    // Playwright's clock would also replace `performance`, where the app's mark goes.
    await page.addInitScript(setToday, new Date(day).getTime());
    await page.goto(url);
    const started = page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK, {
      timeout: 60_000,
    });
    try {
      await Promise.race([started, crashed]);
    } catch (error) {
      fail(`the app did not start in Chromium: ${[error.message, ...problems].join("; ")}`);
    }
    // The effects the mount queued run before the next frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (problems.length) fail(`the app reported errors while rendering the start screen: ${problems.join("; ")}`);
    const screen = await page.evaluate(() => ({
      mains: document.querySelectorAll("main").length,
      headings: document.querySelectorAll("h1").length,
      markup: [...document.body.children]
        .filter((element) => !["noscript", "script"].includes(element.localName))
        .map((element) => {
          const copy = element.cloneNode(true);
          copy.setAttribute("data-prerendered", "");
          return copy.outerHTML;
        })
        .join(""),
    }));
    if (screen.mains !== 1 || screen.headings !== 1) {
      fail(`the start screen must have one <main> and one <h1>; it has ${screen.mains} and ${screen.headings}`);
    }
    return screen.markup;
  } finally {
    await context.close();
  }
}

/** Runs in the page: the clock reads `day` (ms) at the start, and runs on. */
function setToday(day) {
  const RealDate = Date;
  const offset = day - RealDate.now();
  globalThis.Date = class extends RealDate {
    constructor(...args) {
      super(...(args.length ? args : [RealDate.now() + offset]));
    }
    static now() {
      return RealDate.now() + offset;
    }
  };
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const around = (s) => s.slice(Math.max(0, i - 80), i + 80);
  return `  first render: …${around(a)}…\n  second render: …${around(b)}…`;
}

function fail(message) {
  throw new Error(`prerender: ${message}`);
}
