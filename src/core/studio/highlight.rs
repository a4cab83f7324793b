//! Splitting a checked text into plain and marked runs, so the screen can
//! show the words at fault as text inside `<mark>` (never as HTML).

use super::checker::{Finding, Location};

/// `text` as runs of `(words, marked)`, marking every non-empty range of the
/// findings at `location`. Overlapping ranges merge; ranges that do not fall
/// on the text's character boundaries are skipped rather than trusted.
pub fn marked_runs<'a>(
    text: &'a str,
    findings: &[Finding],
    location: Location,
) -> Vec<(&'a str, bool)> {
    let mut ranges: Vec<(usize, usize)> = findings
        .iter()
        .filter(|f| f.location == location && f.range.start < f.range.end)
        .filter(|f| text.get(f.range.clone()).is_some())
        .map(|f| (f.range.start, f.range.end))
        .collect();
    crate::core::sort::sort(&mut ranges);
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (start, end) in ranges {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    let mut runs = Vec::new();
    let mut at = 0;
    for (start, end) in merged {
        if start > at {
            runs.push((&text[at..start], false));
        }
        runs.push((&text[start..end], true));
        at = end;
    }
    if at < text.len() || runs.is_empty() {
        runs.push((&text[at..], false));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::studio::checker::Rule;

    fn finding(range: std::ops::Range<usize>) -> Finding {
        Finding {
            rule: Rule::Hedge,
            location: Location::Body,
            range,
            reason: String::new(),
            fix: String::new(),
        }
    }

    #[test]
    fn marks_merge_and_cover_the_text() {
        let text = "Maybe I think not.";
        let runs = marked_runs(
            text,
            &[finding(0..5), finding(6..13), finding(8..13)],
            Location::Body,
        );
        assert_eq!(
            runs,
            [
                ("Maybe", true),
                (" ", false),
                ("I think", true),
                (" not.", false)
            ]
        );
        let whole: String = runs.iter().map(|(t, _)| *t).collect();
        assert_eq!(whole, text);
        assert_eq!(marked_runs("abc", &[], Location::Body), [("abc", false)]);
        assert_eq!(
            marked_runs("é", &[finding(0..1)], Location::Body),
            [("é", false)]
        );
        assert_eq!(
            marked_runs("abc", &[finding(0..3)], Location::Subject),
            [("abc", false)]
        );
    }
}
