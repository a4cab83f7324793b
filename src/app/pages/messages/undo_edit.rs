//! "Undo" for a draft's edits: a change to the parts, a reset to the
//! template, a choice of tone or reason, or a spell of typing in one text,
//! taken back one step at a time.

use crate::app::forms::shown;
use leptos::prelude::*;

use super::Editor;
use crate::core::studio::DraftEdits;

/// The undo button under the draft, with a polite announcement of what
/// changed or was undone (typing is not announced).
#[component]
pub fn UndoEdit(
    /// The draft's kept edits.
    edits: Memo<DraftEdits>,
    /// Changes the edits and keeps their history.
    editor: Editor,
) -> impl IntoView {
    let next = move || edits.with(|e| editor.next_undo(e));
    let announcement = move || {
        editor
            .latest()
            .and_then(|latest| latest.announcement())
            .unwrap_or_default()
    };
    // Once shown the button stays, so taking back the last step does not
    // drop keyboard focus onto the page.
    let offered = move || editor.latest().is_some();
    view! {
        <div class="undo-edit">
            <p class="status" role="status">{announcement}</p>
            {shown(
                offered,
                move || view! {
                    <button
                        type="button"
                        class="button button-secondary"
                        aria-disabled=move || next().is_none().then_some("true")
                        on:click=move |_| editor.undo()
                    >
                        {move || match next() {
                            Some(step) => format!("Undo {}", step.what()),
                            None => "Nothing left to undo".to_string(),
                        }}
                    </button>
                }.into_any(),
            )}
        </div>
    }
}
