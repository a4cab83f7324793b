// Issue 13's data entry and the board, as a user meets them: interview rounds
// with the people met and private notes, the offer's conditions, the current
// role's notice period, reason for looking and counteroffer, and the start
// screen's board grouped by stage. Through roles and labels only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, axeViolations, screenshot, useServedApp } from "./support/app.mjs";
import { seedOnce, waitForStored } from "./support/data.mjs";

const app = useServedApp();

/** Goes to a step through the stepper, as a user would. */
async function goToStep(page, name) {
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: new RegExp(`^\\d+\\s*${name}$`) }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

/** The label of the option a drop-down shows. */
const chosen = (select) => select.locator("option:checked").innerText();

/** A local date `days` from today as YYYY-MM-DD. */
function isoInDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test("two rounds with the people met and private notes are kept after a reload; removing one with notes asks first", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await page.getByRole("button", { name: "I just had an interview" }).click();
  await page.getByRole("heading", { level: 2, name: "Reactions" }).waitFor();
  await goToStep(page, "Details");
  await page.getByLabel("Employer", { exact: true }).fill("Acme");
  await page.getByLabel("Role", { exact: true }).fill("Analyst");

  // The quick start dated a first round today.
  const first = page.getByRole("group", { name: "Round 1" });
  assert.equal(await first.getByLabel("Date").inputValue(), isoInDays(0));
  await first.getByLabel("How it was held").selectOption({ label: "Video call" });
  await first.getByLabel("Someone else you met").fill("Sam Lee");
  await first.getByRole("button", { name: "Add to round 1" }).click();
  assert.ok(await first.getByLabel("Sam Lee").isChecked(), "a person added by name is ticked");
  assert.equal(await first.getByLabel("Someone else you met").inputValue(), "");
  await first.getByLabel("Your notes").fill("They asked about SQL window functions.");
  assert.match(await first.getByText(/^What was said/).innerText(), /Private/);

  // An empty name is refused next to the field.
  await first.getByRole("button", { name: "Add to round 1" }).click();
  await first.getByText("Enter their name").waitFor();

  await page.getByRole("button", { name: "Add a round" }).click();
  const second = page.getByRole("group", { name: "Round 2" });
  await second.getByLabel("Date").fill(isoInDays(7));
  await second.getByLabel("How it was held").selectOption({ label: "In person" });
  await second.getByLabel("Sam Lee").check();
  await second.getByLabel("Someone else you met").fill("Priya Shah");
  await second.getByRole("button", { name: "Add to round 2" }).click();
  await second.getByLabel("Your notes").fill("Meet the team; bring questions on on-call.");
  await waitForStored(page, (w) => w.opportunities[0]?.rounds?.[1]?.notes?.startsWith("Meet the team"));

  await page.reload();
  await page.getByRole("group", { name: "Round 2" }).waitFor();
  assert.equal(await chosen(first.getByLabel("How it was held")), "Video call");
  assert.equal(await first.getByLabel("Your notes").inputValue(), "They asked about SQL window functions.");
  assert.ok(await first.getByLabel("Sam Lee").isChecked());
  assert.ok(!(await first.getByLabel("Priya Shah").isChecked()), "Priya was met in round 2 only");
  assert.equal(await second.getByLabel("Date").inputValue(), isoInDays(7));
  assert.equal(await chosen(second.getByLabel("How it was held")), "In person");
  assert.ok(await second.getByLabel("Sam Lee").isChecked());
  assert.ok(await second.getByLabel("Priya Shah").isChecked());
  assert.equal(await second.getByLabel("Your notes").inputValue(), "Meet the team; bring questions on on-call.");

  // Removing a round with notes names it and asks; keeping it changes nothing.
  await second.getByRole("button", { name: "Remove round 2" }).click();
  await page.getByText("Remove round 2? What you wrote about it goes too.").waitFor();
  await page.getByRole("button", { name: "Keep it" }).click();
  await second.getByRole("button", { name: "Remove round 2" }).click();
  await page.getByRole("button", { name: "Yes, remove round 2" }).click();
  await second.waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.innerText), "Add a round", "focus moves to Add a round");
  await page.getByRole("group", { name: "Round 1" }).waitFor();

  // The rounds link to the guide section that explains them (the offer's
  // conditions, shown once there is an offer, to theirs: see below).
  await page.getByRole("link", { name: "One thank-you for every round" }).click();
  await page.getByRole("heading", { level: 1, name: "One thank-you for every round" }).waitFor();
  await page.goBack();
  await page.getByRole("group", { name: "Round 1" }).waitFor();

  // The people added by name are contacts linked to Acme.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
  await page.getByRole("heading", { name: "Sam Lee" }).waitFor();
  await page.getByRole("heading", { name: "Priya Shah" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("an offer's condition, acceptance and signing are kept, and dates out of order are named", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await page.getByRole("button", { name: "I have an offer" }).click();
  await page.getByRole("heading", { level: 2, name: "Details" }).waitFor();
  await page.getByLabel("Employer", { exact: true }).fill("Globex");

  await page.getByRole("link", { name: "Between yes and the first day" }).waitFor();
  await page.getByRole("button", { name: "Add a condition" }).click();
  const condition = page.getByRole("group", { name: "Condition 1" });
  await condition.getByLabel("Condition", { exact: true }).selectOption({ label: "References" });
  await condition.getByLabel("Where it stands").selectOption({ label: "Cleared" });
  await condition.getByLabel("Expected or cleared on").fill(isoInDays(3));
  await condition.getByLabel("Your note").fill("Two references, one a manager.");

  await page.getByLabel("Date you accepted").fill(isoInDays(-2));
  await page.getByText("You accepted before the offer arrived: check both dates").waitFor();
  await page.getByLabel("Date you accepted").fill(isoInDays(1));
  await page.getByLabel("You have signed the contract").check();
  await page.getByLabel("Date you signed").fill(isoInDays(2));
  await waitForStored(page, (w) => w.opportunities[0]?.dates?.signed);

  await page.reload();
  await condition.waitFor();
  assert.equal(await chosen(condition.getByLabel("Condition", { exact: true })), "References");
  assert.equal(await chosen(condition.getByLabel("Where it stands")), "Cleared");
  assert.equal(await condition.getByLabel("Expected or cleared on").inputValue(), isoInDays(3));
  assert.equal(await condition.getByLabel("Your note").inputValue(), "Two references, one a manager.");
  assert.equal(await page.getByLabel("Date you accepted").inputValue(), isoInDays(1));
  assert.ok(await page.getByLabel("You have signed the contract").isChecked());
  assert.equal(await page.getByText("You accepted before the offer arrived").count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the current role: notice period, resignation, the reason for looking and a counteroffer are kept", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare", exact: true }).click();
  await page.getByRole("link", { name: "Edit your current role" }).click();
  await page.getByRole("heading", { level: 1, name: "Your current role" }).waitFor();

  const notice = page.getByLabel("Notice period");
  await notice.fill("400");
  await page.getByText("Enter a whole number from 0 to 365, or leave it empty").waitFor();
  assert.equal(await notice.getAttribute("aria-invalid"), "true");
  await notice.fill("3");
  await page.getByLabel("Notice counted in").selectOption({ label: "months" });
  await page.getByLabel("Resignation date").fill(isoInDays(10));

  const reason = page.getByRole("group", { name: "Why you started looking" });
  await reason.getByRole("group", { name: "What it is about" }).getByLabel("Career trajectory").check();
  await reason.getByLabel("In your own words").fill("No path to a lead role.");
  assert.match(await reason.getByText(/^Private/).innerText(), /never written into a message/);

  const counter = page.getByRole("group", { name: "A counteroffer from your employer" });
  await counter.getByLabel("Date they made it").fill(isoInDays(0));
  await counter.getByRole("group", { name: "What it improves" }).getByLabel("Base pay").check();
  await counter.getByLabel("What they offered").fill("Ten percent more, same role.");
  // Said beside it, and announced as it changes: does it address the reason?
  const check = counter.getByRole("status");
  await check.filter({ hasText: /^It does not address why you started looking: it leaves career trajectory untouched\.$/ }).waitFor();
  await counter.getByRole("group", { name: "What it improves" }).getByLabel("Career trajectory").check();
  await check.filter({ hasText: /^It addresses why you started looking: it improves career trajectory\.$/ }).waitFor();
  await reason.getByRole("group", { name: "What it is about" }).getByLabel("Manager and team").check();
  await check.filter({ hasText: /^It addresses only part of why you started looking: it leaves manager and team untouched\.$/ }).waitFor();
  await waitForStored(page, (w) => w.current_role?.counteroffer?.summary === "Ten percent more, same role.");

  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Your current role" }).waitFor();
  assert.equal(await page.getByLabel("Notice period").inputValue(), "3");
  assert.equal(await chosen(page.getByLabel("Notice counted in")), "months");
  assert.equal(await page.getByLabel("Resignation date").inputValue(), isoInDays(10));
  assert.ok(await reason.getByLabel("Career trajectory").isChecked());
  assert.ok(!(await reason.getByLabel("Base pay").isChecked()));
  assert.equal(await reason.getByLabel("In your own words").inputValue(), "No path to a lead role.");
  assert.ok(await counter.getByLabel("Base pay").isChecked());
  assert.equal(await check.innerText(), "It addresses only part of why you started looking: it leaves manager and team untouched.");
  assert.equal(await counter.getByLabel("What they offered").inputValue(), "Ten percent more, same role.");
  assert.deepEqual(errors, []);
  await context.close();
});

test("accepting, signing and the offer's conditions wait for an offer, and stay while they hold something", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await page.getByRole("button", { name: "I just had an interview" }).click();
  await page.getByRole("heading", { level: 2, name: "Reactions" }).waitFor();
  await goToStep(page, "Details");
  const accepting = page.getByRole("group", { name: "Accepting and signing" });
  const addCondition = page.getByRole("button", { name: "Add a condition" });
  const terms = page.getByRole("group", { name: "A counteroffer from them" });
  const later = page.getByText(/^Accepting, signing and the offer's conditions appear here once there is an offer/);
  await later.waitFor();
  for (const part of [accepting, addCondition, terms]) assert.equal(await part.count(), 0, "nothing about an offer while interviewing");

  const stage = page.getByLabel("Stage", { exact: true });
  await stage.selectOption({ label: "Written offer" });
  await accepting.waitFor();
  assert.equal(await later.count(), 0);
  assert.equal(await terms.count(), 0, "new terms wait until they come back with some");
  await addCondition.click();
  await stage.selectOption({ label: "Counteroffer" });
  await terms.waitFor();
  await page.getByRole("group", { name: "Condition 1" }).getByLabel("Your note").fill("Right to work papers sent");
  await terms.getByLabel("What they offered").fill("A later start date");

  // Back to interviewing (a mistaken stage): what was entered stays in view.
  await stage.selectOption({ label: "Interviewing" });
  await later.waitFor();
  assert.equal(await accepting.count(), 0, "an empty acceptance goes");
  assert.equal(await page.getByRole("group", { name: "Condition 1" }).getByLabel("Your note").inputValue(), "Right to work papers sent");
  assert.equal(await terms.getByLabel("What they offered").inputValue(), "A later start date");
  await page.reload();
  await page.getByRole("group", { name: "Condition 1" }).waitFor();
  await terms.waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** Three processes at three stages, seen on Thursday 5 March 2026. */
const BOARD = {
  version: 3,
  opportunities: [
    { id: "declined", employer: "Initech", role: "Engineer", stage: "declined" },
    {
      id: "interview",
      employer: "Globex",
      role: "Analyst",
      stage: "interviewing",
      rounds: [{ id: "round-1", date: "2026-03-03", format: "video" }],
      dates: { employer_decision: "2026-03-12" },
    },
    {
      id: "offer",
      employer: "Acme",
      role: "Data Lead",
      stage: "written_offer",
      offer_in_writing: true,
      dates: { offer: "2026-03-04", offer_deadline: "2026-03-10" },
      // New terms not yet weighed (the stage is still the written offer): the
      // check beside them is on screen for axe.
      counteroffer: { received: "2026-03-04", improves: ["base_pay"], summary: "A little more" },
    },
  ],
};

/** The board, opened on a fixed day with BOARD stored. */
async function openBoard(options = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await seedOnce(context, JSON.stringify(BOARD));
  const opened = await openApp(app.browser, app.url, {}, context);
  await opened.page.clock.setFixedTime(new Date("2026-03-05T10:00:00"));
  await opened.page.reload();
  await opened.page.getByRole("heading", { level: 2, name: "Your opportunities" }).waitFor();
  return opened;
}

/** The name of the focused element. */
const focused = (page) => page.evaluate(() => (document.activeElement?.innerText ?? "").trim());

test("the board groups opportunities by stage with each one's next step and deadline, open stages first, by keyboard", async () => {
  const { context, page, errors } = await openBoard();
  const main = page.getByRole("main");
  const stages = await main.getByRole("heading", { level: 3 }).allInnerTexts();
  assert.deepEqual(
    stages.filter((s) => /\(\d\)$/.test(s)),
    ["Interviewing (1)", "Written offer (1)"],
    "open stages in process order; settled ones folded away",
  );

  const offer = page.getByRole("region", { name: /^Written offer/ }).getByRole("article", { name: "Data Lead at Acme" });
  assert.match(await offer.innerText(), /Answer due in 5 days \(Tue/);
  assert.equal(await offer.locator("time.deadline").getAttribute("datetime"), "2026-03-10");
  assert.match(await offer.getByText(/^Next: /).innerText(), /^Next: Thu.*: Ask Acme for time/);
  const interview = page.getByRole("region", { name: /^Interviewing/ }).getByRole("article", { name: "Analyst at Globex" });
  assert.match(await interview.innerText(), /They decide in 7 days \(Thu/);
  assert.match(await interview.getByText(/^Next: /).innerText(), /^Next: /);

  // The settled ones are one keypress away, under their own heading.
  const settled = main.locator("summary");
  assert.equal(await settled.innerText(), "Settled: accepted, declined or closed (1)");
  assert.equal(await page.getByRole("heading", { level: 3, name: /^Declined/ }).isVisible(), false);
  for (let i = 0; i < 80 && !/^Settled:/.test(await focused(page)); i += 1) await page.keyboard.press("Tab");
  assert.match(await focused(page), /^Settled:/, "the settled group is reached with Tab");
  assert.notEqual(await settled.evaluate((el) => getComputedStyle(el).outlineStyle), "none", "focus is visible");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 3, name: /^Declined \(1\)/ }).waitFor();
  await page.keyboard.press("Tab");
  assert.equal(await focused(page), "Engineer at Initech");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Engineer at Initech" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds no violations on the board and the new fields (${colorScheme}), screenshots at 360 and 1440 px`, async () => {
    const { context, page } = await openBoard({ colorScheme, viewport: { width: 1440, height: 900 } });
    await page.locator("main summary").click();
    const all = [];
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      all.push(...(await axeViolations(page)).map((v) => `board ${width}: ${v}`));
      await screenshot(page, `board-${width}-${colorScheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at ${width} px on the board`);
    }
    for (const [hash, name] of [
      ["#/opportunity/interview/details", "rounds"],
      ["#/opportunity/offer/details", "offer-details"],
      ["#/opportunity/current/details", "current-role"],
    ]) {
      await page.evaluate((h) => (location.hash = h), hash);
      await page.getByRole("heading", { level: 2, name: "Details" }).waitFor();
      if (name === "offer-details") await page.getByRole("button", { name: "Add a condition" }).click();
      for (const width of [1440, 360]) {
        await page.setViewportSize({ width, height: 900 });
        all.push(...(await axeViolations(page)).map((v) => `${name} ${width}: ${v}`));
        await screenshot(page, `${name}-${width}-${colorScheme}`);
      }
    }
    assert.deepEqual(all, [], all.join("\n"));
    await context.close();
  });
}
