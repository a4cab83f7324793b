use leptos::prelude::*;

use super::row_list::row_list;
use crate::app::forms::{id_checkboxes, Look, TextField};
use crate::app::pages::opportunity::bind::Bind;
use crate::app::state::new_id;
use crate::core::fields::round::{add_person, people_choices, ROUND};
use crate::core::fields::{toggle, List, RowKey};
use crate::core::guide::Topic;

/// The interview rounds, past and coming up, in the order they were added:
/// each its date and format, the people met (ticked from your contacts, or
/// added by name), and private notes.
pub fn rounds(bind: Bind) -> AnyView {
    row_list(
        bind,
        List::Rounds,
        "Interview rounds",
        "Each interview, past or coming up, and who you met. The latest date plans your thank-you and follow-ups.",
        Topic::Rounds,
        "round",
        round,
    )
}

fn round(bind: Bind, key: StoredValue<String>, prefix: String, number: Signal<usize>) -> AnyView {
    let state = bind.state;
    let o = bind.opportunity;
    let field = |i: usize| {
        let f = &ROUND.fields[i];
        bind.row_field(key, &prefix, Look::from(f), RowKey::from(f.key))
    };
    let people = Signal::derive(move || {
        state
            .workspace
            .with(|w| o.with(|o| o.as_ref().map(|o| people_choices(w, o)).unwrap_or_default()))
    });
    let met = Signal::derive(move || {
        o.with(|o| {
            key.with_value(|k| {
                o.as_ref()
                    .and_then(|o| o.rounds.iter().find(|r| r.id == *k))
                    .map(|r| r.people.clone())
                    .unwrap_or_default()
            })
        })
    });
    let tick = Callback::new(move |(id, on): (String, bool)| {
        bind.update(|o| {
            key.with_value(|k| {
                if let Some(r) = o.rounds.iter_mut().find(|r| r.id == *k) {
                    toggle(&mut r.people, &id, on)
                }
            })
        })
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

    view! {
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
                value=newcomer
                on_input=Callback::new(move |v| newcomer.set(v))
                error=problem
            />
            <button type="button" class="button button-secondary" on:click=add>
                "Add to round " {move || number.get()}
            </button>
        </div>
        {field(2)}
    }
    .into_any()
}
