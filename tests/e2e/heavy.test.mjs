// Heavy use in the browser: the workspace of a long search (200 opportunities,
// 30 criteria, 500 sent messages, 300 contacts, from tests/support/heavy.rs)
// loads, every main screen opens, an edit saves, the export holds everything
// and imports back; closed opportunities can be archived out of every list
// and brought back; and the space warning appears before storage runs out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp } from "./support/app.mjs";
import { chooseFile, downloadFrom, heavyWorkspaceJson, holdsLine, seedOnce, waitForStored, workspaceWith } from "./support/data.mjs";

const app = useServedApp();

const HEAVY = heavyWorkspaceJson();
const HOLDS = "200 opportunities, 300 contacts and 500 sent messages";

async function openSeeded(text) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await seedOnce(context, text);
  return openApp(app.browser, app.url, {}, context);
}

/** Goes to a screen by its address and waits for its heading. */
async function visit(page, hash) {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.locator("main h1").first().waitFor();
  assert.doesNotMatch(await page.locator("main h1").first().innerText(), /does not exist/, hash);
}

test("the heavy workspace loads, every main screen opens, and an edit saves", async () => {
  const { context, page, errors, foreign, cspViolations } = await openSeeded(HEAVY);
  await page.getByRole("link", { name: /Analyst 0 at Employer 0\b/ }).first().waitFor();
  const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const hrefs = await nav.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const hash of [...hrefs, "#/opportunity/opp0/details", "#/opportunity/opp0/matrix", "#/opportunity/opp0/decide", "#/messages/opp0"]) {
    await visit(page, hash);
  }
  await visit(page, "#/opportunity/opp0/matrix");
  const cells = page.getByRole("table", { name: "Decision matrix" }).getByRole("combobox");
  assert.ok((await cells.count()) >= 30, "a row for every one of the 30 criteria");
  const first = cells.first();
  const before = await first.inputValue();
  await first.focus();
  await page.keyboard.press(before === "5" ? "ArrowUp" : "ArrowDown");
  const after = await first.inputValue();
  assert.notEqual(after, before);
  const stored = await waitForStored(page, (w) => w.opportunities.length === 200 && w.build !== undefined && JSON.stringify(w.opportunities[0].scores) !== JSON.stringify(JSON.parse(HEAVY).opportunities[0].scores));
  assert.equal(stored.sent_messages.length, 500);
  assert.equal(stored.contacts.length, 300);
  assert.deepEqual({ errors, foreign, cspViolations }, { errors: [], foreign: [], cspViolations: [] });
  await context.close();
});

test("the heavy workspace exports whole and imports back whole", async () => {
  const { context, page, errors } = await openSeeded(HEAVY);
  await visit(page, "#/settings");
  await holdsLine(page).filter({ hasText: HOLDS }).waitFor();
  const file = await downloadFrom(page, page.getByRole("button", { name: "Export a backup" }));
  const exported = JSON.parse(file.text);
  assert.equal(exported.workspace.opportunities.length, 200);
  assert.equal(exported.workspace.priorities.criteria.length, 30);
  assert.equal(exported.workspace.sent_messages.length, 500);
  assert.equal(exported.workspace.contacts.length, 300);
  await page.getByRole("button", { name: "Erase all data…" }).click();
  await page.getByRole("button", { name: "Erase everything" }).click();
  await holdsLine(page).filter({ hasText: "no opportunities" }).waitFor();
  await chooseFile(page, file.text);
  await page.getByText(`This file holds ${HOLDS}.`).waitFor();
  await page.getByRole("button", { name: "Replace everything", exact: true }).click();
  await holdsLine(page).filter({ hasText: HOLDS }).waitFor();
  await waitForStored(page, (w) => w.opportunities.length === 200 && w.sent_messages.length === 500);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a closed opportunity archived leaves every list and the advice, and comes back", async () => {
  // opp5 is settled; opp20 is still interviewing (tests/support/heavy.rs).
  const { context, page, errors } = await openSeeded(HEAVY);
  const closed = /Analyst 5 at Employer 5\b/;
  const lists = ["#/", "#/compare", "#/messages", "#/checklists"];
  const shown = async () => {
    const seen = [];
    for (const hash of lists) {
      await visit(page, hash);
      // Folded groups count too: they are in the page, only closed.
      if ((await page.getByText(closed).count()) > 0) seen.push(hash);
    }
    return seen;
  };
  assert.ok((await shown()).length > 0, "the closed opportunity is listed before it is archived");

  await visit(page, "#/settings");
  const panel = page.getByRole("region", { name: "Archive" });
  assert.equal(await panel.getByRole("button", { name: /Archive: Analyst 6 at Employer 20\b/ }).count(), 0, "only closed ones can be archived");
  await panel.getByRole("button", { name: "Archive: Analyst 5 at Employer 5", exact: true }).click();
  await panel.getByRole("list", { name: "Archived opportunities" }).getByText(closed).waitFor();
  const stored = await waitForStored(page, (w) => w.archived_opportunities?.some((o) => o.id === "opp5"));
  assert.ok(!stored.opportunities.some((o) => o.id === "opp5"));
  await holdsLine(page).filter({ hasText: HOLDS }).waitFor();
  assert.deepEqual(await shown(), [], "archived: in no list");

  await visit(page, "#/settings");
  await page.getByRole("button", { name: "Bring back: Analyst 5 at Employer 5", exact: true }).click();
  await waitForStored(page, (w) => w.opportunities.some((o) => o.id === "opp5") && !w.archived_opportunities?.length);
  assert.ok((await shown()).length > 0, "brought back: listed again");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the space warning appears well before storage is full and says what to do", async () => {
  // The heavy workspace alone (about 2 MB) has room to spare.
  {
    const { context, page } = await openSeeded(HEAVY);
    await visit(page, "#/settings");
    await holdsLine(page).filter({ hasText: HOLDS }).waitFor();
    assert.equal(await page.getByText(/of the roughly 5 MB/).count(), 0);
    await context.close();
  }
  // Half of the smallest cap: the warning shows, on every screen.
  const big = JSON.stringify(
    workspaceWith({ a: "Acme" }, { sent_messages: [{ id: "m1", opportunity_id: "a", body: "x".repeat(1_300_000) }] }),
  );
  const { context, page, errors } = await openSeeded(big);
  const warning = page.getByRole("status").filter({ hasText: /Your data takes about 2\.6 MB of the roughly 5 MB/ });
  await warning.waitFor();
  assert.match(await warning.innerText(), /Export a backup now, then make room by deleting sent messages you no longer need \(1 kept\)/);
  await warning.getByRole("link", { name: "Export a backup" }).click();
  await page.getByRole("heading", { level: 2, name: "Your data" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
