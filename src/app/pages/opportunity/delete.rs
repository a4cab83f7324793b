use crate::app::forms::shown_or;
use leptos::prelude::*;

use super::bind::Bind;
use crate::app::data::use_data;
use crate::app::forms::Confirm;
use crate::app::route::{navigate, Route};

/// Deletes the opportunity after a confirmation that names it.
#[component]
pub fn DeleteOpportunity(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let asking = RwSignal::new(false);
    let data = use_data();
    let title = bind.get(|o| o.title());
    let delete = move |_: ()| {
        // Through the data layer, so the undo bar offers it back.
        data.delete_opportunity(&bind.id.get_value());
        navigate(&Route::Start);
    };
    view! {
        <section class="danger-zone" aria-labelledby="delete-heading">
            <h3 id="delete-heading">"Delete"</h3>
            {shown_or(
                move || asking.get(),
                move || view! {
                    <Confirm
                        id="delete"
                        question=Signal::derive(move || format!("Delete {}? Its details, scores, concerns and plan go with it. You can undo this straight after.", title.get()))
                        yes=Signal::derive(move || format!("Yes, delete {}", title.get()))
                        no="Cancel"
                        on_yes=Callback::new(delete)
                        on_no=Callback::new(move |_| asking.set(false))
                    />
                }.into_any(),
                move || view! {
                    <button type="button" class="button button-secondary" on:click=move |_| asking.set(true)>
                        "Delete this opportunity"
                    </button>
                }.into_any(),
            )}
        </section>
    }
}
