// Every screen is its own address and survives a reload with the same data,
// on a plain static server with no rewrite rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp } from "./support/app.mjs";

const app = useServedApp();

/**
 * What a person sees of the screen: its heading, the text of <main>, and
 * what its form fields hold (text leaves a field's value out).
 */
async function snapshot(page) {
  await page.locator("main h1").first().waitFor();
  return {
    url: page.url(),
    h1: await page.getByRole("heading", { level: 1 }).innerText(),
    main: await page.getByRole("main").innerText(),
    fields: await page
      .locator("main")
      .evaluate((main) => [...main.querySelectorAll("input, select, textarea")].map((f) => `${f.id}=${f.type === "checkbox" ? f.checked : f.value}`)),
  };
}

test("reloading any screen lands on the same screen with the same data", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await page.getByRole("button", { name: "Explore a sample" }).click();
  await page.getByRole("link", { name: /Senior Data Analyst at Northwind/ }).waitFor();

  // Every screen in the navigation, plus the ones reached from links.
  const nav = page.getByRole("navigation", { name: "Main" }).getByRole("link");
  const hrefs = await nav.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.length >= 4, `navigation lists the screens: ${hrefs}`);
  const screens = [
    ...hrefs,
    "#/opportunity/sample-northwind/details",
    "#/opportunity/sample-harbour/details",
    "#/opportunity/current/details",
    "#/opportunity/sample-northwind/matrix",
    "#/opportunity/sample-northwind/decide",
    "#/messages/sample-northwind/decline_role_fit",
    "#/print/sample-northwind",
  ];

  for (const hash of screens) {
    await page.evaluate((h) => (location.hash = h), hash);
    const before = await snapshot(page);
    await page.reload();
    const after = await snapshot(page);
    assert.equal(after.url, before.url, `${hash}: same address`);
    assert.equal(after.h1, before.h1, `${hash}: same screen`);
    assert.equal(after.main, before.main, `${hash}: same data on screen`);
    assert.deepEqual(after.fields, before.fields, `${hash}: the same in every field`);
    if (/sample-.*\/details$/.test(hash)) {
      assert.ok(before.fields.some((f) => /^round-.*-date=\d{4}-/.test(f)), `${hash}: its rounds' dates are compared`);
    }
    assert.doesNotMatch(after.h1, /does not exist/, `${hash} is a real screen`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
