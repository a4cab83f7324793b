use leptos::prelude::*;

use crate::app::forms::TextField;
use crate::app::state::use_app_state;
use crate::core::settings_form::Threshold;

/// One threshold: its field, the unit, its default with where that comes
/// from (the articles, or a Crossroads default), and a reset to it.
#[component]
pub fn ThresholdField(
    /// The threshold to edit.
    threshold: &'static Threshold,
) -> impl IntoView {
    let state = use_app_state();
    // What the user typed; `None` shows the stored value.
    let draft = RwSignal::new(None::<String>);
    let value = Signal::derive(move || {
        draft.get().unwrap_or_else(|| {
            state
                .workspace
                .with(|w| threshold.display(threshold.value(&w.settings)))
        })
    });
    let error = Signal::derive(move || {
        draft.get().and_then(|t| {
            state
                .workspace
                .with(|w| threshold.parse(&t, &w.settings).err())
        })
    });
    let default = threshold.default_value();
    let is_default = move || {
        state
            .workspace
            .with(|w| threshold.value(&w.settings) == default)
    };
    let default_text = format!("{} {}", threshold.display(default), threshold.unit);
    view! {
        <div class="setting-row">
            <TextField
                id=format!("threshold-{}", threshold.key)
                label=threshold.label
                hint=format!(
                    "{} Default: {default_text} ({}).",
                    threshold.hint,
                    threshold.source.in_sentence(),
                )
                inputmode=if threshold.whole { "numeric" } else { "decimal" }
                suffix=threshold.unit
                value=value
                on_input=Callback::new(move |text: String| {
                    let parsed = state.workspace.with_untracked(|w| threshold.parse(&text, &w.settings));
                    if let Ok(v) = parsed {
                        state.workspace.update(|w| threshold.apply(&mut w.settings, v));
                    }
                    draft.set(Some(text));
                })
                error=error
            />
            <button
                type="button"
                class="link-button"
                disabled=move || is_default() && draft.with(Option::is_none)
                on:click=move |_| {
                    state.workspace.update(|w| threshold.apply(&mut w.settings, default));
                    draft.set(None);
                }
            >
                {format!("Reset to {default_text}")}
                <span class="visually-hidden">" for " {threshold.label}</span>
            </button>
        </div>
    }
}
