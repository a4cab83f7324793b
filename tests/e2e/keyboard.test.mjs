// Keyboard only, like a user who cannot or does not use a mouse: from an empty
// app to a decline message on the clipboard, with focus always visible.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp } from "./support/app.mjs";

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

/** Presses Tab until the focused control is called `name`; fails if it is never reached. */
async function tabTo(page, name, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const current = await focusedName(page);
    if (current === name || current.startsWith(name + "\n")) {
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
