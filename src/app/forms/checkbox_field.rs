use leptos::prelude::*;

use super::frame::described_by;

/// A checkbox with its label beside it.
#[component]
pub fn CheckboxField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// Whether it is ticked.
    #[prop(into)]
    checked: Signal<bool>,
    /// Called with the new state.
    on_change: Callback<bool>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), false);
    view! {
        <div class="field checkbox">
            <input
                id=id.clone()
                type="checkbox"
                aria-describedby=describedby
                prop:checked=move || checked.get()
                on:change:target=move |ev| on_change.run(ev.target().checked())
            />
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
        </div>
    }
}
