use leptos::prelude::*;

use super::round_item::RoundItem;
use crate::app::forms::keyed_rows;
use crate::app::pages::opportunity::bind::Bind;

/// The interview rounds, past and coming up, in the order they were added.
#[component]
pub fn Rounds(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        bind.opportunity.with(|o| {
            o.as_ref()
                .map(|o| o.rounds.iter().map(|r| r.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        bind.update(|o| {
            o.add_round(None);
        })
    };
    view! {
        <section class="group" aria-labelledby="rounds-heading">
            <h3 id="rounds-heading">"Interview rounds"</h3>
            <p class="hint">"Each interview, past or coming up, and who you met. The latest date plans your thank-you and follow-ups."</p>
            <ol class="item-list" role="list">
                {keyed_rows(move || ids.get(), move |rid| {
                    let key = StoredValue::new(rid.clone());
                    let number = Signal::derive(move || {
                        ids.with(|ids| key.with_value(|k| ids.iter().position(|x| x == k).map_or(0, |i| i + 1)))
                    });
                    view! { <RoundItem bind=bind rid=rid number=number /> }.into_any()
                })}
            </ol>
            <button type="button" class="button button-secondary" on:click=add>
                "Add a round"
            </button>
        </section>
    }
}
