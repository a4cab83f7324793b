use super::use_data;
use crate::app::forms::shown;
use crate::app::platform::download::download_json;
use crate::app::state::today;
use crate::core::storage::export_json;
use leptos::prelude::*;

/// Shown once a newer build of the app has saved over what this tab loaded.
/// This tab no longer saves; what the user changed here since its last save
/// is still in memory and downloads as an export, which the newer version
/// imports (and can merge with what it has).
#[component]
pub fn NewerBanner() -> impl IntoView {
    let data = use_data();
    let download = move |_| {
        let day = today();
        let text = data.workspace.with_untracked(|w| export_json(w, day));
        download_json(&format!("crossroads-unsaved-{day}.json"), &text);
    };
    let reload = move |_| {
        let _ = window().location().reload();
    };
    view! {
        {shown(
            move || data.superseded.get(),
            move || view! {
                <div class="notice notice-error banner" role="alert">
                    <p>"A newer version of Crossroads saved your data. Reload to continue with it."</p>
                    <p>"This tab has stopped saving, so it cannot write over the newer data. Anything you changed here since its last save is kept in this tab until you reload: download it, then import it after reloading and choose to merge it with what is there."</p>
                    <div class="actions">
                        <button type="button" class="button" on:click=download>"Download unsaved changes"</button>
                        <button type="button" class="button button-secondary" on:click=reload>"Reload"</button>
                    </div>
                </div>
            }.into_any(),
        )}
    }
}
