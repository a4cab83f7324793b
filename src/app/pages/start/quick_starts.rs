use leptos::prelude::*;

use crate::app::route::{navigate, Route};
use crate::app::state::{new_id, use_app_state, AppState};
use crate::core::model::{Opportunity, Stage};
use crate::core::quick_start::{Destination, QuickStart};

/// The route a quick start's destination names, for opportunity `id`.
fn route_for(destination: Destination, id: String) -> Route {
    match destination {
        Destination::Step(step) => Route::Opportunity {
            id,
            step: step.to_string(),
        },
        Destination::Message(kind) => Route::Messages {
            id: Some(id),
            kind: Some(kind.slug()),
        },
        Destination::DeclineOthers => Route::Messages {
            id: Some(id),
            kind: Some("decline_others".to_string()),
        },
    }
}

/// Applies `quick` to the opportunity `id` and goes where it leads.
fn run_on(state: AppState, quick: QuickStart, id: String) {
    let today = state.today.get_untracked();
    let mut destination = None;
    state.update_opportunity(&id, |o| destination = Some(quick.apply(o, today)));
    if let Some(destination) = destination {
        navigate(&route_for(destination, id));
    }
}

/// Starts a new opportunity for `quick` and goes where it leads. Without any
/// opportunity to act on, a decline or a status check still starts here: the
/// studio asks for the few details the message needs.
fn run_on_new(state: AppState, quick: QuickStart) {
    let today = state.today.get_untracked();
    let mut opportunity = Opportunity {
        stage: match quick {
            QuickStart::Counteroffer => Stage::WrittenOffer,
            _ => Stage::Interviewing,
        },
        ..Opportunity::new(new_id())
    };
    let destination = match quick {
        // Nothing else to decline yet: record the accepted offer itself.
        QuickStart::AcceptedAnother => {
            quick.apply(&mut opportunity, today);
            Destination::Step("details")
        }
        _ => quick.apply(&mut opportunity, today),
    };
    let id = opportunity.id.clone();
    state
        .workspace
        .update(|w| w.opportunities.push(opportunity));
    navigate(&route_for(destination, id));
}

/// The six ways people arrive. Those about an existing opportunity ask which one
/// when there is more than one to choose from.
#[component]
pub fn QuickStarts() -> impl IntoView {
    let state = use_app_state();
    let (choosing, set_choosing) = signal(None::<QuickStart>);

    let candidates = move |quick: QuickStart| {
        state.workspace.with_untracked(|w| {
            w.opportunities
                .iter()
                .filter(|o| quick.applies_to(o))
                .map(|o| (o.id.clone(), o.title()))
                .collect::<Vec<_>>()
        })
    };
    let start = move |quick: QuickStart| {
        if quick.creates_opportunity() {
            return run_on_new(state, quick);
        }
        let mut options = candidates(quick);
        match options.len() {
            0 => run_on_new(state, quick),
            1 => run_on(state, quick, options.remove(0).0),
            _ => set_choosing.set(Some(quick)),
        }
    };

    view! {
        <section aria-labelledby="quick-starts-heading">
            <h2 id="quick-starts-heading">"Where are you now?"</h2>
            <ul class="quick-starts" role="list">
                {QuickStart::ALL
                    .map(|quick| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="quick-start"
                                    aria-describedby=format!("quick-{}-hint", quick.slug())
                                    on:click=move |_| start(quick)
                                >
                                    {quick.label()}
                                </button>
                                <p class="hint" id=format!("quick-{}-hint", quick.slug())>
                                    {quick.hint()}
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {move || {
                choosing
                    .get()
                    .map(|quick| {
                        let question = match quick {
                            QuickStart::AcceptedAnother => "Which offer did you accept?",
                            QuickStart::Counteroffer => "Which employer made the counteroffer?",
                            _ => "Which opportunity is this about?",
                        };
                        view! {
                            <div class="chooser" role="group" aria-labelledby="chooser-heading">
                                <h3 id="chooser-heading">{question}</h3>
                                <ul class="chooser-options" role="list">
                                    {candidates(quick)
                                        .into_iter()
                                        .map(|(id, title)| {
                                            view! {
                                                <li>
                                                    <button
                                                        type="button"
                                                        class="button button-secondary"
                                                        on:click=move |_| {
                                                            set_choosing.set(None);
                                                            run_on(state, quick, id.clone());
                                                        }
                                                    >
                                                        {title}
                                                    </button>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                    <li>
                                        <button
                                            type="button"
                                            class="button button-secondary"
                                            on:click=move |_| {
                                                set_choosing.set(None);
                                                run_on_new(state, quick);
                                            }
                                        >
                                            "Someone not in my list"
                                        </button>
                                    </li>
                                </ul>
                                <button type="button" class="link-button" on:click=move |_| set_choosing.set(None)>
                                    "Cancel"
                                </button>
                            </div>
                        }
                    })
            }}
        </section>
    }
}
