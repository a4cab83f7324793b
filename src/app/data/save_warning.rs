use super::{use_data, SaveState};
use crate::app::Route;
use leptos::prelude::*;

/// A persistent warning while changes cannot be saved. It stays until the
/// next successful save.
#[component]
pub fn SaveWarning() -> impl IntoView {
    let data = use_data();
    move || {
        let text = match data.save_state.get() {
            SaveState::Saved => return None,
            SaveState::QuotaFull => "This browser's storage for Crossroads is full, so your latest changes are not saved yet. They stay here while this tab is open. Export a backup now, then free some space; Crossroads tries again with each change.",
            SaveState::Refused => "This browser refused to save your latest changes. They stay here while this tab is open. Export a backup now; Crossroads tries again with each change.",
        };
        Some(view! {
            <div class="notice notice-warning banner" role="alert">
                <p>{text}</p>
                <a href=Route::Settings.href()>"Export a backup"</a>
            </div>
        })
    }
}
