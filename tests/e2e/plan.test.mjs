// The plan: every dated follow-up in date order, done boxes, and an .ics
// export that a real iCalendar parser reads back with the plan's dates.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import ICAL from "ical.js";
import { openApp, axeViolations, screenshot, useServedApp } from "./support/app.mjs";

const app = useServedApp();

async function samplePlan(page) {
  await page.getByRole("button", { name: "Explore a sample" }).click();
  await page.getByRole("link", { name: "Plan", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
}

test("the plan lists dated steps in order and the .ics export parses with the same dates", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url, { acceptDownloads: true });
  await samplePlan(page);
  // The sample's sent thank-yous are ticked: the open steps are the rest.
  const dates = await page
    .locator("main li")
    .filter({ has: page.getByRole("checkbox", { name: /^Done/, checked: false }) })
    .locator("time")
    .evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
  assert.ok(dates.length >= 3, `steps: ${dates.length}`);
  assert.deepEqual(dates, [...dates].sort(), "in date order");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export to calendar (.ics)" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const text = readFileSync(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent");
  assert.equal(events.length, dates.length, "one event per open step");
  const eventDates = events.map((e) => e.getFirstPropertyValue("dtstart").toString()).sort();
  assert.deepEqual(eventDates, [...dates].sort());
  const uids = events.map((e) => e.getFirstPropertyValue("uid"));
  assert.equal(new Set(uids).size, uids.length, "unique UIDs");
  for (const e of events) {
    assert.ok(e.getFirstPropertyValue("dtstamp"), "DTSTAMP");
    assert.equal(e.getAllSubcomponents("valarm").length, 1, "an alarm on each event");
  }
  await page.getByRole("status").filter({ hasText: "Downloaded" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a step ticked done stays done and leaves the calendar export", async () => {
  const { context, page } = await openApp(app.browser, app.url, { acceptDownloads: true });
  await samplePlan(page);
  const open = page.getByRole("checkbox", { name: /^Done/, checked: false });
  const ticked = page.getByRole("checkbox", { name: /^Done/, checked: true });
  const before = await open.count();
  const tickedBefore = await ticked.count();
  // A ticked step may move to another group, so count rather than follow it.
  await open.first().click();
  await page.waitForFunction(
    (n) => document.querySelectorAll("main input[type=checkbox]:checked").length === n,
    tickedBefore + 1,
  );
  assert.equal(await ticked.count(), tickedBefore + 1);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export to calendar (.ics)" }).click(),
  ]);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), "utf8")));
  assert.equal(calendar.getAllSubcomponents("vevent").length, before - 1);
  await context.close();
});

test("the plan passes axe in both themes and is captured at 360 and 1440 px", async () => {
  const { context, page } = await openApp(app.browser, app.url);
  await samplePlan(page);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await axeViolations(page), [], `axe, ${scheme}`);
    for (const width of [360, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, `plan-${width}-${scheme}`);
    }
  }
  await context.close();
});
