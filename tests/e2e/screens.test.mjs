// The Checklists and Guide screens, walked as a user would: through the
// navigation, labels and roles only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, serveDist, openApp, axeViolations, screenshot } from "./support/app.mjs";

let browser;
let server;
let url;

before(async () => {
  browser = await launch();
  ({ server, url } = await serveDist());
});
after(async () => {
  await browser?.close();
  server?.close();
});

const NORTHWIND = "Senior Data Analyst at Northwind Analytics (sample)";

/** Opens the app on a fixed day (a Thursday), so dates in assertions are stable. */
async function openOnFixedDay(options = {}) {
  const opened = await openApp(browser, url, options);
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
  const { context, page } = await openApp(browser, url);
  const labels = await page.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
  const order = ["Start", "Compare", "Messages", "Plan", "Checklists", "People", "Guide", "Settings"];
  const present = order.filter((l) => labels.includes(l));
  assert.deepEqual(labels, present, "links appear in the documented order");
  for (const l of ["Checklists", "Guide"]) assert.ok(labels.includes(l), l);
  await context.close();
});

test("checklists: the offer's checklist comes first, and ticking items updates the progress", async () => {
  const { context, page, errors } = await openApp(browser, url);
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

test("guide: a checklist's why link opens its section, and sections link onwards", async () => {
  const { context, page } = await openApp(browser, url);
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
  { name: "guide", open: (page) => goTo(page, "Guide", "Guide") },
  {
    name: "guide-section",
    open: async (page) => {
      await goTo(page, "Guide", "Guide");
      await page.getByRole("link", { name: "Saying no in four parts" }).click();
      await page.getByRole("heading", { level: 1, name: "Saying no in four parts" }).waitFor();
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
