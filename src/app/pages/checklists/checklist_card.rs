use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::checklists::{progress, Checklist};
use crate::core::guide;

/// One checklist for one opportunity: real checkboxes and a progress bar
/// named after the list.
#[component]
pub fn ChecklistCard(
    /// The opportunity the ticks belong to.
    opportunity_id: String,
    /// The checklist.
    checklist: &'static Checklist,
) -> impl IntoView {
    let state = use_app_state();
    let heading_id = format!("checklist-{}", checklist.slug);
    let labelled_by = heading_id.clone();
    let progress = {
        let opportunity_id = opportunity_id.clone();
        Memo::new(move |_| {
            state
                .workspace
                .with(|w| progress(w, &opportunity_id, checklist))
        })
    };
    let items = checklist
        .items
        .iter()
        .map(|item| {
            let input_id = format!("check-{}", item.id.replace('.', "-"));
            let checked = {
                let opportunity_id = opportunity_id.clone();
                move || state.workspace.with(|w| w.is_checked(&opportunity_id, item.id))
            };
            let toggle = {
                let opportunity_id = opportunity_id.clone();
                move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    state
                        .workspace
                        .update(|w| w.set_checked(&opportunity_id, item.id, on));
                }
            };
            let why = item.why.and_then(|topic| guide::section_for(topic).map(|s| (topic, s))).map(|(topic, s)| {
                let href = Route::guide_for(topic).href();
                view! {
                    <a class="checklist-why" href=href>
                        "Why?"
                        <span class="visually-hidden">" " {s.title}</span>
                    </a>
                }
            });
            view! {
                <li class="checklist-item">
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                    <label for=input_id>{item.text}</label>
                    {why}
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="checklist card" aria-labelledby=labelled_by>
            <h2 id=heading_id>{checklist.title}</h2>
            <p class="hint">{checklist.purpose}</p>
            <div class="checklist-progress">
                <progress
                    max=move || progress.get().total
                    value=move || progress.get().done
                    aria-label=format!("{} progress", checklist.title)
                ></progress>
                <span class:done=move || progress.get().is_complete()>
                    {move || progress.get().label()}
                </span>
            </div>
            <ul class="checklist-items" role="list">
                {items}
            </ul>
        </section>
    }
}
