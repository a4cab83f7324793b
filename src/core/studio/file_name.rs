//! Safe names for downloaded drafts.

use crate::core::message_kind::MessageKind;

/// Longest stem we produce, so names fit comfortably in any file system.
const MAX_STEM: usize = 60;

/// A file name like `northwind-data-analyst-decline-role-fit.txt`: lowercase
/// ASCII letters, digits and hyphens only, so it is safe on every system.
/// Common accented letters are folded to their base letter; anything else
/// becomes a separator. With no company or role it is just the kind.
///
/// ```
/// use crossroads::core::message_kind::MessageKind;
/// use crossroads::core::studio::download_file_name;
///
/// assert_eq!(
///     download_file_name("Société Générale", "Risk / Analyst", MessageKind::ThankYou),
///     "societe-generale-risk-analyst-thank-you.txt"
/// );
/// ```
pub fn download_file_name(company: &str, role: &str, kind: MessageKind) -> String {
    let kind_words = kebab(&format!("{kind:?}"));
    let source = format!("{company} {role}");
    let mut stem = String::new();
    for ch in source.chars().flat_map(char::to_lowercase) {
        match fold(ch) {
            Some(letter) => stem.push(letter),
            None if !stem.is_empty() && !stem.ends_with('-') => stem.push('-'),
            None => {}
        }
    }
    let mut stem = stem.trim_end_matches('-').to_string();
    if stem.len() > MAX_STEM {
        stem.truncate(MAX_STEM);
        stem = stem.trim_end_matches('-').to_string();
    }
    if stem.is_empty() {
        format!("{kind_words}.txt")
    } else {
        format!("{stem}-{kind_words}.txt")
    }
}

/// `DeclineRoleFit` → `decline-role-fit`.
fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for ch in camel.chars() {
        if ch.is_ascii_uppercase() && !out.is_empty() {
            out.push('-');
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

/// The ASCII letter or digit for `ch`, if it has one.
fn fold(ch: char) -> Option<char> {
    if ch.is_ascii_alphanumeric() {
        return Some(ch);
    }
    let base = match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' | 'ß' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        'ť' => 't',
        'ď' => 'd',
        _ => return None,
    };
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_and_readable() {
        let rows = [
            (
                "Northwind",
                "Data Analyst",
                "northwind-data-analyst-decline-role-fit.txt",
            ),
            ("  ", "", "decline-role-fit.txt"),
            ("../../etc", "passwd", "etc-passwd-decline-role-fit.txt"),
            ("A&B, Inc.", "C++ Dev", "a-b-inc-c-dev-decline-role-fit.txt"),
            ("東京", "", "decline-role-fit.txt"),
        ];
        for (company, role, expected) in rows {
            assert_eq!(
                download_file_name(company, role, MessageKind::DeclineRoleFit),
                expected
            );
        }
    }

    #[test]
    fn long_names_are_cut_without_a_trailing_hyphen() {
        let name = download_file_name(&"word ".repeat(40), "", MessageKind::Reopen);
        let stem = name.trim_end_matches("-reopen.txt");
        assert!(stem.len() <= MAX_STEM);
        assert!(!stem.ends_with('-'));
        assert!(name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.'));
    }
}
