// Shared end-to-end fixtures: one Chromium (Debian's, never a downloaded one),
// the built dist/ served like a static host, and pages that record anything
// that would break the privacy promise (foreign requests, CSP violations).
import { before, after } from "node:test";
import { readFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "../../../scripts/static-server.mjs";
import { launch } from "../../../scripts/lib/browser.mjs";

export { launch, CHROMIUM_ARGS } from "../../../scripts/lib/browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..", "..", "..");
export const DIST = process.env.CROSSROADS_DIST ?? join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Serves `dir` (default: the release build) on a free loopback port; `options` as for serve(). */
export function serveDist(dir = DIST, options = {}) {
  return serve(dir, 0, options);
}

/**
 * Opens a page on `url` in a fresh context (or in `existingContext`, already
 * set up with init scripts) and records every request to another origin and
 * every Content-Security-Policy violation.
 */
export async function openApp(browser, url, options = {}, existingContext = null) {
  const context = existingContext ?? (await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options }));
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreign = [];
  const cspViolations = [];
  const errors = [];
  context.on("request", (req) => {
    const u = new URL(req.url());
    if (!["data:", "blob:"].includes(u.protocol) && u.origin !== origin) foreign.push(req.url());
  });
  page.on("console", (msg) => {
    const text = msg.text();
    if (/Content Security Policy/i.test(text)) cspViolations.push(text);
    else if (msg.type() === "error") errors.push(text);
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  await page.goto(url);
  await waitForApp(page);
  return { context, page, foreign, cspViolations, errors };
}

/** The performance mark the app sets once it handles clicks (src/app/mod.rs). */
export const INTERACTIVE_MARK = "crossroads-interactive";

/**
 * Waits until the app is live: a first visit shows the prerendered start
 * screen at once, and its buttons act only once the app has taken it over,
 * which removes it. (Not the app's performance mark: Playwright's clock,
 * which some tests pin, replaces `performance`.)
 */
export async function waitForApp(page) {
  await page.locator("main[data-prerendered]").waitFor({ state: "detached" });
  await page.locator("main h1").first().waitFor();
}

/** Runs axe (WCAG 2.1 A/AA and best practices) on the page; returns readable violations. */
export async function axeViolations(page) {
  // A theme switch (emulateMedia) starts colour transitions; judge contrast on the
  // colours the user ends up seeing, not a frame in between.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
}

/** Saves a full-page screenshot into the artifacts folder the test command prints. */
export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Waits until a service worker controls the page (its precache is then complete). */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/**
 * For a test file: launches Chromium and serves the build before its tests,
 * closes both after. Read `app.browser` and `app.url` inside the tests.
 */
export function useServedApp() {
  const app = { browser: null, server: null, url: "" };
  before(async () => {
    app.browser = await launch();
    ({ server: app.server, url: app.url } = await serveDist());
  });
  after(async () => {
    await app.browser?.close();
    app.server?.close();
  });
  return app;
}
