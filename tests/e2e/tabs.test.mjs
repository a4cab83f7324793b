// Two tabs of the app in one browser: changes in one appear in the other;
// edits to different records both survive; for the same record, the tab
// that saves last wins (the policy in the README).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp } from "./support/app.mjs";
import { workspaceWith, exportFile, importFile, waitForStored, holdsLine, downloadFrom, seedOnce } from "./support/data.mjs";

const app = useServedApp();

/**
 * Two tabs on Settings with timers frozen (the clock is shared by the
 * context), so the debounced saves never run on their own: a test saves a
 * tab by sending it `pagehide`, as closing or leaving the tab would.
 * `install` alone keeps time running (timers still fire), so the clock is
 * paused once both tabs are up: otherwise both tabs' debounced saves can
 * race in two renderer processes and the order a test sets is lost.
 */
async function twoTabs() {
  const context = await app.browser.newContext();
  await context.clock.install();
  const tabs = [];
  for (let i = 0; i < 2; i++) {
    const page = await context.newPage();
    await page.goto(`${app.url}#/settings`);
    await page.getByRole("heading", { level: 2, name: "Your data" }).waitFor();
    tabs.push(page);
  }
  await context.clock.pauseAt(Date.now() + 60_000);
  return { context, one: tabs[0], two: tabs[1] };
}

/** Makes a tab save now. */
const save = (page) => page.evaluate(() => window.dispatchEvent(new Event("pagehide")));

test("a change in one tab appears in the other", async () => {
  const { context, one, two } = await twoTabs();
  await importFile(one, exportFile(workspaceWith({ a: "Acme" })));
  await save(one);
  await holdsLine(two).filter({ hasText: "1 opportunity" }).waitFor();
  await context.close();
});

test("edits to different records made in two tabs before either saves both survive", async () => {
  const { context, one, two } = await twoTabs();
  await importFile(one, exportFile(workspaceWith({ a: "From tab one" })));
  await importFile(two, exportFile(workspaceWith({ b: "From tab two" })));
  await save(one);
  // Each renderer process has its own copy of localStorage, updated a moment
  // after another tab writes: tab two saves once it can see tab one's save,
  // as it would a human moment later. (Two saves inside that moment cannot
  // see each other; localStorage has no transactions. See the README.)
  await waitForStored(two, (w) => w.opportunities.some((o) => o.employer === "From tab one"));
  await save(two);
  for (const page of [one, two]) await holdsLine(page).filter({ hasText: "2 opportunities" }).waitFor();
  const stored = await waitForStored(one, (w) => w.opportunities.length === 2);
  assert.deepEqual(stored.opportunities.map((o) => o.employer).sort(), ["From tab one", "From tab two"]);
  await context.close();
});

test("the same record changed in two tabs keeps the version of the tab that saved last, in both tabs", async () => {
  const { context, one, two } = await twoTabs();
  await importFile(one, exportFile(workspaceWith({ x: "Written in tab one" })), "Replace everything");
  await importFile(two, exportFile(workspaceWith({ x: "Written in tab two" })), "Replace everything");
  await save(one);
  // Tab two saves once it has seen tab one's save (saves within the same
  // moment are the next test's case: there the tab that merges saves last).
  await waitForStored(two, (w) => w.opportunities[0]?.employer === "Written in tab one");
  await save(two);
  const stored = await waitForStored(one, (w) => w.opportunities[0]?.employer === "Written in tab two");
  assert.equal(stored.opportunities.length, 1);
  // Tab one shows the winner too: its export holds tab two's version.
  const file = await downloadFrom(one, one.getByRole("button", { name: "Export a backup" }));
  assert.equal(JSON.parse(file.text).workspace.opportunities[0].employer, "Written in tab two");
  await context.close();
});

test("two tabs saving at the same moment, before either can see the other's save, keep both records", async () => {
  const { context, one, two } = await twoTabs();
  await importFile(one, exportFile(workspaceWith({ a: "From tab one" })));
  await importFile(two, exportFile(workspaceWith({ b: "From tab two" })));
  // Both saves start together: each tab writes a document without the
  // other's record. The later write stands in storage, and the earlier tab,
  // merging it, must see its record as added, not as deleted by the other.
  await Promise.all([save(one), save(two)]);
  // Let the merging tab's own save run.
  await context.clock.resume();
  for (const page of [one, two]) await holdsLine(page).filter({ hasText: "2 opportunities" }).waitFor({ timeout: 5000 });
  const stored = await waitForStored(one, (w) => w.opportunities.length === 2);
  assert.deepEqual(stored.opportunities.map((o) => o.employer).sort(), ["From tab one", "From tab two"]);
  await context.close();
});

test("a score changed in one tab shows in the other tab's matrix, and a reload shows it too", async () => {
  const context = await app.browser.newContext();
  await seedOnce(context, JSON.stringify(workspaceWith({ a: "Acme" })));
  const pages = [];
  for (let i = 0; i < 2; i++) {
    const page = await context.newPage();
    await page.goto(`${app.url}#/opportunity/a/matrix`);
    pages.push(page);
  }
  const [one, two] = pages;
  const cell = (page) => page.getByRole("table", { name: "Decision matrix" }).getByRole("combobox").first();
  const shows = (page, value) =>
    cell(page).evaluate((select, v) => select.value === v && select.selectedOptions[0]?.value === v, value);
  for (const score of ["4", "1", ""]) {
    await cell(one).selectOption(score);
    await save(one);
    await two.waitForFunction(
      (v) => document.querySelector("table.matrix select")?.value === v,
      score,
      { timeout: 5000 },
    );
    assert.ok(await shows(two, score), `tab two shows ${JSON.stringify(score)}`);
  }
  await cell(one).selectOption("5");
  await save(one);
  await two.reload();
  await cell(two).waitFor();
  assert.ok(await shows(two, "5"), "the first paint after a reload marks the stored score");
  await context.close();
});
