use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::state::use_app_state;
use crate::core::guide::Topic;
use crate::core::model::Priorities;

/// The order of priorities every opportunity is scored against, with a reset
/// to the default order (undoable). The criteria come from the articles; the
/// starting order is a Crossroads default.
#[component]
pub fn DefaultPriorities() -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| state.workspace.with(|w| w.priorities.choices()));
    let (undo, set_undo) = signal(None::<Priorities>);
    let (status, set_status) = signal(String::new());
    let is_default = move || {
        state
            .workspace
            .with(|w| w.priorities == Priorities::default())
    };
    let why = Route::guide_for(Topic::Priorities).href();
    let count = move || rows.with(Vec::len);
    let numbered = move || rows.get().into_iter().enumerate().collect::<Vec<_>>();

    view! {
        <section class="settings-section" aria-labelledby="settings-priorities">
            <h2 id="settings-priorities" tabindex="-1">"Default priorities"</h2>
            <p class="hint">
                "What matters most comes first and weighs most in the matrix. The criteria come from the articles; the starting order is a Crossroads default. "
                <a href=why>"How the order is used"</a>
            </p>
            <p class="visually-hidden" role="status">{status}</p>
            <ol class="priority-order">
                <For
                    each=numbered
                    key=|row| row.clone()
                    children=move |(index, (id, name))| {
                        let up_id = id.clone();
                        let down_id = id.clone();
                        let up_name = name.clone();
                        let down_name = name.clone();
                        view! {
                            <li>
                                <span class="priority-name">{name.clone()}</span>
                                <span class="priority-moves">
                                    <button
                                        type="button"
                                        class="button button-secondary button-small"
                                        disabled={index == 0}
                                        on:click=move |_| {
                                            state.workspace.update(|w| { w.priorities.move_up(&up_id); });
                                            set_status.set(format!("Moved {up_name} up"));
                                        }
                                    >
                                        "Up"
                                        <span class="visually-hidden">": " {name.clone()}</span>
                                    </button>
                                    <button
                                        type="button"
                                        class="button button-secondary button-small"
                                        disabled={move || index + 1 >= count()}
                                        on:click=move |_| {
                                            state.workspace.update(|w| { w.priorities.move_down(&down_id); });
                                            set_status.set(format!("Moved {down_name} down"));
                                        }
                                    >
                                        "Down"
                                        <span class="visually-hidden">": " {name.clone()}</span>
                                    </button>
                                </span>
                            </li>
                        }
                    }
                />
            </ol>
            <div class="form-actions">
                <button
                    type="button"
                    class="button button-secondary"
                    disabled=is_default
                    on:click=move |_| {
                        let before = state.workspace.with_untracked(|w| w.priorities.clone());
                        state.workspace.update(|w| w.priorities = Priorities::default());
                        set_undo.set(Some(before));
                        set_status.set("Priorities reset to the defaults".to_string());
                    }
                >
                    "Reset to the default order"
                </button>
                {move || {
                    undo.get()
                        .map(|before| {
                            view! {
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| {
                                        let before = before.clone();
                                        state.workspace.update(|w| w.priorities = before);
                                        set_undo.set(None);
                                        set_status.set("Your previous order is back".to_string());
                                    }
                                >
                                    "Undo the reset"
                                </button>
                            }
                        })
                }}
            </div>
        </section>
    }
}
