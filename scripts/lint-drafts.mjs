// Runs the outside prose linter (npm `write-good`, default checks) over every
// draft the app can make for the test corpus, and prints the flags per
// template family. Declines and withdrawals (and their call scripts) must
// come out clean: any flag there fails the check.
//
//   cargo run --quiet --example drafts | node scripts/lint-drafts.mjs
//   node scripts/lint-drafts.mjs drafts.jsonl
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const writeGood = createRequire(import.meta.url)("write-good");
const input = readFileSync(process.argv[2] ?? 0, "utf8");
const drafts = input.split("\n").filter(Boolean).map((line) => JSON.parse(line));
if (drafts.length === 0) {
  console.error("No drafts to lint: the draft dump printed nothing.");
  process.exit(1);
}

const families = new Map();
const sayNoFlags = [];
for (const draft of drafts) {
  const family = families.get(draft.family) ?? { drafts: 0, flags: 0, reasons: new Map() };
  families.set(draft.family, family);
  family.drafts += 1;
  for (const [where, text] of [["subject", draft.subject], ["body", draft.body]]) {
    for (const flag of writeGood(text)) {
      family.flags += 1;
      family.reasons.set(flag.reason, (family.reasons.get(flag.reason) ?? 0) + 1);
      if (draft.says_no) sayNoFlags.push({ kind: draft.kind, where, reason: flag.reason, text });
    }
  }
}

console.log(`write-good over ${drafts.length} distinct drafts`);
console.log("family                      drafts  flags");
for (const [name, f] of [...families].sort()) {
  console.log(`${name.padEnd(26)} ${String(f.drafts).padStart(7)} ${String(f.flags).padStart(6)}`);
  for (const [reason, n] of [...f.reasons].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
    console.log(`    ${n} × ${reason}`);
  }
}
const total = [...families.values()].reduce((sum, f) => sum + f.flags, 0);
console.log(`total flags: ${total}; in declines and withdrawals: ${sayNoFlags.length}`);
if (sayNoFlags.length > 0) {
  const shown = new Set();
  for (const f of sayNoFlags) {
    const key = `${f.kind}: ${f.reason}`;
    if (shown.has(key)) continue;
    shown.add(key);
    console.log(`  ${key}`);
  }
  process.exit(1);
}
