use leptos::prelude::*;

use super::frame::{described_by, frame};

/// A labelled text input (or textarea) with an optional hint, an error shown
/// next to it and an optional unit after it. The hint and error are tied to
/// the control with `aria-describedby`, and `aria-invalid` is set while there
/// is an error.
#[component]
pub fn TextField(
    /// The control's id; the hint and error ids are derived from it.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The input's `type` ("text", "email", "tel", "date").
    #[prop(default = "text")]
    kind: &'static str,
    /// A textarea rather than a single line.
    #[prop(optional)]
    multiline: bool,
    /// Browser autofill hint, e.g. "organization".
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The keyboard to offer on phones ("decimal", "numeric").
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// Text after the control, like a unit ("days").
    #[prop(optional, into)]
    suffix: Option<String>,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// Called when the control loses focus (to start showing errors).
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
    /// The error to show, if any.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let describedby = {
        let (id, has_hint) = (id.clone(), hint.is_some());
        move || described_by(&id, has_hint, error.with(Option::is_some))
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let blur = move |_| {
        if let Some(on_blur) = on_blur {
            on_blur.run(());
        }
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
                on:blur=blur
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=kind
                autocomplete=autocomplete
                inputmode=inputmode
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
                on:blur=blur
            />
        }
        .into_any()
    };
    frame(&id, label, hint, error, control, suffix)
}
