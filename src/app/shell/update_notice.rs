use crate::app::forms::shown;
use leptos::prelude::*;

use crate::app::platform::service_worker::UpdateReady;

/// Tells the user a new version has been downloaded and offers to switch to it.
/// It never reloads on its own: the user may be in the middle of typing.
#[component]
pub fn UpdateNotice(
    /// Set once a new version is waiting.
    update: ReadSignal<Option<UpdateReady>, LocalStorage>,
) -> impl IntoView {
    view! {
        {shown(
            move || update.get().is_some(),
            move || view! {
                <div class="notice notice-info" role="status">
                    <p>"A new version of Crossroads is ready."</p>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            if let Some(ready) = update.get_untracked() {
                                ready.activate();
                            }
                        }
                    >
                        "Reload to update"
                    </button>
                </div>
            }.into_any(),
        )}
    }
}
