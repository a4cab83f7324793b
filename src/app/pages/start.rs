use leptos::prelude::*;

/// The dashboard: what Crossroads is for, and where to begin.
#[component]
pub fn Start() -> impl IntoView {
    view! {
        <h1>"Decide what to do next, then say it well"</h1>
        <p class="lead">
            "You just had an interview, got an offer, or want out. Crossroads helps you weigh it against what matters to you and writes the message for you to send."
        </p>
    }
}
