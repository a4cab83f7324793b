use leptos::prelude::*;

use super::checklist_card::ChecklistCard;
use super::opportunity_picker::OpportunityPicker;
use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::checklists::{applies_for, for_opportunity};

/// One opportunity's checklists: those for its stage open, the rest folded away.
#[component]
pub fn OpportunityChecklists(
    /// The opportunity's id.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let found = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .workspace
                .with(|w| w.opportunity(&id).map(|o| (o.title(), o.stage)))
        })
    };
    let stage = Memo::new(move |_| found.get().map(|(_, stage)| stage));
    let workspace_href = Route::Opportunity {
        id: id.clone(),
        step: String::new(),
    }
    .href();

    move || match found.get() {
        None => view! {
            <h1>"Checklists"</h1>
            <p>"That opportunity is not in your list. It may have been removed."</p>
            <OpportunityPicker current=None />
        }
        .into_any(),
        Some((title, _)) => {
            let id = id.clone();
            // The cards for the lists that apply to the stage (or, with
            // `applying` false, those that do not), in the stage's order.
            let cards = |applying: bool| {
                let id = id.clone();
                move || {
                    // A counteroffer from the current employer adds its list to
                    // whichever stage this opportunity is at.
                    let lists = state.workspace.with(|w| {
                        let o = w.opportunity(&id)?;
                        Some(
                            for_opportunity(w, o)
                                .into_iter()
                                .filter(|c| applies_for(w, o, c.kind) == applying)
                                .collect::<Vec<_>>(),
                        )
                    })?;
                    Some(
                        lists
                            .into_iter()
                            .map(|c| view! { <ChecklistCard opportunity_id=id.clone() checklist=c /> })
                            .collect_view(),
                    )
                }
            };
            let (applying, others) = (cards(true), cards(false));
            view! {
                <p class="breadcrumb">
                    <a href="#/checklists">"Checklists"</a>
                </p>
                <h1>"Checklists for " {title}</h1>
                <p class="checklist-stage">
                    "Stage: " <span class="tag">{move || stage.get().map(|s| s.label())}</span> " "
                    <a href=workspace_href.clone()>"Open this opportunity"</a>
                </p>
                {applying}
                <details class="checklist-others">
                    <summary>"Checklists for other stages"</summary>
                    {others}
                </details>
                <section aria-labelledby="checklist-switch">
                    <h2 id="checklist-switch">"Other opportunities"</h2>
                    <OpportunityPicker current=Some(id.clone()) />
                </section>
            }
            .into_any()
        }
    }
}
