//! The user's data in the browser: loading at start, saving after each
//! change, other tabs, backup and restore, erase and undo — and the banners
//! and panels that tell the user about each.
//!
//! [`StoredData::load`] reads storage at start and [`provide_data`] puts a
//! [`DataContext`] around the app's workspace signal in context;
//! screens read and change `data.workspace` and saving follows on its own.
//! The rules (what a bad load means, how merges work) live in
//! [`crate::core::storage`]; this module only applies them to the browser.

mod archive_panel;
mod backup_reminder;
mod context;
mod erase_panel;
mod export_panel;
mod import_panel;
mod load_banner;
mod newer_banner;
mod persistence;
mod save_warning;
mod space_warning;
mod storage_status;
mod undo_bar;

pub use archive_panel::ArchivePanel;
pub use backup_reminder::BackupReminder;
pub use context::{provide_data, use_data, DataContext, SaveState, StoredData};
pub use erase_panel::ErasePanel;
pub use export_panel::ExportPanel;
pub use import_panel::ImportPanel;
pub use load_banner::LoadBanner;
pub use newer_banner::NewerBanner;
pub use save_warning::SaveWarning;
pub use space_warning::SpaceWarning;
pub use storage_status::StorageStatus;
pub use undo_bar::UndoBar;
