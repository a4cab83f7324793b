use leptos::prelude::*;

use crate::app::forms::TextField;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::guide::Topic;
use crate::core::settings_form::{format_number, Line};

/// One line's field, with a reset to the default.
#[component]
fn LineField(
    /// Which line.
    line: Line,
) -> impl IntoView {
    let state = use_app_state();
    let draft = RwSignal::new(None::<String>);
    let stored = move || state.workspace.with(|w| line.value(w));
    let value = Signal::derive(move || draft.get().unwrap_or_else(|| format_number(stored())));
    let error = Signal::derive(move || {
        draft
            .get()
            .and_then(|t| state.workspace.with(|w| line.parse(&t, w).err()))
    });
    let (id, label, hint) = match line {
        Line::WalkAway => (
            "walk-away-line",
            "Walk-away line",
            "Below this total out of 100 you would say no, even after negotiating.",
        ),
        Line::Accept => (
            "accept-line",
            "Accept line",
            "At or above this total out of 100, an offer is good enough to take once its terms are in writing.",
        ),
    };
    let default = line.default_value();
    let hint = format!(
        "{hint} Default: {} ({}): the articles ask you to set this line before you look at an offer, but give no number.",
        format_number(default),
        line.source().in_sentence(),
    );
    view! {
        <div class="setting-row">
            <TextField
                id=id
                label=label
                hint=hint
                inputmode="decimal"
                suffix="out of 100"
                value=value
                on_input=Callback::new(move |text: String| {
                    let parsed = state.workspace.with_untracked(|w| line.parse(&text, w));
                    if let Ok(v) = parsed {
                        state.workspace.update(|w| line.apply(w, v));
                    }
                    draft.set(Some(text));
                })
                error=error
            />
            <button
                type="button"
                class="link-button"
                on:click=move |_| {
                    state.workspace.update(|w| line.apply(w, default));
                    draft.set(None);
                }
            >
                {format!("Reset to {}", format_number(default))}
                <span class="visually-hidden">" for the " {label}</span>
            </button>
        </div>
    }
}

/// The walk-away and accept lines.
#[component]
pub fn DecisionLines() -> impl IntoView {
    let why = Route::guide_for(Topic::WalkAwayLine).href();
    view! {
        <section class="settings-section" aria-labelledby="settings-lines">
            <h2 id="settings-lines" tabindex="-1">"Decision lines"</h2>
            <p class="hint">
                "Set these before you look at the numbers, so an offer cannot move them. "
                <a href=why>"Why decide in advance?"</a>
            </p>
            <LineField line=Line::WalkAway />
            <LineField line=Line::Accept />
        </section>
    }
}
