//! A one-page decision summary for one opportunity: the matrix, the
//! recommendation with its reasons, and the plan. Its print stylesheet fits
//! one A4 or Letter page in black and white.

use leptos::prelude::*;

use crate::app::format::{long_date, short_date, total_text};
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::model::Axis;
use crate::core::number::whole;

/// The decision summary for opportunity `id`.
#[component]
pub fn Print(
    /// The opportunity id.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let key = StoredValue::new(id.clone());
    let found = Memo::new(move |_| {
        key.with_value(|id| {
            state.workspace.with(|w| {
                let o = w.opportunity(id)?.clone();
                let a = state.assessment.with(|a| a.for_opportunity(id).cloned())?;
                let current = state.assessment.with(|a| a.current_role.clone());
                let rows = w
                    .priorities
                    .criteria
                    .iter()
                    .map(|p| {
                        let cell = |s: Option<u8>| {
                            s.map(|s| s.to_string())
                                .unwrap_or_else(|| "Unknown".to_string())
                        };
                        (
                            p.name.clone(),
                            cell(o.score(&p.id)),
                            cell(w.current_role.score(&p.id)),
                        )
                    })
                    .collect::<Vec<_>>();
                Some((o, a, current, rows))
            })
        })
    });
    let back = Route::Opportunity {
        id: id.clone(),
        step: "decide".to_string(),
    }
    .href();
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        {move || match found.get() {
            None => view! {
                <h1>"We can't find that opportunity"</h1>
                <p><a href="#/">"Go to the start"</a></p>
            }.into_any(),
            Some((o, a, current, rows)) => {
                let r = a.recommendation;
                let card = a.scorecard;
                let axis = |c: &crate::core::scoring::Scorecard, x: Axis| c.axis(x).map(|v| whole(v).to_string()).unwrap_or_else(|| "Unknown".to_string());
                view! {
                    <article class="print-summary">
                        <h1>{format!("Decision summary: {}", o.title())}</h1>
                        <p class="print-meta">
                            {format!("{} · prepared {}", o.stage.label(), long_date(state.today.get_untracked()))}
                        </p>
                        <section aria-labelledby="print-rec">
                            <h2 id="print-rec">{format!("Recommendation: {}", r.action.label())}</h2>
                            <p class="print-headline">{r.headline.clone()}</p>
                            <h3>"Why"</h3>
                            <ul>
                                {r.reasons.iter().map(|x| view! { <li><strong>{x.rule.label()}</strong>" — "{x.input.clone()}". "{x.text.clone()}</li> }).collect_view()}
                            </ul>
                            <h3>"What would change it"</h3>
                            <ul>{r.would_change.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ul>
                        </section>
                        <section aria-labelledby="print-matrix">
                            <h2 id="print-matrix">"Matrix"</h2>
                            <table class="print-table">
                                <thead>
                                    <tr><th scope="col">"Criterion"</th><th scope="col">"This opportunity"</th><th scope="col">"Current role"</th></tr>
                                </thead>
                                <tbody>
                                    {rows.into_iter().map(|(n, a, b)| view! { <tr><th scope="row">{n}</th><td>{a}</td><td>{b}</td></tr> }).collect_view()}
                                </tbody>
                                <tfoot>
                                    <tr><th scope="row">"Weighted total (of 100)"</th><td>{total_text(card.total, card.confidence)}</td><td>{total_text(current.total, current.confidence)}</td></tr>
                                    <tr><th scope="row">{Axis::RoleAlignment.label()}</th><td>{axis(&card, Axis::RoleAlignment)}</td><td>{axis(&current, Axis::RoleAlignment)}</td></tr>
                                    <tr><th scope="row">{Axis::Compensation.label()}</th><td>{axis(&card, Axis::Compensation)}</td><td>{axis(&current, Axis::Compensation)}</td></tr>
                                    <tr><th scope="row">{Axis::LifeContext.label()}</th><td>{axis(&card, Axis::LifeContext)}</td><td>{axis(&current, Axis::LifeContext)}</td></tr>
                                    <tr><th scope="row">"Confidence"</th><td>{format!("{}%", whole(card.confidence * 100.0))}</td><td>{format!("{}%", whole(current.confidence * 100.0))}</td></tr>
                                </tfoot>
                            </table>
                        </section>
                        <section aria-labelledby="print-plan">
                            <h2 id="print-plan">"Plan"</h2>
                            <ol>{r.next_steps.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ol>
                            <ul class="print-dates">
                                {r.follow_ups.steps.iter().map(|s| view! { <li><time datetime=s.date.to_string()>{short_date(s.date)}</time>": "{s.purpose.clone()}</li> }).collect_view()}
                            </ul>
                        </section>
                    </article>
                }.into_any()
            }
        }}
        <p class="no-print print-actions">
            <button type="button" class="button" on:click=print>"Print"</button>
            <a href=back>"Back to the decision"</a>
        </p>
    }
}
