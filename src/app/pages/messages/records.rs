//! The details a message is filled from, edited where they live: the
//! opportunity, its contact, your settings, or (for what the records do not
//! hold) the studio's notes for this opportunity. Nothing typed is lost.

use leptos::prelude::*;

use crate::app::forms::CheckboxField;
use crate::app::state::{new_id, use_app_state, AppState};
use crate::core::model::Contact;
use crate::core::studio::from_workspace::{slot, Slot, MENTION_INTERVIEW_HIGHLIGHT};
use crate::core::studio::MessageFields;

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
            <Show when=move || missing.get()>
                <p class="field-message" id=error_id.clone()>
                    "This message needs it: it shows as a gap in brackets until you fill it in."
                </p>
            </Show>
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

/// Writes a record slot where it lives. Returns false for slots kept in the
/// studio's notes instead.
fn write_record(state: AppState, id: &str, name: &str, value: String) -> bool {
    match name {
        "company" => state.update_opportunity(id, |o| o.employer = value),
        "role" => state.update_opportunity(id, |o| o.role = value),
        "your_name" => state.workspace.update(|w| w.settings.your_name = value),
        "contact_name" | "contact_email" => state.workspace.update(|w| {
            let position = w
                .contacts
                .iter()
                .position(|c| c.opportunity_id.as_deref() == Some(id));
            let index = position.unwrap_or_else(|| {
                let company = w
                    .opportunity(id)
                    .map(|o| o.employer.clone())
                    .unwrap_or_default();
                w.contacts.push(Contact {
                    id: new_id(),
                    company,
                    opportunity_id: Some(id.to_string()),
                    ..Contact::default()
                });
                w.contacts.len() - 1
            });
            let contact = &mut w.contacts[index];
            if name == "contact_name" {
                contact.name = value;
            } else {
                contact.email = value;
            }
        }),
        _ => return false,
    }
    true
}

/// Reads a slot from where it lives, as typed.
fn read_slot(state: AppState, id: &str, name: &str) -> String {
    state.workspace.with(|w| {
        let contact = || {
            w.contacts
                .iter()
                .find(|c| c.opportunity_id.as_deref() == Some(id))
        };
        match name {
            "company" => w.opportunity(id).map(|o| o.employer.clone()),
            "role" => w.opportunity(id).map(|o| o.role.clone()),
            "your_name" => Some(w.settings.your_name.clone()),
            "contact_name" => contact().map(|c| c.name.clone()),
            "contact_email" => contact().map(|c| c.email.clone()),
            other => w
                .message_details
                .get(id)
                .and_then(|d| d.get(other))
                .cloned(),
        }
        .unwrap_or_default()
    })
}

/// Saves a slot: into the records, or into the studio's notes for `id`.
pub fn write_slot(state: AppState, id: &str, name: &str, value: String) {
    if !write_record(state, id, name, value.clone()) {
        state.workspace.update(|w| {
            let details = w.message_details.entry(id.to_string()).or_default();
            if value.trim().is_empty() {
                details.remove(name);
            } else {
                details.insert(name.to_string(), value);
            }
            if details.is_empty() {
                w.message_details.remove(id);
            }
        });
    }
}

/// One field bound to a slot of opportunity `id`.
#[component]
pub fn SlotField(
    /// The opportunity.
    id: String,
    /// The slot.
    field: &'static Slot,
    /// The slots the draft still shows as gaps.
    #[prop(into)]
    gaps: Signal<Vec<&'static str>>,
) -> impl IntoView {
    let state = use_app_state();
    let slot = field;
    let value = {
        let id = id.clone();
        Signal::derive(move || read_slot(state, &id, slot.name))
    };
    let missing = Signal::derive(move || gaps.with(|g| g.contains(&slot.name)));
    view! {
        <TextField
            id=format!("slot-{}", slot.name)
            label=slot.label
            hint=slot.hint
            value=value
            missing=missing
            on_input=move |text| write_slot(state, &id, slot.name, text)
        />
    }
}

/// Who the message is for: company, contact (and their email), role, and
/// your own name for the sign-off.
#[component]
pub fn Recipient(
    /// The opportunity.
    id: String,
    /// The slots the draft still shows as gaps.
    #[prop(into)]
    gaps: Signal<Vec<&'static str>>,
) -> impl IntoView {
    let state = use_app_state();
    let field = |name: &'static str| {
        let slot = slot(name).expect("a known slot");
        view! { <SlotField id=id.clone() field=slot gaps=gaps /> }
    };
    let email = {
        let id = id.clone();
        Signal::derive(move || read_slot(state, &id, "contact_email"))
    };
    let email_id = id.clone();
    view! {
        <fieldset class="recipient">
            <legend>"Who it is for"</legend>
            {field("company")}
            {field("contact_name")}
            <TextField
                id="slot-contact_email".to_string()
                label="Contact's email (optional)"
                hint="Used when you open the message in your mail app."
                value=email
                missing=Signal::derive(|| false)
                kind="email"
                on_input=move |text| write_slot(state, &email_id, "contact_email", text)
            />
            {field("role")}
            {field("your_name")}
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
        id.with_value(|id| write_slot(state, id, MENTION_INTERVIEW_HIGHLIGHT, choice.into()));
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
                        label="Mention what you enjoyed in the interview"
                        hint=hint
                        checked=checked
                        on_change=on_change
                    />
                }
            })
        })
    }
}
