//! Which markup may be written through an element's HTML property under Trusted Types.
//!
//! The app's own code never writes HTML from strings (a test scans the source for it);
//! Leptos's renderer does, to build each view's static skeleton in a
//! `<template>` (the user's text goes in later, as text nodes). The page's
//! default Trusted Types policy (`app::platform::trusted_types`) lets markup
//! through only when this says it can run nothing: no script or frame-like
//! element, no event-handler attribute, no `javascript:` address. A view's
//! skeleton never has any of them, so a refusal means something tried to
//! inject markup, and the write is blocked.

/// Whether `html` carries nothing that could run.
pub fn is_inert(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    const ACTIVE: [&str; 8] = [
        "<script",
        "<iframe",
        "<object",
        "<embed",
        "<frame",
        "javascript:",
        "srcdoc",
        "<base",
    ];
    if ACTIVE.iter().any(|a| lower.contains(a)) {
        return false;
    }
    // An attribute named on…= (onerror, onload): `on` after a space, a
    // slash or a quote, then letters, then `=`.
    let bytes = lower.as_bytes();
    (1..bytes.len()).all(|i| {
        let starts_name = matches!(
            bytes[i - 1],
            b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'"' | b'\''
        );
        if !starts_name || !lower[i..].starts_with("on") {
            return true;
        }
        let rest = &bytes[i + 2..];
        let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        let after = rest[letters..].iter().find(|b| !b.is_ascii_whitespace());
        letters == 0 || after != Some(&b'=')
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_views_skeleton_passes_and_anything_that_could_run_does_not() {
        let inert = [
            "",
            "<div class=\"notice\"><p></p><button type=\"button\" class=\"button\">Reload</button></div>",
            "<label for=\"x\">Only one</label><input id=\"x\" aria-label=\"online\">",
            "<p>Monday one on one</p>",
            "<svg viewBox=\"0 0 10 10\"><path d=\"M0 0\"></path></svg>",
        ];
        for html in inert {
            assert!(is_inert(html), "{html}");
        }
        let active = [
            "<script>alert(1)</script>",
            "<SCRIPT src=x>",
            "<img src=x onerror=alert(1)>",
            "<img src=x OnError = \"alert(1)\">",
            "<svg/onload=alert(1)>",
            "<a href=\"JavaScript:alert(1)\">x</a>",
            "<iframe srcdoc=\"x\"></iframe>",
            "<object data=x>",
            "<base href=\"//evil\">",
            "<div\nonclick='x'>",
        ];
        for html in active {
            assert!(!is_inert(html), "{html}");
        }
    }
}
