use crate::app::forms::shown;
use leptos::prelude::*;

use crate::app::forms::TextField;
use crate::app::state::use_app_state;
use crate::core::message_kind::Channel;
use crate::core::model::Contact;

/// Adds or edits a contact. Errors appear next to a field once you leave it,
/// and all at once (with a summary at the top) when you try to save.
#[component]
pub fn ContactForm(
    /// Prefix for element ids, unique on the page.
    #[prop(into)]
    prefix: String,
    /// The contact to start from.
    initial: Contact,
    /// The save button's words.
    submit_label: &'static str,
    /// Called with the contact once it has no problems.
    on_save: Callback<Contact>,
    /// Shown as a Cancel button when given.
    #[prop(optional)]
    on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let state = use_app_state();
    let draft = RwSignal::new(initial);
    let touched = RwSignal::new(Vec::<&'static str>::new());
    let submitted = RwSignal::new(false);
    let summary_ref = NodeRef::<leptos::html::Div>::new();

    let error = move |field: &'static str| {
        Signal::derive(move || {
            let shown = submitted.get() || touched.with(|t| t.contains(&field));
            if shown {
                draft.with(|c| c.problem(field))
            } else {
                None
            }
        })
    };
    let touch = move |field: &'static str| {
        Callback::new(move |_| {
            touched.update(|t| {
                if !t.contains(&field) {
                    t.push(field)
                }
            })
        })
    };
    let text =
        move |get: fn(&Contact) -> &String| Signal::derive(move || draft.with(|c| get(c).clone()));
    let field_id = {
        let prefix = prefix.clone();
        move |field: &str| format!("{prefix}-{field}")
    };

    let problems = move || {
        submitted
            .get()
            .then(|| draft.with(Contact::problems))
            .filter(|p| !p.is_empty())
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let contact = draft.get_untracked();
        if contact.problems().is_empty() {
            on_save.run(contact);
        } else if let Some(summary) = summary_ref.get_untracked() {
            let _ = summary.focus();
        }
    };

    let opportunities = move || {
        state.workspace.with(|w| {
            w.opportunities
                .iter()
                .map(|o| (o.id.clone(), o.title()))
                .collect::<Vec<_>>()
        })
    };
    let channel_id = field_id("channel");
    let opportunity_id = field_id("opportunity");
    let summary_links = {
        let field_id = field_id.clone();
        move || {
            problems().map(|problems| {
                problems
                    .into_iter()
                    .map(|p| {
                        let target = field_id(p.field);
                        view! {
                            <li>
                                <a
                                    href=format!("#{}", field_id(p.field))
                                    on:click=move |ev| {
                                        // The address's fragment is the app's route: move
                                        // focus to the field instead of following the link.
                                        ev.prevent_default();
                                        if let Some(field) = document().get_element_by_id(&target) {
                                            if let Ok(field) = wasm_bindgen::JsCast::dyn_into::<
                                                web_sys::HtmlElement,
                                            >(field) {
                                                let _ = field.focus();
                                            }
                                        }
                                    }
                                >
                                    {p.message}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
            })
        }
    };

    view! {
        <form class="contact-form" novalidate on:submit=submit>
            {shown(
                move || problems().is_some(),
                move || view! {
                    <div class="contact-errors" tabindex="-1" node_ref=summary_ref role="alert">
                        <h3>"There is a problem"</h3>
                        <ul>{summary_links.clone()}</ul>
                    </div>
                }.into_any(),
            )}
            <TextField
                id=field_id("name")
                label="Name"
                autocomplete="name"
                value=text(|c| &c.name)
                on_input=Callback::new(move |v| draft.update(|c| c.name = v))
                on_blur=touch("name")
                error=error("name")
            />
            <TextField
                id=field_id("title")
                label="Job title"
                hint="Optional"
                autocomplete="organization-title"
                value=text(|c| &c.title)
                on_input=Callback::new(move |v| draft.update(|c| c.title = v))
            />
            <TextField
                id=field_id("company")
                label="Company"
                hint="Optional"
                autocomplete="organization"
                value=text(|c| &c.company)
                on_input=Callback::new(move |v| draft.update(|c| c.company = v))
            />
            <div class="field">
                <label for=channel_id.clone()>"Preferred channel"</label>
                <select
                    id=channel_id
                    on:change:target=move |ev| {
                        let index: usize = ev.target().value().parse().unwrap_or(0);
                        draft.update(|c| c.channel = Channel::ALL[index.min(Channel::ALL.len() - 1)]);
                    }
                >
                    {Channel::ALL
                        .iter()
                        .enumerate()
                        .map(|(i, ch)| {
                            let ch = *ch;
                            view! {
                                <option
                                    value=i.to_string()
                                    prop:selected=move || draft.with(|c| c.channel == ch)
                                >
                                    {ch.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <TextField
                id=field_id("email")
                label="Email address"
                hint="Optional"
                kind="email"
                autocomplete="email"
                inputmode="email"
                value=text(|c| &c.email)
                on_input=Callback::new(move |v| draft.update(|c| c.email = v))
                on_blur=touch("email")
                error=error("email")
            />
            <TextField
                id=field_id("phone")
                label="Phone number"
                hint="Optional, with the country code if they are abroad"
                kind="tel"
                autocomplete="tel"
                inputmode="tel"
                value=text(|c| &c.phone)
                on_input=Callback::new(move |v| draft.update(|c| c.phone = v))
                on_blur=touch("phone")
                error=error("phone")
            />
            <div class="field">
                <label for=opportunity_id.clone()>"Linked opportunity"</label>
                <select
                    id=opportunity_id
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        draft.update(|c| c.opportunity_id = (!value.is_empty()).then_some(value));
                    }
                >
                    <option
                        value=""
                        prop:selected=move || draft.with(|c| c.opportunity_id.is_none())
                    >
                        "None"
                    </option>
                    {move || {
                        opportunities()
                            .into_iter()
                            .map(|(id, title)| {
                                let linked = id.clone();
                                view! {
                                    <option
                                        value=id
                                        prop:selected=move || {
                                            draft.with(|c| c.opportunity_id.as_ref() == Some(&linked))
                                        }
                                    >
                                        {title}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <TextField
                id=field_id("notes")
                label="Notes"
                hint="What you talked about, what they care about"
                multiline=true
                value=text(|c| &c.notes)
                on_input=Callback::new(move |v| draft.update(|c| c.notes = v))
            />
            <div class="form-actions">
                <button type="submit" class="button">
                    {submit_label}
                </button>
                {on_cancel
                    .map(|cancel| {
                        view! {
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| cancel.run(())
                            >
                                "Cancel"
                            </button>
                        }
                    })}
            </div>
        </form>
    }
}
