// The opportunity workspace as a user meets it: quick starts create opportunities, the stepper walks
// the steps, and the recommendation panel answers as they type. Scenarios 1–3 of the UI issue.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, axeViolations, screenshot, useServedApp } from "./support/app.mjs";

const app = useServedApp();

// The guide section the matrix step links to, by its heading.
const MATRIX_SECTION = "The matrix and the mobility column";

const CRITERIA = [
  "Responsibilities and role fit",
  "Career trajectory",
  "Base pay",
  "Total rewards",
  "Manager and team",
  "Culture and values",
  "Flexibility",
  "Location and commute",
  "Learning",
  "Employment model and security",
  "Mobility support",
  "Work–life balance",
];

/** A local date `days` from today as YYYY-MM-DD. */
function isoInDays(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Goes to a step through the stepper, as a user would. */
async function goToStep(page, name) {
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: new RegExp(`^\\d+\\s*${name}$`) }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

/** Starts from the dashboard with a quick start and fills employer and role; returns the opportunity id. */
async function start(page, quickStart, employer, role) {
  await page.getByRole("link", { name: "Crossroads" }).click();
  await page.getByRole("button", { name: quickStart }).click();
  await page.getByRole("navigation", { name: "Steps" }).waitFor();
  if (quickStart !== "I have an offer") await goToStep(page, "Details");
  await page.getByLabel("Employer", { exact: true }).fill(employer);
  await page.getByLabel("Role", { exact: true }).fill(role);
  return decodeURIComponent(page.url().split("#/opportunity/")[1].split("/")[0]);
}

/** Scores every criterion for one column of the matrix. */
async function score(page, column, value) {
  for (const name of CRITERIA) {
    await page.getByLabel(`${name}: ${column}`, { exact: true }).selectOption(String(value));
  }
}

const panel = (page) => page.getByRole("complementary", { name: "What to do" });

test("scenario 1: two offers, priorities reordered, a non-negotiable failed by a confirmed fact → decline that one, and Compare marks it", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await start(page, "I have an offer", "Acme", "Data Lead");
  await page.getByLabel("Employment model").selectOption({ label: "Employed directly by the company" });
  await goToStep(page, "Matrix");
  await score(page, "Data Lead at Acme", 4);
  await score(page, "Your current role", 3);

  const beta = await start(page, "I have an offer", "Beta Staffing", "Analyst");
  await page.getByLabel("Employment model").selectOption({ label: "Through an agency or third party" });
  await goToStep(page, "Matrix");
  await score(page, "Analyst at Beta Staffing", 4);

  // Reorder priorities with the keyboard-accessible buttons.
  await goToStep(page, "Priorities");
  const up = page.getByRole("button", { name: "Move up: Base pay" });
  await up.click();
  await page.getByRole("button", { name: "Move up: Base pay" }).click();
  await page.getByRole("status").filter({ hasText: "Base pay moved to position 1 of 12." }).waitFor({ state: "attached" });
  assert.equal(await page.getByLabel("Criterion", { exact: true }).first().inputValue(), "Base pay");
  assert.ok(await page.getByRole("button", { name: "Move up: Base pay" }).isDisabled(), "the top criterion cannot move up");

  // A required fact: direct employment.
  await page.getByLabel("Kind").selectOption({ label: "Direct employment" });
  await page.getByRole("button", { name: "Add non-negotiable" }).click();
  await page.getByText("Direct employment (not through an agency or as a contractor)").waitFor();

  const aside = panel(page);
  assert.equal(await aside.locator(".tag").innerText(), "Decline");
  assert.match(await aside.innerText(), /Decline now — the way you would be employed is a dealbreaker for you/);
  await page.setViewportSize({ width: 1440, height: 900 });
  const reasons = aside.getByRole("list").first();
  assert.match(await aside.innerText(), /A confirmed dealbreaker means acting now[\s\S]*Employment model: through an agency/);
  assert.ok(await reasons.count());

  // The other offer is not ruled out.
  await page.evaluate(() => (location.hash = "#/"));
  await page.getByRole("link", { name: "Data Lead at Acme" }).click();
  assert.doesNotMatch(await panel(page).innerText(), /the way you would be employed is a dealbreaker/);

  // Compare marks the failed dealbreaker with text, not colour alone.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await page.getByRole("heading", { level: 1, name: "Compare" }).waitFor();
  const column = page.getByRole("article", { name: /Analyst at Beta Staffing/ });
  assert.match(await column.innerText(), /Fails a dealbreaker: Employment model: through an agency/);
  const other = page.getByRole("article", { name: /Data Lead at Acme/ });
  assert.doesNotMatch(await other.innerText(), /Fails a dealbreaker/);
  assert.ok(beta);
  assert.deepEqual(errors, []);
  await context.close();
});

test("scenario 2: a written offer with verbal-only relocation support and a good score → accept with conditions, listing what to get in writing", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await start(page, "I have an offer", "Nordlicht", "Platform Engineer");
  await page.getByLabel("Employment model").selectOption({ label: "Employed directly by the company" });
  await page.getByLabel("Taking it means moving country").check();
  await goToStep(page, "Mobility");
  await page.getByLabel("Visa sponsorship").selectOption({ label: "Yes" });
  await page.getByLabel("Relocation support").selectOption({ label: "Promised verbally" });
  await goToStep(page, "Matrix");
  await score(page, "Platform Engineer at Nordlicht", 4);

  const aside = panel(page);
  assert.equal(await aside.locator(".tag").innerText(), "Accept once it's in writing");
  assert.match(await aside.innerText(), /Say yes only once the relocation support is in writing/);
  // On a phone the details are one tap away.
  await page.setViewportSize({ width: 360, height: 800 });
  await aside.getByRole("button", { name: "Show the reasons and next steps" }).click();
  const inWriting = aside.getByRole("heading", { name: "Get these in writing first" });
  await inWriting.waitFor();
  assert.match(await aside.innerText(), /Get these in writing first\s+the relocation support/);
  assert.match(await aside.innerText(), /Promises that are only spoken need to be in writing/);
  const draft = aside.getByRole("link", { name: /Draft this message/ }).first();
  assert.match(await draft.getAttribute("href"), /^#\/messages\/[^/]+\/[a-z_]+$/);
  // Once it is in writing, the condition goes away.
  await goToStep(page, "Mobility");
  await page.getByLabel("Relocation support").selectOption({ label: "Confirmed in writing" });
  assert.equal(await aside.locator(".tag").innerText(), "Accept");
  assert.deepEqual(errors, []);
  await context.close();
});

test("scenario 3: a soon deadline with a better opportunity still interviewing → ask for time with a date, and a draft telling the other company", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  const globex = await start(page, "I just had an interview", "Globex", "Staff Analyst");
  await goToStep(page, "Matrix");
  await score(page, "Staff Analyst at Globex", 5);

  await start(page, "I have an offer", "Acme", "Analyst");
  await page.getByLabel("Employment model").selectOption({ label: "Employed directly by the company" });
  await page.getByLabel("Answer due by").fill(isoInDays(2));
  await goToStep(page, "Matrix");
  await score(page, "Analyst at Acme", 3);

  const aside = panel(page);
  assert.equal(await aside.locator(".tag").innerText(), "Ask for time");
  assert.match(await aside.innerText(), /Ask for time until .+ — Globex is still deciding and scores higher/);
  const date = aside.locator("time").first();
  assert.match(await date.getAttribute("datetime"), /^\d{4}-\d{2}-\d{2}$/);
  const tell = aside.getByRole("link", { name: /Draft this message: .* to Staff Analyst at Globex/ });
  assert.equal(await tell.getAttribute("href"), `#/messages/${globex}/competing_deadline`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("fields validate as you type, with the message next to the field", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  await start(page, "I have an offer", "Acme", "Analyst");
  const base = page.getByLabel("Base pay per year");
  await base.fill("-5");
  assert.equal(await base.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#base-error").innerText(), /Enter an amount of 0 or more/);
  await base.fill("61,000");
  assert.equal(await base.getAttribute("aria-invalid"), null);
  await page.getByRole("button", { name: "Add a round" }).click();
  await page.getByRole("group", { name: "Round 1" }).getByLabel("Date").fill(isoInDays(0));
  await page.getByLabel("Answer due by").fill(isoInDays(-3));
  assert.match(await page.locator("#date-deadline-error").innerText(), /The deadline is before the offer arrived/);
  await page.getByLabel("Remote days a week").fill("9");
  assert.match(await page.locator("#remote-days-error").innerText(), /Enter a whole number from 0 to 7/);
  await context.close();
});

test("reactions: a nudge to write within 24 hours, and the date they were captured", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  await page.getByRole("button", { name: "I just had an interview" }).click();
  await page.getByRole("heading", { level: 2, name: "Reactions" }).waitFor();
  assert.match(await page.locator("#capture-nudge").innerText(), /within 24 hours/);
  await page.getByLabel("What excited you").fill("The team owns pricing end to end.");
  assert.match(await page.locator("#capture-nudge").innerText(), /^Written on /);
  assert.match(await page.getByLabel("Written on").inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  await context.close();
});

test("deleting an opportunity asks first, naming it", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  await start(page, "I have an offer", "Acme", "Analyst");
  await page.getByRole("button", { name: "Delete this opportunity" }).click();
  await page.getByText("Delete Analyst at Acme? Its details").waitFor();
  await page.getByRole("button", { name: "Yes, delete Analyst at Acme" }).click();
  await page.getByRole("heading", { level: 1, name: /Decide what to do next/ }).waitFor();
  assert.equal(await page.getByRole("link", { name: "Analyst at Acme" }).count(), 0);
  // The last deletion can be undone, and the opportunity comes back as it was.
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("link", { name: "Analyst at Acme" }).waitFor();
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  for (const width of [360, 1440]) {
    test(`axe finds no violations in the workspace steps (${colorScheme}, ${width}px)`, async () => {
      const { context, page } = await openApp(app.browser, app.url, { colorScheme, viewport: { width, height: 900 } });
      await page.getByRole("button", { name: "Explore a sample" }).click();
      await page.getByRole("link", { name: /Northwind/ }).first().click();
      const all = [];
      for (const step of ["Details", "Reactions", "Priorities", "Timeline", "Matrix", "Mobility", "Decide"]) {
        await goToStep(page, step);
        all.push(...(await axeViolations(page)).map((v) => `${step}: ${v}`));
        if (["Details", "Matrix", "Priorities"].includes(step)) await screenshot(page, `workspace-${step.toLowerCase()}-${width}-${colorScheme}`);
      }
      assert.deepEqual(all, [], all.join("\n"));
      await context.close();
    });
  }
}

test("the matrix updates a column's totals in place as its scores change, and keeps every score after a reload", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await start(page, "I have an offer", "Initech", "Analyst");
  await goToStep(page, "Matrix");
  const column = "Analyst at Initech";
  const total = page.getByRole("row", { name: /^Weighted total/ }).getByRole("cell").first();
  const confidence = page.getByRole("row", { name: /^Confidence/ }).getByRole("cell").first();
  assert.equal(await confidence.innerText(), "0%", "nothing scored yet");

  // Three of five on every criterion is 60 of 100, whatever the weights.
  await score(page, column, 3);
  assert.equal(await total.innerText(), "60");
  assert.equal(await confidence.innerText(), "100%");

  // The same cell element is updated, not replaced: the totals change in place.
  const handle = await total.elementHandle();
  await score(page, column, 5);
  assert.equal(await total.innerText(), "100");
  assert.equal(await handle.evaluate((td) => td.isConnected && td.textContent), "100");

  await page.getByLabel(`${CRITERIA[0]}: ${column}`, { exact: true }).selectOption({ label: "Unknown" });
  assert.equal(await total.innerText(), "100", "an unknown is left out, not counted as 0");
  assert.notEqual(await confidence.innerText(), "100%");

  await page.reload();
  await page.getByRole("table", { name: "Decision matrix" }).waitFor();
  assert.equal(await page.getByLabel(`${CRITERIA[0]}: ${column}`, { exact: true }).inputValue(), "");
  assert.equal(await page.getByLabel(`${CRITERIA[1]}: ${column}`, { exact: true }).inputValue(), "5");
  assert.equal(await total.innerText(), "100");
  assert.deepEqual(errors, []);
  await context.close();
});

test("each step but the details links to the guide section that explains it, and Back returns to the step", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await start(page, "I have an offer", "Umbrella", "Engineer");
  assert.equal(await page.getByRole("link", { name: /^Why this step matters/ }).count(), 0, "details has no guide link");
  await goToStep(page, "Matrix");
  const why = page.getByRole("main").getByRole("link", { name: MATRIX_SECTION });
  await why.click();
  await page.getByRole("heading", { level: 1, name: MATRIX_SECTION }).waitFor();
  assert.match(page.url(), /#\/guide\/matrix$/);
  await page.goBack();
  await page.getByRole("heading", { level: 2, name: "Matrix" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a drop-down of criteria follows the criteria as they are added and renamed on the same screen", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await start(page, "I have an offer", "Acme", "Data Lead");
  await goToStep(page, "Priorities");
  const adding = page.getByRole("group", { name: "Add a non-negotiable" });
  await adding.getByLabel("Kind").selectOption({ label: "A criterion must score at least…" });
  const criterion = adding.getByLabel("Criterion");
  const options = () => criterion.locator("option").allInnerTexts();
  assert.ok(!(await options()).includes("Mentoring"));

  const newOne = page.getByRole("group", { name: "Add a criterion" });
  await newOne.getByLabel("Name").fill("Mentoring");
  await newOne.getByRole("button", { name: "Add criterion" }).click();
  await criterion.locator("option", { hasText: "Mentoring" }).waitFor({ state: "attached" });

  await page.getByLabel("Criterion", { exact: true }).first().fill("Scope of the role");
  await criterion.locator("option", { hasText: "Scope of the role" }).waitFor({ state: "attached" });
  assert.ok((await options()).includes("Mentoring"), "the list keeps the added criterion");
  await criterion.selectOption({ label: "Mentoring" });
  assert.equal(await criterion.locator("option:checked").innerText(), "Mentoring");
  assert.deepEqual(errors, []);
  await context.close();
});
