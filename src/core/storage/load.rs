//! Reading the stored document, with an outcome for every way it can go wrong.

use super::migrate::migrate;
use crate::core::model::{Workspace, CURRENT_VERSION};
use serde_json::Value;

/// What the app found in storage at start.
///
/// Every bad outcome carries the original text so the user can download it;
/// the app must not write over it until the user chooses.
// Made once per load or import and matched at once; a Box would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum LoadOutcome {
    /// Data was read (and migrated to the current shape if it was older), or
    /// nothing was stored yet and this is a fresh start.
    Ok(Workspace),
    /// The stored text is not JSON.
    Corrupt {
        /// The stored text, untouched.
        original: String,
    },
    /// The text is JSON but not in a shape this version can read.
    WrongShape {
        /// The stored text, untouched.
        original: String,
        /// What did not fit, in a few words (for the curious; the banner
        /// does not depend on it).
        detail: String,
    },
    /// The data was saved by a newer version of the app.
    NewerVersion {
        /// The stored text, untouched.
        original: String,
        /// The version found.
        version: u64,
    },
    /// The browser does not let the app use storage at all (private modes,
    /// blocked site data). The platform layer decides this; the core only
    /// names it.
    Unavailable,
}

impl LoadOutcome {
    /// The original text when it could not be read, for "Download the original".
    pub fn original(&self) -> Option<&str> {
        match self {
            LoadOutcome::Corrupt { original }
            | LoadOutcome::WrongShape { original, .. }
            | LoadOutcome::NewerVersion { original, .. } => Some(original),
            LoadOutcome::Ok(_) | LoadOutcome::Unavailable => None,
        }
    }
}

/// Why a text is not a workspace this version can use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a workspace of a known shape.
    WrongShape(String),
    /// A workspace from a newer version of the app.
    NewerVersion(u64),
}

/// Reads a stored workspace document: parses, checks the version, migrates
/// older shapes and deserialises. Never panics, whatever the text.
///
/// The typed workspace is always read from text, never from a parsed
/// `Value`: `serde_json::from_value` would compile a second copy of every
/// model type's deserialiser into the app, tens of kilobytes of wasm.
pub fn read_workspace(text: &str) -> Result<Workspace, ReadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| ReadError::NotJson)?;
    let Value::Object(document) = value else {
        return Err(ReadError::WrongShape(
            "the data is not a JSON object".into(),
        ));
    };
    // A document without a version predates nothing: version 1 was the first
    // shape stored, and every field has a default.
    let version = match document.get("version") {
        None => u64::from(CURRENT_VERSION),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| ReadError::WrongShape("the version is not a whole number".into()))?,
    };
    if version > u64::from(CURRENT_VERSION) {
        return Err(ReadError::NewerVersion(version));
    }
    if version == 0 {
        return Err(ReadError::WrongShape("version 0 never existed".into()));
    }
    let typed =
        |text: &str| serde_json::from_str(text).map_err(|e| ReadError::WrongShape(e.to_string()));
    if version == u64::from(CURRENT_VERSION) {
        return typed(text);
    }
    // `version` is now 1..CURRENT_VERSION, so it fits in u32.
    let document = migrate(document, version as u32).map_err(ReadError::WrongShape)?;
    typed(&Value::Object(document).to_string())
}

/// Turns what storage held under the app's key into an outcome. `None` means
/// nothing was stored: a fresh start with an empty workspace.
pub fn load_stored(stored: Option<&str>) -> LoadOutcome {
    let Some(text) = stored else {
        return LoadOutcome::Ok(Workspace::default());
    };
    match read_workspace(text) {
        Ok(workspace) => LoadOutcome::Ok(workspace),
        Err(ReadError::NotJson) => LoadOutcome::Corrupt {
            original: text.to_string(),
        },
        Err(ReadError::WrongShape(detail)) => LoadOutcome::WrongShape {
            original: text.to_string(),
            detail,
        },
        Err(ReadError::NewerVersion(version)) => LoadOutcome::NewerVersion {
            original: text.to_string(),
            version,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn each_stored_text_gets_its_outcome() {
        assert_eq!(load_stored(None), LoadOutcome::Ok(Workspace::default()));
        let saved = serde_json::to_string(&Workspace::sample(
            crate::core::date::Date::from_ymd(2026, 3, 2).unwrap(),
        ))
        .unwrap();
        assert!(matches!(load_stored(Some(&saved)), LoadOutcome::Ok(w) if w.is_sample));
        assert!(matches!(load_stored(Some("")), LoadOutcome::Corrupt { .. }));
        assert!(matches!(
            load_stored(Some("{\"opportunities\": [")),
            LoadOutcome::Corrupt { .. }
        ));
        assert!(matches!(
            load_stored(Some("[1, 2]")),
            LoadOutcome::WrongShape { .. }
        ));
        assert!(matches!(
            load_stored(Some("\"text\"")),
            LoadOutcome::WrongShape { .. }
        ));
        assert!(matches!(
            load_stored(Some(r#"{"opportunities": "three"}"#)),
            LoadOutcome::WrongShape { .. }
        ));
        assert!(matches!(
            load_stored(Some(r#"{"version": "1"}"#)),
            LoadOutcome::WrongShape { .. }
        ));
        assert!(matches!(
            load_stored(Some(r#"{"version": 0}"#)),
            LoadOutcome::WrongShape { .. }
        ));
        assert_eq!(
            load_stored(Some(r#"{"version": 99, "future": true}"#)),
            LoadOutcome::NewerVersion {
                original: r#"{"version": 99, "future": true}"#.into(),
                version: 99
            }
        );
    }

    #[test]
    fn a_bad_outcome_keeps_the_original_byte_for_byte() {
        let text = "{\"version\": 1, \"opportunities\": 7, \"notes\": \"é \u{200b} 🙂\"}";
        let outcome = load_stored(Some(text));
        assert_eq!(outcome.original(), Some(text));
    }

    proptest! {
        #[test]
        fn loading_never_panics_on_any_text(text in ".*") {
            let _ = load_stored(Some(&text));
        }

        #[test]
        fn loading_never_panics_on_json_like_text(text in r#"[\[\]{}":,0-9a-z_ .\-]{0,200}"#) {
            let outcome = load_stored(Some(&text));
            if let Some(original) = outcome.original() {
                prop_assert_eq!(original, text.as_str());
            }
        }
    }
}
