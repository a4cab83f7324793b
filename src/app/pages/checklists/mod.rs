//! The articles' checklists, ticked per opportunity, the one that matters for
//! the opportunity's stage first.

mod checklist_card;
mod opportunity_checklists;
mod opportunity_picker;

use leptos::prelude::*;

use opportunity_checklists::OpportunityChecklists;
use opportunity_picker::OpportunityPicker;

/// The checklists screen: pick an opportunity, or see its checklists.
#[component]
pub fn Checklists(
    /// The opportunity id from the address, if any.
    id: Option<String>,
) -> impl IntoView {
    match id {
        None => view! {
            <h1>"Checklists"</h1>
            <p class="lead">
                "Short lists of what to check before you accept, before you reply, when you say no, and afterwards. Your ticks are kept per opportunity."
            </p>
            <OpportunityPicker current=None />
        }
        .into_any(),
        Some(id) => view! { <OpportunityChecklists id=id /> }.into_any(),
    }
}
