//! `mailto:` links that open the user's mail app with the draft in place
//! (RFC 6068).
//!
//! Everything outside the unreserved set is percent-encoded as UTF-8, so
//! `&`, `?`, `#`, `%`, `=`, `+` and non-ASCII letters survive the trip, and
//! every line break becomes `%0D%0A` as the RFC asks.

/// Builds `mailto:{to}?subject=…&body=…`. Empty parts are left out; `to` may
/// be empty (the user picks the recipient in the mail app) or a
/// comma-separated list.
///
/// ```
/// use crossroads::core::studio::mailto_url;
///
/// assert_eq!(
///     mailto_url("jo@example.com", "Q&A", "Hi Jo,\nThanks"),
///     "mailto:jo@example.com?subject=Q%26A&body=Hi%20Jo%2C%0D%0AThanks"
/// );
/// ```
pub fn mailto_url(to: &str, subject: &str, body: &str) -> String {
    let addresses: Vec<String> = to
        .split(',')
        .map(str::trim)
        .filter(|address| !address.is_empty())
        .map(|address| encode(address, b"@"))
        .collect();
    let mut url = format!("mailto:{}", addresses.join(","));
    let mut separator = '?';
    for (name, value) in [("subject", subject.to_string()), ("body", crlf(body))] {
        if value.is_empty() {
            continue;
        }
        url.push(separator);
        url.push_str(name);
        url.push('=');
        url.push_str(&encode(&value, b""));
        separator = '&';
    }
    url
}

/// Every line break as CRLF: lone `\n`, lone `\r` and `\r\n` alike.
fn crlf(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\n', "\r\n")
}

/// Percent-encodes all but unreserved characters (RFC 3986) and `keep`.
fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_table() {
        let rows = [
            ("plain", "a", "", "mailto:?subject=a"),
            ("space", "a b", "", "mailto:?subject=a%20b"),
            (
                "reserved",
                "&?#%=+",
                "",
                "mailto:?subject=%26%3F%23%25%3D%2B",
            ),
            (
                "non-ASCII",
                "Café ü €",
                "",
                "mailto:?subject=Caf%C3%A9%20%C3%BC%20%E2%82%AC",
            ),
            ("LF becomes CRLF", "", "a\nb", "mailto:?body=a%0D%0Ab"),
            ("CRLF stays CRLF", "", "a\r\nb", "mailto:?body=a%0D%0Ab"),
            ("lone CR becomes CRLF", "", "a\rb", "mailto:?body=a%0D%0Ab"),
            ("blank line", "", "a\n\nb", "mailto:?body=a%0D%0A%0D%0Ab"),
            ("both parts", "S", "B", "mailto:?subject=S&body=B"),
            ("nothing", "", "", "mailto:"),
        ];
        for (name, subject, body, expected) in rows {
            assert_eq!(mailto_url("", subject, body), expected, "{name}");
        }
    }

    #[test]
    fn addresses_keep_at_and_commas_but_encode_the_rest() {
        assert_eq!(
            mailto_url("a@x.org, b+c@y.org", "", ""),
            "mailto:a@x.org,b%2Bc@y.org"
        );
    }
}
