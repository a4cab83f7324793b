use crate::app::forms::shown_or;
use leptos::prelude::*;

use super::contact_form::ContactForm;
use super::sent_history::MessageList;
use crate::app::forms::Confirm;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::model::{sent_newest_first, Contact};

/// One contact: details, what was sent about their opportunity, and edit and
/// delete (delete asks first, naming who).
#[component]
pub fn ContactCard(
    /// The contact's id.
    id: String,
    /// Where to announce "Saved" and "Deleted".
    announce: WriteSignal<String>,
) -> impl IntoView {
    let state = use_app_state();
    let data = crate::app::data::use_data();
    let contact = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .workspace
                .with(|w| w.contacts.iter().find(|c| c.id == id).cloned())
        })
    };
    let (editing, set_editing) = signal(false);
    let (confirming, set_confirming) = signal(false);
    let heading_id = format!("contact-{id}");
    let labelled_by = heading_id.clone();
    let confirm_id = StoredValue::new(format!("contact-{id}-delete"));
    let name = move || contact.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());

    let save = {
        let id = id.clone();
        Callback::new(move |changed: Contact| {
            let name = changed.name.trim().to_string();
            state.workspace.update(|w| {
                if let Some(c) = w.contacts.iter_mut().find(|c| c.id == id) {
                    *c = Contact {
                        id: id.clone(),
                        ..changed
                    };
                }
            });
            set_editing.set(false);
            announce.set(format!("Saved {name}"));
        })
    };
    let delete = {
        let id = id.clone();
        Callback::new(move |_: ()| {
            let name = name();
            // Through the data layer, so the undo bar offers the contact back.
            data.delete_contact(&id);
            announce.set(format!("Deleted {name}"));
        })
    };

    let details = move || {
        let c = contact.get()?;
        let role = [c.title.trim(), c.company.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" at ");
        let opportunity = c.opportunity_id.as_ref().and_then(|oid| {
            state
                .workspace
                .with(|w| w.opportunity(oid).map(|o| (oid.clone(), o.title())))
        });
        let sent = opportunity.as_ref().map(|(oid, _)| {
            state.workspace.with(|w| {
                sent_newest_first(&w.sent_messages, Some(oid))
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
        });
        Some(view! {
            {(!role.is_empty()).then(|| view! { <p class="contact-role">{role}</p> })}
            <dl class="contact-details">
                <dt>"Prefers"</dt>
                <dd>{c.channel.label()}</dd>
                {(!c.email.trim().is_empty())
                    .then(|| {
                        let email = c.email.trim().to_string();
                        view! {
                            <dt>"Email"</dt>
                            <dd>
                                <a href=format!("mailto:{email}")>{email.clone()}</a>
                            </dd>
                        }
                    })}
                {(!c.phone.trim().is_empty())
                    .then(|| {
                        let phone = c.phone.trim().to_string();
                        let dial: String = phone
                            .chars()
                            .filter(|ch| ch.is_ascii_digit() || *ch == '+')
                            .collect();
                        view! {
                            <dt>"Phone"</dt>
                            <dd>
                                <a href=format!("tel:{dial}")>{phone.clone()}</a>
                            </dd>
                        }
                    })}
                {opportunity
                    .clone()
                    .map(|(oid, title)| {
                        let href = Route::Opportunity {
                            id: oid,
                            step: String::new(),
                        }
                            .href();
                        view! {
                            <dt>"About"</dt>
                            <dd>
                                <a href=href>{title}</a>
                            </dd>
                        }
                    })}
            </dl>
            {(!c.notes.trim().is_empty()).then(|| view! { <p class="contact-notes">{c.notes.clone()}</p> })}
            {sent
                .filter(|sent| !sent.is_empty())
                .zip(opportunity)
                .map(|(sent, (_, title))| {
                    view! {
                        <details class="contact-sent">
                            <summary>{format!("Sent about {title} ({})", sent.len())}</summary>
                            <MessageList messages=sent show_opportunity=false />
                        </details>
                    }
                })}
        })
    };

    view! {
        <article class="card contact-card" aria-labelledby=labelled_by>
            <h3 id=heading_id>{name}</h3>
            {shown_or(
                move || editing.get(),
                move || view! {
                    {move || {
                        contact
                            .get_untracked()
                            .map(|c| {
                                view! {
                                    <ContactForm
                                        prefix=format!("edit-{}", c.id)
                                        initial=c
                                        submit_label="Save changes"
                                        on_save=save
                                        on_cancel=Callback::new(move |_| set_editing.set(false))
                                    />
                                }
                            })
                    }}
                }.into_any(),
                move || view! {
                    {details}
                    {shown_or(
                        move || confirming.get(),
                        move || view! {
                            <Confirm
                                id=confirm_id.get_value()
                                question=Signal::derive(move || format!("Delete {}? Their details and notes go. Messages you sent stay in your history.", name()))
                                yes=Signal::derive(move || format!("Yes, delete {}", name()))
                                no="Keep"
                                on_yes=delete
                                on_no=Callback::new(move |_| set_confirming.set(false))
                            />
                        }.into_any(),
                        move || view! {
                            <div class="form-actions">
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| set_editing.set(true)
                                >
                                    "Edit"
                                    <span class="visually-hidden">" " {name}</span>
                                </button>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| set_confirming.set(true)
                                >
                                    "Delete"
                                    <span class="visually-hidden">" " {name}</span>
                                </button>
                            </div>
                        }.into_any(),
                    )}
                }.into_any(),
            )}
        </article>
    }
}
