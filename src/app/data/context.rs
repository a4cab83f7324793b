//! The data context: the workspace signal plus everything known about where
//! it is kept, and the actions that change it as a whole.

use super::persistence;
use crate::app::platform::persist::PersistAnswer;
use crate::app::platform::storage::{self, META_KEY, WORKSPACE_KEY};
use crate::app::state::{new_id, today};
use crate::core::date::Date;
use crate::core::model::Workspace;
use crate::core::storage::{
    has_user_data, load_stored, merge_base, merge_import, stamped, written_by_newer, Deletion,
    Lineage, LoadOutcome, Replaced, Stamp, StorageMeta, BUILD,
};
use js_sys::JsString;
use leptos::prelude::*;

/// How the last save went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveState {
    /// Stored (or nothing to store yet).
    Saved,
    /// The browser's storage is full: changes are only in memory.
    QuotaFull,
    /// The browser refused to store for another reason.
    Refused,
}

/// Everything about the user's data, shared by every screen.
#[derive(Clone, Copy)]
pub struct DataContext {
    /// Everything the user keeps. Change it and saving follows (debounced).
    pub workspace: RwSignal<Workspace>,
    /// What went wrong at start (never [`LoadOutcome::Ok`]). While set,
    /// nothing is written over the stored original, until the user chooses.
    pub problem: RwSignal<Option<LoadOutcome>>,
    /// How the last save went.
    pub save_state: RwSignal<SaveState>,
    /// A newer build of the app saved over what this tab loaded: this tab
    /// stops saving for good (until reloaded), and its unsaved changes stay
    /// in memory for the user to download.
    pub superseded: RwSignal<bool>,
    /// The length of the stored text in UTF-16 code units, as browsers
    /// count it against their cap (see `core::storage::space_warning`).
    pub stored_units: RwSignal<usize>,
    /// Last backup and since when there is data.
    pub meta: RwSignal<StorageMeta>,
    /// The browser's answer to "keep this data".
    pub persist: RwSignal<PersistAnswer>,
    /// The last deletion, until it is undone or replaced.
    pub undo: RwSignal<Option<Deletion>>,
    /// The workspace as this tab last saw it in storage: the common base
    /// when another tab's save is merged in. `None` when storage holds
    /// something else (an unreadable original), so the next save must write.
    pub(super) stored: StoredValue<Option<Workspace>>,
    /// The stored text as this tab last read or wrote it. Storage holding
    /// anything else means another tab has saved since.
    pub(super) seen: StoredValue<Option<JsString>, LocalStorage>,
    /// The revision of `seen` (see `core::storage::Lineage`): what this
    /// tab's next save starts from.
    pub(super) rev: StoredValue<Option<String>>,
    /// What this tab's last save replaced, until another tab's save is seen:
    /// the base for merging a save that crossed it.
    pub(super) replaced: StoredValue<Option<Replaced>>,
    /// The pending debounced save.
    pub(super) pending: StoredValue<Option<TimeoutHandle>>,
}

/// What storage held when the app started.
pub struct StoredData {
    /// The workspace to start with: the stored one, or an empty one when
    /// nothing was stored or it could not be read.
    pub workspace: Workspace,
    /// Why the stored data could not be used, if it could not.
    problem: Option<LoadOutcome>,
    /// Backup bookkeeping.
    meta: StorageMeta,
    /// The stored text exactly as read.
    text: Option<JsString>,
    /// The stored text's revision (see `core::storage::Lineage`).
    rev: Option<String>,
}

impl StoredData {
    /// Reads storage. Never fails: every problem becomes a banner.
    pub fn load() -> StoredData {
        let storage = storage::local_storage();
        let text = storage
            .as_ref()
            .and_then(|s| storage::read_text(s, WORKSPACE_KEY));
        let string = text.as_ref().and_then(|t| t.as_string());
        let rev = string
            .as_deref()
            .and_then(|t| Lineage::read(t).rev)
            .map(str::to_string);
        let outcome = match &storage {
            None => LoadOutcome::Unavailable,
            Some(_) => load_stored(string.as_deref()),
        };
        let meta = storage
            .as_ref()
            .map(|s| StorageMeta::parse(storage::read(s, META_KEY).as_deref()))
            .unwrap_or_default();
        let (workspace, problem) = match outcome {
            LoadOutcome::Ok(workspace) => (workspace, None),
            problem => (Workspace::default(), Some(problem)),
        };
        StoredData {
            workspace,
            problem,
            meta,
            text,
            rev,
        }
    }
}

/// Provides a [`DataContext`] around the app's workspace signal (which
/// starts as `loaded.workspace`) and starts saving its changes.
pub fn provide_data(workspace: RwSignal<Workspace>, loaded: StoredData) -> DataContext {
    let StoredData {
        workspace: initial,
        problem,
        meta,
        text,
        rev,
    } = loaded;
    let data = DataContext {
        stored: StoredValue::new(problem.is_none().then_some(initial)),
        workspace,
        problem: RwSignal::new(problem),
        save_state: RwSignal::new(SaveState::Saved),
        superseded: RwSignal::new(false),
        stored_units: RwSignal::new(text.as_ref().map_or(0, units)),
        meta: RwSignal::new(meta),
        persist: RwSignal::new(PersistAnswer::Asking),
        undo: RwSignal::new(None),
        pending: StoredValue::new(None),
        rev: StoredValue::new(rev),
        replaced: StoredValue::new(None),
        seen: StoredValue::new_local(text),
    };
    provide_context(data);
    persistence::start(data);
    data
}

/// A text's length as browsers count it against the storage cap: UTF-16
/// code units, a JS string's own length.
fn units(text: &JsString) -> usize {
    text.length() as usize
}

/// The data context provided by [`provide_data`].
pub fn use_data() -> DataContext {
    expect_context::<DataContext>()
}

impl DataContext {
    /// Writes the workspace now if it differs from what is stored. Does
    /// nothing while a start-up problem waits for the user's choice.
    pub fn save_now(&self) {
        // A timer or `pagehide` may fire after the view that owned these
        // signals is gone (tests mount and unmount); then there is nothing to save.
        if let Some(handle) = self.pending.try_get_value().flatten() {
            handle.clear();
            self.pending.set_value(None);
        }
        if self.problem.try_with_untracked(Option::is_some) != Some(false)
            || self.superseded.get_untracked()
        {
            return;
        }
        let Some(storage) = storage::local_storage() else {
            return;
        };
        // Another tab may have saved a moment ago, its `storage` event not
        // yet delivered: take its records in first, so this write loses none
        // (or stop, when a newer build wrote them).
        self.catch_up(&storage);
        if self.problem.with_untracked(Option::is_some) || self.superseded.get_untracked() {
            return;
        }
        let Some(workspace) = self.workspace.try_get_untracked() else {
            return;
        };
        if self
            .stored
            .with_value(|stored| stored.as_ref() == Some(&workspace))
        {
            self.save_state.set(SaveState::Saved);
            return;
        }
        let rev = new_id();
        let parent = self.rev.get_value();
        let text = JsString::from(stamped(&workspace, BUILD, &rev, parent.as_deref()).as_str());
        match storage::write_text(&storage, WORKSPACE_KEY, &text) {
            Ok(()) => {
                self.stored_units.set(units(&text));
                self.seen.set_value(Some(text));
                self.save_state.set(SaveState::Saved);
                let has_data = has_user_data(&workspace);
                let before = self.stored.try_update_value(|s| s.replace(workspace));
                self.replaced
                    .set_value(before.flatten().map(|before| (parent, before)));
                self.rev.set_value(Some(rev));
                self.update_meta(|meta| meta.note_data(has_data, today()));
            }
            Err(storage::WriteError::QuotaFull) => self.save_state.set(SaveState::QuotaFull),
            Err(storage::WriteError::Refused) => self.save_state.set(SaveState::Refused),
        }
    }

    /// Merges in whatever another tab stored since this tab last looked.
    /// Reads storage itself rather than trusting an event's value: events
    /// arrive late, and an old value must never be merged over a newer one.
    pub(super) fn catch_up(&self, storage: &web_sys::Storage) {
        let in_storage = storage::read_text(storage, WORKSPACE_KEY);
        if self.seen.with_value(|seen| *seen == in_storage) {
            return;
        }
        let text = in_storage.as_ref().and_then(|t| t.as_string());
        let current = text.as_deref();
        // A newer build wrote it (perhaps migrating it to a newer shape):
        // merging would drop what this build does not know, and so would
        // saving. Stop here; the edits stay in memory and the notice offers
        // them as a download.
        if written_by_newer(current, Stamp::ours()) {
            self.seen.set_value(in_storage);
            self.superseded.set(true);
            return;
        }
        let theirs = match load_stored(current) {
            LoadOutcome::Ok(theirs) => theirs,
            // Something this tab cannot read (a newer version in another
            // tab): stop saving so it is not overwritten, and say so.
            problem => {
                self.seen.set_value(in_storage);
                self.problem.set(Some(problem));
                return;
            }
        };
        self.stored_units.set(in_storage.as_ref().map_or(0, units));
        // Valid data now stands where an unreadable original was: the other
        // tab made the choice the banner was waiting for.
        if self.problem.with_untracked(Option::is_some) {
            self.problem.set(None);
        }
        let lineage = current.map(Lineage::read).unwrap_or_default();
        let rev = self.rev.get_value();
        let ours = self.workspace.get_untracked();
        let merged = self.stored.with_value(|last| {
            self.replaced.with_value(|replaced| {
                merge_base(lineage, rev.as_deref(), last.as_ref(), replaced.as_ref())
                    .merge(&ours, &theirs)
            })
        });
        self.rev.set_value(lineage.rev.map(str::to_string));
        self.replaced.set_value(None);
        self.stored.set_value(Some(theirs));
        self.seen.set_value(in_storage);
        if merged != ours {
            self.workspace.set(merged);
        }
    }

    /// Changes the bookkeeping and stores it when `change` says it changed.
    fn update_meta(&self, change: impl FnOnce(&mut StorageMeta) -> bool) {
        let mut meta = self.meta.get_untracked();
        if change(&mut meta) {
            if let Some(s) = storage::local_storage() {
                let _ = storage::write(&s, META_KEY, &meta.to_json());
            }
            self.meta.set(meta);
        }
    }

    /// Notes that a backup was exported today.
    pub fn record_backup(&self, day: Date) {
        self.update_meta(|meta| {
            let changed = meta.last_backup != Some(day);
            meta.last_backup = Some(day);
            changed
        });
    }

    /// The user chose to leave the unreadable original behind: saving
    /// resumes with what is in the app now.
    pub fn start_fresh(&self) {
        self.settle_problem();
        self.stored.set_value(None);
        self.save_now();
    }

    /// The user chose what to do about unreadable stored data. Storage that
    /// is unavailable stays a problem whatever they do, so it stays shown.
    fn settle_problem(&self) {
        if !self
            .problem
            .with_untracked(|p| matches!(p, Some(LoadOutcome::Unavailable)))
        {
            self.problem.set(None);
        }
    }

    /// Replaces everything with `workspace` (an imported file); saving
    /// follows like any other change.
    pub fn replace_all(&self, workspace: Workspace) {
        // Over an unreadable original this must be written whatever it
        // holds; otherwise what is stored stays the base for other tabs.
        if self.problem.with_untracked(Option::is_some) {
            self.stored.set_value(None);
        }
        self.settle_problem();
        self.undo.set(None);
        self.workspace.set(workspace);
    }

    /// Merges an imported file into what is here (see `core::storage::merge_import`).
    pub fn merge_in(&self, incoming: &Workspace) {
        let merged = merge_import(&self.workspace.get_untracked(), incoming);
        self.replace_all(merged);
    }

    /// Erases everything this app keeps in this browser.
    pub fn erase_all(&self) {
        if let Some(s) = storage::local_storage() {
            storage::remove(&s, WORKSPACE_KEY);
            storage::remove(&s, META_KEY);
        }
        self.settle_problem();
        self.undo.set(None);
        self.stored.set_value(Some(Workspace::default()));
        self.seen.set_value(None);
        self.rev.set_value(None);
        self.replaced.set_value(None);
        self.stored_units.set(0);
        self.meta.set(StorageMeta::default());
        self.workspace.set(Workspace::default());
        self.save_state.set(SaveState::Saved);
    }

    fn delete(&self, remove: impl FnOnce(&mut Workspace) -> Option<Deletion>) {
        let mut deletion = None;
        self.workspace.update(|w| deletion = remove(w));
        if deletion.is_some() {
            self.undo.set(deletion);
        }
    }

    /// Deletes an opportunity; the undo bar offers it back.
    pub fn delete_opportunity(&self, id: &str) {
        self.delete(|w| Deletion::opportunity(w, id));
    }

    /// Deletes a contact; the undo bar offers it back.
    pub fn delete_contact(&self, id: &str) {
        self.delete(|w| Deletion::contact(w, id));
    }

    /// Deletes a sent message; the undo bar offers it back.
    pub fn delete_message(&self, id: &str) {
        self.delete(|w| Deletion::message(w, id));
    }

    /// Restores the last deletion.
    pub fn undo_last(&self) {
        if let Some(deletion) = self.undo.get_untracked() {
            self.undo.set(None);
            self.workspace.update(|w| deletion.restore(w));
        }
    }
}
