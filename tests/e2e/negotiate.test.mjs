// Issue 14, negotiating with figures, walked through the UI: the user opens
// the counter-proposal for a written offer, types a floor, a target, an ask
// and a market range into the plan by label, sees the suggested ask with its
// reasoning and the flag for an ask above the range, picks a reason and a
// trade-off, and copies a checked draft that states the ask and the trade-off
// and none of the private figures. Then the reply for "they met part of it".
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, axeViolations, screenshot, useServedApp } from "./support/app.mjs";
import { CURRENT_VERSION, scoredAll, seedOnce } from "./support/data.mjs";

const app = useServedApp();

/** What the user keeps to themselves; none of it may reach a message. */
const PRIVATE = {
  floor: "61237",
  target: "66613",
  source: "a thread my old manager forwarded",
  note: "They seemed desperate to fill the seat",
  rival: "Globex Partners",
};

/** Patterns that must never be in a copied message. */
const NEVER = [
  /61[,.\s]?237/,
  /66[,.\s]?613/,
  /5[,.\s]?376/,
  /old manager/i,
  /desperate/i,
  /Globex/,
  /72[,.\s]?500/,
  /Initrode/,
  /floor|target/i,
];

function workspace() {
  const offer = (id, employer, base, more = {}) => ({
    id,
    employer,
    role: "Data Analyst",
    stage: "written_offer",
    offer_in_writing: true,
    employment_model: "direct",
    compensation: { base: base * 100, currency: "EUR" }, // stored in cents
    scores: scoredAll(4),
    dates: { offer: "2026-11-20", offer_deadline: "2026-12-04" },
    ...more,
  });
  return {
    version: CURRENT_VERSION,
    settings: { your_name: "Robin Vale", currency: "EUR" },
    current_role: { id: "current", employer: "Initrode", role: "Analyst", stage: "accepted", compensation: { base: 5_200_000, currency: "EUR" } },
    opportunities: [
      offer("northwind", "Northwind Trading", 60000, { notes: PRIVATE.note }),
      offer("globex", PRIVATE.rival, 72500),
    ],
    contacts: [{ id: "c1", name: "Jordan Ames", company: "Northwind Trading", opportunity_id: "northwind" }],
  };
}

async function openSeeded() {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await context.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await seedOnce(context, JSON.stringify(workspace()));
  return openApp(app.browser, app.url, {}, context);
}

const readyToSend = (page) => page.getByText(/Checked: .*Ready to send/);

async function copied(page) {
  await readyToSend(page).waitFor();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await page.getByRole("status").filter({ hasText: "Copied" }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

function assertPrivate(text) {
  for (const pattern of NEVER) assert.doesNotMatch(text, pattern, `${pattern} leaked:\n${text}`);
}

test("a counter-proposal with a figure and a trade-off is copied without the private figures, then the reply for part of it", async () => {
  const { context, page, errors } = await openSeeded();
  await page.evaluate(() => {
    location.hash = "#/messages/northwind";
  });
  await page.getByRole("link", { name: "Counter-proposal with your figure", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Counter-proposal with your figure" }).waitFor();

  const base = page.getByRole("group", { name: "Base pay", exact: true });
  await base.getByLabel("Your floor (private) (EUR)").fill(PRIVATE.floor);
  await base.getByLabel("Your target (private) (EUR)").fill(PRIVATE.target);
  await base.getByLabel("Market range: low (EUR)").fill("59000");
  await base.getByLabel("Market range: high (EUR)").fill("71000");
  await base.getByLabel("Where the range came from (private)").fill(PRIVATE.source);

  // The plan suggests an ask from the target and the range, with its reasoning.
  await base.getByText(/Suggested ask: €70,000\. Your target plus 5%, rounded up/).waitFor();

  // An ask above the range is flagged; a bad amount is refused next to the field.
  const ask = base.getByLabel("Your ask (EUR)");
  await ask.fill("75000");
  await base.getByText(/above the top of the market range \(€71,000\)/).waitFor();
  await ask.fill("68.000");
  await base.getByText("Enter at most two decimals, like 52000 or 52000.50").waitFor();
  await ask.fill("68000");
  assert.equal(await base.getByText(/above the top of the market range/).count(), 0);
  await base.getByText(/Your ask against your current role: \+€16,000 a year \(\+30\.8%\)/).waitFor();
  await base.getByText(/Your ask against the best competing offer \(Globex Partners\): −€4,500 a year/).waitFor();

  await page.getByLabel("Reason to give").selectOption({ label: "The market range for similar roles" });
  await page.getByLabel("An early pay review", { exact: true }).check();
  await page.getByLabel("An early pay review: details (optional)").fill("after six months");

  const counter = await copied(page);
  await screenshot(page, "negotiate-counter-proposal");
  assert.match(counter, /^Subject: Data Analyst offer: my counter-proposal/);
  assert.match(counter, /a base salary of €68,000/);
  assert.match(counter, /similar roles pay between €59,000 and €71,000/);
  assert.match(counter, /I would also be open to a pay review after six months/);
  assert.match(counter, /Jordan/);
  assert.doesNotMatch(counter, /\[[a-z ]+\]/, "no unfilled field");
  assertPrivate(counter);

  // The plan is kept on the offer: the reply for "they met part of it" reads it.
  await page.getByLabel("Situation").selectOption({ label: "They met part of your counter-proposal" });
  await page.getByRole("heading", { level: 1, name: "They met part of your counter-proposal" }).waitFor();
  const reply = await copied(page);
  assert.match(reply, /The new figure comes closer to a base salary of €68,000/);
  assert.match(reply, /could we close the rest with a pay review after six months\?/);
  assertPrivate(reply);

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
