//! Reading a file the user picked. Accepts a plain export, an encrypted
//! export (decrypted by the browser, then read again here) and a bare stored
//! document (what "Download the original" saves). Whatever the bytes, it
//! returns an answer and never panics; on any error the caller changes nothing.

use super::encrypted::EncryptedExport;
use super::export::EXPORT_APP;
use super::load::{read_workspace, ReadError};
use crate::core::date::Date;
use crate::core::model::{Workspace, CURRENT_VERSION};
use crate::core::number::fixed;
use serde_json::Value;
use std::fmt;

/// The largest file read: 4 MB. Browsers keep about 5 MB per site, so a larger
/// file could not be stored anyway; real exports are a few hundred KB at most.
pub const MAX_IMPORT_BYTES: usize = 4 * 1024 * 1024;

/// A file that was read.
// Made once per load or import and matched at once; a Box would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// Readable data, migrated to the current shape.
    Plain {
        /// What the file holds.
        workspace: Workspace,
        /// The day it was exported, when the file says.
        exported_on: Option<Date>,
    },
    /// An encrypted export: ask for the passphrase, decrypt, then read the
    /// plaintext with [`parse_import`] again.
    Encrypted(EncryptedExport),
}

/// Why a file cannot be imported. Each message ends by saying nothing changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// Not text, or text that is not JSON.
    NotJson,
    /// JSON, but not a Crossroads file of a shape this version reads.
    WrongShape(String),
    /// Made by a newer version of the app.
    NewerVersion(u64),
    /// The passphrase does not open the encrypted file.
    WrongPassphrase,
}

fn megabytes(bytes: usize) -> String {
    format!("{} MB", fixed(bytes as f64 / (1024.0 * 1024.0), 1))
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is {}, and Crossroads reads files up to {}. Its own exports are much smaller, so check that you picked the right file. Nothing was changed.",
                megabytes(*bytes),
                megabytes(MAX_IMPORT_BYTES)
            ),
            ImportError::NotJson => f.write_str(
                "This file is not a Crossroads export: it does not contain JSON text. Nothing was changed.",
            ),
            ImportError::WrongShape(detail) => write!(
                f,
                "This file is not in the shape of a Crossroads export ({detail}). Nothing was changed."
            ),
            ImportError::NewerVersion(version) => write!(
                f,
                "This file was made by a newer version of Crossroads (data version {version}; this one reads up to {CURRENT_VERSION}). Reload the app to update it, then try again. Nothing was changed."
            ),
            ImportError::WrongPassphrase => f.write_str(
                "That passphrase does not open this file. Check it and try again. Nothing was changed.",
            ),
        }
    }
}

impl From<ReadError> for ImportError {
    fn from(error: ReadError) -> Self {
        match error {
            ReadError::NotJson => ImportError::NotJson,
            ReadError::WrongShape(detail) => ImportError::WrongShape(detail),
            ReadError::NewerVersion(v) => ImportError::NewerVersion(v),
        }
    }
}

/// Reads a picked file's bytes.
pub fn parse_import(bytes: &[u8]) -> Result<Incoming, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotJson)?;
    // Some editors save a byte-order mark; JSON parsers refuse it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    if !value.is_object() {
        return Err(ImportError::WrongShape("it is not a JSON object".into()));
    }
    if EncryptedExport::is_claimed_by(&value) {
        let envelope: EncryptedExport = serde_json::from_str(text)
            .map_err(|_| ImportError::WrongShape("its encryption details are missing".into()))?;
        envelope.validate().map_err(ImportError::WrongShape)?;
        return Ok(Incoming::Encrypted(envelope));
    }
    if value.get("app").and_then(Value::as_str) == Some(EXPORT_APP) {
        return read_export(value);
    }
    // A bare stored document, as saved by "Download the original". Arbitrary
    // JSON objects would load as an empty workspace (every field has a
    // default), so require the field every stored document has.
    if value.get("version").is_some() {
        let workspace = read_workspace(text)?;
        return Ok(Incoming::Plain {
            workspace,
            exported_on: None,
        });
    }
    Err(ImportError::WrongShape(
        "it is JSON, but not data saved by Crossroads".into(),
    ))
}

fn read_export(mut value: Value) -> Result<Incoming, ImportError> {
    if value.get("kind").and_then(Value::as_str) != Some("export") {
        return Err(ImportError::WrongShape("it is not an export".into()));
    }
    if let Some(v) = value.get("schema_version").and_then(Value::as_u64) {
        if v > u64::from(CURRENT_VERSION) {
            return Err(ImportError::NewerVersion(v));
        }
    }
    let exported_on = value
        .get("exported_on")
        .and_then(Value::as_str)
        .and_then(|s| Date::parse(s).ok());
    let workspace = value
        .get_mut("workspace")
        .map(Value::take)
        .ok_or_else(|| ImportError::WrongShape("it holds no data".into()))?;
    let workspace = read_workspace(&workspace.to_string())?;
    Ok(Incoming::Plain {
        workspace,
        exported_on,
    })
}

#[cfg(test)]
mod tests {
    use super::super::export::export_json;
    use super::*;
    use proptest::prelude::*;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 22).unwrap()
    }

    #[test]
    fn an_export_reads_back_as_the_same_workspace() {
        let w = Workspace::sample(today());
        let file = export_json(&w, today());
        assert_eq!(
            parse_import(file.as_bytes()),
            Ok(Incoming::Plain {
                workspace: w.clone(),
                exported_on: Some(today())
            })
        );
        // With a byte-order mark, as some editors save it.
        let with_bom = format!("\u{feff}{file}");
        assert!(matches!(
            parse_import(with_bom.as_bytes()),
            Ok(Incoming::Plain { .. })
        ));
        // A bare stored document ("Download the original").
        let bare = serde_json::to_string(&w).unwrap();
        assert!(
            matches!(parse_import(bare.as_bytes()), Ok(Incoming::Plain { workspace, exported_on: None }) if workspace == w)
        );
    }

    #[test]
    fn every_bad_file_gets_a_clear_error() {
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        let rows: [(&[u8], ImportError); 8] = [
            (
                &big,
                ImportError::TooLarge {
                    bytes: MAX_IMPORT_BYTES + 1,
                },
            ),
            (b"\xff\xfe\x00", ImportError::NotJson),
            (b"name,company\nA,B", ImportError::NotJson),
            (
                b"[]",
                ImportError::WrongShape("it is not a JSON object".into()),
            ),
            (
                br#"{"hello": "world"}"#,
                ImportError::WrongShape("it is JSON, but not data saved by Crossroads".into()),
            ),
            (
                br#"{"app": "crossroads", "kind": "export", "schema_version": 1}"#,
                ImportError::WrongShape("it holds no data".into()),
            ),
            (
                br#"{"app": "crossroads", "kind": "export", "schema_version": 7, "workspace": {}}"#,
                ImportError::NewerVersion(7),
            ),
            (br#"{"version": 99}"#, ImportError::NewerVersion(99)),
        ];
        for (bytes, expected) in rows {
            assert_eq!(parse_import(bytes), Err(expected));
        }
        let shape = parse_import(br#"{"version": 1, "contacts": {"a": 1}}"#);
        assert!(matches!(shape, Err(ImportError::WrongShape(_))));
    }

    #[test]
    fn messages_are_plain_and_say_nothing_changed() {
        let errors = [
            ImportError::TooLarge {
                bytes: 7 * 1024 * 1024,
            },
            ImportError::NotJson,
            ImportError::WrongShape("x".into()),
            ImportError::NewerVersion(2),
            ImportError::WrongPassphrase,
        ];
        for e in errors {
            let text = e.to_string();
            assert!(text.ends_with("Nothing was changed."), "{text}");
            assert!(!text.contains('!'), "{text}");
        }
        assert!(ImportError::TooLarge {
            bytes: 7 * 1024 * 1024
        }
        .to_string()
        .contains("7.0 MB"));
    }

    proptest! {
        #[test]
        fn never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let _ = parse_import(&bytes);
        }

        #[test]
        fn never_panics_on_json_shaped_text(text in r#"[\[\]{}":,0-9a-z_ .\-]{0,300}"#) {
            let _ = parse_import(text.as_bytes());
        }

        #[test]
        fn never_panics_on_mutated_exports(position in 0usize..4000, byte in any::<u8>(), cut in 0usize..4000) {
            let mut file = export_json(&Workspace::sample(today()), today()).into_bytes();
            let at = position % file.len();
            file[at] = byte;
            file.truncate(file.len() - cut % file.len());
            let _ = parse_import(&file);
        }
    }
}
