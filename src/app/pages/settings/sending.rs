use leptos::prelude::*;

use crate::app::forms::CheckboxField;
use crate::app::state::use_app_state;

/// "I would rather write than call", kept in the settings: one control for
/// Settings and for the studio's "How to send it".
#[component]
pub fn PrefersWriting(
    /// The `id` of the checkbox.
    id: &'static str,
    /// The hint under it, for where it is shown.
    hint: &'static str,
) -> impl IntoView {
    let state = use_app_state();
    let prefers_writing =
        Signal::derive(move || state.workspace.with(|w| w.settings.prefers_writing));
    view! {
        <CheckboxField
            id=id
            label="I would rather write than call"
            hint=hint
            checked=prefers_writing
            on_change=Callback::new(move |on: bool| {
                state.workspace.update(|w| w.settings.prefers_writing = on)
            })
        />
    }
}

/// How you like to deliver news: kept for every message, and the same
/// choice the studio offers where a message is sent.
#[component]
pub fn Sending() -> impl IntoView {
    view! {
        <section class="settings-section" aria-labelledby="settings-sending">
            <h2 id="settings-sending" tabindex="-1">"Sending"</h2>
            <PrefersWriting
                id="settings-prefers-writing"
                hint="The advice on how to send then suggests an email first and offers a call as the other choice."
            />
        </section>
    }
}
