//! The details a message is filled from, edited where they live: the
//! opportunity, its contact, your settings, or (for what the records do not
//! hold) the studio's notes for this opportunity. Nothing typed is lost.

use crate::app::forms::shown;
use leptos::prelude::*;

use crate::app::forms::CheckboxField;
use crate::app::state::{new_id, use_app_state, AppState};
use crate::core::message_kind::MessageKind;
use crate::core::studio::{mentions_other_offer, MessageField, MessageFields};

/// A labelled text field with a hint and, when the message needs it and it is
/// empty, a message next to it.
#[component]
pub fn TextField(
    /// The `id` of the input.
    id: String,
    /// The label.
    label: &'static str,
    /// The hint under the label.
    hint: &'static str,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// Whether the draft still shows this as a gap.
    #[prop(into)]
    missing: Signal<bool>,
    /// Called with the new text on every keystroke.
    on_input: impl Fn(String) + 'static,
    /// The input type.
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if missing.get() {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    view! {
        <div class="field" class:field-error=move || missing.get()>
            <label for=id.clone()>{label}</label>
            <p class="hint" id=hint_id>{hint}</p>
            {shown(
                move || missing.get(),
                move || view! {
                    <p class="field-message" id=error_id.clone()>
                        "This message needs it: it shows as a gap in brackets until you fill it in."
                    </p>
                }.into_any(),
            )}
            <input
                id=id
                type=kind
                prop:value=move || value.get()
                aria-invalid=move || missing.get().then_some("true")
                aria-describedby=described
                on:input:target=move |ev| on_input(ev.target().value())
            />
        </div>
    }
}

/// Saves a field where it lives ([`MessageField::write`]).
pub fn write_field(state: AppState, id: &str, field: MessageField, value: String) {
    state
        .workspace
        .update(|w| field.write(w, id, value, new_id));
}

/// One field of a message about opportunity `id`, bound to where it lives.
#[component]
pub fn SlotField(
    /// The opportunity.
    id: String,
    /// The field.
    field: MessageField,
    /// The fields the draft still shows as gaps.
    #[prop(into)]
    gaps: Signal<Vec<MessageField>>,
) -> impl IntoView {
    let state = use_app_state();
    let value = {
        let id = id.clone();
        Signal::derive(move || state.workspace.with(|w| field.read(w, &id)))
    };
    let missing = Signal::derive(move || gaps.with(|g| g.contains(&field)));
    view! {
        <TextField
            id=format!("slot-{}", field.name())
            label=field.label()
            hint=field.hint()
            value=value
            missing=missing
            kind=if field == MessageField::ContactEmail { "email" } else { "text" }
            on_input=move |text| write_field(state, &id, field, text)
        />
    }
}

/// Who the message is for: company, contact (and their email), role, and
/// your own name for the sign-off; for a message to your current employer,
/// your manager there.
#[component]
pub fn Recipient(
    /// The opportunity.
    id: String,
    /// The message.
    kind: MessageKind,
    /// The fields the draft still shows as gaps.
    #[prop(into)]
    gaps: Signal<Vec<MessageField>>,
) -> impl IntoView {
    view! {
        <fieldset class="recipient">
            <legend>"Who it is for"</legend>
            {MessageField::ALL
                .into_iter()
                .filter(|f| f.addresses(kind))
                .map(|field| view! { <SlotField id=id.clone() field=field gaps=gaps /> })
                .collect_view()}
        </fieldset>
    }
}

/// Whether a thank-you mentions what the user wrote under "What excited
/// you", shown once they wrote something. The choice is kept with the
/// studio's notes for the opportunity, so it holds until they change it.
#[component]
pub fn InterviewHighlight(
    /// The opportunity.
    id: String,
    /// The fields the draft is filled from (the highlight and whether it is mentioned).
    fields: Memo<MessageFields>,
) -> impl IntoView {
    let state = use_app_state();
    let id = StoredValue::new(id);
    let highlight = Memo::new(move |_| fields.with(|f| f.interview_highlight.clone()));
    let checked = Signal::derive(move || fields.with(|f| f.mention_interview_highlight));
    let on_change = Callback::new(move |on: bool| {
        let choice = if on { "yes" } else { "no" };
        id.with_value(|id| {
            write_field(
                state,
                id,
                MessageField::MentionInterviewHighlight,
                choice.into(),
            )
        });
    });
    move || {
        highlight.with(|h| {
            (!h.is_empty()).then(|| {
                let hint = format!(
                    "From your notes under \u{201c}What excited you\u{201d}: {h}. A long note is left out unless you tick this."
                );
                view! {
                    <CheckboxField
                        id="mention-highlight"
                        label=MessageField::MentionInterviewHighlight.label()
                        hint=hint
                        checked=checked
                        on_change=on_change
                    />
                }
            })
        })
    }
}

/// Whether the message names the other employer, shown when it speaks of
/// another offer. Off by default; the choice is kept with the studio's notes
/// for the opportunity, and the checker then lets the name through.
#[component]
pub fn NameOtherEmployer(
    /// The opportunity.
    id: String,
    /// The message.
    kind: MessageKind,
    /// The fields the draft is filled from.
    fields: Memo<MessageFields>,
) -> impl IntoView {
    let state = use_app_state();
    let id = StoredValue::new(id);
    let shown = Memo::new(move |_| fields.with(|f| mentions_other_offer(kind, f)));
    let checked = Signal::derive(move || fields.with(|f| f.disclose_competing_employer));
    let on_change = Callback::new(move |on: bool| {
        let choice = if on { "yes" } else { "no" };
        id.with_value(|id| write_field(state, id, MessageField::NameOtherEmployer, choice.into()));
    });
    move || {
        shown.get().then(|| {
            view! {
                <CheckboxField
                    id="name-other-employer"
                    label=MessageField::NameOtherEmployer.label()
                    hint=MessageField::NameOtherEmployer.hint()
                    checked=checked
                    on_change=on_change
                />
            }
        })
    }
}
