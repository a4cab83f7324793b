use leptos::prelude::*;

use super::bind::Bind;
use crate::app::format::total_text;
use crate::app::route::Route;
use crate::core::model::{Axis, Workspace};
use crate::core::number::whole;
use crate::core::scoring::Scorecard;

/// This opportunity, the current role and the other open opportunities,
/// scored 0–5 or Unknown on every criterion, with totals and confidence.
#[component]
pub fn MatrixStep(
    /// The opportunity in focus (its column comes first after the criteria).
    bind: Bind,
) -> impl IntoView {
    let state = bind.state;
    let columns = Memo::new(move |_| {
        let me = bind.id.get_value();
        state.workspace.with(|w| {
            let mut cols: Vec<(String, String)> = Vec::new();
            let title = |id: &str| -> String {
                if id == Workspace::CURRENT_ROLE_ID {
                    "Your current role".to_string()
                } else {
                    w.opportunity(id).map(|o| o.title()).unwrap_or_default()
                }
            };
            cols.push((me.clone(), title(&me)));
            if me != Workspace::CURRENT_ROLE_ID {
                cols.push((
                    Workspace::CURRENT_ROLE_ID.to_string(),
                    title(Workspace::CURRENT_ROLE_ID),
                ));
            }
            for o in &w.opportunities {
                if o.id != me && o.stage.is_active() {
                    cols.push((o.id.clone(), o.title()));
                }
            }
            cols
        })
    });
    let rows = Memo::new(move |_| {
        state.workspace.with(|w| {
            let weights = w.priorities.effective_weights();
            let sum: f64 = weights.iter().sum();
            w.priorities
                .criteria
                .iter()
                .zip(weights)
                .map(|(p, wt)| {
                    (
                        p.id.clone(),
                        p.name.clone(),
                        if sum > 0.0 { wt / sum * 100.0 } else { 0.0 },
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let card = move |id: &str| -> Option<Scorecard> {
        state.assessment.with(|a| {
            if id == Workspace::CURRENT_ROLE_ID {
                Some(a.current_role.clone())
            } else {
                a.for_opportunity(id).map(|x| x.scorecard.clone())
            }
        })
    };
    // Built again only when the columns or criteria change. Inside, one memo
    // per column holds its scores and one its scorecard, so a keystroke
    // re-reads the workspace once per column rather than once per cell, and only
    // the cells and totals whose text changed are touched. Each cell is one
    // reactive node under its column's memo: every node below a changed
    // signal is woken on each keystroke, and a long search has hundreds of
    // cells.
    let table = move || {
        let cols = columns.get();
        let rows = rows.get();
        let criteria: Vec<String> = rows.iter().map(|r| r.0.clone()).collect();
        let column_scores: Vec<Memo<Vec<Option<u8>>>> = cols
            .iter()
            .map(|(oid, _)| {
                let (oid, criteria) = (oid.clone(), criteria.clone());
                Memo::new(move |_| {
                    state.workspace.with(|w| {
                        let o = if oid == Workspace::CURRENT_ROLE_ID {
                            Some(&w.current_role)
                        } else {
                            w.opportunity(&oid)
                        };
                        criteria
                            .iter()
                            .map(|c| o.and_then(|o| o.score(c)))
                            .collect()
                    })
                })
            })
            .collect();
        let column_cards: Vec<Memo<Option<Scorecard>>> = cols
            .iter()
            .map(|(oid, _)| {
                let oid = oid.clone();
                Memo::new(move |_| card(&oid))
            })
            .collect();
        let body = rows
            .iter()
            .enumerate()
            .map(|(row, (cid, name, share))| {
                let cells = cols
                    .iter()
                    .zip(&column_scores)
                    .map(|((oid, title), scores)| {
                        let scores = *scores;
                        let value = Signal::derive(move || scores.with(|v| v.get(row).copied().flatten()));
                        view! { <td><ScoreCell bind=bind oid=oid.clone() cid=cid.clone() value=value label=format!("{name}: {title}") /></td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{name.clone()} <span class="weight">{format!(" ({}%)", whole(*share))}</span></th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        let summary_row = |label: &'static str, value: fn(&Scorecard) -> String| {
            let cells = column_cards
                .iter()
                .map(|card| {
                    let card = *card;
                    view! { <td>{move || card.with(|c| c.as_ref().map(value).unwrap_or_default())}</td> }
                })
                .collect_view();
            view! {
                <tr class="summary-row">
                    <th scope="row">{label}</th>
                    {cells}
                </tr>
            }
        };
        view! {
            <thead>
                <tr>
                    <th scope="col">"Criterion (weight)"</th>
                    {cols.iter().map(|(_, title)| view! { <th scope="col">{title.clone()}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>{body}</tbody>
            <tfoot>
                {summary_row("Weighted total (of 100)", |c| total_text(c.total, c.confidence))}
                {summary_row(Axis::RoleAlignment.label(), |c| fmt(c.axis(Axis::RoleAlignment)))}
                {summary_row(Axis::Compensation.label(), |c| fmt(c.axis(Axis::Compensation)))}
                {summary_row(Axis::LifeContext.label(), |c| fmt(c.axis(Axis::LifeContext)))}
                {summary_row("Mobility support", |c| c.mobility.map(|m| whole(m).to_string()).unwrap_or_else(|| "—".to_string()))}
                {summary_row("Confidence (share known)", |c| format!("{}%", whole(c.confidence * 100.0)))}
            </tfoot>
        }
    };
    view! {
        <p>
            "Score each criterion from 0 (poor) to 5 (excellent). Choose "<strong>"Unknown"</strong>
            " when you can't say yet: it is left out of the total rather than counted as 0, lowers the confidence, and becomes a question to ask."
        </p>
        <p>
            <a href=Route::Opportunity { id: Workspace::CURRENT_ROLE_ID.to_string(), step: "details".to_string() }.href()>
                "Edit your current role's details"
            </a>
        </p>
        <div class="table-scroll" role="region" aria-labelledby="matrix-caption" tabindex="0">
            <table class="matrix">
                <caption id="matrix-caption">"Decision matrix"</caption>
                {table}
            </table>
        </div>
    }
}

/// One cell: a drop-down of Unknown and 0–5.
#[component]
fn ScoreCell(
    bind: Bind,
    oid: String,
    cid: String,
    value: Signal<Option<u8>>,
    label: String,
) -> impl IntoView {
    let state = bind.state;
    let key = StoredValue::new((oid, cid));
    let change = move |v: String| {
        let score = crate::core::validate::score(&v).ok().flatten();
        key.with_value(|(oid, cid)| state.update_opportunity(oid, |o| o.set_score(cid, score)));
    };
    let choices = [
        ("", "Unknown"),
        ("0", "0"),
        ("1", "1"),
        ("2", "2"),
        ("3", "3"),
        ("4", "4"),
        ("5", "5"),
    ];
    // The options are marked once, for the first paint (the select's value
    // is set before its options exist); after that the select's one value
    // follows the score.
    let first = value.get_untracked();
    let text = |score: Option<u8>| score.map(|s| s.to_string()).unwrap_or_default();
    view! {
        <select
            aria-label=label
            prop:value=move || text(value.get())
            on:change:target=move |ev| change(ev.target().value())
        >
            {choices
                .into_iter()
                .map(|(v, l)| {
                    let chosen = crate::core::validate::score(v).ok().flatten();
                    view! { <option value=v selected=first == chosen>{l}</option> }
                })
                .collect_view()}
        </select>
    }
}

/// A subtotal, or "Unknown" when nothing on that axis is scored.
fn fmt(x: Option<f64>) -> String {
    x.map(|x| whole(x).to_string())
        .unwrap_or_else(|| "Unknown".to_string())
}
