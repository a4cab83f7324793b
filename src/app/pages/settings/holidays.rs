use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::app::format::long_date;
use crate::app::forms::TextField;
use crate::app::state::use_app_state;
use crate::core::settings_form::add_holiday;

/// Public holidays and other days off: add by date, remove one by one.
#[component]
pub fn Holidays() -> impl IntoView {
    let state = use_app_state();
    let (text, set_text) = signal(String::new());
    let (error, set_error) = signal(None::<String>);
    let (status, set_status) = signal(String::new());
    let holidays = Memo::new(move |_| state.workspace.with(|w| w.settings.holidays.clone()));

    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut result = Err(String::new());
        state
            .workspace
            .update(|w| result = add_holiday(&mut w.settings, &text.get_untracked()));
        match result {
            Ok(date) => {
                set_error.set(None);
                set_text.set(String::new());
                set_status.set(format!("Added {}", long_date(date)));
            }
            Err(message) => set_error.set(Some(message)),
        }
    };

    view! {
        <h3>"Holidays"</h3>
        <p class="visually-hidden" role="status">{status}</p>
        {shown_or(
            move || !holidays.with(Vec::is_empty),
            move || view! {
                <ul class="holiday-list" role="list">
                    <For each=move || holidays.get() key=|d| *d let:day>
                        <li>
                            <time datetime=day.to_string()>{long_date(day)}</time>
                            <button
                                type="button"
                                class="link-button"
                                on:click=move |_| {
                                    state.workspace.update(|w| w.settings.holidays.retain(|d| *d != day));
                                    set_status.set(format!("Removed {}", long_date(day)));
                                }
                            >
                                "Remove"
                                <span class="visually-hidden">" " {long_date(day)}</span>
                            </button>
                        </li>
                    </For>
                </ul>
            }.into_any(),
            move || view! { <p>"No holidays added."</p> }.into_any(),
        )}
        <form class="inline-form" novalidate on:submit=add>
            <TextField
                id="holiday-date"
                label="Add a holiday"
                hint="Days off that fall on a working day, such as public holidays."
                kind="date"
                value=text
                on_input=Callback::new(move |v| {
                    set_text.set(v);
                    set_error.set(None);
                })
                error=error
            />
            <button type="submit" class="button button-secondary">"Add holiday"</button>
        </form>
    }
}
