//! The negotiation plan beside a counter-proposal and its replies: the
//! figures for each part of the pay, the reason to give and the trade-offs.
//! The plan is stored on the offer; the message reads only what it may say.

mod plan_part;
mod plan_reason;
mod trade_offs;

use leptos::prelude::*;

use crate::app::forms::keyed_rows;
use crate::app::state::use_app_state;
use crate::core::model::PayPart;
use crate::core::negotiation_plan::parts_in_play;
use plan_part::PlanPart;
use plan_reason::PlanReason;
use trade_offs::TradeOffs;

/// The plan for opportunity `id`.
#[component]
pub fn CounterPlan(
    /// The opportunity.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let id = StoredValue::new(id);
    let parts = Memo::new(move |_| {
        state.workspace.with(|w| {
            id.with_value(|id| {
                w.opportunity(id)
                    .map(parts_in_play)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| p.slug().to_string())
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <fieldset class="asks">
            <legend>"Your negotiation plan"</legend>
            <p class="hint">
                "The message states your ask, the reason you pick and the trade-offs you tick. Your floor, your target and where your range came from stay on this device. Other parts of the pay appear here once the offer includes them."
            </p>
            {keyed_rows(move || parts.get(), move |slug| {
                let part = PayPart::ALL.into_iter().find(|p| p.slug() == slug).unwrap_or(PayPart::Base);
                view! { <PlanPart id=id part=part /> }.into_any()
            })}
            <PlanReason id=id />
            <TradeOffs id=id />
        </fieldset>
    }
}
