// A tab still running an older build never saves over data a newer build
// wrote: the stored document is rewritten under a running tab (a higher data
// version, or the same version from a later build), the user goes on typing,
// and the tab stops saving, says so, and offers the unsaved edits as a file
// the newer version can import.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp } from "./support/app.mjs";
import { CURRENT_VERSION, WORKSPACE_KEY, downloadFrom, storedText, waitForStored } from "./support/data.mjs";

const app = useServedApp();

/** Starts an offer, names its employer and waits for the save; returns what was stored. */
async function savedOffer(page) {
  await page.getByRole("button", { name: "I have an offer" }).click();
  await page.getByLabel("Employer", { exact: true }).fill("Acme");
  return waitForStored(page, (w) => w.opportunities[0]?.employer === "Acme");
}

const NOTICE = /A newer version of Crossroads saved your data/;

/** What a newer build would store, given what this build stored. */
const newerStores = {
  "a higher data version": (stored) => ({ ...stored, version: CURRENT_VERSION + 1, build: stored.build, money_in_cents: true }),
  "the same version from a later build": (stored) => ({ ...stored, build: stored.build + 1, a_field_this_build_lacks: "kept" }),
};

for (const [how, newer] of Object.entries(newerStores)) {
  test(`an older tab stops saving when ${how} was stored under it, and offers its unsaved edits`, async () => {
    const { context, page, errors } = await openApp(app.browser, app.url);
    const ours = await savedOffer(page);
    assert.equal(typeof ours.build, "number", "every save says which build wrote it");
    assert.equal(ours.version, CURRENT_VERSION);

    // A newer build (another tab after an update) saves, with a record
    // renamed and a field this build does not know.
    const theirs = newer(ours);
    theirs.opportunities[0].employer = "Acme, as the newer build saved it";
    const theirText = JSON.stringify(theirs);
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [WORKSPACE_KEY, theirText]);

    // This tab goes on: its next save checks first, and stops.
    await page.getByLabel("Role", { exact: true }).fill("Analyst, typed in the old tab");
    const notice = page.getByRole("alert").filter({ hasText: NOTICE });
    await notice.waitFor();
    await notice.getByText(/Reload to continue/).waitFor();
    await page.getByLabel("Role", { exact: true }).fill("Senior analyst, typed after the notice");
    await page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
    await page.waitForTimeout(800); // longer than the save delay
    assert.equal(await storedText(page), theirText, "the newer data is untouched, byte for byte");

    // The edits are still on screen and download as an importable export.
    assert.equal(await page.getByLabel("Role", { exact: true }).inputValue(), "Senior analyst, typed after the notice");
    const file = await downloadFrom(page, notice.getByRole("button", { name: "Download unsaved changes" }));
    assert.match(file.name, /^crossroads-unsaved-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(file.text);
    assert.equal(exported.kind, "export");
    assert.equal(exported.schema_version, CURRENT_VERSION);
    assert.equal(exported.workspace.opportunities[0].employer, "Acme");
    assert.equal(exported.workspace.opportunities[0].role, "Senior analyst, typed after the notice");
    assert.ok(await notice.getByRole("button", { name: "Reload" }).isVisible());
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("an older tab stops at once when another tab of a newer build saves", async () => {
  // Two tabs: the second plays the newer build by writing a raised build
  // number; the first learns of it from the storage event and stops at once.
  const { context, page, errors } = await openApp(app.browser, app.url);
  const ours = await savedOffer(page);
  const other = await context.newPage();
  await other.goto(`${app.url}#/settings`);
  const theirText = JSON.stringify({ ...ours, build: ours.build + 1 });
  await other.evaluate(([key, text]) => localStorage.setItem(key, text), [WORKSPACE_KEY, theirText]);
  await page.getByRole("alert").filter({ hasText: NOTICE }).waitFor();
  await page.getByLabel("Role", { exact: true }).fill("Analyst");
  await page.waitForTimeout(800);
  assert.equal(await storedText(page), theirText);
  assert.deepEqual(errors, []);
  await context.close();
});

test("tabs of the same build keep saving: the stamp alone never stops them", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  const ours = await savedOffer(page);
  // An older build's save (or one from before stamps) is not newer.
  const { build, ...unstamped } = ours;
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [WORKSPACE_KEY, JSON.stringify(unstamped)]);
  await page.getByLabel("Role", { exact: true }).fill("Analyst");
  const saved = await waitForStored(page, (w) => w.opportunities[0]?.role === "Analyst");
  assert.equal(saved.build, build);
  assert.equal(await page.getByRole("alert").filter({ hasText: NOTICE }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
