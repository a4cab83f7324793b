// The app shell as a user meets it: landmarks and headings, privacy, offline, updates, accessibility.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { serveDist, openApp, axeViolations, screenshot, waitForServiceWorker, DIST, useServedApp } from "./support/app.mjs";

const app = useServedApp();

test("the start screen has a main landmark with exactly one h1, navigation and the privacy promise", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  assert.equal(await page.getByRole("main").count(), 1);
  assert.equal(await page.locator("h1").count(), 1);
  assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /Decide what to do next/);
  assert.equal(await page.getByRole("navigation", { name: "Main" }).count(), 1);
  assert.match(await page.getByRole("contentinfo").innerText(), /Everything you enter stays in this browser/);
  await context.close();
});

test("a page load makes no request to another origin and reports no CSP violation", async () => {
  const { context, page, foreign, cspViolations, errors } = await openApp(app.browser, app.url);
  await waitForServiceWorker(page);
  await page.reload();
  await page.locator("main h1").waitFor();
  assert.deepEqual(foreign, [], "requests to other origins");
  assert.deepEqual(cspViolations, [], "CSP violations");
  assert.deepEqual(errors, [], "console errors");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")).trim().split(/\s+/);
  assert.ok(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), "no unsafe-inline or unsafe-eval for scripts");
  assert.ok(scriptSrc.includes("'wasm-unsafe-eval'"), "WebAssembly may compile");
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /'sha256-[A-Za-z0-9+/=]+'/, "the boot script is allowed by its hash");
  // Trusted Types: every string for a script sink goes through the one policy
  // allowed (src/app/platform/trusted_types.rs).
  assert.match(csp, /require-trusted-types-for 'script'/);
  assert.match(csp, /trusted-types default(;|$)/);
  await context.close();
});

test("after one online visit the app reloads with the network off", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.locator("main h1").waitFor();
  assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /Decide what to do next/);
  await context.close();
});

test("the service worker precaches exactly the files of this build", async () => {
  const sw = readFileSync(join(DIST, "sw.js"), "utf8");
  const listed = JSON.parse(sw.match(/const PRECACHE = (\[.*?\]);/s)[1]);
  // A .br or .gz is what a host may send for the file beside it; the browser
  // stores the decoded file, so caching the siblings too would fetch it twice.
  // Trunk stages the next build in dist/.stage; it is not part of this one.
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith("."))
      .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  const built = walk(DIST)
    .map((path) => relative(DIST, path).split(sep).join("/"))
    .filter((file) => file !== "sw.js" && !/\.(br|gz)$/.test(file));
  assert.deepEqual([...listed].sort(), built.sort());
  assert.ok(listed.includes("index.html"));
  assert.ok(listed.some((f) => /\.wasm$/.test(f)), "the wasm module is precached");
  assert.ok(!listed.some((f) => /\.css$/.test(f)), "the stylesheet is inside index.html, not a file of its own");
  assert.ok(!listed.includes("sw.js"));
  assert.doesNotMatch(sw, /__VERSION__|__PRECACHE__/, "placeholders are filled");
});

test("a new deploy is picked up on the next load with a visible reload notice", async () => {
  const site = mkdtempSync(join(tmpdir(), "crossroads-deploy-"));
  cpSync(DIST, site, { recursive: true });
  const deploy = await serveDist(site);
  try {
    const { context, page } = await openApp(app.browser, deploy.url);
    await waitForServiceWorker(page);
    assert.equal(await page.getByText("A new version of Crossroads is ready.").count(), 0);

    // A new deploy: the service worker script changes (as its version does with every build).
    const swPath = join(site, "sw.js");
    writeFileSync(swPath, readFileSync(swPath, "utf8").replace(/const VERSION = "([^"]*)"/, 'const VERSION = "$1-next"'));
    await page.reload();
    const notice = page.getByRole("status").filter({ hasText: "A new version of Crossroads is ready." });
    await notice.waitFor({ timeout: 15000 });
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload to update" }).click()]);
    await page.locator("main h1").waitFor();
    const version = await page.evaluate(async () => {
      const keys = await caches.keys();
      return keys.join(",");
    });
    assert.match(version, /-next/, "the new version's cache is in use");
    await context.close();
  } finally {
    deploy.server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test("the build works from a sub-folder of a static host", async () => {
  const site = mkdtempSync(join(tmpdir(), "crossroads-subfolder-"));
  cpSync(DIST, join(site, "tools", "crossroads"), { recursive: true });
  const host = await serveDist(site);
  try {
    const { context, page, errors } = await openApp(app.browser, `${host.url}tools/crossroads/`);
    assert.match(await page.getByRole("heading", { level: 1 }).innerText(), /Decide what to do next/);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    host.server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

for (const colorScheme of ["light", "dark"]) {
  for (const width of [360, 1440]) {
    test(`axe finds no violations on the start screen (${colorScheme}, ${width}px)`, async () => {
      const { context, page } = await openApp(app.browser, app.url, { colorScheme, viewport: { width, height: 800 } });
      const violations = await axeViolations(page);
      await screenshot(page, `start-${width}-${colorScheme}`);
      assert.deepEqual(violations, [], violations.join("\n"));
      await context.close();
    });
  }
}
