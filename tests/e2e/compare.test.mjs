// Compare and the printable decision summary, as a user meets them with the sample data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, axeViolations, screenshot, useServedApp } from "./support/app.mjs";

const app = useServedApp();

async function withSample(options = {}) {
  const opened = await openApp(app.browser, app.url, options);
  await opened.page.getByRole("button", { name: "Explore a sample" }).click();
  return opened;
}

test("compare draws totals as bars proportional to the figures, with a table of the same figures", async () => {
  const { context, page, errors } = await withSample();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await page.getByRole("heading", { level: 1, name: "Compare" }).waitFor();
  const chart = page.getByRole("img", { name: /^Weighted total\./ });
  const name = await chart.getAttribute("aria-label");
  const table = page.getByRole("table", { name: "Totals, axes, mobility and value per year" });
  const rows = await table.locator("tbody tr").all();
  assert.ok(rows.length >= 3, "the current role and the sample's open opportunities");
  const widths = await chart.locator("rect").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
  const totals = [];
  for (const row of rows) totals.push(Number(await row.locator("td").first().innerText()));
  assert.equal(widths.length, totals.length);
  totals.forEach((t, i) => assert.ok(Math.abs(widths[i] - Math.max(1, (t / 100) * 300)) < 2, `bar ${i} is ${t}% of the width`));
  for (const axis of ["Role alignment", "Compensation and benefits", "Life-context fit", "Mobility support", "Value per year"]) {
    assert.equal(await page.getByRole("img", { name: new RegExp(`^${axis}\\.`) }).count(), 1, axis);
  }
  assert.match(name, /Your current role/);
  assert.match(await table.innerText(), /€|EUR/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the decide step links to a one-page summary that prints on one A4 page in black and white", async () => {
  const { context, page, errors } = await withSample();
  await page.getByRole("link", { name: /Northwind/ }).first().click();
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: /Decide/ }).click();
  await page.getByRole("link", { name: "Print a one-page summary" }).click();
  await page.getByRole("heading", { level: 1, name: /Decision summary: Senior Data Analyst at Northwind/ }).waitFor();
  assert.equal(await page.getByRole("button", { name: "Print" }).count(), 1);
  for (const heading of [/Recommendation: /, /Matrix/, /Plan/]) {
    assert.equal(await page.getByRole("heading", { level: 2, name: heading }).count(), 1);
  }
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  const colour = await page.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).color);
  assert.equal(colour, "rgb(0, 0, 0)");
  assert.equal(await page.getByRole("button", { name: "Print" }).isVisible(), false, "the button does not print");
  for (const format of ["A4", "Letter"]) {
    const pdf = (await page.pdf({ format, printBackground: false })).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, `${format}: one page`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  for (const width of [360, 1440]) {
    test(`axe finds no violations on Compare and Print (${colorScheme}, ${width}px)`, async () => {
      const { context, page } = await withSample({ colorScheme, viewport: { width, height: 900 } });
      await page.evaluate(() => (location.hash = "#/compare"));
      await page.getByRole("heading", { level: 1, name: "Compare" }).waitFor();
      const compare = await axeViolations(page);
      await screenshot(page, `compare-${width}-${colorScheme}`);
      await page.evaluate(() => (location.hash = "#/print/sample-northwind"));
      await page.getByRole("heading", { level: 1, name: /Decision summary/ }).waitFor();
      const print = await axeViolations(page);
      await screenshot(page, `print-${width}-${colorScheme}`);
      const all = [...compare.map((v) => `compare: ${v}`), ...print.map((v) => `print: ${v}`)];
      assert.deepEqual(all, [], all.join("\n"));
      await context.close();
    });
  }
}
