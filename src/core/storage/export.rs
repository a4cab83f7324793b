//! The plain export file: one JSON document with the schema version inside.
//!
//! ```json
//! {
//!   "app": "crossroads",
//!   "kind": "export",
//!   "schema_version": 2,
//!   "exported_on": "2026-11-22",
//!   "workspace": { "version": 2, "opportunities": [], "...": "..." }
//! }
//! ```

use crate::core::date::Date;
use crate::core::model::{Workspace, CURRENT_VERSION};
use serde::Serialize;

/// The `app` field of every file Crossroads writes.
pub const EXPORT_APP: &str = "crossroads";

#[derive(Serialize)]
struct ExportFile<'a> {
    app: &'static str,
    kind: &'static str,
    schema_version: u32,
    exported_on: Date,
    workspace: &'a Workspace,
}

/// The export file's text for `workspace`, made on `today`.
pub fn export_json(workspace: &Workspace, today: Date) -> String {
    let file = ExportFile {
        app: EXPORT_APP,
        kind: "export",
        schema_version: CURRENT_VERSION,
        exported_on: today,
        workspace,
    };
    // Serialising plain data into a string cannot fail. Compact, like the
    // stored document: a pretty printer would add a second copy of every
    // serialiser to the app.
    serde_json::to_string(&file).unwrap_or_default()
}

/// `crossroads-2026-11-22.json`, or `crossroads-2026-11-22-encrypted.json`.
pub fn export_file_name(today: Date, encrypted: bool) -> String {
    let suffix = if encrypted { "-encrypted" } else { "" };
    format!("crossroads-{today}{suffix}.json")
}
