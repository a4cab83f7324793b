use super::use_data;
use crate::app::forms::shown_or;
use crate::app::forms::Confirm;
use crate::core::storage::contents_phrase;
use leptos::prelude::*;

/// Erases everything, after a confirmation that names what will go.
#[component]
pub fn ErasePanel() -> impl IntoView {
    let data = use_data();
    let (confirming, set_confirming) = signal(false);
    let (status, set_status) = signal(String::new());
    let what_goes = move || {
        format!(
            "This deletes {}, with your priorities, goals and settings, from this browser. It cannot be undone, so export a backup first if you may want any of it.",
            data.workspace.with(contents_phrase)
        )
    };
    view! {
        <section class="data-panel" aria-labelledby="erase-heading">
            <h3 id="erase-heading">"Erase all data"</h3>
            {shown_or(
                move || confirming.get(),
                move || view! {
                    <Confirm
                        id="erase"
                        question=Signal::derive(what_goes)
                        yes="Erase everything".to_string()
                        no="Keep my data"
                        on_yes=Callback::new(move |_| {
                            data.erase_all();
                            set_confirming.set(false);
                            set_status.set("All data in this browser was erased.".into());
                        })
                        on_no=Callback::new(move |_| set_confirming.set(false))
                    />
                }.into_any(),
                move || view! {
                    <p>"Removes everything Crossroads keeps in this browser."</p>
                    <button
                        type="button"
                        class="button button-danger"
                        on:click=move |_| {
                            set_status.set(String::new());
                            set_confirming.set(true);
                        }
                    >
                        "Erase all data…"
                    </button>
                }.into_any(),
            )}
            <p class="data-status" role="status">{status}</p>
        </section>
    }
}
