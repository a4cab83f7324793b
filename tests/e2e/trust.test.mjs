// Issue 11, "Trustworthy advice and drafts", walked through the UI: each test
// reproduces one numbered finding of the issue as a user would meet it and
// shows it fixed. Workspaces are seeded as JSON where that is quicker than
// clicking; everything the finding is about is done through roles and labels.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp } from "./support/app.mjs";
import { CURRENT_VERSION, scoredAll, seedOnce, waitForStored } from "./support/data.mjs";

const app = useServedApp();


/** `count` interview rounds, the last one held on `latest` when given. */
function rounds(count, latest) {
  return Array.from({ length: count }, (_, i) => ({ id: `round-${i + 1}`, ...(latest && i === count - 1 ? { date: latest } : {}) }));
}

/** A current-version workspace around these opportunities. */
function workspace(opportunities, extra = {}) {
  return { version: CURRENT_VERSION, opportunities, ...extra };
}

/** A written, direct, fully scored offer: on its own, one the advice would take. */
function goodOffer(id, employer, role, more = {}) {
  return {
    id,
    employer,
    role,
    stage: "written_offer",
    offer_in_writing: true,
    employment_model: "direct",
    scores: scoredAll(4),
    ...more,
    dates: { offer: "2026-11-20", offer_deadline: "2026-12-04", ...more.dates },
  };
}

/** A current role scored 3 everywhere (60 of 100). */
const SCORED_CURRENT_ROLE = { id: "current", employer: "Initrode", stage: "accepted", scores: scoredAll(3) };

/** The day the seeded tests run on (a Tuesday), so offers and deadlines keep their meaning. */
const TODAY = "2026-11-24T10:00:00";

/**
 * Opens the app on `ws` in a fresh context, its clock pinned to `fixedTime`;
 * `options` go to the context (a locale, permissions).
 */
async function openSeeded(ws, { fixedTime = TODAY, options = {} } = {}) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.clock.setFixedTime(new Date(fixedTime));
  await seedOnce(context, JSON.stringify(ws));
  return openApp(app.browser, app.url, {}, context);
}

/** From the start screen, opens an opportunity by its title. */
async function openOpportunity(page, title) {
  await page.getByRole("link", { name: "Crossroads" }).click();
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.getByRole("navigation", { name: "Steps" }).waitFor();
}

/** Goes to a step of the open opportunity through the stepper. */
async function goToStep(page, name) {
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: new RegExp(`^\\d+\\s*${name}$`) }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

/** Follows a link in the main navigation and waits for the screen's heading. */
async function goTo(page, name, heading = name) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
}

/** Messages → one opportunity's messages. */
async function openMessages(page, title) {
  await goTo(page, "Messages");
  await page.getByRole("link", { name: new RegExp(title) }).first().click();
  await page.getByRole("heading", { level: 1, name: `Messages for ${title}` }).waitFor();
}

/** Messages → one opportunity → one of its draft links. */
async function openDraft(page, title, link) {
  await openMessages(page, title);
  await page.getByRole("link", { name: link }).first().click();
  await page.getByRole("heading", { level: 2, name: "Your draft" }).waitFor();
}

/** Fills who the message is for, so no gap is left in it. */
async function fillRecipient(page) {
  await page.getByLabel("Contact name", { exact: true }).fill("Dana");
  await page.getByLabel("Your name", { exact: true }).fill("Sam Lee");
}

const panel = (page) => page.getByRole("complementary", { name: "What to do" });
const actionTag = (page) => panel(page).locator(".tag").innerText();
/** Waits until the panel's advice is `label` ("Accept", "Decline" …). */
const adviceIs = (page, label) => panel(page).locator(".tag").filter({ hasText: new RegExp(`^${label}$`) }).waitFor();
const headline = (page) => panel(page).locator(".panel-headline").innerText();
const messageBox = (page) => page.getByLabel("Message", { exact: true });
const readyToSend = (page) => page.getByText(/Checked: .*Ready to send/);
const findings = (page) => page.locator(".error-summary");

/** The text an element is described by (its aria-describedby targets). */
function description(locator) {
  return locator.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

test("finding 3: a negotiation draft holds the asks in the offer's currency, never the floor, gap labels or notes; pasting them is flagged", async () => {
  const note = "Privately I would still take this for the team";
  const worry = "the manager seemed distracted during the whole second interview";
  const ws = workspace(
    [
      goodOffer("acme", "Acme", "Data Lead", {
        location: "Utrecht",
        compensation: { base: 5_200_000, currency: "EUR" }, // cents
        notes: note,
        reactions: { worried: worry },
      }),
    ],
    {
      non_negotiables: [{ kind: "requires", fact: "minimum_base", amount: 6_000_000 }],
      current_role: SCORED_CURRENT_ROLE,
    },
  );
  const { context, page, errors } = await openSeeded(ws);
  await openOpportunity(page, "Data Lead at Acme");
  // On the user's own screen the advice names the floor: that is for them.
  assert.equal(await actionTag(page), "Negotiate");
  assert.match(await panel(page).innerText(), /below your floor of 60000/);

  await openDraft(page, "Data Lead at Acme", /^Draft this message: Negotiation ask/);
  await fillRecipient(page);
  const body = messageBox(page);
  const draft = await body.inputValue();
  assert.match(draft, /I would like to discuss the following with you:\n- A higher base salary\./);
  for (const leak of [/60[,.\s]?000/, /52[,.\s]?000/, /floor/i, /of 5\b/, /Privately/, /distracted/, /Before I confirm/, /abroad|the move/i]) {
    assert.doesNotMatch(draft, leak, `the draft never says ${leak}`);
  }
  await readyToSend(page).waitFor();

  // The asks feed the draft: an amount reads as money in the offer's currency, with the reason.
  const basePay = page.getByRole("group", { name: "Base pay" });
  await basePay.getByLabel("Amount (EUR)").fill("65000");
  await basePay.getByLabel("Why (optional)").fill("Similar roles in Utrecht pay in this range.");
  await page.getByLabel("Also ask about").selectOption({ label: "Flexibility" });
  await page.getByRole("button", { name: "Add to the asks" }).click();
  await page.getByRole("group", { name: "Flexibility" }).waitFor();
  const withAsks = await body.inputValue();
  assert.match(withAsks, /- A base salary of €65,000[^\n]*similar roles in Utrecht pay in this range/i);
  assert.match(withAsks, /- More days working from home/i);
  assert.doesNotMatch(withAsks, /60[,.\s]?000|floor/i);
  await readyToSend(page).waitFor();
  // The base pay figure is kept in the offer's negotiation plan, in cents.
  // (Waiting for both: a save can land between the amount and the added ask.)
  const stored = await waitForStored(
    page,
    (w) => w.opportunities[0].negotiation?.base?.ask === 6500000 && w.opportunities[0].asks?.flexibility !== undefined,
  );
  assert.equal(stored.opportunities[0].asks.base_pay.reason, "Similar roles in Utrecht pay in this range.");
  assert.equal(stored.opportunities[0].asks.flexibility !== undefined, true, "the added ask is kept");

  // Pasting the floor by hand is caught, and the draft is no longer "Ready to send".
  await body.fill(withAsks.replace("Could we find a time", "I cannot go below 60,000. Could we find a time"));
  await findings(page).getByText("Private detail").waitFor();
  assert.equal(await readyToSend(page).count(), 0);
  assert.ok((await page.locator("mark").allInnerTexts()).includes("60,000"));

  // So is a private note pasted in.
  await body.fill(withAsks.replace("Could we find a time", `I felt ${worry}. Could we find a time`));
  await findings(page).getByText("Private detail").waitFor();
  assert.equal(await readyToSend(page).count(), 0);
  await page.getByRole("button", { name: "Reset to the template" }).click();
  await readyToSend(page).waitFor();

  // The user decides what is raised: a criterion marked not negotiable leaves the asks.
  await openOpportunity(page, "Data Lead at Acme");
  await goToStep(page, "Priorities");
  await page.getByLabel("Negotiable: Flexibility").uncheck();
  await waitForStored(page, (w) => w.priorities.criteria.find((c) => c.id === "flexibility").negotiable === false);

  // The move is mentioned only once the job means moving country.
  await goToStep(page, "Details");
  await page.getByLabel("Taking it means moving country").check();
  await openDraft(page, "Data Lead at Acme", "Negotiation ask (one to three items)");
  assert.match(await body.inputValue(), /- A base salary of €65,000/);
  assert.doesNotMatch(await body.inputValue(), /working from home/);
  assert.equal(await page.getByRole("group", { name: "Flexibility" }).count(), 0);
  assert.match(await body.inputValue(), /moving abroad/);
  assert.doesNotMatch(await body.inputValue(), /Before I confirm/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 4: a culture dealbreaker reads in plain words, never quotes the note, and the decline's reason is about culture", async () => {
  const concern = "They expect replies to chat messages at midnight";
  const ws = workspace([goodOffer("acme", "Acme", "Data Lead")], { current_role: SCORED_CURRENT_ROLE });
  const { context, page, errors } = await openSeeded(ws);
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Accept", "a good offer before the concern");

  await goToStep(page, "Reactions");
  await page.getByRole("button", { name: "Add a concern" }).click();
  await page.getByLabel("Concern", { exact: true }).fill(concern);
  await page.getByLabel("Based on").selectOption({ label: "A fact" });
  await page.getByLabel("How much it matters").selectOption({ label: "A dealbreaker" });
  await page.getByLabel("Touches").selectOption({ label: "Culture and values" });

  await adviceIs(page, "Decline");
  assert.equal(await actionTag(page), "Decline");
  const said = await headline(page);
  assert.equal(said, "Decline now — the culture and the team are a dealbreaker for you.");
  assert.doesNotMatch(said, /midnight|concern|fact|\(/i, "the headline does not quote the note or its tags");

  // The decline offered follows the dealbreaker: its reason is about culture.
  await panel(page).getByRole("link", { name: /^Draft this message: Decline/ }).first().click();
  await page.getByRole("heading", { level: 2, name: "Your draft" }).waitFor();
  const reason = page.getByLabel("3. Reason");
  assert.equal(await reason.locator("option:checked").innerText(), "Culture and values");
  const draft = await messageBox(page).inputValue();
  assert.match(draft, /a different way of working/);
  assert.doesNotMatch(draft, /direction I want my work to take|not the right fit/);
  assert.doesNotMatch(draft, /midnight/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 5: an unscored current role is never 0, and an unscored rival in its final round stops a plain 'Accept'", async () => {
  // Part 1: the current role is not scored; the offer sits between the lines.
  const between = workspace([goodOffer("acme", "Acme", "Data Lead", { scores: scoredAll(3) })]);
  const first = await openSeeded(between);
  let page = first.page;
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Check the facts first");
  assert.match(await headline(page), /^Score your current role before you answer/);
  const advice = await panel(page).innerText();
  assert.match(advice, /Your current role: not scored yet/);
  assert.doesNotMatch(advice, /current role:? 0\b|beats your current role/i);
  await goToStep(page, "Matrix");
  const total = page.getByRole("row", { name: /^Weighted total/ });
  assert.deepEqual(await total.getByRole("cell").allInnerTexts(), ["60", "Unknown"], "the matrix has no total for what is unscored");
  await goTo(page, "Compare");
  const current = page.getByRole("article", { name: "Your current role" });
  assert.match(await current.innerText(), /Not scored yet/);
  const row = page.getByRole("table", { name: /^Totals/ }).getByRole("row", { name: /^Your current role/ });
  assert.equal(await row.getByRole("cell").first().innerText(), "Unknown");
  assert.match(await page.getByRole("img", { name: /^Weighted total\./ }).getAttribute("aria-label"), /Your current role: Unknown/);
  assert.doesNotMatch(await page.locator("main").innerText(), /current role:? 0\b/i);
  assert.deepEqual(first.errors, []);
  await first.context.close();

  // Part 2: a good offer, and another process in its final round that decides
  // after this offer's deadline and is not scored yet.
  const rival = workspace(
    [
      goodOffer("acme", "Acme", "Data Lead", { dates: { offer_deadline: "2026-12-04" } }),
      {
        id: "globex",
        employer: "Globex",
        role: "Staff Analyst",
        stage: "interviewing",
        rounds: [{ id: "r1" }, { id: "r2" }, { id: "r3" }, { id: "r4", date: "2026-11-23" }],
        dates: { employer_decision: "2026-12-10" },
      },
    ],
    { current_role: SCORED_CURRENT_ROLE },
  );
  const second = await openSeeded(rival);
  page = second.page;
  await openOpportunity(page, "Data Lead at Acme");
  assert.notEqual(await actionTag(page), "Accept", "unknown is not zero: the rival could still be better");
  assert.match(await headline(page), /^Score Staff Analyst at Globex before you answer/);
  assert.match(await panel(page).innerText(), /Staff Analyst at Globex: interviewing, 0% scored; settles on Thursday 10 December/);
  // Once the rival is scored (and scores lower), the offer can be taken.
  await openOpportunity(page, "Staff Analyst at Globex");
  await goToStep(page, "Matrix");
  const cells = page.getByRole("combobox", { name: /: Staff Analyst at Globex$/ });
  for (let i = 0, n = await cells.count(); i < n; i += 1) await cells.nth(i).selectOption("2");
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Accept");
  assert.deepEqual(second.errors, []);
  await second.context.close();
});

test("finding 6: refused visa sponsorship or no relocation support for a move abroad means decline, with no non-negotiable written", async () => {
  const ws = workspace(
    [
      goodOffer("nord", "Nordlicht", "Platform Engineer", {
        international_move: true,
        mobility: { visa_sponsorship: "yes", relocation_support: "in_writing" },
      }),
    ],
    { current_role: SCORED_CURRENT_ROLE, non_negotiables: [] },
  );
  const { context, page, errors } = await openSeeded(ws);
  await openOpportunity(page, "Platform Engineer at Nordlicht");
  assert.equal(await actionTag(page), "Accept", "sponsored and supported in writing");
  await goToStep(page, "Priorities");
  assert.equal(await page.getByRole("button", { name: /^Remove non-negotiable/ }).count(), 0, "no non-negotiable written");

  await goToStep(page, "Mobility");
  await page.getByLabel("Visa sponsorship").selectOption({ label: "No" });
  await adviceIs(page, "Decline");
  assert.equal(await actionTag(page), "Decline");
  assert.equal(await headline(page), "Decline now — the terms of the move abroad are a dealbreaker for you.");
  assert.match(await panel(page).innerText(), /Visa sponsorship: no/);
  assert.equal(
    await panel(page).getByRole("link", { name: "Draft this message: Decline: visa, relocation or family constraints" }).count(),
    1,
  );

  await page.getByLabel("Visa sponsorship").selectOption({ label: "Yes" });
  await page.getByLabel("Relocation support").selectOption({ label: "Not offered" });
  await adviceIs(page, "Decline");
  assert.equal(await actionTag(page), "Decline");
  assert.match(await panel(page).innerText(), /Relocation support: none/);

  await page.getByLabel("Relocation support").selectOption({ label: "Confirmed in writing" });
  await adviceIs(page, "Accept");
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 8: channel advice reads the real inputs — a written process means email, 'rather write' is kept, spoken terms with a recruiter mean a call plus a note", async () => {
  const ws = workspace(
    [
      goodOffer("acme", "Acme", "Data Lead", { rounds: rounds(4) }),
      goodOffer("beta", "Beta", "Analyst", { recruiter_involved: true }),
    ],
    { current_role: SCORED_CURRENT_ROLE },
  );
  const { context, page, errors } = await openSeeded(ws);
  const advice = () => page.getByRole("group", { name: "How to send it" }).locator(".advice").innerText();
  const decline = "Decline: with one brief reason";

  // Four rounds call for a call, until the process is marked as mostly written.
  await openDraft(page, "Data Lead at Acme", decline);
  assert.match(await advice(), /^Suggested: Phone call\./);
  await openOpportunity(page, "Data Lead at Acme");
  await goToStep(page, "Details");
  await page.getByLabel("The process was mostly in writing (emails, a portal)").check();
  await openDraft(page, "Data Lead at Acme", decline);
  assert.match(await advice(), /^Suggested: Email\. .*ran the process in writing/);

  // Terms discussed by phone with a recruiter involved: a call, and a note to the recruiter as well.
  await openDraft(page, "Analyst at Beta", decline);
  assert.match(await advice(), /^Suggested: Through the recruiter\./);
  await openOpportunity(page, "Analyst at Beta");
  await goToStep(page, "Details");
  await page.getByLabel("You have already negotiated by voice").check();
  await openDraft(page, "Analyst at Beta", decline);
  assert.match(await advice(), /^Suggested: Phone call\. .*A recruiter is involved too/);
  const also = page.getByRole("group", { name: "How to send it" }).getByRole("link", { name: "Note through a recruiter" });
  assert.equal(await also.count(), 1);
  await also.click();
  await page.getByRole("heading", { level: 1, name: "Note through a recruiter" }).waitFor();

  // "I would rather write than call" is kept: after a reload, and in Settings.
  await page.getByLabel("I would rather write than call").check();
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your draft" }).waitFor();
  assert.equal(await page.getByLabel("I would rather write than call").isChecked(), true);
  await openDraft(page, "Analyst at Beta", decline);
  assert.match(await advice(), /^Suggested: Email\./, "a call turns into an email for someone who would rather write");
  await goTo(page, "Settings");
  assert.equal(await page.getByLabel("I would rather write than call").isChecked(), true);
  await waitForStored(page, (w) => w.settings.prefers_writing === true);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The plan's steps as `{ iso, shown }`: the date each stands for and how it is written. */
function planDates(page) {
  return page
    .getByRole("main")
    .locator("li time")
    .evaluateAll((times) => times.map((t) => ({ iso: t.getAttribute("datetime"), shown: t.textContent })));
}

/** The weekday of an ISO date, as a name. */
function weekday(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

test("finding 9: dates show their year when not this year, stay English in a message whatever the browser's locale, avoid the user's weekend, and nothing 'closes'", async () => {
  // Wednesday 2 December 2026, in a German browser.
  const ws = workspace(
    [
      goodOffer("acme", "Acme", "Data Lead", { dates: { offer: "2026-12-01", offer_deadline: "2026-12-04" } }),
      // Declined on a Saturday: three months on is a Sunday, six a Friday, twelve a Sunday.
      { id: "oldco", employer: "Oldco", role: "Analyst", stage: "declined", dates: { closed: "2026-11-28" } },
      {
        id: "globex",
        employer: "Globex",
        role: "Staff Analyst",
        stage: "interviewing",
        rounds: rounds(1, "2026-12-03"),
        reactions: { excited: "The team owns pricing.", captured_on: "2026-12-03" },
      },
    ],
    { current_role: SCORED_CURRENT_ROLE },
  );
  const { context, page, errors } = await openSeeded(ws, { fixedTime: "2026-12-02T10:00:00", options: { locale: "de-DE" } });
  await goTo(page, "Plan", "Your plan");
  let steps = await planDates(page);
  assert.ok(steps.some((s) => s.iso.startsWith("2027")) && steps.some((s) => s.iso.startsWith("2026")), JSON.stringify(steps));
  for (const { iso, shown } of steps) {
    if (iso.startsWith("2027")) assert.match(shown, /2027/, `${iso} is shown with its year: ${shown}`);
    else assert.doesNotMatch(shown, /2026/, `${iso} is this year: ${shown}`);
    assert.ok(!["Saturday", "Sunday"].includes(weekday(iso)), `${iso} (${shown}) is a working day`);
  }
  assert.match(steps.map((s) => s.shown).join(" "), /Dez\./, "the screen follows the browser's locale");
  const note = page.getByRole("listitem").filter({ hasText: "A light note to keep the relationship warm" });
  assert.equal(await note.locator("time").getAttribute("datetime"), "2027-03-01", "three months on, moved off Sunday");
  assert.doesNotMatch(await page.getByRole("main").innerText(), /\bclose[sd]?\b/i, "no invented cut-off to reconnect");

  // A date inside a message is written in the message's language.
  await page.getByRole("link", { name: /^Draft the message\W+Asking for more time/ }).click();
  await page.getByRole("heading", { level: 2, name: "Your draft" }).waitFor();
  const draft = `${await page.getByLabel("Subject", { exact: true }).inputValue()}\n${await messageBox(page).inputValue()}`;
  assert.match(draft, /(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} December/);
  assert.doesNotMatch(draft, /Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Dezember/);

  // With Friday and Saturday as the weekend, no step falls on either.
  await goTo(page, "Settings");
  await page.getByLabel("Friday", { exact: true }).check();
  await page.getByLabel("Sunday", { exact: true }).uncheck();
  await waitForStored(page, (w) => w.settings.weekend_days.join() === "friday,saturday");
  await goTo(page, "Plan", "Your plan");
  steps = await planDates(page);
  for (const { iso, shown } of steps) {
    assert.ok(!["Friday", "Saturday"].includes(weekday(iso)), `${iso} (${shown}) is a working day by the user's calendar`);
  }
  // The thank-you for Thursday's interview moves past the Friday–Saturday weekend.
  const thanks = page.getByRole("listitem").filter({ hasText: "Thank the people you met at Globex" });
  assert.equal(await thanks.locator("time").getAttribute("datetime"), "2026-12-06");
  assert.equal(await note.locator("time").getAttribute("datetime"), "2027-02-28", "a Sunday is a working day now");
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 10: Settings says which figures are from the articles and which are Crossroads defaults", async () => {
  const { context, page, errors } = await openSeeded(workspace([]));
  await goTo(page, "Settings");
  assert.doesNotMatch(await page.getByRole("main").innerText(), /taken from the articles/i);
  const expected = {
    "Send the thank-you note within": "Crossroads default",
    "How complete the matrix must be to accept": "Crossroads default",
    "Margin for a clearly better option": "Crossroads default",
    "Call rather than email from": "Crossroads default",
    "Walk-away line": "Crossroads default",
    "Accept line": "Crossroads default",
    "Time to decide after a written offer": "from the articles",
    "Time to weigh a counteroffer": "from the articles",
    "Light note after a no": "from the articles",
    "Follow up to reconnect by": "from the articles",
  };
  for (const [label, source] of Object.entries(expected)) {
    const said = await description(page.getByLabel(label, { exact: true }));
    assert.ok(said.includes(`(${source})`), `${label}: ${said}`);
  }
  // Every figure says where its default comes from.
  const thresholds = page.getByRole("region", { name: "Thresholds" }).getByRole("textbox");
  const count = await thresholds.count();
  assert.ok(count >= 15, `${count} thresholds`);
  for (let i = 0; i < count; i += 1) {
    const said = await description(thresholds.nth(i));
    assert.match(said, /Default: .*\((from the articles|Crossroads default)\)/, said);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** From an empty app: a withdrawal for Contoso, filled in, checked. */
async function withdrawFromDashboard(page) {
  await page.getByRole("button", { name: "I want to decline or withdraw" }).click();
  await page.getByRole("heading", { level: 1, name: /Withdraw/ }).waitFor();
  await page.getByLabel("Company", { exact: true }).fill("Contoso");
  await page.getByLabel("Contact name", { exact: true }).fill("Dana");
  await page.getByLabel("Role", { exact: true }).fill("Data Engineer");
  await page.getByLabel("Your name", { exact: true }).fill("Sam Lee");
  await readyToSend(page).waitFor();
}

test("finding 11: a hand edit is never replaced without asking and can be undone; '2,5' reads as 2.5 on every screen; names keep their capitals", async () => {
  const { context, page, errors } = await openApp(app.browser, app.url);
  await withdrawFromDashboard(page);
  const body = messageBox(page);
  await body.fill("Hello Dana,\n\nMy own zebra words.\n\nSam Lee");
  const close = page.getByLabel("4. Goodwill close");
  const before = await close.inputValue();
  const values = await close.locator("option").evaluateAll((options) => options.map((o) => o.value));
  const other = values.find((v) => v !== before);

  // Asked, and nothing is replaced before the answer; keeping puts the list back.
  await close.selectOption(other);
  const question = page.getByRole("group", { name: /Your edits to the whole message will be replaced by the four parts/ });
  await question.waitFor();
  assert.match(await body.inputValue(), /zebra/);
  await question.getByRole("button", { name: "Keep my edits" }).click();
  assert.equal(await question.count(), 0);
  assert.equal(await close.inputValue(), before);
  assert.match(await body.inputValue(), /zebra/);

  // Replacing rebuilds from the parts, says so, and can be undone word for word.
  await close.selectOption(other);
  await question.getByRole("button", { name: "Replace them" }).click();
  assert.doesNotMatch(await body.inputValue(), /zebra/);
  await page.getByRole("status").filter({ hasText: "replaced by the four parts" }).waitFor();
  await page.getByRole("button", { name: "Undo the rebuild from the four parts" }).click();
  assert.match(await body.inputValue(), /My own zebra words/);
  await page.getByRole("status").filter({ hasText: "Your edits to the whole message are back." }).waitFor();

  // A reset to the template can be undone too.
  await page.getByRole("button", { name: "Reset to the template" }).click();
  assert.doesNotMatch(await body.inputValue(), /zebra/);
  await page.getByRole("button", { name: "Undo the reset to the template" }).click();
  assert.match(await body.inputValue(), /zebra/);

  // One number reader: "2,5" is two and a half as a weight and as a setting.
  const title = "Data Engineer at Contoso";
  await openOpportunity(page, title);
  await goToStep(page, "Priorities");
  const basePay = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Move up: Base pay" }) });
  await basePay.getByLabel("Weight").fill("2,5");
  await goTo(page, "Settings");
  await page.getByLabel("Margin for a clearly better option").fill("2,5");
  const stored = await waitForStored(page, (w) => w.settings.better_option_margin === 2.5);
  assert.equal(stored.priorities.criteria.find((c) => c.id === "base_pay").weight, 2.5);
  await page.reload();
  await page.getByRole("heading", { level: 1, name: "Settings" }).waitFor();
  assert.equal(await page.getByLabel("Margin for a clearly better option").inputValue(), "2.5");

  // A criterion named "IT budget" keeps its capitals in a negotiation ask.
  await openOpportunity(page, title);
  await goToStep(page, "Priorities");
  assert.equal(await basePay.getByLabel("Weight").inputValue(), "2.5");
  await page.getByLabel("Name", { exact: true }).fill("IT budget");
  await page.getByRole("button", { name: "Add criterion" }).click();
  // A negotiation answers an offer: Contoso makes one first.
  await goToStep(page, "Details");
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Written offer" });
  await openDraft(page, title, "Negotiation ask (one to three items)");
  await page.getByLabel("Also ask about").selectOption({ label: "IT budget" });
  await page.getByRole("button", { name: "Add to the asks" }).click();
  const item = page.getByRole("group", { name: "IT budget" });
  assert.match(await item.innerText(), /In the message: .*the IT budget/);
  assert.match(await body.inputValue(), /the IT budget/);
  assert.doesNotMatch(await body.inputValue(), /iT budget|it budget/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 12: 'at this time' in a reason is not a hedge; 'for now' on the decision still is", async () => {
  const ws = workspace([{ id: "globex", employer: "Globex", role: "Staff Analyst", stage: "interviewing", rounds: rounds(1) }]);
  const { context, page, errors } = await openSeeded(ws);
  await openDraft(page, "Staff Analyst at Globex", "Withdrawal before an offer: with a reason");
  await fillRecipient(page);
  await page.getByLabel("3. Reason").selectOption({ label: "Personal circumstances" });
  await page.getByLabel("The reason, as written").fill("At this time I need to stay close to my family.");
  await readyToSend(page).waitFor();
  assert.match(await messageBox(page).inputValue(), /At this time I need to stay close to my family\./);

  const decision = page.getByLabel("2. Your decision");
  const decided = await decision.inputValue();
  await decision.fill(decided.replace(/\.$/, " for now."));
  await findings(page).getByText("No hedging").waitFor();
  assert.equal(await readyToSend(page).count(), 0);
  assert.deepEqual(await page.locator("mark").allInnerTexts(), ["for now"]);

  await decision.fill(decided.replace(/\.$/, " at this time."));
  await findings(page).getByText("No hedging").waitFor();
  assert.deepEqual(await page.locator("mark").allInnerTexts(), ["at this time"], "on the decision it ties the no to now");
  await decision.fill(decided);
  await readyToSend(page).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

// Findings 1, 2, 7 and the scripts' half of 8.

/** Words that answer an offer, which a process without one must never be sent. */
const OFFER_WORDING = [/thank you for (the|your) offer/i, /offering me/i, /declin(e|ing) (the|your) offer/i, /not to accept the offer/i];

/** Fails unless `text` is free of offer wording. */
function assertNoOfferWording(text, what) {
  for (const words of OFFER_WORDING) assert.doesNotMatch(text, words, `${what} answers no offer:\n${text}`);
}

/** The labels of the panel's "Draft this message" links. */
const panelDrafts = (page) => panel(page).getByRole("link", { name: /^Draft this message: / }).allInnerTexts();

/** The "Draft this message" links under "What to send now" on an opportunity's messages screen. */
const suggestedDrafts = (page) => page.getByRole("region", { name: "What to send now" }).getByRole("link");

/**
 * The situations an opportunity's messages screen lists under "Every
 * situation": those for its stage, and those set apart under "Not for this
 * stage" (listed whether or not that part is open).
 */
async function situations(page) {
  const links = await page
    .getByRole("region", { name: "Every situation" })
    .locator("a")
    .evaluateAll((as) => as.map((a) => ({ label: a.textContent.trim(), apart: a.closest("details") !== null })));
  return { fitting: links.filter((l) => !l.apart).map((l) => l.label), apart: links.filter((l) => l.apart).map((l) => l.label) };
}

const subjectBox = (page) => page.getByLabel("Subject", { exact: true });
/** Subject and message of the open draft, as one text. */
const draftText = async (page) => `${await subjectBox(page).inputValue()}\n${await messageBox(page).inputValue()}`;
const sendIt = (page) => page.getByRole("group", { name: "How to send it" });
const channelAdvice = (page) => sendIt(page).locator(".advice").innerText();

/** The script shown under "How to send it", once it contains `words`. */
async function scriptSaying(page, words) {
  const script = sendIt(page).locator("pre").filter({ hasText: words });
  await script.waitFor();
  return script.innerText();
}

/** Waits until the value of the field `box` matches `pattern`, and gives it. */
async function valueMatching(box, pattern, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const value = await box.inputValue();
    if (pattern.test(value)) return value;
    if (Date.now() - start > timeout) assert.fail(`${pattern} never appeared in:\n${value}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A script's answers to "may I ask why?" and to new terms offered on the call. */
function replies(script) {
  const line = (prefix) => script.split("\n").find((l) => l.startsWith(prefix))?.slice(prefix.length);
  return { why: line("If they ask why: "), counter: line("If they counter on the call: ") };
}

test("finding 1: before any offer every no is a withdrawal — panel, first draft, call and video scripts, confirmation; offer-only situations are set apart; once there is an offer it is a decline", async () => {
  const ws = workspace(
    [
      {
        id: "globex",
        employer: "Globex",
        role: "Staff Analyst",
        stage: "interviewing",
        rounds: rounds(4, "2026-11-20"),
        employment_model: "agency",
        scores: scoredAll(4),
      },
    ],
    { current_role: SCORED_CURRENT_ROLE, non_negotiables: [{ kind: "requires", fact: "direct_employment" }] },
  );
  const { context, page, errors } = await openSeeded(ws);
  const title = "Staff Analyst at Globex";
  await openOpportunity(page, title);
  assert.equal(await actionTag(page), "Withdraw");
  assert.equal(await headline(page), "Withdraw now — the way you would be employed is a dealbreaker for you.");
  assert.deepEqual(await panelDrafts(page), [
    "Draft this message: Withdrawal before an offer: with a reason",
    "Draft this message: Withdrawal that keeps in touch",
    "Draft this message: Phone-call script: withdrawing before an offer",
    "Draft this message: Written confirmation after a call: withdrawing",
  ]);

  // The messages screen suggests the withdrawal first and sets apart whatever answers an offer.
  await openMessages(page, title);
  assert.equal(await suggestedDrafts(page).first().innerText(), "Draft this message: Withdrawal before an offer: with a reason");
  const { fitting, apart } = await situations(page);
  for (const label of fitting) assert.doesNotMatch(label, /^Decline:|: declining|^Accepting|^Negotiation|^Asking for more time/, `listed for this stage: ${label}`);
  for (const label of [
    "Decline: the employment model",
    "Decline: with one brief reason",
    "Phone-call script: declining an offer",
    "Video-call script: declining an offer",
    "Written confirmation after a call: declining",
    "Accepting in writing with a start date",
    "Negotiation ask (one to three items)",
  ]) {
    assert.ok(apart.includes(label), `${label} is set apart: ${apart}`);
  }
  for (const label of ["Withdrawal before an offer: with a reason", "Phone-call script: withdrawing before an offer", "Video-call script: withdrawing before an offer"]) {
    assert.ok(fitting.includes(label), `${label} fits this stage`);
  }
  // Set apart, not hidden away for good: a record that is behind can still reach them.
  await page.getByText("Not for this stage", { exact: true }).click();
  await page.getByRole("link", { name: "Decline: the employment model", exact: true }).waitFor();

  // The first suggested draft withdraws, for the employment model, and thanks them for no offer.
  await suggestedDrafts(page).first().click();
  await page.getByRole("heading", { level: 1, name: "Withdrawal before an offer: with a reason" }).waitFor();
  await fillRecipient(page);
  assert.equal(await page.getByLabel("3. Reason").locator("option:checked").innerText(), "The employment model");
  const withdrawal = await draftText(page);
  assert.match(withdrawal, /I am withdrawing my application\. I am looking for direct, permanent employment/);
  assertNoOfferWording(withdrawal, "the withdrawal");
  await readyToSend(page).waitFor();

  // Four rounds call for a call: the phone and video scripts withdraw too.
  assert.match(await channelAdvice(page), /^Suggested: Phone call\./);
  const call = await scriptSaying(page, "I have decided to withdraw my application for the Staff Analyst role");
  assertNoOfferWording(call, "the call script");
  assert.match(replies(call).why, /direct, permanent employment/);
  await sendIt(page).getByLabel("Send by").selectOption({ label: "Video call" });
  const video = await scriptSaying(page, "face to face: I have decided to withdraw my application");
  assertNoOfferWording(video, "the video script");
  await sendIt(page).getByRole("link", { name: "Write the confirmation to send after the call" }).click();
  await page.getByRole("heading", { level: 1, name: "Written confirmation after a call: withdrawing" }).waitFor();
  const confirmation = await draftText(page);
  assert.match(confirmation, /As I mentioned on the call, I am withdrawing my application for the Staff Analyst role\./);
  assertNoOfferWording(confirmation, "the written confirmation");
  await readyToSend(page).waitFor();

  // Once Globex makes an offer, the same dealbreaker is a decline, in every form.
  await openOpportunity(page, title);
  await goToStep(page, "Details");
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Written offer" });
  await adviceIs(page, "Decline");
  assert.equal(await headline(page), "Decline now — the way you would be employed is a dealbreaker for you.");
  assert.deepEqual(await panelDrafts(page), [
    "Draft this message: Decline: the employment model",
    "Draft this message: Phone-call script: declining an offer",
    "Draft this message: Written confirmation after a call: declining",
  ]);
  await panel(page).getByRole("link", { name: "Draft this message: Decline: the employment model" }).click();
  await page.getByRole("heading", { level: 1, name: "Decline: the employment model" }).waitFor();
  assert.match(await scriptSaying(page, "decline"), /I have decided to decline the offer for the Staff Analyst role/);
  await sendIt(page).getByRole("link", { name: "Write the confirmation to send after the call" }).click();
  await page.getByRole("heading", { level: 1, name: "Written confirmation after a call: declining" }).waitFor();
  assert.match(await messageBox(page).inputValue(), /I have decided to decline the offer for the Staff Analyst role\./);
  await openMessages(page, title);
  assert.ok((await situations(page)).apart.includes("Withdrawal before an offer: with a reason"), "a withdrawal no longer fits");
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 1 (after accepting another offer): the process still interviewing is sent a withdrawal, the one with an offer a decline — from the accepted offer's links, 'Tell the others' and their own advice", async () => {
  const ws = workspace(
    [
      goodOffer("acme", "Acme", "Data Lead"),
      {
        id: "globex",
        employer: "Globex",
        role: "Staff Analyst",
        stage: "interviewing",
        rounds: rounds(4, "2026-11-20"),
        employment_model: "direct",
        scores: scoredAll(3),
      },
      goodOffer("beta", "Beta", "Analyst", { scores: scoredAll(3) }),
    ],
    { current_role: SCORED_CURRENT_ROLE },
  );
  const { context, page, errors } = await openSeeded(ws);
  const toOthers = [
    "Draft this message: Accepting in writing with a start date",
    "Draft this message: Withdrawal before an offer: with a reason to Staff Analyst at Globex",
    "Draft this message: Decline: you accepted another offer to Analyst at Beta",
  ];
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Accept");
  assert.deepEqual(await panelDrafts(page), toOthers);
  await openMessages(page, "Data Lead at Acme");
  assert.deepEqual(await suggestedDrafts(page).allInnerTexts(), toOthers);
  await suggestedDrafts(page).nth(1).click();
  await page.getByRole("heading", { level: 1, name: "Withdrawal before an offer: with a reason" }).waitFor();
  await page.getByText("For Staff Analyst at Globex.").waitFor();
  assertNoOfferWording(await draftText(page), "the withdrawal the accepted offer links to");

  // Accepting Acme: one screen tells the others, each in the form that fits it.
  await page.getByRole("link", { name: "Crossroads" }).click();
  await page.getByRole("button", { name: "I accepted another offer" }).click();
  await page.getByRole("group", { name: "Which offer did you accept?" }).getByRole("button", { name: "Data Lead at Acme" }).click();
  await page.getByRole("heading", { level: 1, name: "Tell the others" }).waitFor();
  const globex = page.getByRole("region", { name: "Staff Analyst at Globex" });
  assert.match(await globex.innerText(), /Withdrawal before an offer: with a reason\./);
  const withdrawal = await globex.getByLabel("Message", { exact: true }).inputValue();
  assert.match(withdrawal, /I am withdrawing my application\. I have accepted another offer\./);
  assertNoOfferWording(withdrawal, "Globex's note on 'Tell the others'");
  const beta = page.getByRole("region", { name: "Analyst at Beta" });
  assert.match(await beta.innerText(), /Decline: you accepted another offer\./);
  const decline = await beta.getByLabel("Message", { exact: true }).inputValue();
  assert.match(decline, /Thank you for the offer/);
  assert.match(decline, /I have decided to decline the offer\. I have accepted another offer\./);

  // Globex's own advice withdraws, down to the call it deserves after four rounds.
  await openOpportunity(page, "Staff Analyst at Globex");
  await adviceIs(page, "Withdraw");
  assert.equal(await headline(page), "Withdraw now — you have accepted Data Lead at Acme; let Globex know promptly.");
  assert.deepEqual(await panelDrafts(page), [
    "Draft this message: Withdrawal before an offer: with a reason",
    "Draft this message: Phone-call script: withdrawing before an offer",
    "Draft this message: Written confirmation after a call: withdrawing",
  ]);
  await openMessages(page, "Staff Analyst at Globex");
  await suggestedDrafts(page).first().click();
  await page.getByRole("heading", { level: 1, name: "Withdrawal before an offer: with a reason" }).waitFor();
  assert.equal(await page.getByLabel("3. Reason").locator("option:checked").innerText(), "I accepted another offer");
  assertNoOfferWording(await draftText(page), "Globex's withdrawal");
  const script = await scriptSaying(page, "withdraw my application");
  assertNoOfferWording(script, "Globex's call script");
  assert.equal(replies(script).why, "I have accepted another offer.");
  assert.match(replies(script).counter, /committed elsewhere, so my decision stands/);

  // Beta made an offer: its advice and draft decline it.
  await openOpportunity(page, "Analyst at Beta");
  await adviceIs(page, "Decline");
  assert.deepEqual(await panelDrafts(page), ["Draft this message: Decline: you accepted another offer"]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 2: a competing deadline is told to the other employer without naming the offer, never to the employer whose deadline it is", async () => {
  const ws = workspace(
    [
      goodOffer("acme", "Acme", "Data Lead", { scores: scoredAll(3), dates: { offer_deadline: "2026-11-26" } }),
      {
        id: "globex",
        employer: "Globex",
        role: "Staff Analyst",
        stage: "interviewing",
        rounds: rounds(2, "2026-11-20"),
        employment_model: "direct",
        scores: scoredAll(5),
        dates: { employer_decision: "2026-12-04" },
      },
    ],
    { current_role: SCORED_CURRENT_ROLE },
  );
  const { context, page, errors } = await openSeeded(ws);
  const toAcme = "Draft this message: Asking for more time, with a date";
  const toGlobex = "Draft this message: Telling them about a competing deadline to Staff Analyst at Globex";

  // Acme's deadline is close and Globex, rated higher, decides later.
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Ask for time");
  assert.deepEqual(await panelDrafts(page), [toAcme, toGlobex]);

  // On Acme's messages the deadline message is Globex's, and not a situation for Acme.
  await openMessages(page, "Data Lead at Acme");
  assert.deepEqual(await suggestedDrafts(page).allInnerTexts(), [toAcme, toGlobex]);
  assert.match(await suggestedDrafts(page).nth(1).getAttribute("href"), /^#\/messages\/globex\/competing_deadline$/);
  const { fitting, apart } = await situations(page);
  assert.ok(!fitting.includes("Telling them about a competing deadline"), `fitting: ${fitting}`);
  assert.ok(apart.includes("Telling them about a competing deadline"), `apart: ${apart}`);

  // What Acme is sent asks for time and says nothing of another offer.
  await suggestedDrafts(page).first().click();
  await page.getByRole("heading", { level: 1, name: "Asking for more time, with a date" }).waitFor();
  const toAcmeText = await draftText(page);
  assert.match(toAcmeText, /reply by Thursday 3 December/);
  assert.doesNotMatch(toAcmeText, /another offer|competing|Globex/i);

  // Globex hears that another offer is due on Acme's deadline; Acme is not named.
  await openMessages(page, "Data Lead at Acme");
  await suggestedDrafts(page).nth(1).click();
  await page.getByRole("heading", { level: 1, name: "Telling them about a competing deadline" }).waitFor();
  await page.getByText("For Staff Analyst at Globex.").waitFor();
  await fillRecipient(page);
  const told = await draftText(page);
  assert.match(told, /I have received another offer, and I need to give my answer by Thursday 26 November\./);
  assert.match(told, /the role at Globex/);
  assert.doesNotMatch(told, /Acme|Data Lead/);
  await readyToSend(page).waitFor();

  // The user never chose to name Acme: writing its name in by hand is caught.
  await messageBox(page).fill((await messageBox(page).inputValue()).replace("another offer", "an offer from Acme"));
  await findings(page).getByText("Other employer kept private").waitFor();
  assert.equal(await readyToSend(page).count(), 0);
  assert.deepEqual(await page.locator("mark").allInnerTexts(), ["Acme"]);

  // Choosing to name the other employer is the user's call: then the draft
  // names Acme itself, and the checker lets the chosen name through.
  await page.getByRole("button", { name: "Reset to the template" }).click();
  const name = page.getByLabel("Name the other employer");
  assert.equal(await name.isChecked(), false, "confidential by default");
  await name.check();
  for (let i = 0; i < 50 && !/an offer from Acme/.test(await draftText(page)); i += 1) await page.waitForTimeout(100);
  assert.match(await draftText(page), /I have received an offer from Acme/);
  await readyToSend(page).waitFor();
  await page.reload();
  assert.equal(await page.getByLabel("Name the other employer").isChecked(), true, "the choice is kept");
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 7: the app fills what it knows — the in-writing list and the start date in acceptances, the interview highlight in a thank-you, which the user can leave out", async () => {
  const ws = workspace(
    [
      goodOffer("acme", "Acme", "Data Lead", {
        stage: "verbal_offer",
        offer_in_writing: false,
        international_move: true,
        location: "Lisbon",
        mobility: {
          visa_sponsorship: "yes",
          relocation_support: "verbal",
          temporary_housing: "in_writing",
          family_visas: "in_writing",
          partner_work_rights: "in_writing",
          tax_support: "in_writing",
          integration_support: "in_writing",
        },
      }),
      // Scored, so it is no unknown rival to the offer.
      { id: "globex", employer: "Globex", role: "Staff Analyst", stage: "interviewing", scores: scoredAll(3), rounds: rounds(1, "2026-11-23") },
    ],
    { current_role: SCORED_CURRENT_ROLE },
  );
  const { context, page, errors } = await openSeeded(ws);
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Accept once it's in writing");
  const listed = await panel(page)
    .getByRole("heading", { name: "Get these in writing first" })
    .locator("xpath=following-sibling::ul[1]/li")
    .allInnerTexts();
  assert.deepEqual(listed, ["the full offer: pay, title, start date and contract terms", "the relocation support"]);

  // The acceptance asks for exactly that list, and for their start date while none is agreed.
  const conditional = "Draft this message: Accepting once the terms are in writing";
  await openDraft(page, "Data Lead at Acme", conditional);
  await fillRecipient(page);
  let body = await messageBox(page).inputValue();
  assert.match(
    body,
    /could you confirm in writing the full offer \(pay, title, start date and contract terms\) and the relocation support, along with the start date you have in mind\?/,
  );
  assert.doesNotMatch(await draftText(page), /\[/, "no gap left");
  await readyToSend(page).waitFor();

  // Without a start date the written acceptance has a gap; the opportunity's start date fills it.
  await openDraft(page, "Data Lead at Acme", "Accepting in writing with a start date");
  assert.match(await messageBox(page).inputValue(), /a start date of \[start date\]/);
  await openOpportunity(page, "Data Lead at Acme");
  await goToStep(page, "Details");
  await page.getByLabel("Start date", { exact: true }).fill("2027-01-04");
  await waitForStored(page, (w) => w.opportunities[0].dates.start_date === "2027-01-04");
  await openDraft(page, "Data Lead at Acme", "Accepting in writing with a start date");
  body = await messageBox(page).inputValue();
  assert.match(body, /I confirm the terms in the written offer and a start date of Monday 4 January 2027\./);
  assert.doesNotMatch(await draftText(page), /\[/);
  await readyToSend(page).waitFor();
  await openDraft(page, "Data Lead at Acme", conditional);
  assert.match(await messageBox(page).inputValue(), /and the relocation support, along with a start date of Monday 4 January 2027\?/);

  // A thank-you says what the user wrote under "What excited you" …
  await openOpportunity(page, "Staff Analyst at Globex");
  await goToStep(page, "Reactions");
  await page.getByLabel("What excited you", { exact: true }).fill("Owning the pricing models end to end. The lunch was good too.");
  await openDraft(page, "Staff Analyst at Globex", "Draft this message: Thank-you after an interview");
  await fillRecipient(page);
  const enjoyed = "I especially enjoyed hearing about owning the pricing models end to end.";
  body = await messageBox(page).inputValue();
  assert.ok(body.includes(`my interest has grown. ${enjoyed} If anything`), body);
  assert.doesNotMatch(body, /lunch/, "one sentence, the first");
  await readyToSend(page).waitFor();

  // … unless they leave it out, a choice that is kept.
  const mention = page.getByLabel("Mention what you enjoyed in the interview");
  assert.equal(await mention.isChecked(), true);
  assert.match(await description(mention), /What excited you.*owning the pricing models end to end/);
  await mention.uncheck();
  await waitForStored(page, (w) => w.message_details.globex.mention_interview_highlight === "no");
  body = await valueMatching(messageBox(page), /my interest has grown\. If anything further would help/);
  assert.ok(!body.includes("especially enjoyed"), body);
  await readyToSend(page).waitFor();
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "Your draft" }).waitFor();
  assert.equal(await mention.isChecked(), false);
  assert.ok(!(await messageBox(page).inputValue()).includes("especially enjoyed"));
  await mention.check();
  await valueMatching(messageBox(page), new RegExp(`grown\\. ${enjoyed.replace(/\./g, "\\.")} If`));
  assert.deepEqual(errors, []);
  await context.close();
});

test("finding 8 (scripts): call and video scripts prepare for 'may I ask why?' with the message's own reason, and for new terms offered on the call", async () => {
  const ws = workspace([goodOffer("acme", "Acme", "Data Lead", { rounds: rounds(4) })], { current_role: SCORED_CURRENT_ROLE });
  const { context, page, errors } = await openSeeded(ws);
  // The script promises an answer within the user's own window for weighing new terms.
  await goTo(page, "Settings");
  await page.getByLabel("Time to weigh a counteroffer", { exact: true }).fill("48");
  await waitForStored(page, (w) => w.settings.counteroffer_window_hours === 48);

  await openDraft(page, "Data Lead at Acme", "Decline: with one brief reason");
  await fillRecipient(page);
  assert.match(await channelAdvice(page), /^Suggested: Phone call\./);
  await page.getByLabel("3. Reason").selectOption({ label: "Culture and values" });
  const reason = await page.getByLabel("The reason, as written").inputValue();
  assert.ok(reason.length > 0 && (await messageBox(page).inputValue()).includes(reason));
  let script = await scriptSaying(page, reason);
  assert.match(script, /I have decided to decline the offer for the Data Lead role/);
  assert.equal(replies(script).why, reason, "asked why, the call gives the reason the message gives");
  assert.match(replies(script).counter, /^Thank you.*in writing.*within two days\.$/);

  await sendIt(page).getByLabel("Send by").selectOption({ label: "Video call" });
  script = await scriptSaying(page, "face to face");
  assert.equal(replies(script).why, reason);
  assert.match(replies(script).counter, /in writing.*within two days/);

  // A message that gives no reason keeps it private on the call too.
  await page.getByLabel("3. Reason").selectOption({ label: "No reason" });
  script = await scriptSaying(page, "If they ask why: The decision comes down to what suits me next");
  assert.ok(!script.includes(reason));

  // The script on its own page has both lines.
  await openDraft(page, "Data Lead at Acme", "Phone-call script: declining an offer");
  const said = await page.getByLabel("What to say", { exact: true }).inputValue();
  assert.ok(replies(said).why && replies(said).counter, said);

  // Having committed elsewhere, the answer to new terms is firm.
  await openDraft(page, "Data Lead at Acme", "Decline: you accepted another offer");
  script = await scriptSaying(page, "If they ask why: I have accepted another offer.");
  assert.match(replies(script).counter, /committed elsewhere, so my decision stands/);
  assert.doesNotMatch(replies(script).counter, /in writing/);
  assert.deepEqual(errors, []);
  await context.close();
});
