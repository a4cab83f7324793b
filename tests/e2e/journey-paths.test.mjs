// Issue 13, "the later paths", walked through the UI: taking back a yes
// (spoken, then signed), an offer the employer withdraws, a counteroffer
// checked against why the user started looking, and an offer about to
// expire. Each walk seeds a realistic workspace full of private details,
// reads the advice as the user would, opens the messages it offers and ends
// with a checked draft on the clipboard that says the decision in words true
// to the stage and holds none of the private details.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useServedApp } from "./support/app.mjs";
import { CURRENT_VERSION, scoredAll, seedOnce, waitForStored } from "./support/data.mjs";

const app = useServedApp();


/** The day the walks run on (a Tuesday), so offers and deadlines keep their meaning. */
const TODAY = "2026-11-24T10:00:00";

/** Private details every workspace carries; none may reach a message. */
const PRIVATE = {
  floor: 61500,
  reason: "No way up for two years under the new director",
  counterSummary: "Ten percent more and a senior title from March",
  roundNote: "Hiring manager hinted the budget stretches to 80k",
  contingencyNote: "Two references, one of them my old manager at Umbrella",
  newCounterSummary: "Plus five thousand on base, same team",
  secondRoundNote: "Panel wants a whiteboard session on pricing",
  checkNote: "An old caution from 2015 may come up",
};

/** Patterns that must never appear in a copied message (besides names given per walk). */
const PRIVATE_PATTERNS = [
  /61[,.\s]?500/,
  /floor|walk[- ]away|accept line|acceptance line/i,
  /No way up/i,
  /under the new director/i,
  /Ten percent/i,
  /senior title/i,
  /budget stretches/i,
  /80k/i,
  /references/i,
  /Plus five thousand/i,
  /whiteboard/i,
  /caution/i,
];

/** A written, direct, fully scored offer paying above the floor. */
function offer(id, employer, role, score, more = {}) {
  return {
    id,
    employer,
    role,
    location: "Rotterdam",
    stage: "written_offer",
    offer_in_writing: true,
    employment_model: "direct",
    // Amounts are stored in cents (data version 4).
    compensation: { base: 7_200_000, currency: "EUR" },
    scores: scoredAll(score),
    rounds: [{ id: `${id}-r1`, date: "2026-11-05", format: "video", notes: PRIVATE.roundNote }],
    contingencies: [{ id: `${id}-c1`, kind: "references", status: "cleared", date: "2026-11-12", note: PRIVATE.contingencyNote }],
    notes: `Privately: ${PRIVATE.roundNote}`,
    ...more,
    dates: { offer: "2026-11-16", offer_deadline: "2026-12-04", ...more.dates },
  };
}

/** The current role, scored 3 everywhere, with why the user started looking. */
function currentRole(more = {}) {
  return {
    id: "current",
    employer: "Initrode",
    role: "Analyst",
    stage: "accepted",
    scores: scoredAll(3),
    looking_reason: { criteria: ["trajectory"], text: PRIVATE.reason },
    ...more,
  };
}

/** A current-version workspace around these opportunities, with a private floor. */
function workspace(opportunities, extra = {}) {
  return {
    version: CURRENT_VERSION,
    opportunities,
    non_negotiables: [{ kind: "requires", fact: "minimum_base", amount: PRIVATE.floor * 100 }],
    current_role: currentRole(),
    ...extra,
  };
}

/**
 * Opens the app on `ws` in a fresh context that may use the clipboard, its
 * clock pinned to `fixedTime`.
 */
async function openSeeded(ws, fixedTime = TODAY) {
  const context = await app.browser.newContext({
    viewport: { width: 1280, height: 900 },
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await context.clock.setFixedTime(new Date(fixedTime));
  await seedOnce(context, JSON.stringify(ws));
  return openApp(app.browser, app.url, {}, context);
}

/** From the start screen, opens an opportunity by its title. */
async function openOpportunity(page, title) {
  await page.getByRole("link", { name: "Crossroads" }).click();
  await page.getByRole("heading", { level: 1, name: "Decide what to do next, then say it well" }).waitFor();
  const link = page.getByRole("link", { name: title, exact: true }).first();
  // The board folds settled processes (an accepted job among them) away.
  if (!(await link.isVisible())) await page.getByText(/^Settled: accepted/).click();
  await link.click();
  await page.getByRole("navigation", { name: "Steps" }).waitFor();
}

/** Opens the current role's details, as a user reaches them from Compare. */
async function openCurrentRole(page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare", exact: true }).click();
  await page.getByRole("link", { name: "Edit your current role" }).click();
  await page.getByRole("heading", { level: 1, name: "Your current role" }).waitFor();
}

/** Opens the plan through the navigation. */
async function openPlan(page) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Your plan" }).waitFor();
}

/** The plan's steps whose purpose matches `purpose`. */
const planSteps = (page, purpose) => page.getByRole("main").getByRole("listitem").filter({ hasText: purpose });

/** The one plan step whose purpose matches `purpose`: its day (YYYY-MM-DD) and its text. */
async function planStep(page, purpose) {
  const step = planSteps(page, purpose);
  assert.equal(await step.count(), 1, `one plan step says ${purpose}`);
  return { date: await step.locator("time").getAttribute("datetime"), text: await step.innerText() };
}

/** Follows a plan step's "Draft the message" link to the studio. */
async function draftFromPlan(page, purpose) {
  await planSteps(page, purpose).getByRole("link", { name: /^Draft the message/ }).click();
  await page.getByRole("heading", { level: 2, name: "Your draft" }).waitFor();
}

/** Moves the clock to `when` and reloads, as when the user comes back another day. */
async function comeBackOn(page, when) {
  await page.clock.setFixedTime(new Date(when));
  await page.reload();
  await page.locator("main h1").waitFor();
}

/** Goes to a step of the open opportunity through the stepper. */
async function goToStep(page, name) {
  await page.getByRole("navigation", { name: "Steps" }).getByRole("link", { name: new RegExp(`^\\d+\\s*${name}$`) }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

const panel = (page) => page.getByRole("complementary", { name: "What to do" });
const actionTag = (page) => panel(page).locator(".tag").innerText();
const headline = (page) => panel(page).locator(".panel-headline").innerText();
const adviceIs = (page, label) => panel(page).locator(".tag").filter({ hasText: new RegExp(`^${label}$`) }).waitFor();
/** The draft's text box: "Message", or "What to say" on a call script. */
const messageBox = (page, spoken = false) => page.getByLabel(spoken ? "What to say" : "Message", { exact: true });
const readyToSend = (page) => page.getByText(/Checked: .*Ready to send/);
/** The labels of the panel's "Draft this message" links. */
const panelDrafts = (page) => panel(page).getByRole("link", { name: /^Draft this message: / }).allInnerTexts();

/** Follows one of the panel's "Draft this message" links to the studio. */
async function draftFromPanel(page, label) {
  await panel(page).getByRole("link", { name: `Draft this message: ${label}`, exact: true }).click();
  await page.getByRole("heading", { level: 2, name: "Your draft" }).waitFor();
}

/** Fills who the message is for, so no gap is left in it. */
async function fillRecipient(page) {
  await page.getByLabel("Contact name", { exact: true }).fill("Dana");
  await page.getByLabel("Your name", { exact: true }).fill("Sam Lee");
}

/** Waits for the checker's pass, copies the draft and returns the clipboard's text. */
async function copyChecked(page) {
  await readyToSend(page).waitFor();
  await page.getByRole("button", { name: "Copy", exact: true }).click();
  await page.getByRole("status").filter({ hasText: /^Copied\. / }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Fails if `text` holds any private detail or any of the `names` given. */
function assertNothingPrivate(text, names = []) {
  for (const leak of PRIVATE_PATTERNS) assert.doesNotMatch(text, leak, `the message never says ${leak}`);
  for (const name of names) assert.ok(!text.includes(name), `the message never names ${name}`);
  assert.doesNotMatch(text, /\[[a-z ]+\]/, "no unfilled field");
}

/** Ends a walk: nothing broke on the page and the CSP held. */
async function finish({ context, errors, cspViolations, foreign }) {
  assert.deepEqual(errors, [], "console errors");
  assert.deepEqual(cspViolations, [], "CSP violations");
  assert.deepEqual(foreign, [], "requests to other origins");
  await context.close();
}

test("path 1: a verbal yes, then a better written offer — back out by phone, at a cost, and confirm in writing", async () => {
  const ws = workspace([
    offer("acme", "Acme", "Data Lead", 3, { stage: "accepted", dates: { accepted: "2026-11-19" } }),
    offer("globex", "Globex", "Staff Analyst", 5),
  ]);
  const opened = await openSeeded(ws);
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Back out");
  const said = await headline(page);
  assert.match(said, /^Back out only if you are sure — Staff Analyst at Globex is a written offer that scores higher/);
  assert.match(said, /call Acme first and confirm in writing/);
  assert.match(said, /expect it to cost goodwill/);
  assert.doesNotMatch(said, /rescission/, "nothing was signed");
  const advice = await panel(page).innerText();
  assert.match(advice, /burns goodwill/);
  assert.match(advice, /Accepted on Thursday 19 November/);
  // Call first, write the same day, and only then accept the other offer.
  const call = advice.indexOf("Call Acme first");
  const writing = advice.indexOf("Confirm it in writing the same day");
  const acceptOther = advice.indexOf("Then accept Globex's offer in writing.");
  assert.ok(call > 0 && call < writing && writing < acceptOther, advice);
  assert.deepEqual((await panelDrafts(page)).slice(0, 2), [
    "Draft this message: Phone-call script: taking back an acceptance",
    "Draft this message: Written confirmation after taking back an acceptance",
  ]);

  // The call script: said first, about the acceptance, and no reason offered unasked.
  await draftFromPanel(page, "Phone-call script: taking back an acceptance");
  await fillRecipient(page);
  const script = await messageBox(page, true).inputValue();
  assert.match(script, /I will not be joining as Data Lead, and I am taking back my acceptance\./);
  assert.doesNotMatch(script, /contract I signed/);
  assert.doesNotMatch(script, /declin/i, "a yes is taken back, not an offer declined");
  assertNothingPrivate(script, ["Globex", "Staff Analyst"]);

  // The written confirmation, the same day: checked and copied.
  await openOpportunity(page, "Data Lead at Acme");
  await draftFromPanel(page, "Written confirmation after taking back an acceptance");
  await fillRecipient(page);
  const copied = await copyChecked(page);
  assert.match(copied, /^Subject: Confirming our call about the Data Lead role/);
  assert.match(copied, /As I said on the call, I will not be joining as Data Lead, and I am taking back my acceptance\./);
  assert.match(copied, /Dana/);
  assert.match(copied, /Sam Lee/);
  assert.doesNotMatch(copied, /contract I signed|declin/i);
  assert.match(copied, /I have accepted another offer\./, "the reason, without the other employer's name");
  assertNothingPrivate(copied, ["Globex", "Staff Analyst"]);
  await finish(opened);
});

test("path 2: backing out after signing — the contract's notice and rescission terms come first, then the written letter", async () => {
  const ws = workspace([
    offer("acme", "Acme", "Data Lead", 3, {
      stage: "accepted",
      contract_signed: true,
      dates: { accepted: "2026-11-18", signed: "2026-11-20" },
    }),
    offer("globex", "Globex", "Staff Analyst", 5),
  ]);
  const opened = await openSeeded(ws);
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Back out");
  const said = await headline(page);
  assert.match(said, /read your contract's notice and rescission terms, then call Acme and confirm in writing/);
  assert.match(said, /cost goodwill/);
  const advice = await panel(page).innerText();
  assert.match(advice, /Contract: signed/);
  const terms = advice.indexOf("Read the contract's notice, start-date and rescission clauses.");
  const adviser = advice.indexOf("employment adviser");
  const call = advice.indexOf("Call Acme first");
  assert.ok(terms > 0 && terms < adviser && adviser < call, `terms, then advice, then the call:\n${advice}`);

  await draftFromPanel(page, "Written confirmation after taking back an acceptance");
  await fillRecipient(page);
  const copied = await copyChecked(page);
  assert.match(copied, /I will not be joining as Data Lead, and I am taking back my acceptance and the contract I signed\./);
  assert.doesNotMatch(copied, /declin/i);
  assertNothingPrivate(copied, ["Globex", "Staff Analyst"]);
  await finish(opened);
});

test("path 3: the employer withdraws its offer — ask for the reason in writing and reopen what you stepped back from", async () => {
  const ws = workspace([
    offer("acme", "Acme", "Data Lead", 4, {
      contingencies: [{ id: "acme-c1", kind: "background_check", status: "problem", date: "2026-11-23", note: PRIVATE.contingencyNote }],
    }),
    offer("umbrella", "Umbrella", "Platform Engineer", 3, { stage: "withdrawn", dates: { offer: null, offer_deadline: null, closed: "2026-11-10" } }),
    offer("globex", "Globex", "Staff Analyst", 3, { stage: "interviewing", offer_in_writing: false, dates: { offer: null, offer_deadline: null } }),
  ]);
  const opened = await openSeeded(ws);
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");

  // Acme calls: the offer is off. The user records it on the details.
  await goToStep(page, "Details");
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Offer withdrawn by the employer" });
  await waitForStored(page, (w) => w.opportunities[0].stage === "offer_withdrawn");
  await panel(page).getByText(/^Ask Acme to confirm the withdrawal/).waitFor();
  assert.equal(
    await headline(page),
    "Ask Acme to confirm the withdrawal and its reason in writing, then reopen your other options.",
  );
  const advice = await panel(page).innerText();
  assert.match(advice, /Stage: Offer withdrawn by the employer/);
  assert.match(advice, /Ask Acme, calmly and in writing, to confirm the withdrawal and give the reason\./);
  assert.match(advice, /Reopen what you stepped back from: Umbrella\./);
  assert.match(advice, /Carry on with Globex as before; they do not need to hear about the withdrawn offer\./);
  const drafts = await panelDrafts(page);
  assert.equal(drafts[0], "Draft this message: After an offer is withdrawn: the reason, in writing");
  assert.ok(
    drafts.includes("Draft this message: Picking up a process you stepped back from to Platform Engineer at Umbrella"),
    drafts.join("\n"),
  );

  await draftFromPanel(page, "After an offer is withdrawn: the reason, in writing");
  await fillRecipient(page);
  const copied = await copyChecked(page);
  assert.match(copied, /^Subject: The Data Lead offer/);
  assert.match(copied, /could you confirm in writing that you have withdrawn the offer, and give me the reason\?/);
  assert.doesNotMatch(copied, /declin|accept/i, "the employer withdrew: nothing is declined or accepted");
  assertNothingPrivate(copied, ["Umbrella", "Globex", "background"]);
  await finish(opened);
});

test("path 4: a counteroffer that leaves the reason for looking in place after a yes elsewhere — the resignation stands", async () => {
  // The current employer counters with pay after the user accepted elsewhere.
  const ws = workspace(
    [
      offer("acme", "Acme", "Data Lead", 4, { stage: "accepted", dates: { accepted: "2026-11-19" } }),
      offer("globex", "Globex", "Staff Analyst", 4, {
        stage: "counteroffer",
        counteroffer: { received: "2026-11-23", improves: ["base_pay"], summary: PRIVATE.newCounterSummary },
      }),
    ],
    {
      current_role: currentRole({
        counteroffer: { received: "2026-11-23", improves: ["base_pay", "total_rewards"], summary: PRIVATE.counterSummary },
      }),
    },
  );
  const opened = await openSeeded(ws);
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(
    await headline(page),
    "Turn down Initrode's counteroffer — it leaves why you started looking in place; your resignation stands.",
  );
  const advice = await panel(page).innerText();
  assert.match(advice, /Counteroffer from Initrode leaves career trajectory untouched/);
  assert.match(advice, /restate your decision firmly, without criticism/);
  assert.match(advice, /Thank Initrode for the counteroffer and say your resignation stands\./);
  assert.doesNotMatch(advice, /No way up|Ten percent/, "the private words stay out of the advice too");

  // The current role says the same beside the counteroffer itself.
  await openCurrentRole(page);
  assert.equal(
    await page.getByRole("group", { name: "A counteroffer from your employer" }).getByRole("status").innerText(),
    "It does not address why you started looking: it leaves career trajectory untouched.",
  );
  await openOpportunity(page, "Data Lead at Acme");

  await draftFromPanel(page, "Turning down your employer's counteroffer");
  // It goes to your manager, not to anyone at Acme.
  assert.equal(await page.getByLabel("Contact name", { exact: true }).count(), 0);
  await page.getByLabel("Your manager's name", { exact: true }).fill("Dana");
  await page.getByLabel("Your name", { exact: true }).fill("Sam Lee");
  const toCurrent = await copyChecked(page);
  assert.match(toCurrent, /^Subject: My resignation/);
  assert.match(toCurrent, /^(Hi|Hello|Dear) Dana,$/m);
  assert.match(toCurrent, /my decision stands: my resignation holds as given\./);
  assert.doesNotMatch(toCurrent, /accept/i);
  // Sent to the current employer: never names the new one.
  assertNothingPrivate(toCurrent, ["Acme", "Data Lead", "Globex", "Staff Analyst"]);

  await finish(opened);
});

test("path 4, new terms: an employer you said no to comes back with more pay only — entered on its details, the no is restated firmly", async () => {
  const ws = workspace(
    [
      offer("globex", "Globex", "Staff Analyst", 4, {
        stage: "declined",
        dates: { offer: "2026-11-12", offer_deadline: "2026-12-01", closed: "2026-11-16" },
      }),
      offer("acme", "Acme", "Data Lead", 4, { stage: "interviewing", offer_in_writing: false, dates: { offer: null, offer_deadline: null } }),
    ],
    { current_role: currentRole({ counteroffer: {} }) },
  );
  const opened = await openSeeded(ws);
  const { page } = opened;
  // Globex, declined earlier, calls back with more pay. The user records it on Globex's details.
  await openOpportunity(page, "Staff Analyst at Globex");
  await goToStep(page, "Details");
  const terms = page.getByRole("group", { name: "A counteroffer from them" });
  await terms.getByLabel("Date they came back").fill("2026-11-23");
  await terms.getByRole("group", { name: "What it improves" }).getByLabel("Base pay", { exact: true }).check();
  await terms.getByLabel("What they offered").fill(PRIVATE.newCounterSummary);
  // Said on screen, next to the terms: they leave the reason for looking in place.
  const check = terms.getByRole("status");
  await check.filter({ hasText: /^It does not address why you started looking: it leaves career trajectory untouched\./ }).waitFor();
  assert.match(await check.innerText(), /The advice weighs these terms once the stage is Counteroffer\.$/);
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Counteroffer" });
  await check.filter({ hasText: /^It does not address why you started looking: it leaves career trajectory untouched\.$/ }).waitFor();
  const stored = await waitForStored(page, (w) => w.opportunities[0].stage === "counteroffer" && w.opportunities[0].counteroffer?.summary);
  assert.deepEqual(stored.opportunities[0].counteroffer, {
    received: "2026-11-23",
    improves: ["base_pay"],
    summary: PRIVATE.newCounterSummary,
  });

  // The reason is untouched, so the no stands.
  await adviceIs(page, "Decline");
  assert.match(await headline(page), /^Restate your no to Globex — the new terms leave why you started looking in place\./);
  assert.match(await panel(page).innerText(), /Counteroffer from Globex leaves career trajectory untouched/);
  assert.equal((await panelDrafts(page))[0], "Draft this message: Firm reply: new terms that leave your reason untouched");
  await draftFromPanel(page, "Firm reply: new terms that leave your reason untouched");
  await fillRecipient(page);
  const firm = await copyChecked(page);
  assert.match(firm, /^Subject: Re: the Staff Analyst role/);
  assert.match(firm, /They do not change what my choice rests on, so my decision stands\./);
  assert.doesNotMatch(firm, /accept/i);
  assertNothingPrivate(firm, ["Acme", "Data Lead", "Initrode"]);
  await finish(opened);
});

test("path 4, staying: a counteroffer that answers every reason for looking is weighed, and the new employer hears you are staying", async () => {
  const ws = workspace([offer("acme", "Acme", "Data Lead", 4)], {
    current_role: currentRole({
      counteroffer: { received: "2026-11-23", improves: ["trajectory", "base_pay"], summary: PRIVATE.counterSummary },
    }),
  });
  const opened = await openSeeded(ws);
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");
  assert.match(
    await headline(page),
    /^Weigh Initrode's counteroffer against Data Lead at Acme before you answer either — it addresses why you started looking\./,
  );
  const advice = await panel(page).innerText();
  for (const question of [/Why does Initrode offer this now/, /What exactly changes/, /Will trust survive/]) {
    assert.match(advice, question);
  }
  assert.match(advice, /If you stay, tell Acme promptly and plainly that you are staying in your current role\./);
  const drafts = await panelDrafts(page);
  assert.equal(drafts[0], "Draft this message: Decline: you are staying in your current role");

  // The user decides to stay.
  await draftFromPanel(page, "Decline: you are staying in your current role");
  await fillRecipient(page);
  const copied = await copyChecked(page);
  assert.match(copied, /^Subject: Your offer for the Data Lead role/);
  assert.match(copied, /I have decided to decline the offer\./);
  assert.match(copied, /stay(ing)? in my current role/i);
  assertNothingPrivate(copied, ["Initrode", "counteroffer"]);
  await finish(opened);
});

test("path 5: an offer that expires tomorrow — ask for time by phone, then confirm the date in writing", async () => {
  const ws = workspace([offer("acme", "Acme", "Data Lead", 3, { dates: { offer: "2026-11-23", offer_deadline: "2026-11-25" } })]);
  const opened = await openSeeded(ws);
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");
  assert.equal(await actionTag(page), "Ask for time");
  assert.equal(
    await headline(page),
    "Call Acme to ask for time until Friday 27 November — the offer expires on Wednesday 25 November, less than two business days away; confirm by email after the call.",
  );
  const advice = await panel(page).innerText();
  assert.match(advice, /Deadline: Wednesday 25 November \(1 business day away\)/);
  const call = advice.indexOf("Call Acme and ask for 3 business days, naming the date: Friday 27 November.");
  const confirm = advice.indexOf("Straight after the call, confirm the date you agreed by email.");
  assert.ok(call > 0 && call < confirm, advice);
  assert.deepEqual(await panelDrafts(page), [
    "Draft this message: Phone-call script: asking for time on an offer about to expire",
    "Draft this message: Written confirmation of the time agreed on a call",
  ]);
  assert.equal(
    await panel(page).getByRole("link", { name: "Draft this message: Asking for more time, with a date" }).count(),
    0,
    "the emailed request gives way to the call",
  );

  await draftFromPanel(page, "Phone-call script: asking for time on an offer about to expire");
  await fillRecipient(page);
  const script = await messageBox(page, true).inputValue();
  assert.match(script, /so I would like to give you my answer by Friday 27 November\. Would that work for you\?/);
  assertNothingPrivate(script);

  await openOpportunity(page, "Data Lead at Acme");
  await draftFromPanel(page, "Written confirmation of the time agreed on a call");
  await fillRecipient(page);
  const copied = await copyChecked(page);
  assert.match(copied, /^Subject: Confirming the timing for the Data Lead offer/);
  assert.match(copied, /To confirm what we discussed, I will give you my answer on the Data Lead offer by Friday 27 November\./);
  assert.doesNotMatch(copied, /declin|I accept|accepting/i, "time is asked for, nothing decided");
  assertNothingPrivate(copied);
  await finish(opened);
});

test("path 5, business days: an offer due Monday, met on a Friday, is one business day away", async () => {
  const ws = workspace([offer("acme", "Acme", "Data Lead", 3, { dates: { offer: "2026-11-26", offer_deadline: "2026-11-30" } })]);
  const opened = await openSeeded(ws, "2026-11-27T10:00:00");
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");
  await adviceIs(page, "Ask for time");
  assert.match(await headline(page), /^Call Acme to ask for time until .* — the offer expires on Monday 30 November, less than two business days away/);
  assert.match(await panel(page).innerText(), /Deadline: Monday 30 November \(1 business day away\)/);
  await finish(opened);
});

test("several rounds: two entered in the rounds editor — a thank-you for each, dated from its round, the follow-up from the latest, and the thank-you names its own round", async () => {
  const ws = workspace(
    [
      offer("acme", "Acme", "Data Lead", 4, {
        stage: "interviewing",
        offer_in_writing: false,
        rounds: [],
        contingencies: [],
        dates: { offer: null, offer_deadline: null },
      }),
    ],
    { contacts: [{ id: "dana", name: "Dana Reyes", title: "Head of Data", company: "Acme", opportunity_id: "acme" }] },
  );
  const opened = await openSeeded(ws);
  const { page } = opened;
  await openOpportunity(page, "Data Lead at Acme");
  await goToStep(page, "Details");

  // Round 1 was last Thursday by video; round 2, in person, is this Thursday.
  for (const [n, date, format, note] of [
    [1, "2026-11-19", "Video call", PRIVATE.roundNote],
    [2, "2026-11-26", "In person", PRIVATE.secondRoundNote],
  ]) {
    await page.getByRole("button", { name: "Add a round" }).click();
    const round = page.getByRole("group", { name: `Round ${n}` });
    await round.getByLabel("Date").fill(date);
    await round.getByLabel("How it was held").selectOption({ label: format });
    await round.getByLabel("Dana Reyes, Head of Data").check();
    await round.getByLabel("Your notes").fill(note);
  }
  const stored = await waitForStored(page, (w) => w.opportunities[0].rounds?.[1]?.notes === PRIVATE.secondRoundNote);
  assert.deepEqual(
    stored.opportunities[0].rounds.map((r) => [r.date, r.format, r.people]),
    [
      ["2026-11-19", "video", ["dana"]],
      ["2026-11-26", "on_site", ["dana"]],
    ],
  );

  // A thank-you per round, each due the working day after its round (the
  // default: one working day); the first status check a week after the
  // latest round, as no decision date was given.
  await openPlan(page);
  const first = await planStep(page, /Thank the people you met at Acme on Thursday 19 November/);
  assert.equal(first.date, "2026-11-20");
  const second = await planStep(page, /Thank the people you met at Acme on Thursday 26 November/);
  assert.equal(second.date, "2026-11-27");
  const check = await planStep(page, /A week has passed since the interview/);
  assert.equal(check.date, "2026-12-03", "counted from round 2, not round 1");

  // Written today, the thank-you is for the round just held, not the one to come.
  await draftFromPlan(page, /on Thursday 19 November/);
  const now = await messageBox(page).inputValue();
  assert.match(now, /19 November/);
  assert.doesNotMatch(now, /26 November/);

  // Friday, after round 2: its thank-you is the one on the plan, and the one drafted.
  await comeBackOn(page, "2026-11-27T09:00:00");
  await openPlan(page);
  assert.equal(await planSteps(page, /on Thursday 19 November/).count(), 0, "round 1's thank-you has had its day");
  await draftFromPlan(page, /Thank the people you met at Acme on Thursday 26 November/);
  await fillRecipient(page);
  const copied = await copyChecked(page);
  assert.match(copied, /^Subject: /);
  assert.match(copied, /26 November/);
  assert.doesNotMatch(copied, /19 November/);
  assert.match(copied, /Data Lead/);
  assertNothingPrivate(copied, ["Dana Reyes", "Head of Data", "Video call", "In person"]);
  await finish(opened);
});

test("the offer's own dates: notice on the current role, a start date, a background check pending then cleared — notice follows the check (even when it clears days after the yes), and the resignation names the last working day", async () => {
  const ws = workspace([offer("acme", "Acme", "Data Lead", 5, { contingencies: [] })]);
  // Acme's hiring manager, met at the interviews.
  ws.contacts = [{ id: "c-acme", name: "Priya Shah", company: "Acme", opportunity_id: "acme", email: "priya@acme.example" }];
  const opened = await openSeeded(ws);
  const { page } = opened;

  // The current role asks for three weeks' notice.
  await openCurrentRole(page);
  await page.getByLabel("Notice period").fill("3");
  await page.getByLabel("Notice counted in").selectOption({ label: "weeks" });

  // Acme: accepted today, starting Monday 4 January, subject to a background check due Friday.
  await openOpportunity(page, "Data Lead at Acme");
  await goToStep(page, "Details");
  await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Accepted" });
  await page.getByLabel("Date you accepted").fill("2026-11-24");
  await page.getByLabel("Start date").fill("2027-01-04");
  await page.getByRole("button", { name: "Add a condition" }).click();
  const condition = page.getByRole("group", { name: "Condition 1" });
  await condition.getByLabel("Condition", { exact: true }).selectOption({ label: "Background check" });
  await condition.getByLabel("Where it stands").selectOption({ label: "Pending" });
  await condition.getByLabel("Expected or cleared on").fill("2026-11-27");
  await condition.getByLabel("Your note").fill(PRIVATE.checkNote);
  await waitForStored(page, (w) => w.current_role.notice_period?.count === 3 && w.opportunities[0].contingencies?.[0]?.note === PRIVATE.checkNote);

  // Notice waits for the check: handed in the working day after Friday,
  // Monday 30 November; three weeks run out on Monday 21 December.
  await openPlan(page);
  const pending = await planStep(page, /Check that the background check has cleared/);
  assert.equal(pending.date, "2026-11-27");
  const waiting = await planStep(page, /Give notice to your current employer/);
  assert.equal(waiting.date, "2026-11-30");
  assert.match(waiting.text, /Wait until every condition of the offer has cleared\./);
  assert.match(waiting.text, /With 3 weeks notice, your last working day is Monday 21 December by the usual count, and the earliest you can start is Tuesday 22 December\./);
  assert.doesNotMatch(waiting.text, /caution/);

  // Friday afternoon Acme writes: the check cleared today. Notice goes in on
  // the next working day, Monday 30 November, as planned — not back on the
  // day after the yes, which would name a last day notice can no longer reach.
  await comeBackOn(page, "2026-11-27T15:00:00");
  await openOpportunity(page, "Data Lead at Acme");
  await goToStep(page, "Details");
  await condition.getByLabel("Where it stands").selectOption({ label: "Cleared" });
  await condition.getByLabel("Expected or cleared on").fill("2026-11-27");
  await waitForStored(page, (w) => w.opportunities[0].contingencies?.[0]?.status === "cleared");
  await openPlan(page);
  assert.equal(await planSteps(page, /Check that the background check has cleared/).count(), 0);
  const resign = await planStep(page, /Give notice to your current employer/);
  assert.equal(resign.date, "2026-11-30");
  assert.doesNotMatch(resign.text, /Wait until every condition/);
  assert.match(resign.text, /your last working day is Monday 21 December by the usual count, and the earliest you can start is Tuesday 22 December\./);

  // The resignation letter, to the current manager.
  await draftFromPlan(page, /Give notice to your current employer/);
  assert.equal(await page.getByLabel("Contact name", { exact: true }).count(), 0);
  await page.getByLabel("Your manager's name", { exact: true }).fill("Morgan");
  await page.getByLabel("Your name", { exact: true }).fill("Sam Lee");
  await page.getByLabel("Your handover plan", { exact: true }).fill("I will write up my open projects and pair with whoever takes them on");
  const copied = await copyChecked(page);
  assert.match(copied, /^Subject: Resignation: notice and handover/);
  assert.match(copied, /Monday 21 December/);
  assert.match(copied, /^(Hi|Hello|Dear) Morgan,$/m);
  // To the current employer: never the new one, its people, its start date or the check.
  assertNothingPrivate(copied, ["Acme", "Data Lead", "Priya", "4 January", "background"]);
  // Morgan is kept as the current role's contact, and the mail app opens a
  // message to nobody at Acme.
  await waitForStored(page, (w) => w.contacts.some((c) => c.name === "Morgan" && c.opportunity_id === "current"));
  assert.doesNotMatch(await page.getByRole("link", { name: "Open in mail app" }).getAttribute("href"), /acme/i);
  await finish(opened);
});
