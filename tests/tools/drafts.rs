//! Prints every distinct draft the app can make for the test corpus, as JSON
//! lines, for the outside prose linter (`scripts/lint-drafts.mjs`):
//! `cargo run --quiet --example drafts > drafts.jsonl`.
//!
//! Each line: `{"family": …, "kind": …, "says_no": bool, "subject": …, "body": …}`,
//! where `family` is the studio's heading for the template and `says_no` marks
//! declines and withdrawals (which must come out of the linter clean).

#[path = "../support/corpus.rs"]
mod corpus;
#[path = "../support/drafts.rs"]
mod drafts;

use std::collections::BTreeSet;
use std::io::Write;

fn main() {
    let mut seen = BTreeSet::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for case in corpus::corpus() {
        for draft in drafts::every_draft(&case.workspace, corpus::today()) {
            let line = serde_json::json!({
                "family": draft.family,
                "kind": draft.kind.slug_str(),
                "says_no": draft.kind.says_no(),
                "subject": draft.subject,
                "body": draft.body,
            })
            .to_string();
            if seen.insert(line.clone()) {
                writeln!(out, "{line}").expect("stdout");
            }
        }
    }
}
