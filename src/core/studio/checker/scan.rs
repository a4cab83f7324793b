//! Plain string scanning for the checker: case-insensitive phrase search with
//! word boundaries, sentences, words and money figures. No regex: the crate
//! ships to the browser, and these few patterns do not need one.

use std::ops::Range;

/// Every place `term` occurs in `text`, as byte ranges.
///
/// - Case-insensitive for ASCII letters (all our word lists are ASCII).
/// - Whole words only: the match must start and end at a word boundary.
/// - A trailing `*` matches any ending (`apologi*` finds "apologise" and
///   "apologies"); the range then covers the whole word.
/// - A space matches any run of whitespace, so a phrase split across a line
///   break is still found; an apostrophe matches `'` or `’`.
pub(crate) fn find_term(text: &str, term: &str) -> Vec<Range<usize>> {
    let (term, prefix) = match term.strip_suffix('*') {
        Some(stem) => (stem, true),
        None => (term, false),
    };
    let term = term.to_ascii_lowercase();
    let Some(&first) = term.as_bytes().first() else {
        return Vec::new();
    };
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut from = 0;
    for (start, _) in text.char_indices() {
        if start < from || !bytes[start].eq_ignore_ascii_case(&first) {
            continue;
        }
        if ends_word(text, start) {
            continue;
        }
        let Some(mut end) = match_at(bytes, start, term.as_bytes()) else {
            continue;
        };
        if prefix {
            end += text[end..]
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(text.len() - end, |(offset, _)| offset);
        } else if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        found.push(start..end);
        from = end;
    }
    found
}

/// Whether the character just before `at` is part of a word, so a match
/// starting at `at` would begin mid-word.
fn ends_word(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Matches `term` (lowercase) against `text` from `at`; returns the end.
/// Stops only after whole characters, so the end is always a char boundary.
fn match_at(text: &[u8], mut at: usize, term: &[u8]) -> Option<usize> {
    const CURLY_APOSTROPHE: &[u8] = "\u{2019}".as_bytes();
    for &want in term {
        match want {
            b' ' => {
                let start = at;
                while at < text.len() && text[at].is_ascii_whitespace() {
                    at += 1;
                }
                if at == start {
                    return None;
                }
            }
            b'\'' if text[at..].starts_with(CURLY_APOSTROPHE) => at += CURLY_APOSTROPHE.len(),
            _ => {
                if at < text.len() && text[at].to_ascii_lowercase() == want {
                    at += 1;
                } else {
                    return None;
                }
            }
        }
    }
    Some(at)
}

/// Whether any of `terms` occurs in `text`.
pub(crate) fn contains_any(text: &str, terms: &[&str]) -> bool {
    terms.iter().any(|term| !find_term(text, term).is_empty())
}

/// Every occurrence of any of `terms`, in text order, overlaps removed.
pub(crate) fn find_all(text: &str, terms: &[&str]) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = terms.iter().flat_map(|t| find_term(text, t)).collect();
    crate::core::sort::sort_by_key(&mut found, |range| {
        (range.start, std::cmp::Reverse(range.end))
    });
    let mut kept: Vec<Range<usize>> = Vec::new();
    for range in found {
        if kept.last().is_none_or(|last| range.start >= last.end) {
            kept.push(range);
        }
    }
    kept
}

/// Sentences as trimmed byte ranges. A sentence ends at `.`, `!` or `?`
/// followed by whitespace or the end, and at every line break, so a greeting
/// line or a list item counts as its own sentence.
pub(crate) fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let end = match ch {
            '\n' => Some(at),
            '.' | '!' | '?' if chars.peek().is_none_or(|(_, next)| next.is_whitespace()) => {
                Some(at + 1)
            }
            _ => None,
        };
        if let Some(end) = end {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

/// Words (runs of non-whitespace) as byte ranges.
pub(crate) fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (at, ch) in text.char_indices() {
        match (ch.is_whitespace(), start) {
            (false, None) => start = Some(at),
            (true, Some(s)) => {
                out.push(s..at);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// `[bracketed]` placeholders on one line: what the renderer leaves for an
/// empty field, or what a user copied from elsewhere.
pub(crate) fn placeholders(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| i + from) {
        let rest = &text[open + 1..];
        let close = rest.find([']', '[', '\n']);
        match close {
            Some(len) if rest[len..].starts_with(']') && !rest[..len].trim().is_empty() => {
                out.push(open..open + 1 + len + 1);
                from = open + 1 + len + 1;
            }
            _ => from = open + 1,
        }
    }
    out
}

/// Money amounts: "$95,000", "€90k", "120k", "85,000 EUR", "70000 dollars".
/// Plain numbers (dates, counts, years) are not figures.
pub(crate) fn money_figures(text: &str) -> Vec<Range<usize>> {
    const CURRENCY_WORDS: &[&str] = &[
        "usd", "eur", "gbp", "chf", "cad", "aud", "inr", "dollars", "euros", "pounds", "francs",
    ];
    let all = words(text);
    let mut out = Vec::new();
    for (index, word) in all.iter().enumerate() {
        let token = trim_range(text, word.clone());
        let token_text = &text[token.clone()];
        if !token_text.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let symbol = token_text.chars().any(is_currency);
        let thousands = token_text.contains(',')
            && token_text.chars().filter(char::is_ascii_digit).count() >= 4;
        let digits_then_k = token_text.len() > 1
            && token_text.ends_with(['k', 'K'])
            && token_text[..token_text.len() - 1]
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.');
        let code_after = all
            .get(index + 1)
            .map(|next| trim_range(text, next.clone()))
            .filter(|next| {
                CURRENCY_WORDS
                    .iter()
                    .any(|w| text[next.clone()].eq_ignore_ascii_case(w))
            });
        if symbol || thousands || digits_then_k {
            out.push(token);
        } else if let Some(code) = code_after {
            out.push(token.start..code.end);
        }
    }
    out
}

/// Narrows a word's range to its figure: no surrounding brackets or commas.
fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let keep = |c: char| c.is_alphanumeric() || is_currency(c);
    let slice = &text[range.clone()];
    let start = slice.find(keep).map_or(slice.len(), |i| i);
    let end = slice
        .char_indices()
        .rev()
        .find(|(_, c)| keep(*c))
        .map_or(start, |(i, c)| i + c.len_utf8());
    range.start + start..range.start + end.max(start)
}

fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits<'a>(text: &'a str, term: &str) -> Vec<&'a str> {
        find_term(text, term)
            .into_iter()
            .map(|r| &text[r])
            .collect()
    }

    #[test]
    fn terms_match_whole_words_in_any_case() {
        assert_eq!(hits("Maybe later, MAYBE not", "maybe"), ["Maybe", "MAYBE"]);
        assert!(hits("maybelline", "maybe").is_empty());
        assert!(hits("thankful", "thank").is_empty());
        assert_eq!(hits("I think so", "i think"), ["I think"]);
        assert_eq!(hits("I\n think", "i think"), ["I\n think"]);
    }

    #[test]
    fn prefixes_cover_the_whole_word() {
        assert_eq!(hits("My apologies again.", "apologi*"), ["apologies"]);
        assert_eq!(hits("Thanks, and thank you", "thank*"), ["Thanks", "thank"]);
    }

    #[test]
    fn apostrophes_match_straight_or_curly() {
        assert_eq!(hits("I’m not sure", "i'm not sure"), ["I’m not sure"]);
        assert_eq!(hits("I'm not sure", "i'm not sure"), ["I'm not sure"]);
    }

    #[test]
    fn non_ascii_text_and_terms_keep_char_boundaries() {
        let text = "Merci, Société Générale — très bien";
        let found = find_term(text, "société générale");
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].clone()], "Société Générale");
    }

    #[test]
    fn sentences_split_on_stops_and_lines() {
        let text = "Dear Jo,\n\nThank you. I decline! Why? v1.2 stays.";
        let parts: Vec<&str> = sentences(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            [
                "Dear Jo,",
                "Thank you.",
                "I decline!",
                "Why?",
                "v1.2 stays."
            ]
        );
    }

    #[test]
    fn placeholders_need_closing_brackets_on_the_same_line() {
        let text = "Hi [contact name], see [x\n] and [] and [role].";
        let parts: Vec<&str> = placeholders(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(parts, ["[contact name]", "[role]"]);
    }

    #[test]
    fn money_figures_are_found_but_plain_numbers_are_not() {
        let text = "They offered $95,000 (or €90k), 120k, 85,000 EUR; 70000 dollars; I start on 3 May 2026.";
        let parts: Vec<&str> = money_figures(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            parts,
            ["$95,000", "€90k", "120k", "85,000", "70000 dollars"]
        );
    }
}
