use leptos::prelude::*;

use crate::app::forms::TextField;
use crate::app::state::use_app_state;
use crate::core::settings_form::parse_currency;

/// The home currency every value is converted into.
#[component]
pub fn Currency() -> impl IntoView {
    let state = use_app_state();
    // What the user typed, while it differs from what is stored.
    let draft = RwSignal::new(None::<String>);
    let value = Signal::derive(move || {
        draft
            .get()
            .unwrap_or_else(|| state.workspace.with(|w| w.settings.currency.clone()))
    });
    let error = Signal::derive(move || draft.get().and_then(|t| parse_currency(&t).err()));
    view! {
        <section class="settings-section" aria-labelledby="settings-currency">
            <h2 id="settings-currency" tabindex="-1">"Currency"</h2>
            <TextField
                id="home-currency"
                label="Home currency"
                hint="Three letters, like EUR, USD or GBP. Offers in other currencies are converted into it at the rate you enter on each offer."
                value=value
                on_input=Callback::new(move |text: String| {
                    // Only a change: the floor is rescaled for the new code.
                    let changed = parse_currency(&text).ok().filter(|code| {
                        state.workspace.with_untracked(|w| &w.settings.currency != code)
                    });
                    if let Some(code) = changed {
                        state.workspace.update(|w| w.set_home_currency(&code));
                    }
                    draft.set(Some(text));
                })
                on_blur=Callback::new(move |_| {
                    if error.get_untracked().is_none() {
                        draft.set(None);
                    }
                })
                error=error
            />
        </section>
    }
}
