//! A decline or withdrawal as its four parts, each visible and editable:
//! gratitude, one clear decision, an optional brief reason, a goodwill close.

use leptos::prelude::*;

use super::Editor;
use crate::core::message_kind::MessageKind;
use crate::core::studio::{template, Composed, DraftEdits, Goodwill, MessageFields, Part, Reason};

/// One part's textarea.
#[component]
fn PartField(
    /// Which part.
    part: Part,
    /// The `id` of the textarea.
    id: &'static str,
    /// Its label.
    label: &'static str,
    /// Its hint.
    hint: &'static str,
    /// The part's current text.
    #[prop(into)]
    text: Signal<String>,
    /// Changes the edits.
    editor: Editor,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <p class="hint" id=hint_id.clone()>{hint}</p>
            <textarea
                id=id
                rows="3"
                aria-describedby=hint_id
                prop:value=move || text.get()
                on:input:target=move |ev| {
                    let value = ev.target().value();
                    editor.change(move |e| e.set_part(part, value))
                }
            ></textarea>
        </div>
    }
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
    let part = move |get: fn(&crate::core::studio::DeclineParts) -> String| {
        Signal::derive(move || composed.with(|c| c.parts.as_ref().map(get).unwrap_or_default()))
    };
    let reason = move || {
        edits
            .with(|e| e.reason)
            .or_else(|| fields.with(|f| template(kind).default_reason(f)))
    };
    let goodwill = move || {
        edits
            .with(|e| e.goodwill)
            .or_else(|| template(kind).default_goodwill())
    };
    let slug = |text: &str| {
        text.to_lowercase()
            .replace(|c: char| !c.is_alphanumeric(), "-")
    };
    view! {
        <fieldset class="parts">
            <legend>"The four parts"</legend>
            <p class="hint">"Changing a part rebuilds the message."</p>
            <PartField
                part=Part::Gratitude
                id="part-gratitude"
                label="1. Gratitude"
                hint="Thank them for their time and the offer."
                text=part(|p| p.gratitude.clone())
                editor=editor
            />
            <PartField
                part=Part::Decision
                id="part-decision"
                label="2. Your decision"
                hint="One sentence, with no maybe."
                text=part(|p| p.decision.clone())
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
                            editor.change(move |e| e.choose_reason(chosen))
                        }
                    }
                >
                    <option value="" selected=move || reason().is_none()>
                        "Choose a reason"
                    </option>
                    {Reason::ALL
                        .into_iter()
                        .map(|r| {
                            view! {
                                <option value=slug(r.label()) selected=move || reason() == Some(r)>
                                    {r.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <Show when=move || composed.with(|c| c.parts.as_ref().is_some_and(|p| p.reason.is_some()))>
                <PartField
                    part=Part::Reason
                    id="part-reason"
                    label="The reason, as written"
                    hint="At most one short sentence; never a criticism."
                    text=part(|p| p.reason.clone().unwrap_or_default())
                    editor=editor
                />
            </Show>
            <div class="field">
                <label for="part-close-choice">"4. Goodwill close"</label>
                <select
                    id="part-close-choice"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        if let Some(chosen) = Goodwill::ALL.into_iter().find(|g| slug(g.label()) == value) {
                            editor.change(move |e| e.choose_goodwill(chosen))
                        }
                    }
                >
                    {Goodwill::ALL
                        .into_iter()
                        .map(|g| {
                            view! {
                                <option value=slug(g.label()) selected=move || goodwill() == Some(g)>
                                    {g.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <PartField
                part=Part::Close
                id="part-close"
                label="The close, as written"
                hint="Leave the door open."
                text=part(|p| p.close.clone())
                editor=editor
            />
        </fieldset>
    }
}
