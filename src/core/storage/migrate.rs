//! Migrations: one function for every change in the shape of the stored
//! document, applied in order until the document reaches
//! [`CURRENT_VERSION`].
//!
//! Version 1 is the first shape ever stored, so the list is empty today. When
//! a field is renamed, moved or changes meaning, bump `CURRENT_VERSION`, add a
//! step here that rewrites the JSON of the old version into the new one, and
//! commit a fixture `tests/fixtures/workspace-v{old}.json` saved by the old
//! version: `tests/storage_migrations.rs` loads every fixture through every
//! step. Adding a field with a sensible default needs no migration — every
//! model struct is `#[serde(default)]`.

use crate::core::model::CURRENT_VERSION;
use serde_json::{Map, Value};

/// A step that turns a document of one version into the next one.
pub type Migration = fn(Map<String, Value>) -> Result<Map<String, Value>, String>;

/// Every migration as `(from_version, step)`, oldest first. A step from
/// version `n` produces version `n + 1`.
pub const MIGRATIONS: &[(u32, Migration)] = &[];

/// Brings a stored document of version `from` up to [`CURRENT_VERSION`].
///
/// Returns the reason when a step cannot make sense of the document, or when
/// no step is known for a version (which a test rules out for every version
/// up to the current one).
pub fn migrate(mut document: Map<String, Value>, from: u32) -> Result<Map<String, Value>, String> {
    let mut version = from;
    while version < CURRENT_VERSION {
        let Some((_, step)) = MIGRATIONS.iter().find(|(v, _)| *v == version) else {
            return Err(format!("no way to update data of version {version}"));
        };
        document = step(document)?;
        version += 1;
        document.insert("version".to_string(), Value::from(version));
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_exactly_one_step_for_every_old_version() {
        let mut from: Vec<u32> = MIGRATIONS.iter().map(|(v, _)| *v).collect();
        from.sort_unstable();
        let expected: Vec<u32> = (1..=CURRENT_VERSION)
            .filter(|v| *v != CURRENT_VERSION)
            .collect();
        assert_eq!(
            from, expected,
            "one step from each old version, none from the current one"
        );
    }

    #[test]
    fn a_current_document_passes_through_unchanged() {
        let mut doc = Map::new();
        doc.insert("version".into(), Value::from(CURRENT_VERSION));
        doc.insert("walk_away_line".into(), Value::from(40));
        assert_eq!(migrate(doc.clone(), CURRENT_VERSION), Ok(doc));
    }
}
