use leptos::prelude::*;

use super::frame::{described_by, frame};

/// A drop-down list.
#[component]
pub fn SelectField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// (value, label) pairs, in order. Reactive: a list that depends on
    /// other data (the criteria, say) follows it as it changes.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), false);
    let control = select_control(&id, describedby, options, value, on_change);
    frame(&id, label, hint, Signal::default(), control, None)
}

/// The `<select>` of a drop-down, shared with the fields described as data.
pub(super) fn select_control(
    id: &str,
    describedby: impl leptos::attr::AttributeValue,
    options: Signal<Vec<(String, String)>>,
    value: Signal<String>,
    on_change: Callback<String>,
) -> AnyView {
    view! {
        <select
            id=id.to_string()
            aria-describedby=describedby
            on:change:target=move |ev| on_change.run(ev.target().value())
        >
            {move || {
                options
                    .get()
                    .into_iter()
                    .map(|(v, l)| {
                        let selected = {
                            let v = v.clone();
                            move || value.with(|x| *x == v)
                        };
                        view! { <option value=v prop:selected=selected>{l}</option> }
                    })
                    .collect_view()
            }}
        </select>
    }
    .into_any()
}
