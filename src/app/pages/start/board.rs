use leptos::prelude::*;

use super::opportunity_card::OpportunityCard;
use crate::app::forms::{keyed_rows, shown, slug_of};
use crate::core::board::Board as Cards;

/// Every opportunity grouped by stage: the open processes first, each stage
/// under its own heading, then the settled ones folded away.
#[component]
pub fn Board(
    /// Every card, and the cards grouped by stage, open stages first.
    board: Memo<Cards>,
) -> impl IntoView {
    let stages = move |settled: bool| {
        move || {
            board.with(|b| {
                let g = &b.groups;
                g.iter()
                    .filter(|g| g.stage.is_settled() == settled)
                    .map(|g| slug_of(&g.stage))
                    .collect::<Vec<_>>()
            })
        }
    };
    let settled_count = move || {
        board.with(|b| {
            let g = &b.groups;
            g.iter()
                .filter(|g| g.stage.is_settled())
                .map(|g| g.ids.len())
                .sum::<usize>()
        })
    };
    let group = move |slug: String| {
        let heading = format!("stage-{slug}");
        let labelled_by = heading.clone();
        let key = StoredValue::new(slug);
        let this = move || {
            board.with(|b| {
                let g = &b.groups;
                key.with_value(|k| {
                    g.iter()
                        .find(|g| slug_of(&g.stage) == *k)
                        .map(|g| (g.stage.label(), g.ids.clone()))
                        .unwrap_or_default()
                })
            })
        };
        view! {
            <section class="board-group" aria-labelledby=labelled_by>
                <h3 id=heading>
                    {move || this().0} <span class="board-count">{move || format!(" ({})", this().1.len())}</span>
                </h3>
                <ul class="card-list" role="list">
                    {keyed_rows(move || this().1, move |id| view! { <li><OpportunityCard id=id board=board /></li> }.into_any())}
                </ul>
            </section>
        }
        .into_any()
    };
    view! {
        <div class="board">
            {keyed_rows(stages(false), group)}
            {shown(
                move || settled_count() > 0,
                move || view! {
                    <details class="board-settled">
                        <summary>{move || format!("Settled: accepted, declined or closed ({})", settled_count())}</summary>
                        {keyed_rows(stages(true), group)}
                    </details>
                }.into_any(),
            )}
        </div>
    }
}
