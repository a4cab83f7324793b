use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::app::format::long_date;
use crate::app::state::use_app_state;
use crate::core::model::{sent_newest_first, SentMessage};

/// Every message marked as sent, newest first.
#[component]
pub fn SentHistory() -> impl IntoView {
    let state = use_app_state();
    let messages = Memo::new(move |_| {
        state.workspace.with(|w| {
            sent_newest_first(&w.sent_messages, None)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <section aria-labelledby="people-sent">
            <h2 id="people-sent">"What you sent"</h2>
            {shown_or(
                move || !messages.with(Vec::is_empty),
                move || view! {
                    {move || view! { <MessageList messages=messages.get() show_opportunity=true /> }}
                }.into_any(),
                move || view! {
                    <p>
                        "Nothing yet. When you mark a message as sent in "
                        <a href="#/messages">"Messages"</a>
                        ", it is kept here with its date."
                    </p>
                }.into_any(),
            )}
        </section>
    }
}

/// A list of sent messages: date, channel, subject, the text on request, and
/// a delete button. Deleting needs no confirmation: the undo bar offers the
/// record back.
#[component]
pub fn MessageList(
    /// The messages, in the order to show them.
    messages: Vec<SentMessage>,
    /// Whether to say which opportunity each was about.
    show_opportunity: bool,
) -> impl IntoView {
    let state = use_app_state();
    let data = crate::app::data::use_data();
    let items = messages
        .into_iter()
        .map(|m| {
            let about = show_opportunity
                .then(|| {
                    state
                        .workspace
                        .with_untracked(|w| w.opportunity(&m.opportunity_id).map(|o| o.title()))
                })
                .flatten();
            let date = m.date.map(|d| {
                view! { <time datetime=d.to_string()>{long_date(d)}</time> }
            });
            let subject = match m.subject.trim() {
                "" => "No subject".to_string(),
                s => s.to_string(),
            };
            let (id, subject_label) = (m.id.clone(), subject.clone());
            view! {
                <li class="sent-message">
                    <p class="sent-meta">
                        {date.map(|d| view! { {d} " · " })}
                        {m.channel.label()}
                        {about.map(|a| view! { " · about " {a} })}
                    </p>
                    <p class="sent-subject">{subject}</p>
                    <details>
                        <summary>"Show the message"</summary>
                        <pre class="sent-body">{m.body}</pre>
                    </details>
                    <button
                        type="button"
                        class="link-button"
                        aria-label=format!("Delete this record: {subject_label}")
                        on:click=move |_| data.delete_message(&id)
                    >
                        "Delete this record"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="sent-list" role="list">
            {items}
        </ul>
    }
}
