use leptos::prelude::*;

use super::bind::Bind;
use crate::app::format::{long_date, short_date};
use crate::app::route::Route;
use crate::core::number::whole;
use crate::core::recommend::{Action, Recommendation};
use crate::core::studio::from_workspace::{related_suggestions, suggestions_for};
use crate::core::studio::template;

/// The engine's advice for this opportunity, always in view: a sticky aside
/// on wide screens, a compact summary that expands on a phone.
#[component]
pub fn RecommendationPanel(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let state = bind.state;
    let expanded = RwSignal::new(false);
    let rec = Memo::new(move |_| {
        let id = bind.id.get_value();
        state
            .assessment
            .with(|a| a.for_opportunity(&id).map(|x| x.recommendation.clone()))
    });
    let body = move |r: Recommendation| {
        let id = bind.id.get_value();
        let detail = match &r.action {
            Action::AcceptWithConditions { in_writing } => Some(view! {
                <h3>"Get these in writing first"</h3>
                <ul>{in_writing.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
            }.into_any()),
            Action::Negotiate { gaps, walk_away } => Some(view! {
                <h3>"Raise these"</h3>
                <ol>{gaps.iter().map(|g| view! { <li>{g.label.clone()}</li> }).collect_view()}</ol>
                <p>{format!("Your walk-away line stays at {}.", whole(*walk_away))}</p>
            }.into_any()),
            Action::AskForTime { business_days, until } => Some(view! {
                <p class="panel-date">
                    {format!("Ask for {business_days} business days, until ")}
                    <time datetime=until.to_string()>{long_date(*until)}</time>"."
                </p>
            }.into_any()),
            Action::KeepGoing { questions } | Action::VerifyFacts { questions } if !questions.is_empty() => Some(view! {
                <h3>"Find out"</h3>
                <ul>{questions.iter().map(|q| view! { <li>{q.clone()}</li> }).collect_view()}</ul>
            }.into_any()),
            _ => None,
        };
        // Fitted to the stage of the opportunity each message is about, so a
        // process without an offer is never offered a decline. Read without
        // tracking: the recommendation memo already changes with the records.
        let (own, related) = state.workspace.with_untracked(|w| {
            state
                .assessment
                .with_untracked(|a| (suggestions_for(w, a, &id), related_suggestions(w, a, &id)))
        });
        let messages = own
            .iter()
            .map(|s| {
                let href = Route::Messages {
                    id: Some(s.opportunity_id.clone()),
                    kind: Some(s.kind.slug()),
                }
                .href();
                view! { <li><a href=href>"Draft this message: " {template(s.kind).label}</a></li> }
            })
            .collect_view();
        let related = related.into_iter().map(|s| {
            let href = Route::Messages { id: Some(s.opportunity_id.clone()), kind: Some(s.kind.slug()) }.href();
            let title = state.title_of(&s.opportunity_id);
            view! { <li><a href=href>{format!("Draft this message: {} to {title}", template(s.kind).label)}</a><p class="hint">{s.why.unwrap_or_default()}</p></li> }
        }).collect_view();
        view! {
            {detail}
            <h3>"Why"</h3>
            <ul class="reasons">
                {r.reasons.iter().map(|reason| {
                    // The later paths are explained in the guide; the link names
                    // its section so it reads on its own in a list of links.
                    let why = reason.rule.guide_topic().and_then(crate::core::guide::section_for).map(|section| {
                        let href = Route::Guide { section: Some(section.slug.to_string()) }.href();
                        view! { " " <a href=href>"Why: " {section.title}</a> }
                    });
                    view! {
                        <li>
                            <strong>{reason.rule.label()}</strong>
                            <span class="reason-input">{reason.input.clone()}</span>
                            <span>{reason.text.clone()}{why}</span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <h3>"What would change it"</h3>
            <ul>{r.would_change.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
            <crate::app::pages::closeness::Closeness id=id.clone() />
            <h3>"Next steps"</h3>
            <ol>{r.next_steps.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ol>
            <h3>"Follow-ups"</h3>
            <ol class="plan">
                {r.follow_ups.steps.iter().map(|s| view! {
                    <li><time datetime=s.date.to_string()>{short_date(s.date)}</time>": " {s.purpose.clone()}</li>
                }).collect_view()}
            </ol>
            <h3>"Messages"</h3>
            <ul>{messages}{related}</ul>
        }
    };
    view! {
        <aside class="panel" aria-labelledby="panel-heading">
            <h2 id="panel-heading">"What to do"</h2>
            {move || match rec.get() {
                None => view! { <p>"This is your current role: the column every opportunity is compared against."</p> }.into_any(),
                Some(r) => view! {
                    <p class="panel-action"><span class="tag">{r.action.label()}</span></p>
                    <p class="panel-headline" role="status">{r.headline.clone()}</p>
                    <button
                        type="button"
                        class="link-button panel-toggle"
                        aria-expanded=move || expanded.get().to_string()
                        aria-controls="panel-body"
                        on:click=move |_| expanded.update(|e| *e = !*e)
                    >
                        {move || if expanded.get() { "Hide the reasons and next steps" } else { "Show the reasons and next steps" }}
                    </button>
                    <div id="panel-body" class="panel-body" class:open=move || expanded.get()>
                        {body(r)}
                    </div>
                }.into_any(),
            }}
        </aside>
    }
}
