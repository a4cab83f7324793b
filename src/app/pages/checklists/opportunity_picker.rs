use crate::app::forms::shown_or;
use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::checklists::{for_opportunity, progress};

/// Links to every opportunity's checklists, with progress on the one that
/// matters most for its stage.
#[component]
pub fn OpportunityPicker(
    /// The opportunity already shown, left out of the list.
    current: Option<String>,
) -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.opportunities
                .iter()
                .filter(|o| Some(&o.id) != current.as_ref())
                .map(|o| {
                    let lead = for_opportunity(w, o)[0];
                    let p = progress(w, &o.id, lead);
                    (
                        o.id.clone(),
                        o.title(),
                        o.stage.label(),
                        format!("{}: {}", lead.title, p.label()),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        {shown_or(
            move || !rows.with(Vec::is_empty),
            move || view! {
                <ul class="checklist-picker" role="list">
                    <For
                        each=move || rows.get()
                        key=|row| row.clone()
                        children=|(id, title, stage, summary)| {
                            let href = Route::Checklists { id: Some(id) }.href();
                            view! {
                                <li>
                                    <a href=href>{title}</a>
                                    " "
                                    <span class="tag">{stage}</span>
                                    <p class="hint">{summary}</p>
                                </li>
                            }
                        }
                    />
                </ul>
            }.into_any(),
            move || view! {
                <p>
                    "Checklists belong to an opportunity. "
                    <a href="#/">"Add one from the start screen"</a>
                    ", then come back here."
                </p>
            }.into_any(),
        )}
    }
}
