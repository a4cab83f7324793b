use leptos::prelude::*;

use crate::app::forms::{id_checkboxes, remove_button, TextField};
use crate::app::pages::opportunity::bind::Bind;
use crate::app::state::new_id;
use crate::core::fields::round::{add_person, people_choices, RoundField, ROUND};
use crate::core::fields::{toggle, Row};
use crate::core::model::Round;

/// One round: its date and format, the people met (ticked from your
/// contacts, or added by name), and private notes.
#[component]
pub fn RoundItem(
    /// The opportunity.
    bind: Bind,
    /// The round's id.
    rid: String,
    /// Its place in the list, from 1.
    number: Signal<usize>,
) -> impl IntoView {
    let state = bind.state;
    let key = StoredValue::new(rid.clone());
    let prefix = format!("round-{rid}");
    let round = bind.row::<Round>(key);
    let name = Signal::derive(move || format!("round {}", number.get()));
    let legend = move || format!("Round {}", number.get());
    let field = |i: usize| bind.row_field::<Round, RoundField>(key, &prefix, &ROUND.fields[i]);

    let o = bind.opportunity;
    let people = Signal::derive(move || {
        state
            .workspace
            .with(|w| o.with(|o| o.as_ref().map(|o| people_choices(w, o)).unwrap_or_default()))
    });
    let met = Signal::derive(move || {
        round.with(|r| r.as_ref().map(|r| r.people.clone()).unwrap_or_default())
    });
    let tick = Callback::new(move |(id, on): (String, bool)| {
        bind.update_row::<Round>(key, |r| toggle(&mut r.people, &id, on))
    });

    let newcomer = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let add = move |_| {
        let typed = newcomer.get_untracked();
        let opportunity = bind.id.get_value();
        let mut outcome = Ok(());
        state.workspace.update(|w| {
            outcome = key.with_value(|rid| add_person(w, &opportunity, rid, new_id(), &typed))
        });
        match outcome {
            Ok(()) => {
                newcomer.set(String::new());
                problem.set(None);
            }
            Err(message) => problem.set(Some(message.to_string())),
        }
    };

    let has_words =
        Signal::derive(move || round.with(|r| r.as_ref().is_some_and(Row::has_own_words)));
    let remove = Callback::new(move |()| bind.remove_row::<Round>(key));

    view! {
        <li class="item">
            <fieldset class="round">
                <legend>{legend}</legend>
                <div class="item-row">{field(0)} {field(1)}</div>
                {id_checkboxes(
                    format!("{prefix}-met"),
                    "Who you met",
                    "No one from this employer in People yet: add them below.",
                    people,
                    met,
                    tick,
                )}
                <div class="item-inline">
                    <TextField
                        id=format!("{prefix}-newcomer")
                        label="Someone else you met"
                        hint="Their name. They are added to People, linked to this opportunity."
                        autocomplete="off"
                        value=newcomer
                        on_input=Callback::new(move |v| newcomer.set(v))
                        error=problem
                    />
                    <button type="button" class="button button-secondary" on:click=add>
                        "Add to " {move || name.get()}
                    </button>
                </div>
                {field(2)}
                {remove_button(format!("{prefix}-remove"), name, has_words, remove)}
            </fieldset>
        </li>
    }
}
