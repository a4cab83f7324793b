//! Keeping the user's data safe: reading what was stored, migrating older
//! shapes, export and import files, merging, undo and backup reminders.
//!
//! Everything here is plain Rust working on text and [`Workspace`] values; the
//! browser side (`app::platform::storage`) only moves strings in and out of
//! `localStorage` and files. The rule that runs through it all: **nothing the
//! user typed is ever thrown away**. A stored text that cannot be read is
//! reported with the original text kept, never replaced by an empty workspace
//! behind the user's back; an import that cannot be read changes nothing.
//!
//! ```
//! use crossroads::core::storage::{load_stored, LoadOutcome};
//!
//! // Text that is not JSON is reported, and the original is kept to download.
//! match load_stored(Some("{ not json")) {
//!     LoadOutcome::Corrupt { original } => assert_eq!(original, "{ not json"),
//!     other => panic!("unexpected {other:?}"),
//! }
//! ```
//!
//! [`Workspace`]: crate::core::model::Workspace

mod backup;
mod base64;
mod encrypted;
mod export;
mod import;
mod lineage;
mod load;
mod merge;
mod migrate;
mod preview;
mod space;
mod stamp;
mod tabs;
mod undo;

pub use backup::{has_user_data, StorageMeta, BACKUP_REMINDER_DAYS};
pub use base64::{decode as base64_decode, encode as base64_encode};
pub use encrypted::{EncryptedExport, IV_LEN, KDF_ITERATIONS, SALT_LEN};
pub use export::{export_file_name, export_json, EXPORT_APP};
pub use import::{parse_import, ImportError, Incoming, MAX_IMPORT_BYTES};
pub use lineage::{merge_base, Base, Lineage, Replaced};
pub use load::{load_stored, read_workspace, LoadOutcome, ReadError};
pub use merge::merge_import;
pub use migrate::{migrate, MIGRATIONS};
pub use preview::{contents_phrase, count_phrase, ImportPreview};
pub use space::{space_warning, STORAGE_CAP_UNITS, WARN_FROM_UNITS};
pub use stamp::{stamped, written_by_newer, Stamp, BUILD};
pub use tabs::merge_from_other_tab;
pub use undo::Deletion;
