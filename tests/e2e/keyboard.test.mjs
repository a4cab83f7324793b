// Keyboard only, like a user who cannot or does not use a mouse: from an empty
// app to a decline message on the clipboard, with focus always visible.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp } from "./support/app.mjs";
import { waitForStored } from "./support/data.mjs";

const app = useServedApp();

/** The accessible-ish name of the focused element: its label, aria-label or text. */
function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "";
    const labelled = el.labels?.[0]?.innerText ?? el.getAttribute("aria-label") ?? "";
    return (labelled || el.innerText || el.value || "").trim();
  });
}

/**
 * The focused control's name once it is `name`, or whatever holds focus
 * after two seconds. The app moves focus after a confirm question opens or
 * closes, and after a removed row leaves the page, a frame or so later.
 */
async function focusSettles(page, name) {
  const start = Date.now();
  for (;;) {
    const current = await focusedName(page);
    if (current === name || Date.now() - start > 2000) return current;
    await page.waitForTimeout(25);
  }
}

/** Whether the focused control's name is `name` (a string, or a pattern to match). */
function isNamed(current, name) {
  return name instanceof RegExp ? name.test(current) : current === name || current.startsWith(name + "\n");
}

/**
 * Presses Tab (or `key`, such as Shift+Tab) until the focused control is
 * called `name`; fails if it is never reached.
 */
async function tabTo(page, name, limit = 80, key = "Tab") {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    const current = await focusedName(page);
    if (isNamed(current, name)) {
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
      assert.notEqual(outline, "none", `focus is visible on “${name}”`);
      return;
    }
  }
  assert.fail(`“${name}” was not reached with the Tab key`);
}

test("keyboard only: from an empty app to a copied decline message", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url, {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await tabTo(page, "I want to decline or withdraw");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1 }).filter({ hasText: /Withdraw/ }).waitFor();

  for (const [label, text] of [
    ["Company", "Fabrikam"],
    ["Contact name", "Jordan"],
    ["Role", "Platform Engineer"],
    ["Your name", "Alex Kim"],
  ]) {
    await tabTo(page, label);
    await page.keyboard.type(text);
  }
  await page.getByText(/Checked: .*Ready to send/).waitFor();
  await tabTo(page, "Copy");
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: "Copied" }).waitFor();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const text of ["Fabrikam", "Jordan", "Alex Kim"]) assert.match(copied, new RegExp(text));
  assert.doesNotMatch(copied, /\[[a-z ]+\]/, "no unfilled field");
  assert.deepEqual(errors, []);
  await context.close();
});

test("keyboard only: the rounds editor — add a round, fill it in, and remove it after the question", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await tabTo(page, "I just had an interview");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: "Reactions" }).waitFor();
  await tabTo(page, /^\d+\s*Details$/);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: "Details" }).waitFor();

  await tabTo(page, "Add a round");
  await page.keyboard.press("Enter");
  const second = page.getByRole("group", { name: "Round 2" });
  await second.waitFor();
  // Round 2's fields come just before the button, so Shift+Tab reaches them.
  await tabTo(page, "Your notes", 20, "Shift+Tab");
  await page.keyboard.type("Ask about the on-call rota.");
  await tabTo(page, "How it was held", 20, "Shift+Tab");
  await page.keyboard.press("ArrowDown");
  // The date is reached too, its focus shown on the whole field (the
  // browser's own date control takes the digits from there).
  await tabTo(page, "Date", 20, "Shift+Tab");
  await waitForStored(page, (w) => {
    const round = w.opportunities[0]?.rounds?.[1];
    return round?.notes === "Ask about the on-call rota." && round.format === "phone";
  });

  // Removing it asks first, with focus on the safe answer; keeping it puts
  // focus back on the button, and removing it moves focus to "Add a round".
  await tabTo(page, "Remove round 2");
  await page.keyboard.press("Enter");
  await page.getByText("Remove round 2? What you wrote about it goes too.").waitFor();
  assert.equal(await focusSettles(page, "Keep it"), "Keep it");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Remove round 2" }).waitFor();
  assert.equal(await focusSettles(page, "Remove round 2"), "Remove round 2");
  await page.keyboard.press("Enter");
  await tabTo(page, "Yes, remove round 2", 3, "Shift+Tab");
  await page.keyboard.press("Enter");
  await second.waitFor({ state: "detached" });
  assert.equal(await focusSettles(page, "Add a round"), "Add a round");
  await page.getByRole("group", { name: "Round 1" }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
