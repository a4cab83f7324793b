use leptos::prelude::*;

/// A labelled text input (or textarea) with an optional hint and an error
/// shown next to it. The hint and error are tied to the control with
/// `aria-describedby`, and `aria-invalid` is set while there is an error.
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
    /// Browser autofill hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// The keyboard to offer on phones ("text", "decimal", "numeric").
    #[prop(default = "text")]
    inputmode: &'static str,
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
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = {
        let (hint_id, error_id, has_hint) = (hint_id.clone(), error_id.clone(), hint.is_some());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
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
                aria-describedby=described_by
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
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
                on:blur=blur
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-error=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{hint}</p> })}
            {move || {
                error
                    .get()
                    .map(|message| {
                        view! {
                            <p class="field-message" id=error_id.clone()>
                                <span class="visually-hidden">"Error: "</span>
                                {message}
                            </p>
                        }
                    })
            }}
            <div class="field-control">
                {control} {suffix.map(|s| view! { <span class="field-suffix">{s}</span> })}
            </div>
        </div>
    }
}
