use leptos::prelude::*;

use crate::app::forms::{keyed_rows, remove_button};
use crate::app::pages::opportunity::bind::Bind;
use crate::app::state::new_id;
use crate::core::fields::contingency::{ContingencyField, CONDITION};
use crate::core::fields::Row;
use crate::core::model::Contingency;

/// The conditions an offer depends on (a background check, references, the
/// right to work), each with where it stands.
#[component]
pub fn Conditions(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let ids = Memo::new(move |_| {
        bind.opportunity.with(|o| {
            o.as_ref()
                .map(|o| {
                    o.contingencies
                        .iter()
                        .map(|c| c.id.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        bind.update(|o| {
            o.contingencies.push(Contingency {
                id: new_id(),
                ..Contingency::default()
            })
        })
    };
    let row = move |cid: String| {
        let key = StoredValue::new(cid.clone());
        let prefix = format!("condition-{cid}");
        let number = Signal::derive(move || {
            ids.with(|ids| key.with_value(|k| ids.iter().position(|x| x == k).map_or(0, |i| i + 1)))
        });
        let name = Signal::derive(move || format!("condition {}", number.get()));
        let has_words = {
            let row = bind.row::<Contingency>(key);
            Signal::derive(move || row.with(|r| r.as_ref().is_some_and(Row::has_own_words)))
        };
        let remove = Callback::new(move |()| bind.remove_row::<Contingency>(key));
        view! {
            <li class="item">
                <fieldset class="round">
                    <legend>{move || format!("Condition {}", number.get())}</legend>
                    <div class="item-row">
                        {CONDITION.fields[..3].iter().map(|f| bind.row_field::<Contingency, ContingencyField>(key, &prefix, f)).collect_view()}
                    </div>
                    {bind.row_field::<Contingency, ContingencyField>(key, &prefix, &CONDITION.fields[3])}
                    {remove_button(format!("{prefix}-remove"), name, has_words, remove)}
                </fieldset>
            </li>
        }
        .into_any()
    };
    view! {
        <section class="group" aria-labelledby="conditions-heading">
            <h3 id="conditions-heading">"Conditions of the offer"</h3>
            <p class="hint">"What the offer depends on, such as a background check or references, and where each stands."</p>
            <ol class="item-list" role="list">{keyed_rows(move || ids.get(), row)}</ol>
            <button type="button" class="button button-secondary" on:click=add>
                "Add a condition"
            </button>
        </section>
    }
}
