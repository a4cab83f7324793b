//! The draft pipeline every screen that shows a draft shares: the records a
//! message is filled from, the user's kept edits, the composed text, its
//! gaps and the checker's findings, and the editor that changes it. The
//! studio and "Tell the others" build a draft the same way, so a draft
//! cannot read or check differently on one screen than on the other.

use leptos::prelude::*;

use super::records::SlotField;
use super::{draft_findings, message_fields, use_edits, Editor};
use crate::app::state::AppState;
use crate::core::message_kind::MessageKind;
use crate::core::studio::from_workspace::gaps;
use crate::core::studio::{Composed, DraftEdits, Finding, MessageField, MessageFields, Reason};

/// One draft about one opportunity; `Copy`, so every part of a screen can hold it.
#[derive(Clone, Copy)]
pub(super) struct Draft {
    /// The opportunity.
    pub id: StoredValue<String>,
    /// What it is filled from.
    pub fields: Memo<MessageFields>,
    /// The user's kept edits.
    pub edits: Memo<DraftEdits>,
    /// The message as it stands.
    pub composed: Memo<Composed>,
    /// The details it still needs (a memo: the list of fields for them is
    /// rebuilt when a gap opens or closes, not on every keystroke).
    pub gaps: Memo<Vec<MessageField>>,
    /// What the checker finds.
    pub findings: Memo<Vec<Finding>>,
    /// Changes the kept edits, with undo.
    pub editor: Editor,
}

impl Draft {
    /// The draft of `kind` about opportunity `id`; `reason` is the reason to
    /// give when the records name none.
    pub fn new(state: AppState, id: String, kind: MessageKind, reason: Option<Reason>) -> Draft {
        let records = message_fields(state, id.clone());
        let fields = Memo::new(move |_| {
            let mut fields = records.get();
            fields.reason = fields.reason.or(reason);
            fields
        });
        let edits = use_edits(state, id.clone(), kind);
        let composed: Memo<Composed> =
            Memo::new(move |_| fields.with(|f| edits.with(|e| e.compose(kind, f))));
        let findings = draft_findings(state, id.clone(), kind, fields, edits, composed);
        Draft {
            editor: Editor::new(state, id.clone(), kind),
            id: StoredValue::new(id),
            fields,
            edits,
            composed,
            gaps: Memo::new(move |_| composed.with(|c| gaps(&c.subject, &c.body))),
            findings,
        }
    }

    /// A field for each detail the draft still needs, where the user can
    /// fill it in; `with_recipient` includes who it goes to.
    pub fn gap_fields(self, with_recipient: bool) -> impl Fn() -> AnyView + Copy + 'static {
        move || {
            let id = self.id.get_value();
            self.gaps
                .get()
                .into_iter()
                .filter(|f| with_recipient || !f.is_recipient())
                .map(|field| view! { <SlotField id=id.clone() field=field gaps=Signal::from(self.gaps) /> })
                .collect_view()
                .into_any()
        }
    }
}
