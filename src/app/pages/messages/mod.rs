//! The message studio: choose the opportunity and the situation, shape the
//! draft, see what the checker flags, and get it out (copy, mail app, file),
//! then mark it as sent so the plan moves on.

mod asks;
mod decline_others;
mod draft_actions;
mod findings;
mod overview;
mod parts;
mod pick;
mod records;
mod send_advice;
mod studio;

use leptos::prelude::*;

use crate::app::format::message_date;
use crate::app::state::AppState;
use crate::core::message_kind::MessageKind;
use crate::core::studio::from_workspace::{draft_key, fields_for};
use crate::core::studio::{DraftEdits, MessageFields};

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

/// What a message about opportunity `id` is filled from, kept up to date
/// with the records and the engine's advice.
pub(super) fn message_fields(state: AppState, id: String) -> Memo<MessageFields> {
    Memo::new(move |_| {
        state.workspace.with(|w| {
            state
                .assessment
                .with(|a| fields_for(w, a, &id, &message_date))
        })
    })
}

/// Changes one draft's kept edits; `Copy`, so any handler can hold it.
#[derive(Clone, Copy)]
pub(super) struct Editor {
    state: AppState,
    id: StoredValue<String>,
    kind: MessageKind,
}

impl Editor {
    /// An editor for the draft of `kind` about opportunity `id`.
    pub fn new(state: AppState, id: String, kind: MessageKind) -> Editor {
        Editor {
            state,
            id: StoredValue::new(id),
            kind,
        }
    }

    /// Applies `change` to the kept edits.
    pub fn change(self, change: impl FnOnce(&mut DraftEdits)) {
        self.id
            .with_value(|id| edit_draft(self.state, id, self.kind, change));
    }
}

/// Changes the kept edits of one draft; a draft back at the defaults is
/// forgotten, so the workspace keeps only real changes.
pub(super) fn edit_draft(
    state: AppState,
    id: &str,
    kind: MessageKind,
    change: impl FnOnce(&mut DraftEdits),
) {
    let key = draft_key(id, kind);
    state.workspace.update(|w| {
        let edits = w.drafts.entry(key.clone()).or_default();
        change(edits);
        if *edits == DraftEdits::default() {
            w.drafts.remove(&key);
        }
    });
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
