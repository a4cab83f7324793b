use leptos::prelude::*;

/// Lets keyboard users jump past the navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main" on:click=|ev| {
        // The fragment is the router's; focus the main landmark instead of navigating.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    }>"Skip to content"</a> }
}
