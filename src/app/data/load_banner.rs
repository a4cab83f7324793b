use super::use_data;
use crate::app::forms::{shown, shown_or};
use crate::app::platform::download::download_json;
use crate::app::state::today;
use crate::core::storage::LoadOutcome;
use leptos::prelude::*;

/// What happened, in the user's terms.
fn explain(problem: &LoadOutcome) -> &'static str {
    match problem {
        LoadOutcome::Corrupt { .. } => "The data saved in this browser could not be read: it is damaged. Nothing has been deleted.",
        LoadOutcome::WrongShape { .. } => "The data saved in this browser is not in a form this version of Crossroads understands. Nothing has been deleted.",
        LoadOutcome::NewerVersion { .. } => "Your data was saved by a newer version of Crossroads. Reload the page to get the newest version. Nothing has been deleted.",
        LoadOutcome::Unavailable => "This browser is not letting Crossroads save anything, as happens in some private windows or when site data is blocked. You can use the app, but what you enter is gone when you close this tab. Export a backup from Settings to keep it.",
        LoadOutcome::Ok(_) => "",
    }
}

/// Says what went wrong when the stored data could not be loaded, offers the
/// original as a download, and lets the user choose to start fresh. Until
/// then nothing is written over the original.
#[component]
pub fn LoadBanner() -> impl IntoView {
    let data = use_data();
    let (confirming, set_confirming) = signal(false);
    let download = move |_| {
        if let Some(original) = data
            .problem
            .with_untracked(|p| p.as_ref().and_then(|p| p.original().map(str::to_string)))
        {
            download_json(&format!("crossroads-original-{}.json", today()), &original);
        }
    };
    move || {
        let problem = data.problem.get()?;
        let has_original = problem.original().is_some();
        Some(view! {
            <div class="notice notice-error banner" role="alert">
                <p>{explain(&problem)}</p>
                {shown(
                    move || has_original,
                    move || view! {
                        <p>"Changes you make now are not saved until you choose what to do with the stored data. Download the original to keep it, then start fresh or import a backup from Settings."</p>
                        <div class="actions">
                            <button type="button" class="button" on:click=download>"Download the original"</button>
                            {shown_or(
                                move || confirming.get(),
                                move || view! {
                                    <p>"Starting fresh replaces the stored data in this browser with what you have in the app now. Download the original first if you may need it."</p>
                                    <button type="button" class="button button-danger" on:click=move |_| data.start_fresh()>
                                        "Replace the stored data and start fresh"
                                    </button>
                                    <button type="button" class="button button-secondary" on:click=move |_| set_confirming.set(false)>
                                        "Cancel"
                                    </button>
                                }.into_any(),
                                move || view! {
                                    <button type="button" class="button button-secondary" on:click=move |_| set_confirming.set(true)>
                                        "Start fresh"
                                    </button>
                                }.into_any(),
                            )}
                        </div>
                    }.into_any(),
                )}
            </div>
        })
    }
}
