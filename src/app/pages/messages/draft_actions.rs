//! Getting the draft out: copy in one click, open in the mail app, download
//! as text, and mark as sent so the plan moves on.

use crate::app::forms::shown;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::app::format::long_date;
use crate::app::platform::{clipboard::copy_text, download::download_text};
use crate::app::route::Route;
use crate::app::state::{new_id, use_app_state};
use crate::core::message_kind::{Channel, MessageKind};
use crate::core::model::SentMessage;
use crate::core::studio::from_workspace::recipient_email;
use crate::core::studio::{
    download_file_name, mailto_url, mark_sent, Composed, Draft, DraftEdits, Finding,
};

/// The buttons under a draft, with a polite status line for what happened.
#[component]
pub fn DraftActions(
    /// The opportunity.
    id: String,
    /// The message.
    kind: MessageKind,
    /// The composed draft.
    composed: Memo<Composed>,
    /// The draft's kept edits (for the channel).
    edits: Memo<DraftEdits>,
    /// The checker's findings.
    findings: Memo<Vec<Finding>>,
    /// What to call the copy button (several drafts can share a screen).
    #[prop(default = "Copy")]
    copy_label: &'static str,
) -> impl IntoView {
    let state = use_app_state();
    let (status, set_status) = signal(String::new());
    let id = StoredValue::new(id);
    let draft = move || {
        composed.with(|c| Draft {
            kind,
            subject: c.subject.clone(),
            body: c.body.clone(),
        })
    };

    let copy = move |_| {
        let text = draft().plain_text();
        let issues = findings.with(Vec::len);
        spawn_local(async move {
            let copied = copy_text(text).await;
            set_status.set(match (copied, issues) {
                (false, _) => {
                    "Your browser did not allow copying. Select the message and copy it by hand."
                        .into()
                }
                (true, 0) => "Copied. Paste it into your email or notes.".into(),
                (true, _) => "Copied, with the checker's points still open.".into(),
            });
        });
    };
    let mailto = move || {
        let to = id.with_value(|id| state.workspace.with(|w| recipient_email(w, kind, id)));
        composed.with(|c| mailto_url(&to, &c.subject, &c.body))
    };
    let download = move |_| {
        let (company, role) = id.with_value(|id| {
            state.workspace.with(|w| {
                w.opportunity(id)
                    .map(|o| (o.employer.clone(), o.role.clone()))
                    .unwrap_or_default()
            })
        });
        download_text(
            &download_file_name(&company, &role, kind),
            "text/plain;charset=utf-8",
            &draft().plain_text(),
        );
        set_status.set("Downloaded as a text file.".into());
    };
    let mark = move |_| {
        let today = state.today.get_untracked();
        let channel = edits
            .with_untracked(|e| e.channel)
            .unwrap_or(Channel::Email);
        let d = draft();
        let opportunity_id = id.get_value();
        let plan = state.assessment.with_untracked(|a| {
            a.for_opportunity(&opportunity_id)
                .map(|a| a.recommendation.follow_ups.clone())
                .unwrap_or_default()
        });
        let message = SentMessage {
            id: new_id(),
            kind,
            channel,
            date: Some(today),
            opportunity_id,
            subject: d.subject,
            body: d.body,
        };
        state.workspace.update(|w| mark_sent(w, message, &plan));
        set_status.set(format!(
            "Marked as sent on {}. Your plan now shows what follows.",
            long_date(today)
        ));
    };
    let sent_before = move || {
        id.with_value(|id| {
            state
                .workspace
                .with(|w| w.messages_for(id).filter(|m| m.kind == kind).count())
        })
    };

    view! {
        <section aria-label="Send" class="draft-actions">
            <div class="button-row">
                <button type="button" class="button" on:click=copy>{copy_label}</button>
                <a class="button button-secondary" href=mailto>"Open in mail app"</a>
                <button type="button" class="button button-secondary" on:click=download>
                    "Download .txt"
                </button>
                <button type="button" class="button button-secondary" on:click=mark>
                    "Mark as sent"
                </button>
            </div>
            <p class="status" role="status">{move || status.get()}</p>
            {shown(
                move || { sent_before() > 0 },
                move || view! {
                    <p class="hint">
                        "You marked this message as sent before. "
                        <a href=Route::Plan.href()>"See your plan"</a>
                    </p>
                }.into_any(),
            )}
        </section>
    }
}
