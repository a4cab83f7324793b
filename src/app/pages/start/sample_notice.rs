use leptos::prelude::*;

use crate::app::state::use_app_state;
use crate::core::model::Workspace;

/// Says plainly that the data on screen is a sample, and removes it on request.
#[component]
pub fn SampleNotice() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="notice" role="note">
            <p>"You are exploring sample data. Nothing here is yours."</p>
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| {
                    let settings = state.workspace.with_untracked(|w| w.settings.clone());
                    state.workspace.set(Workspace { settings, ..Workspace::default() });
                }
            >
                "Remove the sample"
            </button>
        </div>
    }
}

/// On an empty first visit: offers a short sample to look around in.
#[component]
pub fn SampleOffer() -> impl IntoView {
    let state = use_app_state();
    view! {
        <p>"You have no opportunities yet. Use a quick start above, or look around with sample data first."</p>
        <button
            type="button"
            class="button button-secondary"
            on:click=move |_| state.workspace.set(Workspace::sample(state.today.get_untracked()))
        >
            "Explore a sample"
        </button>
    }
}
