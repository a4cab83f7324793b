//! One opportunity's messages: what the engine suggests drafting (each a
//! "Draft this message" link), what was sent, and every situation to choose
//! from, grouped, with when to use it.

use leptos::prelude::*;

use crate::app::format::short_date;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::message_kind::MessageKind;
use crate::core::studio::{families, template};

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
    let suggested = {
        let id = id.clone();
        move || {
            recommendation.with(|r| {
                r.as_ref().map(|r| {
                    let own = r.messages.iter().map(|kind| {
                        let t = template(*kind);
                        view! {
                            <li>
                                <a href=draft_href(&id, *kind)>"Draft this message: " {t.label}</a>
                                <p class="hint">{t.when}</p>
                            </li>
                        }
                        .into_any()
                    });
                    let related = r.related_messages.iter().map(|m| {
                        let t = template(m.message);
                        view! {
                            <li>
                                <a href=draft_href(&m.opportunity_id, m.message)>
                                    "Draft this message: " {t.label}
                                </a>
                                <p class="hint">{m.why.clone()}</p>
                            </li>
                        }
                        .into_any()
                    });
                    own.chain(related).collect_view()
                })
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
    let catalogue = families()
        .into_iter()
        .map(|(family, templates)| {
            let links = templates
                .iter()
                .map(|t| {
                    view! {
                        <li>
                            <a href=draft_href(&id, t.kind)>{t.label}</a>
                            <p class="hint">{t.when}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3>{family}</h3>
                <ul class="template-list">{links}</ul>
            }
        })
        .collect_view();

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
        <Show when=has_sent>
            <section aria-labelledby="sent-heading">
                <h2 id="sent-heading">"Sent"</h2>
                <ul>{sent.clone()}</ul>
            </section>
        </Show>
        <section aria-labelledby="all-heading">
            <h2 id="all-heading">"Every situation"</h2>
            {catalogue}
        </section>
    }
    .into_any()
}
