//! How to send it: the channel advisor's suggestion and why, the user's own
//! choice, for a call the script plus the written confirmation after it, and
//! any second message to send as well (the note to a recruiter).

use leptos::prelude::*;

use super::Editor;
use crate::app::pages::settings::PrefersWriting;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::message_family::fit;
use crate::core::message_kind::{Channel, MessageKind};
use crate::core::studio::from_workspace::situation_for;
use crate::core::studio::{advise_channel, render, template, DraftEdits, MessageFields};

/// The channel advice and choice for one draft.
#[component]
pub fn SendAdvice(
    /// The opportunity.
    id: String,
    /// The message.
    kind: MessageKind,
    /// The draft's kept edits.
    edits: Memo<DraftEdits>,
    /// Changes the edits.
    editor: Editor,
    /// The fields the script is filled from.
    fields: Memo<MessageFields>,
) -> impl IntoView {
    let state = use_app_state();
    let advice = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|w| {
                w.opportunity(&id)
                    .map(|o| advise_channel(&situation_for(o, &w.settings)))
            })
        })
    };
    let also_href = {
        let id = id.clone();
        move |kind: MessageKind| {
            Route::Messages {
                id: Some(id.clone()),
                kind: Some(kind.slug()),
            }
            .href()
        }
    };
    // Every script and confirmation takes the form of this opportunity's
    // stage: a withdrawal's before any offer, a decline's after one.
    let fitted = {
        let id = id.clone();
        move |k: MessageKind| {
            state
                .workspace
                .with(|w| w.opportunity(&id).map_or(k, |o| fit(k, o)))
        }
    };
    let chosen = move || {
        edits
            .with(|e| e.channel)
            .or_else(|| advice.with(|a| a.as_ref().map(|a| a.channel)))
            .unwrap_or(Channel::Email)
    };
    let script = {
        let fitted = fitted.clone();
        move || {
            match chosen() {
                Channel::Call => Some(MessageKind::CallScript),
                Channel::Video => Some(MessageKind::VideoScript),
                _ => None,
            }
            .filter(|_| !template(kind).spoken && kind.is_decline())
            .map(&fitted)
        }
    };
    let confirmation_href = Route::Messages {
        id: Some(id.clone()),
        kind: Some(fitted(MessageKind::CallConfirmation).slug()),
    }
    .href();

    view! {
        <fieldset class="send-advice">
            <legend>"How to send it"</legend>
            {move || {
                advice
                    .get()
                    .map(|a| {
                        let also = a
                            .also
                            .map(&fitted)
                            .filter(|also| *also != kind)
                            .map(|also| {
                                view! {
                                    <p class="advice-also">
                                        "Also: "
                                        <a href=also_href(also)>{template(also).label}</a>
                                    </p>
                                }
                            });
                        view! {
                            <p class="advice">
                                <strong>"Suggested: " {a.channel.label()} "."</strong>
                                " "
                                {a.why}
                            </p>
                            {also}
                        }
                    })
            }}
            <PrefersWriting
                id="prefers-writing"
                hint="Kept for every message; you can change it in Settings too."
            />
            <div class="field">
                <label for="channel">"Send by"</label>
                <select
                    id="channel"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        let channel = Channel::ALL.into_iter().find(|c| c.label() == value);
                        editor.change(move |e| e.channel = channel)
                    }
                >
                    {Channel::ALL
                        .into_iter()
                        .map(|c| {
                            view! {
                                <option value=c.label() selected=move || chosen() == c>
                                    {c.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            {move || {
                script()
                    .map(|script_kind| {
                        // If asked why, the script gives the reason this message gives.
                        let text = fields.with(|f| {
                            edits.with(|e| render(script_kind, e.tone, &e.script_fields(kind, f)).body)
                        });
                        view! {
                            <h3>"What to say on the call"</h3>
                            <pre class="script">{text}</pre>
                            <p>
                                <a href=confirmation_href.clone()>
                                    "Write the confirmation to send after the call"
                                </a>
                            </p>
                        }
                    })
            }}
        </fieldset>
    }
}
