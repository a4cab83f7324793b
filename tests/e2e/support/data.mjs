// Helpers for the "Your data" tests: seeding storage before the app loads,
// making backup files, importing them through the page like a user.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./app.mjs";

export const WORKSPACE_KEY = "crossroads.workspace";

/** The hostile inputs every text field must survive (shared with the Rust tests). */
export const HOSTILE = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "hostile-inputs.json"), "utf8")).inputs;

/** The data version this build writes, read from the Rust source so it cannot drift. */
export const CURRENT_VERSION = Number(
  readFileSync(join(ROOT, "src", "core", "model", "workspace.rs"), "utf8").match(/pub const CURRENT_VERSION: u32 = (\d+);/)[1],
);

/** A saved workspace fixture, parsed: the current version's unless another is named. */
export function fixtureWorkspace(version = CURRENT_VERSION) {
  return JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", `workspace-v${version}.json`), "utf8"));
}

/** A workspace with these opportunities (id → employer). */
export function workspaceWith(opportunities, extra = {}) {
  return {
    version: 1,
    opportunities: Object.entries(opportunities).map(([id, employer]) => ({ id, employer })),
    ...extra,
  };
}

/** An export file's text around a workspace. */
export function exportFile(workspace) {
  return JSON.stringify({ app: "crossroads", kind: "export", schema_version: 1, exported_on: "2026-11-22", workspace });
}

/**
 * Puts `text` under the workspace key before the app's first load only (the
 * init script runs on every navigation; a reload must see what the app did).
 */
export async function seedOnce(context, text) {
  await context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(key, value);
        sessionStorage.setItem("seeded", "1");
      }
    },
    [WORKSPACE_KEY, text],
  );
}

/** What the app has stored, as text. */
export function storedText(page) {
  return page.evaluate((key) => localStorage.getItem(key), WORKSPACE_KEY);
}

/** Picks a file in the import panel. */
export async function chooseFile(page, text, name = "backup.json") {
  const buffer = Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8");
  await page.getByLabel("Choose a backup file").setInputFiles({ name, mimeType: "application/json", buffer });
}

/** Imports `text` with "Merge" or "Replace everything". */
export async function importFile(page, text, how = "Merge") {
  await chooseFile(page, text);
  await page.getByRole("button", { name: how, exact: true }).click();
}

/** Clicks `button` and returns the downloaded file's text. */
export async function downloadFrom(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
}

/** Waits until the stored workspace satisfies `predicate` (it gets the parsed JSON). */
export async function waitForStored(page, predicate, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const text = await storedText(page);
    let parsed = null;
    try {
      parsed = JSON.parse(text);
    } catch {}
    let matches = false;
    try {
      matches = parsed !== null && predicate(parsed);
    } catch {}
    if (matches) return parsed;
    if (Date.now() - start > timeout) throw new Error(`stored data never matched; last: ${text?.slice(0, 300)}`);
    await page.waitForTimeout(50);
  }
}

/** The "This browser holds …" line of Settings → Your data. */
export function holdsLine(page) {
  return page.getByText(/^This browser holds/);
}

/** Fails unless every key and value of `expected` is in `actual` (which may hold newer fields too). */
export function assertKeeps(actual, expected, path = "workspace") {
  if (expected !== null && typeof expected === "object") {
    if (Array.isArray(expected) && (!Array.isArray(actual) || actual.length !== expected.length)) {
      throw new Error(`${path}: expected ${expected.length} items, found ${JSON.stringify(actual)?.slice(0, 200)}`);
    }
    for (const key of Object.keys(expected)) assertKeeps(actual?.[key], expected[key], `${path}.${key}`);
  } else if (actual !== expected) {
    throw new Error(`${path}: expected ${JSON.stringify(expected)}, found ${JSON.stringify(actual)}`);
  }
}

/** The default criteria's ids, as the matrix stores scores. */
export const CRITERION_IDS = [
  "responsibilities",
  "trajectory",
  "base_pay",
  "total_rewards",
  "manager_team",
  "culture",
  "flexibility",
  "location",
  "learning",
  "employment",
  "mobility_support",
  "work_life",
];

/** The same score on every default criterion. */
export const scoredAll = (score) => Object.fromEntries(CRITERION_IDS.map((id) => [id, score]));

/**
 * The heavy-use workspace's stored JSON (200 opportunities × 30 criteria, 500
 * sent messages, 300 contacts), made by the app's own model through
 * `cargo run --example heavy_workspace` (tests/support/heavy.rs).
 */
export function heavyWorkspaceJson() {
  return execFileSync("cargo", ["run", "--quiet", "--example", "heavy_workspace"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  }).trim();
}
