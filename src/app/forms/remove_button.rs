use leptos::prelude::*;

use super::{shown_or, Confirm};

/// Focuses the element `id` once the page has redrawn (the element may be
/// new, or drawn again, by then): where focus goes when the control that
/// had it disappears.
pub fn focus_after_redraw(id: String) {
    request_animation_frame(move || {
        if let Some(Ok(element)) = document()
            .get_element_by_id(&id)
            .map(wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>)
        {
            let _ = element.focus();
        }
    });
}

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
    let button_id = StoredValue::new(id.clone());
    // Kept after all: focus goes back to the button, drawn again by then.
    let keep = Callback::new(move |()| {
        confirming.set(false);
        focus_after_redraw(button_id.get_value());
    });
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
                    on_no=keep
                />
            }
            .into_any()
        },
        move || {
            view! {
                <button type="button" class="link-button" id=button_id.get_value() on:click=press>
                    "Remove " {move || what.get()}
                </button>
            }
            .into_any()
        },
    )
}
