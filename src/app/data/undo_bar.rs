use super::use_data;
use leptos::prelude::*;

/// Offers to undo the last deletion of an opportunity, contact or sent
/// message. Any screen deletes through `DataContext::delete_*` and this bar
/// appears; it is a live region, so the offer is announced.
#[component]
pub fn UndoBar() -> impl IntoView {
    let data = use_data();
    view! {
        <div class="undo-bar" role="status">
            {move || {
                data.undo.get().map(|deletion| {
                    view! {
                        <p>{deletion.describe()}</p>
                        <button type="button" class="button" on:click=move |_| data.undo_last()>"Undo"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| data.undo.set(None)>
                            "Dismiss"
                        </button>
                    }
                })
            }}
        </div>
    }
}
