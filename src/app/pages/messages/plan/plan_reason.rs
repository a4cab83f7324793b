//! The reason the counter-proposal gives: the market range, the scope of the
//! role, or a competing offer (which one; its name stays out unless the user
//! chooses to name it, below the plan).

use leptos::prelude::*;

use crate::app::forms::{shown, SelectField, TextField};
use crate::app::state::use_app_state;
use crate::core::model::Rationale;
use crate::core::negotiation_plan::{competing_choices, set_competing, set_rationale, set_scope};

/// The reason picker for the plan of opportunity `id`.
#[component]
pub fn PlanReason(
    /// The opportunity.
    id: StoredValue<String>,
) -> impl IntoView {
    let state = use_app_state();
    let read = move |f: fn(&crate::core::model::NegotiationPlan) -> String| {
        Signal::derive(move || {
            state.workspace.with(|w| {
                id.with_value(|id| {
                    w.opportunity(id)
                        .map(|o| f(&o.negotiation))
                        .unwrap_or_default()
                })
            })
        })
    };
    let rationale = read(|p| p.rationale.slug().to_string());
    let options: Vec<(String, String)> = Rationale::ALL
        .iter()
        .map(|r| (r.slug().to_string(), r.label().to_string()))
        .collect();
    let others = Signal::derive(move || {
        state.workspace.with(|w| {
            id.with_value(|id| {
                w.opportunity(id)
                    .map(|o| competing_choices(w, o))
                    .unwrap_or_default()
            })
        })
    });
    let is = move |r: Rationale| move || rationale.with(|s| s == r.slug());
    view! {
        <SelectField
            id="plan-reason"
            label="Reason to give"
            hint="One short reason reads as confident; the message never explains more."
            options=options
            value=rationale
            on_change=Callback::new(move |slug: String| {
                let r = Rationale::ALL.into_iter().find(|r| r.slug() == slug).unwrap_or_default();
                state.workspace.update(|w| id.with_value(|id| set_rationale(w, id, r)));
            })
        />
        {shown(is(Rationale::Scope), move || view! {
            <TextField
                id="plan-scope"
                label="What about the scope"
                hint="As it would end a sentence, for example \"leading the new data platform\"."
                value=read(|p| p.scope.clone())
                on_input=Callback::new(move |text: String| {
                    state.workspace.update(|w| id.with_value(|id| set_scope(w, id, &text)));
                })
            />
        }.into_any())}
        {shown(is(Rationale::CompetingOffer), move || view! {
            <SelectField
                id="plan-competing"
                label="Which offer"
                hint="Only open offers. The message says \"another offer\" unless you choose to name the employer; its figures never appear."
                options=others
                value=read(|p| p.competing_id.clone())
                on_change=Callback::new(move |other: String| {
                    state.workspace.update(|w| id.with_value(|id| set_competing(w, id, &other)));
                })
            />
        }.into_any())}
    }
}
