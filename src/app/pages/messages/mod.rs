//! The message studio: choose the opportunity and the situation, shape the
//! draft, see what the checker flags, and get it out (copy, mail app, file),
//! then mark it as sent so the plan moves on.

mod asks;
mod decline_others;
mod draft;
mod draft_actions;
mod findings;
mod overview;
mod parts;
mod pick;
mod plan;
mod records;
mod send_advice;
mod studio;
mod undo_edit;

use leptos::prelude::*;

use crate::app::state::AppState;
use crate::core::date::{spoken_date_from, Date};
use crate::core::message_kind::MessageKind;
use crate::core::studio::edits::{EditHistory, Latest, Step};
use crate::core::studio::from_workspace::{draft_key, fields_for};
use crate::core::studio::privacy::{PrivateTerms, Sharing};
use crate::core::studio::{check, CheckContext, Composed, DraftEdits, Finding, MessageFields};

/// The studio's route: `#/messages[/{id}[/{kind}]]`.
#[component]
pub fn Messages(
    /// The opportunity, if one is chosen.
    id: Option<String>,
    /// The message kind's slug, or `decline_others`.
    kind: Option<String>,
) -> impl IntoView {
    match (id, kind) {
        (None, _) => pick::Pick().into_any(),
        (Some(id), None) => view! { <overview::Overview id=id /> }.into_any(),
        (Some(id), Some(slug)) if slug == "decline_others" => {
            view! { <decline_others::DeclineOthers accepted_id=id /> }.into_any()
        }
        (Some(id), Some(slug)) => match MessageKind::from_slug(&slug) {
            Some(kind) => view! { <studio::Studio id=id kind=kind /> }.into_any(),
            None => view! { <overview::Overview id=id /> }.into_any(),
        },
    }
}

/// What the checker finds in one draft about opportunity `id`, with what
/// that employer must never read worked out from the whole workspace (so a
/// hand edit is checked as closely as the template). The studio and the
/// "tell the others" list check the same way.
pub(super) fn draft_findings(
    state: AppState,
    id: String,
    kind: MessageKind,
    fields: Memo<MessageFields>,
    edits: Memo<DraftEdits>,
    composed: Memo<Composed>,
) -> Memo<Vec<Finding>> {
    let private = Memo::new(move |_| {
        let sharing = fields.with(|f| Sharing::chosen(kind, f));
        state
            .workspace
            .with(|w| PrivateTerms::for_message(w, &id, kind, sharing))
    });
    Memo::new(move |_| {
        let channel = edits.with(|e| e.check_channel(kind));
        let context =
            fields.with(|f| private.with(|p| CheckContext::for_message(kind, channel, f, p)));
        composed.with(|c| check(&c.subject, &c.body, &context))
    })
}

/// What a message about opportunity `id` is filled from, kept up to date
/// with the records and the engine's advice. Dates are written in the
/// message's language, English ("Friday 27 November", with the year when it
/// is not this year), never in the browser's locale.
pub(super) fn message_fields(state: AppState, id: String) -> Memo<MessageFields> {
    Memo::new(move |_| {
        let today = state.today.get();
        let in_english = move |date: Date| spoken_date_from(date, today);
        state.workspace.with(|w| {
            state
                .assessment
                .with(|a| fields_for(w, a, &id, &in_english))
        })
    })
}

/// Changes one draft's kept edits, remembering each change so it can be
/// undone; `Copy`, so any handler can hold it. The history lasts as long as
/// the screen that made the editor.
#[derive(Clone, Copy)]
pub(super) struct Editor {
    state: AppState,
    id: StoredValue<String>,
    kind: MessageKind,
    history: RwSignal<EditHistory>,
}

impl Editor {
    /// An editor for the draft of `kind` about opportunity `id`.
    pub fn new(state: AppState, id: String, kind: MessageKind) -> Editor {
        Editor {
            state,
            id: StoredValue::new(id),
            kind,
            history: RwSignal::new(EditHistory::default()),
        }
    }

    /// Applies `change` to the kept edits.
    pub fn change(self, change: impl FnOnce(&mut DraftEdits)) {
        let (before, after) = self
            .id
            .with_value(|id| edit_draft(self.state, id, self.kind, change));
        self.history.update(|h| h.record(&before, &after));
    }

    /// The kept edits as they are now, read without tracking.
    pub fn current(self) -> DraftEdits {
        self.id.with_value(|id| {
            let key = draft_key(id, self.kind);
            self.state
                .workspace
                .with_untracked(|w| w.drafts.get(&key).cloned().unwrap_or_default())
        })
    }

    /// What "Undo" would take back from `edits` (the kept edits now).
    pub fn next_undo(self, edits: &DraftEdits) -> Option<Step> {
        self.history.with(|h| h.next_undo(edits))
    }

    /// What happened last, for the screen to announce.
    pub fn latest(self) -> Option<Latest> {
        self.history.with(EditHistory::latest)
    }

    /// Takes back the last change, if the draft has not changed elsewhere.
    pub fn undo(self) {
        let current = self.current();
        let restored = self.history.try_update(|h| h.undo(&current)).flatten();
        if let Some((_, before)) = restored {
            self.id
                .with_value(|id| edit_draft(self.state, id, self.kind, |e| *e = before));
        }
    }
}

/// Changes the kept edits of one draft; a draft back at the defaults is
/// forgotten, so the workspace keeps only real changes. Gives the edits
/// before and after.
pub(super) fn edit_draft(
    state: AppState,
    id: &str,
    kind: MessageKind,
    change: impl FnOnce(&mut DraftEdits),
) -> (DraftEdits, DraftEdits) {
    let key = draft_key(id, kind);
    state
        .workspace
        .try_update(|w| {
            let edits = w.drafts.entry(key.clone()).or_default();
            let before = edits.clone();
            change(edits);
            let after = edits.clone();
            if after == DraftEdits::default() {
                w.drafts.remove(&key);
            }
            (before, after)
        })
        .unwrap_or_default()
}

/// The kept edits of one draft, as a memo.
pub(super) fn use_edits(state: AppState, id: String, kind: MessageKind) -> Memo<DraftEdits> {
    let key = draft_key(&id, kind);
    Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.drafts.get(&key).cloned().unwrap_or_default())
    })
}
