use leptos::prelude::*;

use crate::app::format::{long_date, money, relative_days, short_date};
use crate::app::route::Route;
use crate::app::state::use_app_state;

/// One opportunity on the dashboard: stage, deadline, what to do, what is next.
#[component]
pub fn OpportunityCard(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let today = state.today;
    let opportunity = {
        let id = id.clone();
        Memo::new(move |_| state.workspace.with(|w| w.opportunity(&id).cloned()))
    };
    let assessment = {
        let id = id.clone();
        Memo::new(move |_| state.assessment.with(|a| a.for_opportunity(&id).cloned()))
    };
    let href = Route::Opportunity {
        id: id.clone(),
        step: String::new(),
    }
    .href();
    let heading_id = format!("card-{id}");
    let labelled_by = heading_id.clone();

    let title = move || opportunity.with(|o| o.as_ref().map(|o| o.title()).unwrap_or_default());
    let stage =
        move || opportunity.with(|o| o.as_ref().map(|o| o.stage.label()).unwrap_or_default());
    let deadline = move || {
        let deadline = opportunity.with(|o| o.as_ref().and_then(|o| o.dates.offer_deadline))?;
        let days = today.get().days_until(deadline);
        Some((
            format!(
                "Answer due {} ({})",
                relative_days(days),
                short_date(deadline)
            ),
            deadline.to_string(),
            long_date(deadline),
        ))
    };
    let value = move || {
        assessment.with(|a| {
            let value = &a.as_ref()?.value;
            (value.total > 0.0).then(|| {
                format!(
                    "Worth about {} a year",
                    money(value.comparable(), &value.currency)
                )
            })
        })
    };
    let action = move || {
        assessment.with(|a| {
            a.as_ref().map(|a| {
                (
                    a.recommendation.action.label(),
                    a.recommendation.headline.clone(),
                )
            })
        })
    };
    let next = move || {
        let today = today.get();
        assessment.with(|a| {
            let step = a.as_ref()?.recommendation.follow_ups.next_step(today)?;
            Some(format!("{}: {}", short_date(step.date), step.purpose))
        })
    };

    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h3 id=heading_id>
                <a href=href>{title}</a>
            </h3>
            <p class="card-meta">
                <span class="tag">{stage}</span>
                {move || {
                    deadline()
                        .map(|(text, iso, long)| {
                            view! {
                                <time class="deadline" datetime=iso title=long>
                                    {text}
                                </time>
                            }
                        })
                }}
                {move || value().map(|v| view! { <span>{v}</span> })}
            </p>
            {move || {
                action()
                    .map(|(label, headline)| {
                        view! {
                            <p class="card-action">
                                <span class="visually-hidden">{label} ": "</span>
                                <strong>{headline}</strong>
                            </p>
                        }
                    })
            }}
            {move || next().map(|n| view! { <p class="card-next">"Next: " {n}</p> })}
        </article>
    }
}
