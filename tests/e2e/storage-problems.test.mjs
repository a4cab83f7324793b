// When storage misbehaves the app still starts, says what happened, and never
// writes over what it could not read: unreadable data, storage that is
// unavailable or full, a panic, and the browser's answer to "keep my data".
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, openApp } from "./support/app.mjs";
import { seedOnce, storedText, waitForStored, downloadFrom, importFile, exportFile, workspaceWith, holdsLine, WORKSPACE_KEY, CURRENT_VERSION } from "./support/data.mjs";

const app = useServedApp();

const unreadable = [
  { name: "damaged", text: '{"version": 1, "opportunities": [', says: /could not be read: it is damaged/ },
  { name: "of the wrong shape", text: '{"version": 1, "opportunities": "three"}', says: /not in a form this version/ },
  { name: "from a newer version", text: '{"version": 99, "future": true}', says: /saved by a newer version/ },
];

for (const { name, text, says } of unreadable) {
  test(`stored data ${name}: the app starts, says so, offers the original and writes nothing over it`, async () => {
    const context = await app.browser.newContext();
    await seedOnce(context, text);
    const { page } = await openApp(app.browser, `${app.url}#/settings`, {}, context);
    const banner = page.getByRole("alert").filter({ hasText: says });
    await banner.waitFor();
    assert.match(await banner.innerText(), /Nothing has been deleted/);

    const original = await downloadFrom(page, banner.getByRole("button", { name: "Download the original" }));
    assert.equal(original.text, text, "the download is the original, byte for byte");
    assert.match(original.name, /^crossroads-original-\d{4}-\d{2}-\d{2}\.json$/);

    // Nothing is written over the original while the banner waits, even
    // across screens (a change made meanwhile is covered by tests/browser/data.rs).
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Start" }).click();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.waitForTimeout(800);
    assert.equal(await storedText(page), text);

    // Importing a backup is a choice: the banner goes and the import is saved.
    await importFile(page, exportFile(workspaceWith({ a: "Acme" })), "Replace everything");
    await banner.waitFor({ state: "detached" });
    await waitForStored(page, (w) => w.opportunities[0]?.employer === "Acme");
    await context.close();
  });
}

test("starting fresh after a damaged load is confirmed, then saving resumes", async () => {
  const context = await app.browser.newContext();
  await seedOnce(context, "{ not json");
  const { page } = await openApp(app.browser, app.url, {}, context);
  const banner = page.getByRole("alert").filter({ hasText: "could not be read" });
  await banner.getByRole("button", { name: "Start fresh" }).click();
  assert.equal(await storedText(page), "{ not json", "asking is not doing");
  await banner.getByRole("button", { name: "Replace the stored data and start fresh" }).click();
  await banner.waitFor({ state: "detached" });
  await waitForStored(page, (w) => w.version === CURRENT_VERSION);
  await context.close();
});

test("storage that is unavailable: the app works, says nothing will be kept, and export still works", async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The user denied access to storage", "SecurityError");
      },
    });
  });
  const { page, errors } = await openApp(app.browser, `${app.url}#/settings`, {}, context);
  await page.getByRole("alert").filter({ hasText: "not letting Crossroads save anything" }).waitFor();
  await importFile(page, exportFile(workspaceWith({ a: "Acme" })));
  await holdsLine(page).filter({ hasText: "1 opportunity" }).waitFor();
  assert.equal(await page.getByRole("alert").filter({ hasText: "not letting Crossroads save anything" }).count(), 1, "the banner stays");
  const backup = await downloadFrom(page, page.getByRole("button", { name: "Export a backup" }));
  assert.equal(JSON.parse(backup.text).workspace.opportunities[0].employer, "Acme");
  assert.deepEqual(errors.filter((e) => /panicked|RuntimeError/.test(e)), []);
  await context.close();
});

test("a full storage: a persistent warning, nothing lost, export works, the next good save clears it", async () => {
  const { context, page } = await openApp(app.browser, `${app.url}#/settings`);
  // Fill the site's storage to the brim.
  await page.evaluate(() => {
    let chunk = "x".repeat(1024 * 1024);
    let i = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler-${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
  });
  await importFile(page, exportFile(workspaceWith({ a: "Acme" })));
  const warning = page.getByRole("alert").filter({ hasText: "storage for Crossroads is full" });
  await warning.waitFor();
  assert.equal(await storedText(page), null, "nothing could be written");
  await page.waitForTimeout(1000);
  assert.equal(await warning.count(), 1, "the warning stays");
  await holdsLine(page).filter({ hasText: "1 opportunity" }).waitFor();

  const backup = await downloadFrom(page, page.getByRole("button", { name: "Export a backup" }));
  assert.equal(JSON.parse(backup.text).workspace.opportunities[0].employer, "Acme", "export works from memory");

  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith("filler-")) localStorage.removeItem(key);
  });
  await importFile(page, exportFile(workspaceWith({ b: "Beta" })));
  await warning.waitFor({ state: "detached" });
  const stored = await waitForStored(page, (w) => w.opportunities.length === 2);
  assert.deepEqual(stored.opportunities.map((o) => o.employer), ["Acme", "Beta"], "the unsaved change was kept and saved");
  await context.close();
});

for (const granted of [true, false]) {
  test(`the app asks the browser to keep its data and shows the answer (${granted ? "granted" : "refused"})`, async () => {
    const context = await app.browser.newContext();
    await context.addInitScript((answer) => {
      window.__persistAsked = false;
      navigator.storage.persisted = async () => false;
      navigator.storage.persist = async () => {
        window.__persistAsked = true;
        return answer;
      };
    }, granted);
    const { page } = await openApp(app.browser, `${app.url}#/settings`, {}, context);
    const expected = granted ? "Your browser has agreed to keep this data" : "Your browser has not promised to keep this data";
    await page.getByText(expected).waitFor();
    assert.equal(await page.evaluate(() => window.__persistAsked), true);
    await context.close();
  });
}

test("a panic shows a recovery screen that offers the saved data, and the stored data stays intact", async () => {
  const context = await app.browser.newContext();
  const saved = JSON.stringify(workspaceWith({ a: "Acme" }));
  await seedOnce(context, saved);
  // The page loses its <body> before the app mounts, so mounting panics.
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.body) {
        document.body.remove();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole("heading", { level: 1, name: "Something went wrong" }).waitFor();
  assert.match(await page.locator("#recovery").innerText(), /Your saved data has not been changed/);
  const file = await downloadFrom(page, page.getByRole("link", { name: "Download my data" }));
  assert.equal(file.text, saved);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY), saved);
  await context.close();
});
