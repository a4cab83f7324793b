//! People: the contacts met along the way, and the history of what was sent.

mod contact_card;
mod contact_form;
mod sent_history;

use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::app::forms::keyed_rows;

use crate::app::state::{new_id, use_app_state};
use crate::core::model::Contact;
use contact_card::ContactCard;
use contact_form::ContactForm;
use sent_history::SentHistory;

/// The people screen.
#[component]
pub fn People() -> impl IntoView {
    let state = use_app_state();
    let (status, set_status) = signal(String::new());
    // Bumped after each add so the form starts again empty.
    let (form_key, set_form_key) = signal(0u32);
    let ids = Memo::new(move |_| {
        state
            .workspace
            .with(|w| w.contacts.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
    });
    let add = Callback::new(move |contact: Contact| {
        let name = contact.name.trim().to_string();
        state.workspace.update(|w| {
            w.contacts.push(Contact {
                id: new_id(),
                ..contact
            })
        });
        set_status.set(format!("Added {name}"));
        set_form_key.update(|k| *k += 1);
    });

    view! {
        <h1>"People"</h1>
        <p class="lead">
            "The people you met, how they like to be reached, and everything you sent them."
        </p>
        <p class="visually-hidden" role="status">
            {status}
        </p>
        <section aria-labelledby="people-contacts">
            <h2 id="people-contacts">"Your contacts"</h2>
            {shown_or(
                move || !ids.with(Vec::is_empty),
                move || view! {
                    <ul class="card-list people-list" role="list">
                        {keyed_rows(move || ids.get(), move |id| view! { <li><ContactCard id=id announce=set_status /></li> }.into_any())}
                    </ul>
                }.into_any(),
                move || view! { <p>"No one yet. Add the people you meet below."</p> }.into_any(),
            )}
        </section>
        <section aria-labelledby="people-add" class="people-add">
            <h2 id="people-add">"Add someone"</h2>
            {move || {
                let key = form_key.get();
                view! {
                    <ContactForm
                        prefix=format!("new-{key}")
                        initial=Contact::default()
                        submit_label="Add person"
                        on_save=add
                    />
                }
            }}
        </section>
        <SentHistory />
    }
}
