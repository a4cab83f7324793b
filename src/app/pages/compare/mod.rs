//! Compare: every open opportunity and the current role side by side, with
//! the totals, the three axes, mobility and yearly value drawn as bars.

mod bar_chart;
mod worth;

use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::app::format::{total_text, whole_money as money};
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::compare::{columns, value_scale, Column};
use crate::core::model::{Axis, Workspace};
use crate::core::number::whole;
use bar_chart::{Bar, BarChart};
use worth::WorthSection;

fn score_text(x: Option<f64>) -> String {
    x.map(|x| whole(x).to_string())
        .unwrap_or_else(|| "Unknown".to_string())
}

/// The figure to compare a column's money on, and how to say it.
fn value_text(c: &Column) -> String {
    match c.adjusted_value {
        Some(adjusted) => format!(
            "{} a year ({} before adjusting for cost of living)",
            money(adjusted, &c.currency),
            money(c.yearly_value, &c.currency)
        ),
        None if c.yearly_value == 0.0 => "Not entered".to_string(),
        None => format!("{} a year", money(c.yearly_value, &c.currency)),
    }
}

/// The comparison screen.
#[component]
pub fn Compare() -> impl IntoView {
    let state = use_app_state();
    let cols = Memo::new(move |_| {
        state
            .workspace
            .with(|w| state.assessment.with(|a| columns(w, a)))
    });
    let has_opportunities = move || cols.with(|c| c.len() > 1);
    let chart = move |title: &'static str, value: fn(&Column) -> Option<f64>| {
        let cs = cols.get();
        let bars = cs
            .iter()
            .map(|c| Bar {
                label: if c.dealbreakers.is_empty() {
                    c.title.clone()
                } else {
                    format!("{} (fails a dealbreaker)", c.title)
                },
                value: value(c),
                text: score_text(value(c)),
                baseline: c.is_current_role,
            })
            .collect();
        view! { <BarChart title=title.to_string() bars=bars scale=100.0 /> }
    };
    let value_chart = move || {
        let cs = cols.get();
        let scale = value_scale(&cs);
        let bars = cs
            .iter()
            .map(|c| {
                let v = c.adjusted_value.unwrap_or(c.yearly_value);
                Bar {
                    label: c.title.clone(),
                    value: Some(v),
                    text: if v == 0.0 {
                        "Not entered".to_string()
                    } else {
                        money(v, &c.currency)
                    },
                    baseline: c.is_current_role,
                }
            })
            .collect();
        view! { <BarChart title="Value per year".to_string() bars=bars scale=scale /> }
    };
    let current_href = Route::Opportunity {
        id: Workspace::CURRENT_ROLE_ID.to_string(),
        step: "details".to_string(),
    }
    .href();
    view! {
        <h1>"Compare"</h1>
        <p class="lead">"Your open opportunities and your current role, side by side."</p>
        <p>
            "Totals are out of 100 and weighted by your priorities. Unknown scores are left out rather than counted as 0, and lower the confidence. "
            <a href=current_href>"Edit your current role"</a>
        </p>
        {shown_or(
            has_opportunities,
            move || view! {
                <ul class="compare-cards" role="list">
                    <For each=move || cols.get() key=Column::key let:c>
                        <li><CompareCard column=c /></li>
                    </For>
                </ul>
                <section aria-labelledby="charts-heading">
                    <h2 id="charts-heading">"Charts"</h2>
                    <div class="charts">
                        {move || chart("Weighted total", |c| (c.confidence > 0.0).then_some(c.total))}
                        {move || chart(Axis::RoleAlignment.label(), |c| c.axes[0])}
                        {move || chart(Axis::Compensation.label(), |c| c.axes[1])}
                        {move || chart(Axis::LifeContext.label(), |c| c.axes[2])}
                        {move || chart("Mobility support", |c| c.mobility)}
                        {value_chart}
                    </div>
                </section>
                <WorthSection cols=cols />
                <section aria-labelledby="table-heading">
                    <h2 id="table-heading">"The figures as a table"</h2>
                    <div class="table-scroll" role="region" aria-labelledby="compare-caption" tabindex="0">
                        <table class="matrix">
                            <caption id="compare-caption">"Totals, axes, mobility and value per year"</caption>
                            <thead>
                                <tr>
                                    <th scope="col">"Option"</th>
                                    <th scope="col">"Total"</th>
                                    <th scope="col">"Confidence"</th>
                                    <th scope="col">{Axis::RoleAlignment.label()}</th>
                                    <th scope="col">{Axis::Compensation.label()}</th>
                                    <th scope="col">{Axis::LifeContext.label()}</th>
                                    <th scope="col">"Mobility"</th>
                                    <th scope="col">"Value per year"</th>
                                    <th scope="col">"Dealbreakers"</th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || cols.get().into_iter().map(|c| view! {
                                    <tr>
                                        <th scope="row">{c.title.clone()}</th>
                                        <td>{total_text(c.total, c.confidence)}</td>
                                        <td>{format!("{}%", whole(c.confidence * 100.0))}</td>
                                        <td>{score_text(c.axes[0])}</td>
                                        <td>{score_text(c.axes[1])}</td>
                                        <td>{score_text(c.axes[2])}</td>
                                        <td>{c.mobility.map(|m| whole(m).to_string()).unwrap_or_else(|| "—".to_string())}</td>
                                        <td>{value_text(&c)}</td>
                                        <td>{if c.dealbreakers.is_empty() { "None".to_string() } else { c.dealbreakers.join("; ") }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
            }.into_any(),
            move || view! { <p>"Nothing to compare yet. Start with a quick start on the " <a href="#/">"start screen"</a> "."</p> }.into_any(),
        )}
    }
}

/// One option's summary card.
#[component]
fn CompareCard(column: Column) -> impl IntoView {
    let heading = format!("compare-{}", column.opportunity_id);
    let labelled_by = heading.clone();
    let fails = !column.dealbreakers.is_empty();
    let href = Route::Opportunity {
        id: column.opportunity_id.clone(),
        step: String::new(),
    }
    .href();
    view! {
        <article class="card compare-card" class:fails=fails aria-labelledby=labelled_by>
            <h2 id=heading class="card-title"><a href=href>{column.title.clone()}</a></h2>
            {(!column.dealbreakers.is_empty()).then(|| view! {
                <ul class="dealbreakers" role="list">
                    {column.dealbreakers.iter().map(|d| view! {
                        <li><span aria-hidden="true" class="icon">"✕ "</span>{format!("Fails a dealbreaker: {d}")}</li>
                    }).collect_view()}
                </ul>
            })}
            <dl class="facts">
                <dt>"Total"</dt>
                <dd>
                    {if column.confidence > 0.0 {
                        format!("{} of 100 ({}% known)", whole(column.total), whole(column.confidence * 100.0))
                    } else {
                        "Not scored yet".to_string()
                    }}
                </dd>
                <dt>"Value"</dt>
                <dd>{value_text(&column)}</dd>
            </dl>
            {(!column.is_current_role).then(|| view! { <crate::app::pages::closeness::Closeness id=column.opportunity_id.clone() /> })}
        </article>
    }
}
