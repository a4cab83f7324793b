use leptos::prelude::*;

use crate::app::format::{long_date, relative_days, short_date, whole_money};
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::board::Board;

/// One opportunity on the board: its deadline, what to do, what is next.
/// The stage is its group's heading.
#[component]
pub fn OpportunityCard(
    /// The opportunity's id.
    id: String,
    /// The board, with each card's dates worked out by the core.
    board: Memo<Board>,
) -> impl IntoView {
    let state = use_app_state();
    let today = state.today;
    let key = StoredValue::new(id.clone());
    let card = Signal::derive(move || board.with(|b| key.with_value(|k| b.card(k).cloned())));
    let assessment = Memo::new(move |_| {
        key.with_value(|k| state.assessment.with(|a| a.for_opportunity(k).cloned()))
    });
    let href = Route::Opportunity {
        id: id.clone(),
        step: String::new(),
    }
    .href();
    let heading_id = format!("card-{id}");
    let labelled_by = heading_id.clone();

    let title = move || card.with(|c| c.as_ref().map(|c| c.title.clone()).unwrap_or_default());
    let deadline = move || {
        let (kind, date) = card.with(|c| c.as_ref()?.deadline)?;
        let days = today.get().days_until(date);
        Some((
            format!(
                "{} {} ({})",
                kind.label(),
                relative_days(days),
                short_date(date)
            ),
            date.to_string(),
            long_date(date),
        ))
    };
    let value = move || {
        assessment.with(|a| {
            let value = &a.as_ref()?.value;
            (value.total > 0.0).then(|| {
                format!(
                    "Worth about {} a year",
                    whole_money(value.comparable(), &value.currency)
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
        card.with(|c| {
            let (date, purpose) = c.as_ref()?.next.as_ref()?;
            Some(format!("{}: {}", short_date(*date), purpose))
        })
    };

    view! {
        <article class="card" aria-labelledby=labelled_by>
            <h4 id=heading_id>
                <a href=href>{title}</a>
            </h4>
            <p class="card-meta">
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
