//! One draft: the message for one opportunity and situation.

use crate::app::forms::shown;
use leptos::prelude::*;

use super::asks::Asks;
use super::draft::Draft;
use super::draft_actions::DraftActions;
use super::findings::Findings;
use super::parts::Parts;
use super::plan::CounterPlan;
use super::records::{InterviewHighlight, NameOtherEmployer, Recipient};
use super::send_advice::SendAdvice;
use super::undo_edit::UndoEdit;
use crate::app::route::{navigate, Route};
use crate::app::state::use_app_state;
use crate::core::message_kind::MessageKind;
use crate::core::studio::{families, template, Tone};

/// The studio on one draft.
#[component]
pub fn Studio(
    /// The opportunity.
    id: String,
    /// The message.
    kind: MessageKind,
) -> impl IntoView {
    let state = use_app_state();
    let exists = {
        let id = id.clone();
        move || state.workspace.with(|w| w.opportunity(&id).is_some())
    };
    if !exists() {
        return view! {
            <h1>"Messages"</h1>
            <p>"That opportunity is no longer in your list."</p>
            <p><a href=Route::Messages { id: None, kind: None }.href()>"Choose another"</a></p>
        }
        .into_any();
    }
    let template = template(kind);
    let title = {
        let id = id.clone();
        Memo::new(move |_| state.title_of(&id))
    };
    let draft = Draft::new(state, id.clone(), kind, None);
    let Draft {
        fields,
        edits,
        composed,
        gaps: gap_names,
        findings,
        editor,
        ..
    } = draft;

    let overview_href = Route::Messages {
        id: Some(id.clone()),
        kind: None,
    }
    .href();
    let on_kind = {
        let id = id.clone();
        move |slug: String| {
            navigate(&Route::Messages {
                id: Some(id.clone()),
                kind: Some(slug),
            })
        }
    };
    let detail_gaps = draft.gap_fields(false);
    let has_detail_gaps = move || gap_names.with(|g| g.iter().any(|f| !f.is_recipient()));

    view! {
        <p class="breadcrumb">
            <a href=overview_href>"All messages for " {move || title.get()}</a>
        </p>
        <h1>{template.label}</h1>
        <p class="lead">"For " {move || title.get()} ". " {template.when}</p>
        <div class="studio">
            <div class="studio-controls">
                <Recipient id=id.clone() kind=template.kind gaps=gap_names />
                <fieldset>
                    <legend>"The message"</legend>
                    <div class="field">
                        <label for="situation">"Situation"</label>
                        <p class="hint" id="situation-hint">
                            "Choosing another situation opens its draft; this one is kept."
                        </p>
                        <select
                            id="situation"
                            aria-describedby="situation-hint"
                            on:change:target=move |ev| on_kind(ev.target().value())
                        >
                            {families()
                                .into_iter()
                                .map(|(family, templates)| {
                                    view! {
                                        <optgroup label=family>
                                            {templates
                                                .iter()
                                                .map(|t| {
                                                    view! {
                                                        <option value=t.kind.slug() selected=t.kind == kind>
                                                            {t.label}
                                                        </option>
                                                    }
                                                })
                                                .collect_view()}
                                        </optgroup>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                    <fieldset class="inline-choices">
                        <legend>"Tone"</legend>
                        {Tone::ALL
                            .into_iter()
                            .map(|tone| {
                                let input_id = format!("tone-{}", tone.label().to_lowercase());
                                view! {
                                    <div class="choice">
                                        <input
                                            type="radio"
                                            name="tone"
                                            id=input_id.clone()
                                            prop:checked=move || edits.with(|e| e.tone == tone)
                                            on:change=move |_| editor.change(move |e| e.tone = tone)
                                        />
                                        <label for=input_id>{tone.label()}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <div class="choice">
                        <input
                            type="checkbox"
                            id="short-form"
                            aria-describedby="short-form-hint"
                            prop:checked=move || edits.with(|e| e.short)
                            on:change:target=move |ev| {
                                let short = ev.target().checked();
                                editor.change(move |e| e.short = short)
                            }
                        />
                        <label for="short-form">"Short form"</label>
                    </div>
                    <p class="hint" id="short-form-hint">"Two sentences, for when time is short."</p>
                </fieldset>
                <SendAdvice id=id.clone() kind=kind edits=edits editor=editor fields=fields />
                {(kind == MessageKind::NegotiationAsk).then(|| view! { <Asks id=id.clone() /> })}
                {kind.is_counter().then(|| view! { <CounterPlan id=id.clone() /> })}
                {(kind == MessageKind::ThankYou)
                    .then(|| view! { <InterviewHighlight id=id.clone() fields=fields /> })}
                <NameOtherEmployer id=id.clone() kind=kind fields=fields />
                {shown(
                    move || edits.with(|e| e.has_parts(kind)),
                    move || view! {
                        <Parts kind=kind composed=composed edits=edits editor=editor fields=fields />
                    }.into_any(),
                )}
                {shown(
                    has_detail_gaps,
                    move || view! {
                        <fieldset>
                            <legend>"Details this message needs"</legend>
                            {detail_gaps}
                        </fieldset>
                    }.into_any(),
                )}
            </div>
            <div class="studio-draft">
                <section aria-labelledby="draft-heading">
                    <h2 id="draft-heading">"Your draft"</h2>
                    {shown(
                        move || !template.spoken,
                        move || view! {
                            <div class="field">
                                <label for="draft-subject">"Subject"</label>
                                <input
                                    id="draft-subject"
                                    type="text"
                                    prop:value=move || composed.with(|c| c.subject.clone())
                                    on:input:target=move |ev| {
                                        let text = ev.target().value();
                                        editor.change(move |e| e.subject = Some(text))
                                    }
                                />
                            </div>
                        }.into_any(),
                    )}
                    <div class="field">
                        <label for="draft-body">
                            {if template.spoken { "What to say" } else { "Message" }}
                        </label>
                        <p class="hint" id="draft-body-hint">
                            "Edit freely: your changes are kept until you reset to the template. Gaps in [brackets] still need filling."
                        </p>
                        <textarea
                            id="draft-body"
                            rows="16"
                            aria-describedby="draft-body-hint"
                            prop:value=move || composed.with(|c| c.body.clone())
                            on:input:target=move |ev| {
                                let text = ev.target().value();
                                editor.change(move |e| e.body = Some(text))
                            }
                        ></textarea>
                    </div>
                    {shown(
                        move || edits.with(|e| e.has_text_edits()),
                        move || view! {
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| editor.change(|e| e.reset_text())
                            >
                                "Reset to the template"
                            </button>
                        }.into_any(),
                    )}
                    <UndoEdit edits=edits editor=editor />
                </section>
                <Findings composed=composed findings=findings />
                <DraftActions id=id.clone() kind=kind composed=composed edits=edits findings=findings />
            </div>
        </div>
    }
    .into_any()
}
