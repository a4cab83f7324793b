//! One part of the pay in the plan: floor, target, ask and market range,
//! then in words the ask the plan suggests and why, a caution above the
//! range, and the change against the current role and the best competing
//! offer (all worked out in the core).

use leptos::prelude::*;

use crate::app::format::money;
use crate::app::forms::{ParsedField, TextField};
use crate::app::state::use_app_state;
use crate::core::model::PayPart;
use crate::core::money::field_text;
use crate::core::negotiation_plan::{
    currency_of, currency_of_id, set_figure, set_market_source, summarise_in, Figure,
};

/// The figures for `part` of the plan of opportunity `id`.
#[component]
pub fn PlanPart(
    /// The opportunity.
    id: StoredValue<String>,
    /// The part of the pay.
    part: PayPart,
) -> impl IntoView {
    let state = use_app_state();
    let currency = Memo::new(move |_| {
        state
            .workspace
            .with(|w| id.with_value(|id| currency_of_id(w, id)))
    });
    let lines = Memo::new(move |_| {
        state.workspace.with(|w| {
            id.with_value(|id| {
                w.opportunity(id)
                    .map(|o| {
                        // On screen, amounts in the user's own locale (Intl).
                        let code = currency_of(o, &w.settings);
                        summarise_in(w, o, part, &|m| money(m, code)).lines()
                    })
                    .unwrap_or_default()
            })
        })
    });
    let field = move |figure: Figure| {
        let value = Signal::derive(move || {
            state.workspace.with(|w| {
                id.with_value(|id| {
                    w.opportunity(id)
                        .map(|o| field_text(figure.of(o.negotiation.line(part)), &currency.get()))
                        .unwrap_or_default()
                })
            })
        });
        let apply = Callback::new(move |text: String| {
            let mut result = Ok(());
            state.workspace.maybe_update(|w| {
                result = id.with_value(|id| set_figure(w, id, part, figure, &text));
                result.is_ok()
            });
            result.err().map(str::to_string)
        });
        view! {
            <ParsedField
                id=format!("plan-{}-{}", part.slug(), figure.slug())
                label=format!("{} ({})", figure.label(), currency.get_untracked())
                value=value
                apply=apply
                inputmode="decimal"
            />
        }
    };
    let source = Signal::derive(move || {
        state.workspace.with(|w| {
            id.with_value(|id| {
                w.opportunity(id)
                    .map(|o| o.negotiation.line(part).market_source.clone())
                    .unwrap_or_default()
            })
        })
    });
    view! {
        <fieldset class="ask">
            <legend>{part.label()}</legend>
            {Figure::ALL.map(field).collect_view()}
            <TextField
                id=format!("plan-{}-source", part.slug())
                label="Where the range came from (private)"
                hint="A survey, a recruiter, people in the field: for you, never in the message."
                value=source
                on_input=Callback::new(move |text: String| {
                    state.workspace.update(|w| id.with_value(|id| set_market_source(w, id, part, &text)))
                })
            />
            <ul aria-live="polite">
                {move || lines.get().into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
            </ul>
        </fieldset>
    }
}
