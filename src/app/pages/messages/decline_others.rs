//! After accepting an offer: in one place, the decline or withdrawal for
//! every other open opportunity, each checked, each ready to copy and mark
//! as sent.

use leptos::prelude::*;

use super::draft::Draft;
use super::draft_actions::DraftActions;
use super::findings::Findings;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::message_kind::MessageKind;
use crate::core::studio::from_workspace::decline_others;
use crate::core::studio::{template, Reason};

/// One other opportunity's draft.
#[component]
fn OtherDraft(
    /// The other opportunity.
    id: String,
    /// Decline or withdrawal.
    kind: MessageKind,
    /// The reason to give.
    reason: Reason,
) -> impl IntoView {
    let state = use_app_state();
    let title = {
        let id = id.clone();
        move || state.title_of(&id)
    };
    let draft = Draft::new(state, id.clone(), kind, Some(reason));
    let Draft {
        composed,
        edits,
        findings,
        editor,
        ..
    } = draft;
    let heading_id = format!("other-{id}");
    let labelled_by = heading_id.clone();
    let body_id = format!("body-{id}");
    let studio_href = Route::Messages {
        id: Some(id.clone()),
        kind: Some(kind.slug()),
    }
    .href();
    view! {
        <section class="other-draft" aria-labelledby=labelled_by>
            <h2 id=heading_id>{title}</h2>
            <p class="hint">
                {template(kind).label} ". "
                <a href=studio_href>"Open it in the full studio"</a>
                " to change the tone, the reason or the close."
            </p>
            {draft.gap_fields(true)}
            <div class="field">
                <label for=body_id.clone()>"Message"</label>
                <textarea
                    id=body_id
                    rows="10"
                    prop:value=move || composed.with(|c| c.body.clone())
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        editor.change(move |e| e.body = Some(text))
                    }
                ></textarea>
            </div>
            <Findings composed=composed findings=findings />
            <DraftActions id=id kind=kind composed=composed edits=edits findings=findings />
        </section>
    }
}

/// Every other open opportunity's decline or withdrawal.
#[component]
pub fn DeclineOthers(
    /// The offer the user accepted.
    accepted_id: String,
) -> impl IntoView {
    let state = use_app_state();
    // Fixed when the screen opens, so a draft marked as sent stays in view.
    let others = state
        .workspace
        .with_untracked(|w| decline_others(w, &accepted_id));
    let accepted = state
        .workspace
        .with_untracked(|w| w.opportunity(&accepted_id).map(|o| o.title()))
        .unwrap_or_else(|| "another offer".to_string());
    let empty = others.is_empty();
    view! {
        <h1>"Tell the others"</h1>
        <p class="lead">
            "You accepted " {accepted} ". Let everyone else still waiting on you know promptly, so they can move on too."
        </p>
        {empty
            .then(|| {
                view! {
                    <p>
                        "No other opportunity is still open, so there is no one else to tell. "
                        <a href=Route::Plan.href()>"See your plan"</a>
                    </p>
                }
            })}
        {others
            .into_iter()
            .map(|other| {
                view! { <OtherDraft id=other.opportunity_id kind=other.kind reason=other.reason /> }
            })
            .collect_view()}
    }
}
