// Issue 14, sensitivity: "how close is this to changing", on the panel and
// on Compare, for an offer worked out by hand. Every score 4 (total 80, over
// the accept line of 75) against a current role scoring 2 everywhere: one
// point off anything keeps it over the line, two points off base pay (the
// first criterion an employer negotiates) leave a gap to negotiate. The
// floor of 60,000 is crossed one cent under it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp, axeViolations } from "./support/app.mjs";
import { seedOnce, scoredAll } from "./support/data.mjs";

const app = useServedApp();

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Written in the stored format of version 3, so it also proves the path through every later migration. */
const WORKSPACE = {
  version: 3,
  settings: { currency: "EUR" },
  non_negotiables: [{ kind: "requires", fact: "minimum_base", amount: 60000 }],
  current_role: { id: "current", employer: "Oldco", role: "Analyst", scores: scoredAll(2) },
  opportunities: [
    {
      id: "northwind",
      employer: "Northwind",
      role: "Data Lead",
      stage: "written_offer",
      offer_in_writing: true,
      employment_model: "direct",
      dates: { offer: day(-1), offer_deadline: day(40) },
      compensation: { base: 61000, currency: "EUR" },
      scores: scoredAll(4),
    },
  ],
};

const SCORE_LINE = "Scoring base pay 2 instead of 4 would make the advice “Negotiate”.";
const PAY_LINE = /A base pay of €59,999\.99 instead of €61,000 would make the advice “[^”]+”\./;

test("the panel and Compare say which single change would change the advice, computed only when asked", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-IE" });
  await seedOnce(context, JSON.stringify(WORKSPACE));
  const { page, errors } = await openApp(app.browser, `${app.url}#/opportunity/northwind/decide`, {}, context);
  const panel = page.getByRole("complementary", { name: "What to do" });
  await panel.getByText("Accept", { exact: true }).waitFor();
  const toggle = panel.getByRole("button", { name: "How close is this to changing?" });
  if (!(await toggle.isVisible())) await panel.getByRole("button", { name: "Show the reasons and next steps" }).click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await panel.getByText(SCORE_LINE).waitFor();
  assert.match(await panel.innerText(), PAY_LINE);
  assert.match(await panel.innerText(), /No change of up to 24 to one weight changes the advice\./, "equal scores: weights cannot move it");

  await page.evaluate(() => (location.hash = "#/compare"));
  await page.getByRole("heading", { level: 1, name: "Compare" }).waitFor();
  const card = page.getByRole("article", { name: "Data Lead at Northwind" });
  await card.getByRole("button", { name: "How close is this to changing?" }).click();
  await card.getByText(SCORE_LINE).waitFor();
  assert.equal(
    await page.getByRole("article", { name: /Oldco|current role/i }).getByRole("button", { name: "How close is this to changing?" }).count(),
    0,
    "the current role has no advice to change",
  );
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
