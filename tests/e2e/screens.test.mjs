// Checklists, People, Guide and Settings, walked as a user would: through the
// navigation, labels and roles only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, axeViolations, screenshot, useServedApp } from "./support/app.mjs";

const app = useServedApp();

const NORTHWIND = "Senior Data Analyst at Northwind Analytics (sample)";

/** Opens the app on a fixed day (a Thursday), so dates in assertions are stable. */
async function openOnFixedDay(options = {}) {
  const opened = await openApp(app.browser, app.url, options);
  await opened.page.clock.setFixedTime(new Date("2026-03-05T10:00:00"));
  await opened.page.reload();
  await opened.page.locator("main h1").waitFor();
  return opened;
}

/** Loads the clearly marked sample from the start screen. */
async function exploreSample(page) {
  await page.getByRole("button", { name: "Explore a sample" }).click();
  await page.getByText("You are exploring sample data.").waitFor();
}

/** Follows a link in the main navigation and waits for the screen's heading. */
async function goTo(page, name, heading) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

test("the navigation lists the screens in the brief's order", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  const labels = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
  const order = ["Start", "Compare", "Messages", "Plan", "Checklists", "People", "Guide", "Settings"];
  const present = order.filter((l) => labels.includes(l));
  assert.deepEqual(labels, present, "links appear in the documented order");
  for (const l of ["Checklists", "People", "Guide", "Settings"]) assert.ok(labels.includes(l), l);
  await context.close();
});

test("checklists: the offer's checklist comes first, and ticking items updates the progress", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await exploreSample(page);
  await goTo(page, "Checklists", "Checklists");
  await page.getByRole("link", { name: NORTHWIND }).click();
  await page.getByRole("heading", { level: 1, name: `Checklists for ${NORTHWIND}` }).waitFor();

  // A written offer: "Before you accept" leads.
  const firstList = await page.getByRole("main").getByRole("heading", { level: 2 }).first().innerText();
  assert.equal(firstList, "Before you accept");

  const list = page.getByRole("region", { name: "Before you accept" });
  const bar = list.getByRole("progressbar", { name: "Before you accept progress" });
  assert.equal(await bar.evaluate((el) => el.value), 0);
  await list.getByText("0 of 6 done").waitFor();

  await list.getByLabel("You have the offer in writing, with every term spelled out.").check();
  await list.getByLabel("The pay and benefits clear the bar you set for them.").check();
  await list.getByLabel("The role and where it can lead are clearly described.").check();
  await list.getByText("3 of 6 done").waitFor();
  assert.equal(await bar.evaluate((el) => el.value), 3);
  assert.equal(await bar.evaluate((el) => el.max), 6);

  await list.getByLabel("The pay and benefits clear the bar you set for them.").uncheck();
  await list.getByText("2 of 6 done").waitFor();

  // Ticks belong to this opportunity: they are still there after leaving and coming back.
  await goTo(page, "Guide", "Guide");
  await page.goBack();
  await page.getByRole("heading", { level: 1, name: `Checklists for ${NORTHWIND}` }).waitFor();
  await page.getByRole("region", { name: "Before you accept" }).getByText("2 of 6 done").waitFor();
  assert.ok(await page.getByLabel("You have the offer in writing, with every term spelled out.").isChecked());

  // The checklists of other stages are there too, folded away.
  await page.getByText("Checklists for other stages").click();
  await page.getByRole("heading", { level: 2, name: "After you accept" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("people: add a contact with validation as you go, edit it, delete it after a confirmation naming who", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await goTo(page, "People", "People");
  await page.getByText("No one yet.").waitFor();

  // Saving with no name: the error sits next to the field and in a summary.
  await page.getByRole("button", { name: "Add person" }).click();
  const summary = page.getByRole("alert");
  await summary.getByRole("link", { name: "Enter their name" }).waitFor();
  const name = page.getByLabel("Name", { exact: true });
  assert.equal(await name.getAttribute("aria-invalid"), "true");
  // The summary's link moves focus to the field and stays on this screen.
  await summary.getByRole("link", { name: "Enter their name" }).click();
  assert.equal(await name.evaluate((el) => el === document.activeElement), true);
  await page.getByRole("heading", { level: 1, name: "People" }).waitFor();

  await name.fill("Ana López");
  await page.getByLabel("Job title").fill("Talent partner");
  await page.getByLabel("Company").fill("Harbour Labs");
  const email = page.getByLabel("Email address");
  await email.fill("ana@");
  await email.blur();
  await page.getByText("Error: Enter an email address like name@example.com").waitFor();
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  await email.fill("ana@harbour.example");
  assert.equal(await page.getByText("Enter an email address like name@example.com").count(), 0);
  await page.getByLabel("Preferred channel").selectOption({ label: "Phone call" });
  await page.getByLabel("Notes").fill("Prefers calls after 4pm. <script>alert(1)</script>");
  await page.getByRole("button", { name: "Add person" }).click();

  const card = page.getByRole("article", { name: "Ana López" });
  await card.waitFor();
  assert.match(await card.innerText(), /Talent partner at Harbour Labs/);
  assert.match(await card.innerText(), /Phone call/);
  assert.match(await card.innerText(), /<script>alert\(1\)<\/script>/, "notes are shown as text");
  assert.equal(await page.getByRole("status").filter({ hasText: "Added Ana López" }).count(), 1);
  assert.equal(await page.getByLabel("Name", { exact: true }).inputValue(), "", "the add form starts again empty");

  await card.getByRole("button", { name: "Edit Ana López" }).click();
  await card.getByLabel("Job title").fill("Head of talent");
  await card.getByRole("button", { name: "Save changes" }).click();
  await page.getByRole("article", { name: "Ana López" }).getByText("Head of talent at Harbour Labs").waitFor();

  await page.getByRole("button", { name: "Delete Ana López" }).click();
  await page.getByText("Delete Ana López? Their details and notes go.").waitFor();
  await page.getByRole("button", { name: "Yes, delete Ana López" }).click();
  await page.getByText("No one yet.").waitFor();
  assert.equal(await page.getByRole("article", { name: "Ana López" }).count(), 0);
  // The last deletion can be undone.
  await page.getByRole("button", { name: "Undo" }).click();
  await page.getByRole("article", { name: "Ana López" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("people: what was sent is listed newest first, with the text on request", async () => {
  const { context, page } = await openOnFixedDay();
  await exploreSample(page);
  await goTo(page, "People", "People");
  const history = page.getByRole("region", { name: "What you sent" });
  const subjects = await history.locator("li").evaluateAll((items) =>
    items.map((li) => li.querySelector("p:nth-of-type(2)").textContent),
  );
  assert.deepEqual(subjects, ["Thank you for the interview", "Thank you for yesterday's conversation"]);
  assert.match(await history.locator("li").first().innerText(), /4 March 2026|March 4, 2026/);
  const first = history.getByText("Show the message").first();
  await first.click();
  await history.getByText("I appreciated the detail on the relocation process.").waitFor();

  // Per contact: the sample's hiring manager, linked to Northwind.
  const sam = page.getByRole("article", { name: "Sam Ortega (sample)" });
  await sam.getByText("Sent about Senior Data Analyst at Northwind Analytics (sample) (1)").click();
  await sam.getByText("Thank you for yesterday's conversation").waitFor();

  // Deleting a record needs no confirmation: the undo bar offers it back.
  await history.getByRole("button", { name: "Delete this record: Thank you for the interview" }).click();
  await page.getByText("You deleted the sent message “Thank you for the interview”.").waitFor();
  assert.deepEqual(await history.locator(".sent-subject").allInnerTexts(), ["Thank you for yesterday's conversation"]);
  await page.getByRole("button", { name: "Undo" }).click();
  await history.getByText("Thank you for the interview").waitFor();
  assert.equal(await history.locator("li").count(), 2);

  await history.getByRole("button", { name: "Delete this record: Thank you for the interview" }).click();
  await page.reload();
  await history.getByText("Thank you for yesterday's conversation").waitFor();
  assert.equal(await history.getByText("Thank you for the interview").count(), 0, "the deletion is saved");
  await context.close();
});

test("guide: a checklist's why link opens its section, and sections link onwards", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  await exploreSample(page);
  await goTo(page, "Checklists", "Checklists");
  await page.getByRole("link", { name: NORTHWIND }).click();
  const region = page.getByRole("region", { name: "Before you accept" });
  await region.getByRole("link", { name: "Why? You do not have to say yes" }).click();
  await page.getByRole("heading", { level: 1, name: "You do not have to say yes" }).waitFor();
  assert.match(page.url(), /#\/guide\/not-obliged$/);

  await page.getByRole("navigation", { name: "Guide pages" }).getByRole("link", { name: /Next/ }).click();
  await page.getByRole("heading", { level: 1, name: "Write down your reactions within a day" }).waitFor();

  // The contents list every section, and a section's address survives a reload.
  await goTo(page, "Guide", "Guide");
  await page.getByRole("link", { name: "Timing: how long to take, and when to follow up" }).click();
  await page.getByText("Decide within 48–72 hours of a written offer").waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Timing: how long to take, and when to follow up" }).waitFor();
  await page.evaluate(() => (location.hash = "#/guide/no-such-topic"));
  await page.getByRole("heading", { level: 1, name: "That guide topic does not exist" }).waitFor();
  await context.close();
});

/** The "Next:" follow-up lines on the dashboard's cards. */
async function nextSteps(page) {
  await goTo(page, "Start", "Decide what to do next, then say it well");
  return page.getByRole("main").getByText(/^Next: /).allInnerTexts();
}

test("settings: a Friday–Saturday weekend moves a follow-up date on the dashboard", async () => {
  const { context, page, errors } = await openOnFixedDay();
  await exploreSample(page);
  const before = await nextSteps(page);

  await goTo(page, "Settings", "Settings");
  const weekend = page.getByRole("group", { name: "Weekend days" });
  assert.ok(await weekend.getByLabel("Saturday").isChecked());
  assert.ok(await weekend.getByLabel("Sunday").isChecked());
  await weekend.getByLabel("Friday").check();
  await weekend.getByLabel("Sunday").uncheck();

  const after = await nextSteps(page);
  assert.equal(after.length, before.length);
  assert.notDeepEqual(after, before, `before: ${before.join(" | ")}`);
  // Under the Friday–Saturday weekend no dated step lands on a Friday.
  assert.ok(!after.some((t) => /^Next: Fri/.test(t)), after.join(" | "));
  assert.deepEqual(errors, []);
  await context.close();
});

test("settings: a full week of weekend days, a bad number and a bad currency are refused next to the field", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  await goTo(page, "Settings", "Settings");
  const weekend = page.getByRole("group", { name: "Weekend days" });
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday"]) {
    await weekend.getByLabel(day).check();
  }
  // Friday is the last working day: ticking it is refused.
  await weekend.getByLabel("Friday").click();
  await weekend.getByText("Leave at least one working day in the week").waitFor();
  assert.equal(await weekend.getByLabel("Friday").isChecked(), false, "the last working day stays a working day");

  const interval = page.getByLabel("Days between follow-ups");
  assert.equal(await interval.inputValue(), "7");
  await interval.fill("0");
  await page.getByText("Enter a number from 1 to 60").waitFor();
  assert.equal(await interval.getAttribute("aria-invalid"), "true");
  await page.getByRole("button", { name: "Reset to 7 days for Days between follow-ups" }).click();
  assert.equal(await interval.inputValue(), "7");
  assert.equal(await interval.getAttribute("aria-invalid"), null);

  await page.getByLabel("Home currency").fill("euro");
  await page.getByText("Enter a three-letter currency code, like EUR or USD").waitFor();
  await page.getByLabel("Home currency").fill("usd");
  assert.equal(await page.getByText("Enter a three-letter currency code").count(), 0);

  await page.getByLabel("Walk-away line").fill("90");
  await page.getByText("Set this below your accept line, 75").waitFor();

  await page.getByLabel("Add a holiday").fill("2026-12-25");
  await page.getByRole("button", { name: "Add holiday" }).click();
  await page.getByRole("button", { name: /^Remove .*(25 December|December 25).*2026/ }).waitFor();
  await page.getByLabel("Add a holiday").fill("2026-12-25");
  await page.getByRole("button", { name: "Add holiday" }).click();
  await page.getByText("That day is already in the list").waitFor();

  await page.getByRole("button", { name: /^Down\W+Responsibilities and role fit$/ }).click();
  const firstPriority = page.getByRole("region", { name: "Default priorities" }).getByRole("listitem").first();
  assert.match(await firstPriority.innerText(), /Career trajectory/);
  await page.getByRole("button", { name: "Reset to the default order" }).click();
  assert.match(await firstPriority.innerText(), /Responsibilities and role fit/);
  await page.getByRole("button", { name: "Undo the reset" }).click();
  assert.match(await firstPriority.innerText(), /Career trajectory/);
  await context.close();
});

/** Each screen, reached the way a user would, with sample data where it helps. */
const SCREENS = [
  {
    name: "checklists",
    open: async (page) => {
      await exploreSample(page);
      await goTo(page, "Checklists", "Checklists");
      await page.getByRole("link", { name: NORTHWIND }).click();
      await page.getByRole("heading", { level: 1, name: `Checklists for ${NORTHWIND}` }).waitFor();
      await page.getByLabel("You have the offer in writing, with every term spelled out.").check();
    },
  },
  {
    name: "people",
    open: async (page) => {
      await exploreSample(page);
      await goTo(page, "People", "People");
      await page.getByRole("button", { name: "Add person" }).click();
      await page.getByRole("alert").waitFor();
    },
  },
  { name: "guide", open: (page) => goTo(page, "Guide", "Guide") },
  {
    name: "guide-section",
    open: async (page) => {
      await goTo(page, "Guide", "Guide");
      await page.getByRole("link", { name: "Saying no in four parts" }).click();
      await page.getByRole("heading", { level: 1, name: "Saying no in four parts" }).waitFor();
    },
  },
  {
    name: "settings",
    open: async (page) => {
      await goTo(page, "Settings", "Settings");
      await page.getByLabel("Days between follow-ups").fill("abc");
      await page.getByText("Enter a number, like 3").waitFor();
    },
  },
];

for (const screen of SCREENS) {
  for (const colorScheme of ["light", "dark"]) {
    test(`axe finds no violations on ${screen.name} (${colorScheme}), screenshots at 360 and 1440 px`, async () => {
      const { context, page } = await openOnFixedDay({ colorScheme, viewport: { width: 1440, height: 900 } });
      await screen.open(page);
      const violations = await axeViolations(page);
      await screenshot(page, `${screen.name}-1440-${colorScheme}`);
      await page.setViewportSize({ width: 360, height: 800 });
      const narrow = await axeViolations(page);
      await screenshot(page, `${screen.name}-360-${colorScheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 360 px (overflow ${overflow}px)`);
      assert.deepEqual([...violations, ...narrow], [], [...violations, ...narrow].join("\n"));
      await context.close();
    });
  }
}
