//! The studio's first screen: which opportunity the message is about, or
//! quick details for someone not in the list (kept as a real opportunity).

use crate::app::forms::shown;
use leptos::prelude::*;

use crate::app::route::{navigate, Route};
use crate::app::state::{new_id, use_app_state};
use crate::core::model::{Contact, Opportunity, Stage};

/// Choose the opportunity, or add the person the message is for.
#[component]
pub fn Pick() -> impl IntoView {
    let state = use_app_state();
    let (company, set_company) = signal(String::new());
    let (contact, set_contact) = signal(String::new());
    let (role, set_role) = signal(String::new());
    let (tried, set_tried) = signal(false);
    let company_missing = move || tried.get() && company.with(|c| c.trim().is_empty());

    let list = move || {
        state.workspace.with(|w| {
            w.opportunities
                .iter()
                .map(|o| {
                    let href = Route::Messages {
                        id: Some(o.id.clone()),
                        kind: None,
                    }
                    .href();
                    view! {
                        <li>
                            <a href=href>{o.title()}</a>
                            " "
                            <span class="tag">{o.stage.label()}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let has_any = move || state.workspace.with(|w| !w.opportunities.is_empty());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set_tried.set(true);
        if company.with(|c| c.trim().is_empty()) {
            return;
        }
        let id = new_id();
        let opportunity = Opportunity {
            employer: company.get_untracked().trim().to_string(),
            role: role.get_untracked().trim().to_string(),
            stage: Stage::Interviewing,
            ..Opportunity::new(id.clone())
        };
        let name = contact.get_untracked().trim().to_string();
        state.workspace.update(|w| {
            if !name.is_empty() {
                w.contacts.push(Contact {
                    id: new_id(),
                    name,
                    company: opportunity.employer.clone(),
                    opportunity_id: Some(id.clone()),
                    ..Contact::default()
                });
            }
            w.opportunities.push(opportunity);
        });
        navigate(&Route::Messages {
            id: Some(id),
            kind: None,
        });
    };

    view! {
        <h1>"Messages"</h1>
        <p class="lead">
            "Every message a decision needs, filled in from what you have entered, checked, and ready to copy."
        </p>
        {shown(
            has_any,
            move || view! {
                <section aria-labelledby="pick-heading">
                    <h2 id="pick-heading">"Which opportunity is it about?"</h2>
                    <ul class="pick-list">{list}</ul>
                </section>
            }.into_any(),
        )}
        <section aria-labelledby="new-heading">
            <h2 id="new-heading">"Someone not in your list"</h2>
            <form class="quick-form" on:submit=add novalidate>
                <div class="field" class:field-error=company_missing>
                    <label for="new-company">"Company"</label>
                    {shown(
                        company_missing,
                        move || view! {
                            <p class="field-message" id="new-company-error">"Enter the company's name."</p>
                        }.into_any(),
                    )}
                    <input
                        id="new-company"
                        type="text"
                        aria-invalid=move || company_missing().then_some("true")
                        aria-describedby=move || company_missing().then_some("new-company-error")
                        prop:value=move || company.get()
                        on:input:target=move |ev| set_company.set(ev.target().value())
                    />
                </div>
                <div class="field">
                    <label for="new-contact">"Contact name"</label>
                    <input
                        id="new-contact"
                        type="text"
                        prop:value=move || contact.get()
                        on:input:target=move |ev| set_contact.set(ev.target().value())
                    />
                </div>
                <div class="field">
                    <label for="new-role">"Role"</label>
                    <input
                        id="new-role"
                        type="text"
                        prop:value=move || role.get()
                        on:input:target=move |ev| set_role.set(ev.target().value())
                    />
                </div>
                <button type="submit" class="button">"Continue"</button>
            </form>
        </section>
    }
}
