// Settings → Your data as a user meets it: export, encrypted export, import
// with preview, merge and replace, bad files, erase, offline, and the
// privacy promise across the whole walk.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, openApp, axeViolations, screenshot, waitForServiceWorker } from "./support/app.mjs";
import {
  fixtureWorkspace,
  workspaceWith,
  exportFile,
  storedText,
  waitForStored,
  chooseFile,
  importFile,
  downloadFrom,
  holdsLine,
  assertKeeps,
  CURRENT_VERSION,
} from "./support/data.mjs";

const app = useServedApp();

test("a full walk through Your data: no request to another origin, no CSP violation", async () => {
  const { context, page, foreign, cspViolations, errors } = await openApp(app.browser, app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await page.getByRole("heading", { level: 2, name: "Your data" }).waitFor();

  // Import the real v1 fixture: the preview counts what it holds.
  await chooseFile(page, exportFile(fixtureWorkspace(1)));
  await page.getByText("This file holds 3 opportunities, 1 contact and 1 sent message.").waitFor();
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  await page.getByText("Merged.").waitFor();
  await holdsLine(page).filter({ hasText: "3 opportunities, 1 contact and 1 sent message" }).waitFor();
  const stored = await waitForStored(page, (w) => w.opportunities.length === 3);
  assertKeeps(stored, fixtureWorkspace());

  // Plain export: one file with the schema version inside, and the backup date shown.
  const plain = await downloadFrom(page, page.getByRole("button", { name: "Export a backup" }));
  assert.match(plain.name, /^crossroads-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(plain.text);
  assert.equal(exported.schema_version, CURRENT_VERSION);
  assertKeeps(exported.workspace, fixtureWorkspace());
  await page.getByText(/Your last backup from this browser was on \d{4}-\d{2}-\d{2}/).waitFor();
  await page.getByRole("status").filter({ hasText: "Exported." }).waitFor();

  // Encrypted export: a short passphrase is refused next to the field.
  await page.getByLabel("Passphrase for an encrypted backup").fill("short");
  await page.getByRole("button", { name: "Export an encrypted backup" }).click();
  await page.getByText("Use a passphrase of at least 8 characters.").waitFor();
  await page.getByLabel("Passphrase for an encrypted backup").fill("correct horse battery");
  const sealed = await downloadFrom(page, page.getByRole("button", { name: "Export an encrypted backup" }));
  assert.match(sealed.name, /-encrypted\.json$/);
  const envelope = JSON.parse(sealed.text);
  assert.equal(envelope.kind, "encrypted-export");
  assert.equal(envelope.schema_version, CURRENT_VERSION);
  assert.doesNotMatch(sealed.text, /Northwind/, "nothing readable inside");

  // Erase, with a confirmation that names what goes.
  await page.getByRole("button", { name: "Erase all data…" }).click();
  await page.getByText("This deletes 3 opportunities, 1 contact and 1 sent message, with your priorities, goals and settings, from this browser.").waitFor();
  await page.getByRole("button", { name: "Keep my data" }).click();
  assert.notEqual(await storedText(page), null);
  await page.getByRole("button", { name: "Erase all data…" }).click();
  await page.getByRole("button", { name: "Erase everything" }).click();
  await page.getByText("All data in this browser was erased.").waitFor();
  assert.equal(await storedText(page), null);
  await holdsLine(page).filter({ hasText: "no opportunities" }).waitFor();

  // Restore the encrypted backup: wrong passphrase first, then the right one.
  await chooseFile(page, sealed.text);
  await page.getByLabel("This file is encrypted. Passphrase").fill("wrong passphrase");
  await page.getByRole("button", { name: "Open the file" }).click();
  await page.getByRole("alert").filter({ hasText: "That passphrase does not open this file" }).waitFor();
  assert.equal(await storedText(page), null, "a wrong passphrase changes nothing");
  await page.getByLabel("This file is encrypted. Passphrase").fill("correct horse battery");
  await page.getByRole("button", { name: "Open the file" }).click();
  await page.getByText("This file holds 3 opportunities").waitFor();
  await page.getByRole("button", { name: "Replace everything" }).click();
  const restored = await waitForStored(page, (w) => w.opportunities.length === 3);
  assertKeeps(restored, fixtureWorkspace());

  assert.deepEqual(foreign, [], "requests to other origins");
  assert.deepEqual(cspViolations, [], "CSP violations");
  assert.deepEqual(errors, [], "console errors");
  await context.close();
});

test("bad files get a clear message and change nothing", async () => {
  const { context, page } = await openApp(app.browser, `${app.url}#/settings`);
  await importFile(page, exportFile(workspaceWith({ a: "Acme" })));
  const before = await waitForStored(page, (w) => w.opportunities.length === 1);
  const cases = [
    { file: "name,company\nAcme,Analyst", says: "it does not contain JSON text" },
    { file: JSON.stringify({ hello: "world" }), says: "not in the shape of a Crossroads export" },
    { file: exportFile({ version: 1, opportunities: "three" }), says: "not in the shape of a Crossroads export" },
    { file: JSON.stringify({ app: "crossroads", kind: "export", schema_version: 9, workspace: {} }), says: "made by a newer version of Crossroads" },
    { file: Buffer.alloc(5 * 1024 * 1024, 32), says: "This file is 5.0 MB, and Crossroads reads files up to 4.0 MB" },
  ];
  for (const { file, says } of cases) {
    await chooseFile(page, file);
    const message = page.getByRole("alert").filter({ hasText: says });
    await message.waitFor();
    assert.match(await message.innerText(), /Nothing was changed\.$/);
    assert.equal(await page.getByRole("button", { name: "Merge", exact: true }).count(), 0);
  }
  assert.deepEqual(JSON.parse(await storedText(page)), before);
  await context.close();
});

test("merge adds what is new and keeps what is here; replace takes the file as it is", async () => {
  const { context, page } = await openApp(app.browser, `${app.url}#/settings`);
  await importFile(page, exportFile(workspaceWith({ a: "Mine", b: "Bee" })));
  await waitForStored(page, (w) => w.opportunities.length === 2);
  await chooseFile(page, exportFile(workspaceWith({ a: "Theirs", c: "Sea" })));
  await page.getByText("Merge adds 1 opportunity, no contacts and no sent messages that you do not have yet").waitFor();
  await page.getByText("Replace removes what is in this browser now (2 opportunities, no contacts and no sent messages").waitFor();
  await page.getByRole("button", { name: "Merge", exact: true }).click();
  let stored = await waitForStored(page, (w) => w.opportunities.length === 3);
  assert.deepEqual(stored.opportunities.map((o) => o.employer), ["Mine", "Bee", "Sea"]);

  await importFile(page, exportFile(workspaceWith({ z: "Zed" })), "Replace everything");
  stored = await waitForStored(page, (w) => w.opportunities.length === 1);
  assert.equal(stored.opportunities[0].employer, "Zed");
  await context.close();
});

test("with the network off, import, export and saving all work", async () => {
  const { context, page } = await openApp(app.browser, `${app.url}#/settings`);
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your data" }).waitFor();
  await importFile(page, exportFile(workspaceWith({ a: "Offline Ltd" })));
  await waitForStored(page, (w) => w.opportunities.length === 1);
  const backup = await downloadFrom(page, page.getByRole("button", { name: "Export a backup" }));
  assert.equal(JSON.parse(backup.text).workspace.opportunities[0].employer, "Offline Ltd");
  await page.reload();
  await holdsLine(page).filter({ hasText: "1 opportunity" }).waitFor();
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  for (const width of [360, 1440]) {
    test(`axe finds no violations on Settings → Your data (${colorScheme}, ${width}px)`, async () => {
      const { context, page } = await openApp(app.browser, `${app.url}#/settings`, { colorScheme, viewport: { width, height: 900 } });
      await chooseFile(page, exportFile(workspaceWith({ a: "Acme" })));
      await page.getByText("This file holds 1 opportunity").waitFor();
      await page.getByRole("button", { name: "Erase all data…" }).click();
      await page.getByLabel("Passphrase for an encrypted backup").fill("x");
      await page.getByRole("button", { name: "Export an encrypted backup" }).click();
      await page.getByText("Use a passphrase of at least 8 characters.").waitFor();
      const violations = await axeViolations(page);
      await screenshot(page, `settings-${width}-${colorScheme}`);
      assert.deepEqual(violations, [], violations.join("\n"));
      await context.close();
    });
  }
}

test("axe finds no violations with the storage banners showing", async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript(() => localStorage.setItem("crossroads.workspace", "{ damaged"));
  const { page } = await openApp(app.browser, app.url, {}, context);
  await page.getByRole("alert").filter({ hasText: "could not be read" }).waitFor();
  await page.getByRole("button", { name: "Start fresh" }).click();
  const violations = await axeViolations(page);
  await screenshot(page, "banner-damaged-360");
  assert.deepEqual(violations, [], violations.join("\n"));
  await context.close();
});

test("after 30 days with data and no backup the app reminds you, and a backup clears the reminder", async () => {
  const context = await app.browser.newContext();
  const daysAgo = (n) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  await context.addInitScript(
    ([workspace, meta]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("crossroads.workspace", workspace);
        localStorage.setItem("crossroads.meta", meta);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [JSON.stringify(workspaceWith({ a: "Acme" })), JSON.stringify({ data_since: daysAgo(40), last_backup: null })],
  );
  const { page } = await openApp(app.browser, `${app.url}#/settings`, {}, context);
  const reminder = page.getByRole("status").filter({ hasText: "You have not made a backup in over 30 days" });
  await reminder.waitFor();
  await page.getByText("You have not made a backup from this browser yet.").waitFor();
  await downloadFrom(page, page.getByRole("button", { name: "Export a backup" }));
  await reminder.waitFor({ state: "detached" });
  await page.getByText(`Your last backup from this browser was on ${daysAgo(0)}`).waitFor();
  await context.close();
});
