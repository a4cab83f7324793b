use leptos::prelude::*;

use super::{shown_or, Confirm};

/// Removes a row of a list: at once when nothing the user wrote goes with
/// it, else after a question that names what goes (`what`, like "round 2").
pub fn remove_button(
    id: String,
    what: Signal<String>,
    has_own_words: Signal<bool>,
    on_remove: Callback<()>,
) -> AnyView {
    let confirming = RwSignal::new(false);
    let press = move |_| {
        if has_own_words.get_untracked() {
            confirming.set(true);
        } else {
            on_remove.run(());
        }
    };
    shown_or(
        move || confirming.get(),
        move || {
            view! {
                <Confirm
                    id=id.clone()
                    question=Signal::derive(move || format!("Remove {}? What you wrote about it goes too.", what.get()))
                    yes=Signal::derive(move || format!("Yes, remove {}", what.get()))
                    no="Keep it"
                    on_yes=on_remove
                    on_no=Callback::new(move |()| confirming.set(false))
                />
            }
            .into_any()
        },
        move || {
            view! {
                <button type="button" class="link-button" on:click=press>
                    "Remove " {move || what.get()}
                </button>
            }
            .into_any()
        },
    )
}
