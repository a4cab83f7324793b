use leptos::prelude::*;

/// Shown for an address the app does not know; offers the way back.
#[component]
pub fn NotFound(
    /// The unknown path, shown as text.
    path: String,
) -> impl IntoView {
    view! {
        <h1>"This page does not exist"</h1>
        <p>"There is no screen at “" {path} "”. Your data is untouched."</p>
        <p>
            <a href="#/">"Go to the start page"</a>
        </p>
    }
}
