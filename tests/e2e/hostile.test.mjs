// Hostile text (script tags, event-handler attributes, javascript: URLs, very
// long text, right-to-left and zero-width characters, emoji) typed into every
// text field of every screen, and imported as data: it shows as text, runs no
// script, keeps a 360 px layout, and storage returns it byte for byte.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useServedApp, openApp } from "./support/app.mjs";
import { HOSTILE, exportFile, importFile, waitForStored } from "./support/data.mjs";

const app = useServedApp();

/**
 * Every screen the navigation offers, and the forms reached from them: an
 * opportunity's details (rounds, conditions, accepting, new terms) and the current
 * role's (notice, reason for looking, counteroffer).
 */
async function screens(page, opportunity = "o0") {
  const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const hrefs = await nav.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  return [...hrefs, `#/opportunity/${opportunity}/details`, "#/opportunity/current/details"];
}

/** Fails if hostile markup ran or became elements, or the page scrolls sideways. */
async function assertSafe(page, where) {
  assert.equal(await page.evaluate(() => window.__hostile), undefined, `no script ran (${where})`);
  const injected = await page.evaluate(
    () => document.querySelectorAll("body script:not([type]), img[src='x'], svg[onload], [onerror], [onmouseover], a[href^='javascript:']").length,
  );
  assert.equal(injected, 0, `no hostile element in the page (${where})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling at 360 px (${where}): ${overflow}px too wide`);
}

test("hostile text typed into every text field stays text, runs nothing and keeps the layout", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url, { viewport: { width: 360, height: 800 } });
  // An opportunity with a round and a condition, so their fields are typed into too.
  await page.getByRole("button", { name: "I have an offer" }).click();
  // They came back with new terms, so that form is typed into too.
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Counteroffer" });
  await page.getByRole("group", { name: "A counteroffer from them" }).waitFor();
  await page.getByRole("button", { name: "Add a round" }).click();
  await page.getByRole("button", { name: "Add a condition" }).click();
  const opportunity = decodeURIComponent(page.url().split("#/opportunity/")[1].split("/")[0]);
  let fields = 0;
  for (const href of await screens(page, opportunity)) {
    await page.goto(new URL(href, app.url).href);
    await page.locator("main h1").waitFor();
    const inputs = page.locator("main").locator("textarea, input:not([type]), input[type=text], input[type=search], input[type=email], input[type=url], input[type=tel], input[type=password]");
    const count = await inputs.count();
    for (let i = 0; i < count; i++) {
      const field = inputs.nth(i);
      if (!(await field.isVisible()) || !(await field.isEditable())) continue;
      // A currency code is stored in capitals by design: still text, not kept as typed.
      if ((await field.getAttribute("id")) === "currency") continue;
      fields++;
      for (const text of HOSTILE) {
        await field.fill(text);
        assert.equal(await field.inputValue(), text, `the field keeps the text exactly (${href} #${i})`);
      }
      await field.press("Tab");
      await assertSafe(page, `${href} field ${i}`);
    }
    await assertSafe(page, href);
  }
  assert.ok(fields > 0, "at least one text field was found");
  assert.deepEqual(errors.filter((e) => /panicked|RuntimeError/.test(e)), []);
  await context.close();
});

test("hostile text as data: every screen renders it as text and storage round-trips it exactly", async () => {
  const workspace = {
    version: 3,
    goals: { one_year: HOSTILE.join(" "), three_years: HOSTILE[0] },
    opportunities: HOSTILE.map((text, i) => ({
      id: `o${i}`,
      employer: text,
      role: text,
      notes: text,
      rounds: [{ id: `round-${i}`, notes: text, people: [`c${i}`] }],
      contingencies: [{ id: `condition-${i}`, note: text }],
      // New terms, dated so the check beside them names the criteria (hostile names too).
      counteroffer: { received: "2026-03-02", improves: [`h${i}`], summary: text },
    })),
    // Criteria named with hostile text, which the counteroffer checks name on screen.
    priorities: { criteria: HOSTILE.map((text, i) => ({ id: `h${i}`, name: text, axis: "role_alignment", weight: null, negotiable: false })) },
    current_role: {
      id: "current",
      looking_reason: { text: HOSTILE.join(" "), criteria: HOSTILE.map((_, i) => `h${i}`) },
      counteroffer: { received: "2026-03-02", improves: ["h0"], summary: HOSTILE[0] },
    },
    contacts: HOSTILE.map((text, i) => ({ id: `c${i}`, name: text, notes: text, opportunity_id: `o${i}` })),
    sent_messages: HOSTILE.map((text, i) => ({ id: `m${i}`, subject: text, body: text })),
  };
  const { context, page } = await openApp(app.browser, `${app.url}#/settings`, { viewport: { width: 360, height: 800 } });
  await importFile(page, exportFile(workspace), "Replace everything");
  const stored = await waitForStored(page, (w) => w.opportunities.length === HOSTILE.length);
  for (const [i, text] of HOSTILE.entries()) {
    assert.equal(stored.opportunities[i].employer, text, `opportunity ${i} round-trips`);
    assert.equal(stored.contacts[i].name, text, `contact ${i} round-trips`);
    assert.equal(stored.sent_messages[i].body, text, `message ${i} round-trips`);
  }
  assert.equal(stored.goals.one_year, HOSTILE.join(" "));
  for (const [i, text] of HOSTILE.entries()) {
    assert.equal(stored.opportunities[i].rounds[0].notes, text, `round notes ${i} round-trip`);
    assert.equal(stored.opportunities[i].contingencies[0].note, text, `condition note ${i} round-trips`);
  }
  assert.equal(stored.current_role.looking_reason.text, HOSTILE.join(" "));
  for (const [i, text] of HOSTILE.entries()) {
    assert.equal(stored.opportunities[i].counteroffer.summary, text, `new terms ${i} round-trip`);
    assert.equal(stored.priorities.criteria[i].name, text, `criterion ${i} round-trips`);
  }
  for (const href of await screens(page)) {
    await page.goto(new URL(href, app.url).href);
    await page.locator("main h1").waitFor();
    await assertSafe(page, href);
  }
  // The checks beside the counteroffers name the hostile criteria as text.
  await page.goto(new URL("#/opportunity/current/details", app.url).href);
  const check = page.getByRole("group", { name: "A counteroffer from your employer" }).getByRole("status");
  assert.match(await check.innerText(), /^It addresses only part of why you started looking: it leaves .+ untouched\.$/s);
  assert.ok((await check.innerText()).includes(HOSTILE[1].trim().toLowerCase()), "a hostile criterion name is shown as text");
  await assertSafe(page, "the counteroffer check");
  await context.close();
});
