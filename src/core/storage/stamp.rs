//! Which build of the app wrote the stored document, so a tab still running
//! an older build never saves over data a newer one wrote.
//!
//! A newer build may bump the data version (a migration ran) or only add a
//! field with a default: either way an older build reads the document
//! without the new parts and would save it back without them. So every save
//! writes a `build` number beside the `version`, and before each save a tab
//! whose stored text changed under it compares that stamp with its own.

use crate::core::model::{Workspace, CURRENT_VERSION};
use serde_json::Value;

/// This build's number: the time (Unix seconds) of the commit it was built
/// from, set by `scripts/build.sh` through `CROSSROADS_BUILD`. Later commits
/// get larger numbers, and a rebuild of the same commit the same one. A
/// build made without it (tests, `trunk serve`) is 0, older than any release.
pub const BUILD: u64 = parse_build(option_env!("CROSSROADS_BUILD"));

const fn parse_build(text: Option<&str>) -> u64 {
    let Some(text) = text else { return 0 };
    let bytes = text.as_bytes();
    let mut n: u64 = 0;
    let mut i = 0;
    while i < bytes.len() {
        let digit = bytes[i];
        if !digit.is_ascii_digit() || n > u64::MAX / 10 - 1 {
            return 0;
        }
        n = n * 10 + (digit - b'0') as u64;
        i += 1;
    }
    n
}

/// The data version and the build that wrote a stored document. Ordered by
/// version first, then build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    /// The data version (`version`).
    pub version: u64,
    /// The build number (`build`); 0 when the writer did not say (builds
    /// from before stamps existed).
    pub build: u64,
}

impl Stamp {
    /// This build's stamp.
    pub const fn ours() -> Stamp {
        Stamp {
            version: CURRENT_VERSION as u64,
            build: BUILD,
        }
    }

    /// The stamp of a stored text, or `None` when it is not a JSON object
    /// with whole numbers (or nothing) in those two fields. Parses into a
    /// `Value`, whose reader the app has anyway: a typed reader for two
    /// fields would add its own code to the download. It runs only when the
    /// stored text changed under this tab.
    pub fn read(text: &str) -> Option<Stamp> {
        let value: Value = serde_json::from_str(text).ok()?;
        let document = value.as_object()?;
        let field = |name: &str, absent: u64| match document.get(name) {
            None | Some(Value::Null) => Some(absent),
            Some(v) => v.as_u64(),
        };
        Some(Stamp {
            // No version means the current shape (see `read_workspace`).
            version: field("version", u64::from(CURRENT_VERSION))?,
            build: field("build", 0)?,
        })
    }
}

/// Whether a stored text was written by a newer build than `ours`: then this
/// tab must not save over it. Text that cannot be read has no stamp and is
/// not newer (the load rules decide what to do with it).
pub fn written_by_newer(stored: Option<&str>, ours: Stamp) -> bool {
    stored.and_then(Stamp::read).is_some_and(|s| s > ours)
}

/// The text to store for `workspace`, stamped with `build` and with its
/// revision `rev` and the `parent` revision it started from, if that had
/// one (see [`super::Lineage`]).
pub fn stamped(workspace: &Workspace, build: u64, rev: &str, parent: Option<&str>) -> String {
    let text = serde_json::to_string(workspace).unwrap_or_default();
    // A workspace always serialises to a non-empty object, `{"version":…}`;
    // the stamp goes in front without a second serialiser in the app.
    let Some(rest) = text.strip_prefix('{') else {
        return text;
    };
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_default();
    format!(
        "{{\"build\":{build},\"rev\":{},\"parent\":{},{rest}",
        quoted(rev),
        quoted(parent.unwrap_or_default())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::storage::{load_stored, LoadOutcome};

    #[test]
    fn a_stamped_save_loads_back_and_says_who_wrote_it() {
        let w = Workspace::sample(crate::core::date::Date::from_ymd(2026, 11, 2).unwrap());
        let text = stamped(&w, 1_764_000_000, "r1", None);
        assert_eq!(load_stored(Some(&text)), LoadOutcome::Ok(w.clone()));
        // Revisions are the app's own ids; anything else is still escaped.
        let odd = stamped(&w, 1, "a\"b\\", Some("\\"));
        assert_eq!(load_stored(Some(&odd)), LoadOutcome::Ok(w.clone()));
        assert_eq!(
            Stamp::read(&text),
            Some(Stamp {
                version: u64::from(CURRENT_VERSION),
                build: 1_764_000_000
            })
        );
    }

    #[test]
    fn only_a_higher_version_or_a_later_build_of_it_is_newer() {
        let ours = Stamp {
            version: 3,
            build: 100,
        };
        let rows = [
            // (stored text, newer than ours?)
            (None, false),
            (Some(r#"{"version": 3, "build": 100}"#), false),
            (Some(r#"{"version": 3, "build": 99}"#), false),
            (Some(r#"{"version": 3}"#), false),
            (Some(r#"{"version": 2, "build": 900}"#), false),
            (Some(r#"{"version": 3, "build": 101}"#), true),
            (Some(r#"{"version": 4}"#), true),
            (Some(r#"{"version": 4, "build": 1}"#), true),
            // No version is the current one.
            (Some(r#"{"build": 101}"#), true),
            // Unreadable stamps are not this check's business.
            (Some(r#"{"version": "9", "build": 101}"#), false),
            (Some(r#"{"version": 3, "build": -5}"#), false),
            (Some("[4]"), false),
            (Some("not json"), false),
        ];
        for (stored, newer) in rows {
            assert_eq!(written_by_newer(stored, ours), newer, "{stored:?}");
        }
    }

    #[test]
    fn the_build_number_is_read_from_digits_only() {
        assert_eq!(parse_build(None), 0);
        assert_eq!(parse_build(Some("1764000000")), 1_764_000_000);
        assert_eq!(parse_build(Some("")), 0);
        assert_eq!(parse_build(Some("17x")), 0);
        assert_eq!(parse_build(Some("99999999999999999999999")), 0);
    }
}
