//! What to propose if base pay cannot move: the shared checkbox list, then
//! the specifics of each one ticked, in the order they were ticked.

use leptos::prelude::*;

use crate::app::forms::{id_checkboxes, keyed_rows, TextField};
use crate::app::state::use_app_state;
use crate::core::model::TradeOff;
use crate::core::negotiation_plan::{set_trade_off, set_trade_off_detail};

fn kind_of(slug: &str) -> TradeOff {
    TradeOff::ALL
        .into_iter()
        .find(|t| t.slug() == slug)
        .unwrap_or(TradeOff::SignOn)
}

/// The trade-offs of the plan of opportunity `id`.
#[component]
pub fn TradeOffs(
    /// The opportunity.
    id: StoredValue<String>,
) -> impl IntoView {
    let state = use_app_state();
    let chosen = Memo::new(move |_| {
        state.workspace.with(|w| {
            id.with_value(|id| {
                w.opportunity(id)
                    .map(|o| {
                        o.negotiation
                            .trade_offs
                            .iter()
                            .map(|t| t.kind.slug().to_string())
                            .collect()
                    })
                    .unwrap_or_default()
            })
        })
    });
    let options: Vec<(String, String)> = TradeOff::ALL
        .iter()
        .map(|t| (t.slug().to_string(), t.label().to_string()))
        .collect();
    let detail_row = move |slug: String| {
        let kind = kind_of(&slug);
        let value = Signal::derive(move || {
            state.workspace.with(|w| {
                id.with_value(|id| {
                    w.opportunity(id)
                        .and_then(|o| o.negotiation.trade_off(kind))
                        .map(|t| t.detail.clone())
                        .unwrap_or_default()
                })
            })
        });
        view! {
            <TextField
                id=format!("trade-{slug}-detail")
                label=format!("{}: details (optional)", kind.label())
                value=value
                on_input=Callback::new(move |text: String| {
                    state.workspace.update(|w| id.with_value(|id| set_trade_off_detail(w, id, kind, &text)));
                })
            />
        }
        .into_any()
    };
    view! {
        {id_checkboxes(
            "trade".into(),
            "If base pay cannot move, propose",
            "",
            Signal::stored(options),
            Signal::derive(move || chosen.get()),
            Callback::new(move |(slug, on): (String, bool)| {
                state.workspace.update(|w| id.with_value(|id| set_trade_off(w, id, kind_of(&slug), on)));
            }),
        )}
        {keyed_rows(move || chosen.get(), detail_row)}
    }
}
