use leptos::prelude::*;

/// The privacy promise, on every screen.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Everything you enter stays in this browser. Nothing is sent anywhere."</p>
        </footer>
    }
}
