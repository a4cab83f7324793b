//! One opportunity's workspace: a stepper through details, reactions,
//! priorities, timeline, matrix, mobility and the decision, with the
//! recommendation always in view.

mod bind;
mod decide;
mod delete;
mod details;
mod matrix;
mod mobility;
mod panel;
mod priorities;
mod reactions;
mod timeline;

use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::guide;
use crate::core::steps::Step;
use bind::Bind;
use panel::RecommendationPanel;

/// The workspace for opportunity `id` at `step`.
#[component]
pub fn Opportunity(
    /// The opportunity id (`current` for the current role).
    id: String,
    /// The step's slug; empty for the first.
    step: String,
) -> impl IntoView {
    let state = use_app_state();
    let bind = Bind::new(state, id.clone());
    let current = bind.is_current_role();
    let Some(step) = Step::from_slug(&step) else {
        return view! { <crate::app::pages::NotFound path=Route::Opportunity { id, step }.href() /> }.into_any();
    };
    let exists = move || bind.opportunity.with(Option::is_some);
    let title = move || {
        bind.opportunity.with(|o| match o {
            Some(_) if current => "Your current role".to_string(),
            Some(o) if o.title() == "this opportunity" => "New opportunity".to_string(),
            Some(o) => o.title(),
            None => String::new(),
        })
    };
    let steps: Vec<Step> = if current {
        Step::for_current_role().to_vec()
    } else {
        Step::ALL.to_vec()
    };
    let href = {
        let id = id.clone();
        move |s: Step| {
            Route::Opportunity {
                id: id.clone(),
                step: s.slug().to_string(),
            }
            .href()
        }
    };
    let position = steps.iter().position(|s| *s == step).unwrap_or(0);
    let previous = position.checked_sub(1).map(|i| steps[i]);
    let next = steps.get(position + 1).copied();
    let stepper = steps
        .iter()
        .map(|s| {
            let s = *s;
            view! {
                <li>
                    <a href=href(s) aria-current=(s == step).then_some("step")>
                        <span class="step-number">{s.index() + 1}</span>
                        {s.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    let guide_link = step
        .topic()
        .and_then(|topic| guide::section_for(topic).map(|s| (topic, s)))
        .map(|(topic, section)| {
            let href = Route::guide_for(topic).href();
            view! {
                <p class="step-guide">
                    "Why this step matters: " <a href=href>{section.title}</a>
                </p>
            }
        });
    let content = match step {
        Step::Details => view! {
            <details::DetailsStep bind=bind />
            {(!current).then(|| view! { <delete::DeleteOpportunity bind=bind /> })}
        }
        .into_any(),
        Step::Reactions => view! { <reactions::ReactionsStep bind=bind /> }.into_any(),
        Step::Priorities => view! { <priorities::PrioritiesStep /> }.into_any(),
        Step::Timeline => view! { <timeline::TimelineStep bind=bind /> }.into_any(),
        Step::Matrix => view! { <matrix::MatrixStep bind=bind /> }.into_any(),
        Step::Mobility => view! { <mobility::MobilityStep bind=bind /> }.into_any(),
        Step::Decide => view! { <decide::DecideStep bind=bind /> }.into_any(),
    };
    view! {
        {shown_or(
            exists,
            move || view! {
                <h1>{title}</h1>
            }.into_any(),
            move || view! {
                <h1>"We can't find that opportunity"</h1>
                <p>"It may have been deleted. " <a href="#/">"Go to the start"</a></p>
            }.into_any(),
        )}
        <div class:hidden=move || !exists()>
            <nav class="stepper" aria-label="Steps">
                <ol>{stepper}</ol>
            </nav>
            <div class="workspace">
                <RecommendationPanel bind=bind />
                <div class="workspace-step">
                    <h2>{step.label()}</h2>
                    {guide_link}
                    {content}
                    <nav class="step-pager" aria-label="Previous and next step">
                        {previous.map(|s| view! { <a href=href(s) rel="prev">"Back: " {s.label()}</a> })}
                        {next.map(|s| view! { <a class="button" href=href(s) rel="next">"Next: " {s.label()}</a> })}
                    </nav>
                </div>
            </div>
        </div>
    }
    .into_any()
}
