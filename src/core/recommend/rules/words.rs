//! Small wording helpers for headlines and reasons.

/// "a", "a and b", "a, b and c".
pub(super) fn join_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            // Grown in place: joining and then formatting would copy the
            // joined words into a second string.
            let mut words = rest.join(", ");
            words.push_str(" and ");
            words.push_str(last);
            words
        }
    }
}

/// Lower-cases the first letter, for a name used mid-sentence, but leaves a
/// word that starts with two capitals alone ("IT budget", "EU visa").
pub(super) fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    if chars.next().is_some_and(char::is_uppercase) {
        return text.to_string();
    }
    // Sized once; collecting the characters would grow the string as it goes.
    let mut out = String::with_capacity(text.len());
    out.extend(first.to_lowercase());
    out.push_str(&text[first.len_utf8()..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_words_lists_with_commas_and_a_final_and() {
        let cases: [(&[&str], &str); 4] = [
            (&[], ""),
            (&["pay"], "pay"),
            (&["pay", "title"], "pay and title"),
            (&["pay", "title", "start date"], "pay, title and start date"),
        ];
        for (items, expected) in cases {
            let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
            assert_eq!(join_words(&items), expected);
        }
    }

    #[test]
    fn lowercase_first_changes_only_the_first_letter_of_a_plain_word() {
        let cases = [
            ("", ""),
            ("B", "b"),
            ("Base pay", "base pay"),
            ("visa sponsorship: no", "visa sponsorship: no"),
            ("IT budget", "IT budget"),
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
