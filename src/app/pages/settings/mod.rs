//! Settings. For now it holds "Your data"; other settings join it here.

mod your_data;

use leptos::prelude::*;
use your_data::YourData;

/// The settings screen.
#[component]
pub fn Settings() -> impl IntoView {
    view! {
        <h1>"Settings"</h1>
        <YourData />
    }
}
