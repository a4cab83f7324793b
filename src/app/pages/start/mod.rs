//! The dashboard: quick starts first, then every opportunity at a glance,
//! grouped by stage.

mod board;
mod opportunity_card;
mod quick_starts;
mod sample_notice;

use crate::app::forms::{shown, shown_or};
use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::core::board::board;
use board::Board;
use quick_starts::QuickStarts;
use sample_notice::{SampleNotice, SampleOffer};

/// The start screen.
#[component]
pub fn Start() -> impl IntoView {
    let state = use_app_state();
    let board = Memo::new(move |_| {
        let today = state.today.get();
        state
            .workspace
            .with(|w| state.assessment.with(|a| board(w, a, today)))
    });
    let is_empty = move || board.with(|b| b.cards.is_empty());
    let is_sample = move || state.workspace.with(|w| w.is_sample);

    view! {
        <h1>"Decide what to do next, then say it well"</h1>
        {shown(
            is_sample,
            move || view! {
                <SampleNotice />
            }.into_any(),
        )}
        {shown(
            is_empty,
            move || view! {
                <p class="lead">
                    "Crossroads helps you weigh an interview or an offer against what matters to you, then writes the message for you to send."
                </p>
                <p>"Everything stays in this browser. Start below with where you are now."</p>
            }.into_any(),
        )}
        <QuickStarts />
        <section aria-labelledby="opportunities-heading">
            <h2 id="opportunities-heading">"Your opportunities"</h2>
            {shown_or(
                move || !is_empty(),
                move || view! { <Board board=board /> }.into_any(),
                move || view! { <SampleOffer /> }.into_any(),
            )}
        </section>
    }
}
