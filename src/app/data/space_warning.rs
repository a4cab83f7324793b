use super::use_data;
use crate::app::Route;
use crate::core::storage::{space_warning, WARN_FROM_UNITS};
use leptos::prelude::*;

/// A warning, well before the browser's storage for the app is full, that
/// says how full it is and what to export and delete to make room.
#[component]
pub fn SpaceWarning() -> impl IntoView {
    let data = use_data();
    move || {
        let units = data.stored_units.get();
        // Counting what the workspace holds only once it matters.
        if units < WARN_FROM_UNITS {
            return None;
        }
        let text = data.workspace.with(|w| space_warning(units, w))?;
        Some(view! {
            <div class="notice notice-warning banner" role="status">
                <p>{text}</p>
                <a href=Route::Settings.href()>"Export a backup"</a>
            </div>
        })
    }
}
