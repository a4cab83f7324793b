//! A decline or withdrawal as its four parts, each visible and editable:
//! gratitude, one clear decision, an optional brief reason, a goodwill close.
//!
//! Once the whole message has been rewritten by hand it wins over the parts,
//! so a change to a part would replace it. Such a change waits, shown in its
//! control, until the user answers a question next to it: replace the edits,
//! or keep them (and the control goes back). Either way "Undo" follows.

use crate::app::forms::shown;
use leptos::prelude::*;

use super::Editor;
use crate::core::message_kind::MessageKind;
use crate::core::studio::edits::PartEdit;
use crate::core::studio::{
    template, Composed, DeclineParts, DraftEdits, Goodwill, MessageFields, Part, Reason,
};

/// A part change held back until the user answers, because it would
/// replace their edits to the whole message.
type Pending = RwSignal<Option<PartEdit>>;

/// The id of a part's textarea.
fn text_id(part: Part) -> &'static str {
    match part {
        Part::Gratitude => "part-gratitude",
        Part::Decision => "part-decision",
        Part::Reason => "part-reason",
        Part::Close => "part-close",
    }
}

/// The control a change came from: the question sits under it, and focus
/// goes back to it once answered.
fn control_id(edit: &PartEdit) -> &'static str {
    match edit {
        PartEdit::Text(part, _) => text_id(*part),
        PartEdit::Reason(_) => "part-reason-choice",
        PartEdit::Goodwill(_) => "part-close-choice",
    }
}

/// Makes a part change now, or holds it for the question when it would
/// replace the hand-edited message. A newer change replaces a held one.
fn propose(editor: Editor, pending: Pending, edit: PartEdit) {
    if editor.current().would_discard(&edit) {
        pending.set(Some(edit));
    } else {
        if pending.with_untracked(Option::is_some) {
            pending.set(None);
        }
        editor.change(move |e| e.edit_part(edit));
    }
}

/// Moves focus once the screen has been redrawn (the element may only just
/// be appearing, or its neighbour disappearing).
fn focus_soon(id: String) {
    request_animation_frame(move || {
        let element = document()
            .get_element_by_id(&id)
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// The question under a control whose change is held: replace the edits to
/// the whole message, or keep them.
#[component]
fn ReplaceQuestion(
    /// The control the change came from.
    control: &'static str,
    /// The held change.
    pending: Pending,
    /// Makes the change.
    editor: Editor,
) -> impl IntoView {
    let group_id = format!("{control}-replace");
    let question_id = format!("{control}-replace-question");
    let open = move || pending.with(|p| p.as_ref().is_some_and(|edit| control_id(edit) == control));
    // The question needs an answer before anything else, so it takes focus
    // when it appears (it is read out by its label, then Tab reaches the
    // buttons).
    Effect::new({
        let group_id = group_id.clone();
        move |was_open: Option<bool>| {
            let now = open();
            if now && was_open != Some(true) {
                focus_soon(group_id.clone());
            }
            now
        }
    });
    let replace = move || {
        if let Some(edit) = pending.get_untracked() {
            pending.set(None);
            editor.change(move |e| e.edit_part(edit));
        }
        focus_soon(control.to_string());
    };
    let keep = move || {
        pending.set(None);
        focus_soon(control.to_string());
    };
    view! {
        {shown(
            open,
            move || view! {
                <div
                    class="notice notice-warning"
                    id=group_id.clone()
                    role="group"
                    aria-labelledby=question_id.clone()
                    tabindex="-1"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            keep()
                        }
                    }
                >
                    <p id=question_id.clone()>
                        "Your edits to the whole message will be replaced by the four parts. Replace them? You can undo this straight after."
                    </p>
                    <button type="button" class="button" on:click=move |_| replace()>
                        "Replace them"
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| keep()>
                        "Keep my edits"
                    </button>
                </div>
            }.into_any(),
        )}
    }
}

/// One part's textarea.
#[component]
fn PartField(
    /// Which part.
    part: Part,
    /// Its label.
    label: &'static str,
    /// Its hint.
    hint: &'static str,
    /// The part's current text.
    #[prop(into)]
    text: Signal<String>,
    /// A change waiting for an answer.
    pending: Pending,
    /// Changes the edits.
    editor: Editor,
) -> impl IntoView {
    let id = text_id(part);
    let hint_id = format!("{id}-hint");
    // While its change is held the field shows what was typed; answering
    // "Keep my edits" brings the part's own text back.
    let shown = move || {
        pending
            .with(|p| match p {
                Some(PartEdit::Text(held, typed)) if *held == part => Some(typed.clone()),
                _ => None,
            })
            .unwrap_or_else(|| text.get())
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <textarea
                id=id
                rows="3"
                aria-describedby=hint_id
                prop:value=shown
                on:input:target=move |ev| {
                    propose(editor, pending, PartEdit::Text(part, ev.target().value()))
                }
            ></textarea>
            <ReplaceQuestion control=id pending=pending editor=editor />
        </div>
    }
}

/// The value an option of the reason or close list carries.
fn slug(text: &str) -> String {
    text.to_lowercase()
        .replace(|c: char| !c.is_alphanumeric(), "-")
}

/// The four parts of a decline.
#[component]
pub fn Parts(
    /// The message.
    kind: MessageKind,
    /// The composed draft.
    composed: Memo<Composed>,
    /// The draft's kept edits.
    edits: Memo<DraftEdits>,
    /// Changes the edits.
    editor: Editor,
    /// The fields the draft is filled from.
    fields: Memo<MessageFields>,
) -> impl IntoView {
    let pending: Pending = RwSignal::new(None);
    let part = move |get: fn(&DeclineParts) -> String| {
        Signal::derive(move || composed.with(|c| c.parts.as_ref().map(get).unwrap_or_default()))
    };
    let reason = move || {
        let held = pending.with(|p| match p {
            Some(PartEdit::Reason(held)) => Some(*held),
            _ => None,
        });
        held.or_else(|| edits.with(|e| e.reason))
            .or_else(|| fields.with(|f| template(kind).default_reason(f)))
    };
    let goodwill = move || {
        let held = pending.with(|p| match p {
            Some(PartEdit::Goodwill(held)) => Some(*held),
            _ => None,
        });
        held.or_else(|| edits.with(|e| e.goodwill))
            .or_else(|| template(kind).default_goodwill())
    };
    let how_parts_work = move || {
        if edits.with(DraftEdits::has_body_edit) {
            "You have edited the whole message, so it no longer follows these parts. Changing a part rebuilds the message from them, so you will be asked first."
        } else {
            "Changing a part rebuilds the message."
        }
    };
    view! {
        <fieldset class="parts">
            <legend>"The four parts"</legend>
            <p class="hint">{how_parts_work}</p>
            <PartField
                part=Part::Gratitude
                label="1. Gratitude"
                hint="Thank them for their time, and for the offer if there was one."
                text=part(|p| p.gratitude.clone())
                pending=pending
                editor=editor
            />
            <PartField
                part=Part::Decision
                label="2. Your decision"
                hint="One sentence, with no maybe."
                text=part(|p| p.decision.clone())
                pending=pending
                editor=editor
            />
            <div class="field">
                <label for="part-reason-choice">"3. Reason"</label>
                <p class="hint" id="part-reason-choice-hint">
                    "Optional. One short, neutral sentence, or none at all: no reason is always fine."
                </p>
                <select
                    id="part-reason-choice"
                    aria-describedby="part-reason-choice-hint"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        if let Some(chosen) = Reason::ALL.into_iter().find(|r| slug(r.label()) == value) {
                            propose(editor, pending, PartEdit::Reason(chosen))
                        }
                    }
                >
                    <option value="" prop:selected=move || reason().is_none()>
                        "Choose a reason"
                    </option>
                    {Reason::ALL
                        .into_iter()
                        .map(|r| {
                            view! {
                                <option value=slug(r.label()) prop:selected=move || reason() == Some(r)>
                                    {r.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <ReplaceQuestion control="part-reason-choice" pending=pending editor=editor />
            </div>
            {shown(
                move || composed.with(|c| c.parts.as_ref().is_some_and(|p| p.reason.is_some())),
                move || view! {
                    <PartField
                        part=Part::Reason
                        label="The reason, as written"
                        hint="At most one short sentence; never a criticism."
                        text=part(|p| p.reason.clone().unwrap_or_default())
                        pending=pending
                        editor=editor
                    />
                }.into_any(),
            )}
            <div class="field">
                <label for="part-close-choice">"4. Goodwill close"</label>
                <select
                    id="part-close-choice"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        if let Some(chosen) = Goodwill::ALL.into_iter().find(|g| slug(g.label()) == value) {
                            propose(editor, pending, PartEdit::Goodwill(chosen))
                        }
                    }
                >
                    {Goodwill::ALL
                        .into_iter()
                        .map(|g| {
                            view! {
                                <option value=slug(g.label()) prop:selected=move || goodwill() == Some(g)>
                                    {g.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <ReplaceQuestion control="part-close-choice" pending=pending editor=editor />
            </div>
            <PartField
                part=Part::Close
                label="The close, as written"
                hint="Leave the door open."
                text=part(|p| p.close.clone())
                pending=pending
                editor=editor
            />
        </fieldset>
    }
}
