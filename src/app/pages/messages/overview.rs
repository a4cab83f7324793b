//! One opportunity's messages: what the engine suggests drafting (each a
//! "Draft this message" link, fitted to the stage of the opportunity it is
//! about), what was sent, and every situation to choose from, grouped, with
//! when to use it; those meant for another stage are set apart.

use crate::app::forms::shown;
use leptos::prelude::*;

use crate::app::format::short_date;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::message_kind::MessageKind;
use crate::core::studio::from_workspace::{
    related_suggestions, situations_for, suggestions_for, Situations,
};
use crate::core::studio::{template, Template};

fn draft_href(id: &str, kind: MessageKind) -> String {
    Route::Messages {
        id: Some(id.to_string()),
        kind: Some(kind.slug()),
    }
    .href()
}

/// The messages screen for one opportunity.
#[component]
pub fn Overview(
    /// The opportunity.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let title = {
        let id = id.clone();
        move || {
            state
                .workspace
                .with(|w| w.opportunity(&id).map(|o| o.title()))
        }
    };
    if title().is_none() {
        return view! {
            <h1>"Messages"</h1>
            <p>"That opportunity is no longer in your list."</p>
            <p><a href=Route::Messages { id: None, kind: None }.href()>"Choose another"</a></p>
        }
        .into_any();
    }
    let recommendation = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .assessment
                .with(|a| a.for_opportunity(&id).map(|a| a.recommendation.clone()))
        })
    };
    // Every suggestion, this opportunity's own and those about others, comes
    // fitted to the stage of the opportunity it is about.
    let suggestions = {
        let id = id.clone();
        Memo::new(move |_| {
            state.workspace.with(|w| {
                state.assessment.with(|a| {
                    let own = suggestions_for(w, a, &id);
                    let related = related_suggestions(w, a, &id);
                    own.into_iter().chain(related).collect::<Vec<_>>()
                })
            })
        })
    };
    // A message to another employer says so in its link, as in the panel:
    // a competing deadline suggested here goes to them, never to this one.
    let suggested = {
        let id = id.clone();
        move || {
            suggestions.with(|list| {
                list.iter()
                    .map(|s| {
                        let t = template(s.kind);
                        let hint = s.why.clone().unwrap_or_else(|| t.when.to_string());
                        let to = (s.opportunity_id != id)
                            .then(|| format!(" to {}", state.title_of(&s.opportunity_id)));
                        view! {
                            <li>
                                <a href=draft_href(&s.opportunity_id, s.kind)>
                                    "Draft this message: " {t.label} {to}
                                </a>
                                <p class="hint">{hint}</p>
                            </li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let sent = {
        let id = id.clone();
        move || {
            state.workspace.with(|w| {
                w.messages_for(&id)
                    .map(|m| {
                        let when = m.date.map(short_date).unwrap_or_default();
                        view! {
                            <li>{template(m.kind).label} " — " {m.channel.label()} ", " {when}</li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let has_sent = {
        let id = id.clone();
        move || {
            state
                .workspace
                .with(|w| w.messages_for(&id).next().is_some())
        }
    };
    let situations = state
        .workspace
        .with_untracked(|w| {
            state
                .assessment
                .with_untracked(|a| w.opportunity(&id).map(|o| situations_for(w, a, o)))
        })
        .unwrap_or(Situations {
            fitting: Vec::new(),
            other_stage: Vec::new(),
        });
    let link = |id: &str, t: &Template| {
        view! {
            <li>
                <a href=draft_href(id, t.kind)>{t.label}</a>
                <p class="hint">{t.when}</p>
            </li>
        }
    };
    let catalogue = situations
        .fitting
        .iter()
        .map(|(family, templates)| {
            let links = templates.iter().map(|t| link(&id, t)).collect_view();
            view! {
                <h3>{*family}</h3>
                <ul class="template-list">{links}</ul>
            }
        })
        .collect_view();
    let other_stage = (!situations.other_stage.is_empty()).then(|| {
        let links = situations
            .other_stage
            .iter()
            .map(|t| link(&id, t))
            .collect_view();
        view! {
            <details class="other-stage">
                <summary>"Not for this stage"</summary>
                <p class="hint">
                    "These do not fit where this process stands: a decline answers an offer, a withdrawal comes before one, an acceptance needs an offer to accept, and a competing deadline needs another employer's offer. If your records are behind, update them first."
                </p>
                <ul class="template-list">{links}</ul>
            </details>
        }
    });

    view! {
        <p class="breadcrumb">
            <a href=Route::Messages { id: None, kind: None }.href()>"All opportunities"</a>
        </p>
        <h1>"Messages for " {title}</h1>
        <section aria-labelledby="suggested-heading">
            <h2 id="suggested-heading">"What to send now"</h2>
            {move || {
                recommendation
                    .with(|r| r.as_ref().map(|r| view! { <p class="lead">{r.headline.clone()}</p> }))
            }}
            <ul class="suggested-list">{suggested}</ul>
        </section>
        {shown(
            has_sent,
            move || view! {
                <section aria-labelledby="sent-heading">
                    <h2 id="sent-heading">"Sent"</h2>
                    <ul>{sent.clone()}</ul>
                </section>
            }.into_any(),
        )}
        <section aria-labelledby="all-heading">
            <h2 id="all-heading">"Every situation"</h2>
            {catalogue}
            {other_stage}
        </section>
    }
    .into_any()
}
