use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::core::date::Weekday;
use crate::core::settings_form::set_weekend_day;

/// A checkbox per weekday; ticked days are not working days.
#[component]
pub fn WeekendDays() -> impl IntoView {
    let state = use_app_state();
    let (error, set_error) = signal(None::<String>);
    let boxes = Weekday::ALL
        .into_iter()
        .map(|day| {
            let id = format!("weekend-{}", day.name().to_ascii_lowercase());
            let checked = move || state.workspace.with(|w| w.settings.weekend_days.contains(&day));
            let change = move |ev: leptos::ev::Event| {
                let on = event_target_checked(&ev);
                let mut result = Ok(());
                state
                    .workspace
                    .update(|w| result = set_weekend_day(&mut w.settings, day, on));
                match result {
                    Ok(()) => set_error.set(None),
                    Err(message) => {
                        // The box stays as the data says: undo the browser's tick.
                        if let Some(input) = ev
                            .target()
                            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
                        {
                            input.set_checked(!on);
                        }
                        set_error.set(Some(message));
                    }
                }
            };
            view! {
                <li class="checkbox">
                    <input
                        type="checkbox"
                        id=id.clone()
                        prop:checked=checked
                        on:change=change
                        aria-describedby=move || {
                            if error.with(Option::is_some) { "weekend-hint weekend-error" } else { "weekend-hint" }
                        }
                    />
                    <label for=id>{day.name()}</label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field-error=move || error.with(Option::is_some)>
            <legend>"Weekend days"</legend>
            <p class="hint" id="weekend-hint">
                "Tick the days you do not work. Saturday and Sunday by default; Friday and Saturday work just as well."
            </p>
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-message" id="weekend-error">
                                <span class="visually-hidden">"Error: "</span>
                                {message}
                            </p>
                        }
                    })
            }}
            <ul class="weekday-list" role="list">
                {boxes}
            </ul>
        </fieldset>
    }
}
