//! The wording helpers every part of the core shares: lists in English and a
//! name lowered for the middle of a sentence. One copy of each, so a headline,
//! a reason and a message can never disagree on how "IT budget" is written.

/// Joins the non-blank items as an English list: "a", "a and b",
/// "a, b and c". Items are trimmed; blank ones are left out.
pub fn join_words<S: AsRef<str>>(items: &[S]) -> String {
    join_words_with(items, ", ", " and ")
}

/// [`join_words`] with other separators, e.g. `"; "` and `"; and "` for
/// items that hold commas of their own.
pub fn join_words_with<S: AsRef<str>>(items: &[S], separator: &str, last: &str) -> String {
    let items: Vec<&str> = items
        .iter()
        .map(|item| item.as_ref().trim())
        .filter(|item| !item.is_empty())
        .collect();
    match items.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., final_item] => {
            // Grown in place: joining and then formatting would copy the
            // joined words into a second string.
            let mut words = rest.join(separator);
            words.push_str(last);
            words.push_str(final_item);
            words
        }
    }
}

/// A name lowered for the middle of a sentence ("Base pay" → "base pay").
/// Only plain capitalised words change (a capital, then lowercase letters):
/// acronyms and brand spellings keep their case ("IT budget", "EU visa",
/// "iPhone team"). The first word is lowered; later words only when the name
/// is written in title case ("Car Allowance" → "car allowance"), so a place
/// or company inside an ordinary name keeps its capital ("Time in London").
/// Surrounding space is trimmed.
pub fn lowercase_first(text: &str) -> String {
    let text = text.trim();
    let plain = |word: &str| {
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase) && !chars.any(char::is_uppercase)
    };
    let title_case = text
        .split(' ')
        .filter(|w| !w.is_empty())
        .all(|w| w.chars().next().is_some_and(|c| !c.is_lowercase()));
    // Sized once; the words are pushed in place.
    let mut out = String::with_capacity(text.len() + 2);
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if (i == 0 || title_case) && plain(word) {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_lowercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(word);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_like_english() {
        let cases: [(&[&str], &str); 6] = [
            (&[], ""),
            (&["pay"], "pay"),
            (&["pay", "title"], "pay and title"),
            (&["pay", "title", "start date"], "pay, title and start date"),
            (&["pay", " ", "title", " start "], "pay, title and start"),
            (&["  "], ""),
        ];
        for (items, expected) in cases {
            assert_eq!(join_words(items), expected, "joining {items:?}");
        }
        assert_eq!(
            join_words_with(&["a, b", "c", "d"], "; ", "; and "),
            "a, b; c; and d"
        );
    }

    #[test]
    fn lowercase_first_changes_only_a_plain_capitalised_first_word() {
        let cases = [
            ("", ""),
            ("B", "b"),
            ("Base pay", "base pay"),
            (" Work–life balance ", "work–life balance"),
            ("visa sponsorship: no", "visa sponsorship: no"),
            ("IT budget", "IT budget"),
            ("EU visa", "EU visa"),
            ("iPhone team", "iPhone team"),
            ("Time in London", "time in London"),
            ("Car Allowance", "car allowance"),
            ("  Sign-on bonus ", "sign-on bonus"),
            ("Remote Work For IT", "remote work for IT"),
            ("ÉTÉ", "ÉTÉ"),
            ("Été", "été"),
            // Lower-casing can lengthen a letter: İ becomes i and a combining dot.
            ("İstanbul office", "i\u{307}stanbul office"),
        ];
        for (text, expected) in cases {
            assert_eq!(lowercase_first(text), expected, "lower-casing {text:?}");
        }
    }
}
