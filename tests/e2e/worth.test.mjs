// What an offer is worth (issue 14): two offers in different currencies, one
// with equity behind a cliff, entered through the forms by label, compared
// gross and net year by year on Compare, with the assumptions listed. Every
// expected figure is worked out here from what was typed, not read from the app.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, axeViolations, useServedApp } from "./support/app.mjs";

const app = useServedApp();
const LOCALE = "en-GB";

/** Euros as the screen writes a whole amount in this locale. */
const euros = (x) =>
  new Intl.NumberFormat(LOCALE, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(x);

async function goToStep(page, name) {
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: new RegExp(`^\\d+\\s*${name}$`) }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

/** A new offer through the "I have an offer" quick start, its details filled in by label. */
async function enterOffer(page, employer, fields) {
  await page.getByRole("link", { name: "Crossroads" }).click();
  await page.getByRole("button", { name: "I have an offer" }).click();
  await page.getByRole("navigation", { name: "Steps" }).waitFor();
  await page.getByLabel("Employer", { exact: true }).fill(employer);
  await page.getByLabel("Role", { exact: true }).fill("Analyst");
  for (const [label, value] of fields) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.evaluate((el) => el.tagName)) === "SELECT") await field.selectOption({ label: value });
    else await field.fill(value);
    assert.equal(await field.getAttribute("aria-invalid"), null, `${label} takes ${value}`);
  }
}

// The two offers, as typed.
const ASHFORD = { base: 60000, bonus: 6000, signOn: 10000, clawback: 12, tax: 40 };
const BRAMLEY = { base: 50000, rate: 1.17, rateDate: "2026-11-20", tax: 35, grant: 40000, vesting: [5, 15, 40, 40], cliff: 18 };

/** Yearly figures in euros, worked out from the inputs above. */
function expected() {
  // Ashford, in euros: base and bonus every year, the sign-on in year 1; all of it taxed.
  const ashGross = [0, 1, 2, 3].map((y) => ASHFORD.base + ASHFORD.bonus + (y === 0 ? ASHFORD.signOn : 0));
  const ashNet = ashGross.map((g) => (g * (100 - ASHFORD.tax)) / 100);
  // Bramley, in pounds: the grant vests 5/15/40/40 month by month; nothing before month 18,
  // then everything built up by then. By the end of year 1 nothing; by the end of year 2,
  // 5 + 15 = 20 %; then 40 % a year. Listed company: no discount.
  const vestedBy = (month) => {
    if (month < BRAMLEY.cliff) return 0;
    const years = Math.floor(month / 12);
    const done = BRAMLEY.vesting.slice(0, years).reduce((a, b) => a + b, 0);
    const part = ((BRAMLEY.vesting[years] ?? 0) * (month % 12)) / 12;
    return (BRAMLEY.grant * (done + part)) / 100;
  };
  const equity = [1, 2, 3, 4].map((y) => vestedBy(12 * y) - vestedBy(12 * (y - 1)));
  assert.deepEqual(equity, [0, 8000, 16000, 16000], "the test's own reading of the schedule");
  const braGross = equity.map((e) => (BRAMLEY.base + e) * BRAMLEY.rate);
  const braNet = equity.map((e) => ((BRAMLEY.base + e) * (100 - BRAMLEY.tax) * BRAMLEY.rate) / 100);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  return {
    ashford: { gross: [...ashGross, sum(ashGross)], net: [...ashNet, sum(ashNet)] },
    bramley: { gross: [...braGross, sum(braGross)], net: [...braNet, sum(braNet)] },
  };
}

/** The first year in which `b`'s running total passes `a`'s, after `a` led. */
function overtakeYear(a, b) {
  let ta = 0;
  let tb = 0;
  for (let y = 0; y < 4; y++) {
    ta += a[y];
    tb += b[y];
    if (y > 0 && tb > ta) return y + 1;
  }
  return null;
}

test("two offers in euros and pounds, one with equity behind a cliff, compared gross and net over four years", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url, { locale: LOCALE });
  await enterOffer(page, "Ashford", [
    ["Currency", "EUR"],
    ["Base pay per year", "60,000"],
    ["Target bonus per year", "6000"],
    ["Sign-on payment", "10000"],
    ["Sign-on clawback in months", "12"],
    ["Effective tax rate", "40"],
  ]);
  await enterOffer(page, "Bramley", [
    ["Currency", "GBP"],
    ["Base pay per year", "50000"],
    ["Effective tax rate", "35"],
    ["Exchange rate", "1.17"],
    ["Exchange rate date", BRAMLEY.rateDate],
    ["Equity grant", "40000"],
    ["Cliff in months", "18"],
    ["Company stage", "Listed on a stock exchange (0% suggested)"],
  ]);
  // A schedule that does not add up is refused next to the field, and nothing is lost.
  const vesting = page.getByLabel("Vesting by year in percent", { exact: true });
  await vesting.fill("5/15/40/30");
  assert.equal(await vesting.getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#vesting-percentages-error").innerText(), /add up to 90%.*must add up to 100%/);
  await vesting.fill("5/15/40/40");
  assert.equal(await vesting.getAttribute("aria-invalid"), null);
  assert.equal(await page.getByLabel("Equity grant", { exact: true }).inputValue(), "40000");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare" }).click();
  await page.getByRole("heading", { level: 2, name: "What each offer is worth" }).waitFor();
  const table = page.getByRole("table", { name: "Gross and net, year by year" });
  const want = expected();
  for (const [employer, figures] of [["Ashford", want.ashford], ["Bramley", want.bramley]]) {
    for (const kind of ["gross", "net"]) {
      const row = await table.getByRole("row", { name: new RegExp(`^Analyst at ${employer}, ${kind}`) }).locator("td").allInnerTexts();
      assert.deepEqual(row, figures[kind].map(euros), `${employer}, ${kind}`);
    }
  }
  // Bramley catches up: on the running total, net in year 3 and gross in year 4.
  const netYear = overtakeYear(want.ashford.net, want.bramley.net);
  const grossYear = overtakeYear(want.ashford.gross, want.bramley.gross);
  assert.deepEqual([netYear, grossYear], [3, 4]);
  const section = page.getByRole("region", { name: "What each offer is worth" });
  const text = await section.innerText();
  assert.match(text, new RegExp(`Analyst at Bramley overtakes Analyst at Ashford in year ${netYear} \\(net`));
  assert.match(text, new RegExp(`Analyst at Bramley overtakes Analyst at Ashford in year ${grossYear} \\(gross`));
  // The four-year totals are drawn as bars, gross and net.
  const grossChart = await page.getByRole("img", { name: /^Four years, gross\./ }).getAttribute("aria-label");
  assert.ok(grossChart.includes(`Analyst at Bramley: ${euros(want.bramley.gross[4])}`), grossChart);
  // The assumptions are listed under the chart, in plain words.
  const assumptions = await page.getByRole("list", { name: "Assumptions" }).innerText();
  for (const words of [
    `Analyst at Bramley: Converted at 1 GBP = 1.17 EUR, as of ${BRAMLEY.rateDate}.`,
    "Analyst at Bramley: Effective tax rate 35%.",
    "5/15/40/40 % a year after a cliff of 18 months",
    "0% risk discount",
    "Analyst at Ashford: The sign-on counts in year 1; leaving within 12 months would mean paying back up to 10000 EUR.",
    "no raise is assumed",
  ]) {
    assert.ok(assumptions.includes(words), `${words}\n in\n${assumptions}`);
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
