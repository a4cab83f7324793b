use crate::app::forms::shown_or;
use leptos::prelude::*;

use super::bind::Bind;
use crate::core::fields::opportunity::{MOVING_COUNTRY, SETTLING, VISA};
use crate::core::number::whole;

/// Visa, relocation and family support for a move abroad.
#[component]
pub fn MobilityStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let abroad = bind.get(|o| o.international_move);
    let score = move || {
        bind.state.assessment.with(|a| {
            a.for_opportunity(&bind.id.get_value())
                .and_then(|x| x.scorecard.mobility)
                .map(|m| format!("Mobility support so far: {} of 100 (in writing counts fully, verbal half).", whole(m)))
        })
    };
    view! {
        {bind.field(&MOVING_COUNTRY)}
        {shown_or(
            move || abroad.get(),
            move || view! {
                <p>{score}</p>
                {bind.section(&VISA)}
                {bind.section(&SETTLING)}
            }.into_any(),
            move || view! { <p>"Tick the box above if the job means moving country."</p> }.into_any(),
        )}
    }
}
