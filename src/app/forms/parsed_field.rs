use leptos::prelude::*;

use super::frame::{described_by, frame};

/// A field whose text is parsed: `apply` stores a valid value and returns
/// `None`, or returns the message for an invalid one.
///
/// The field keeps what was typed while it is invalid, so a half-typed "-" or
/// "52,0" is never thrown away, and only valid values reach the workspace.
#[component]
pub fn ParsedField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// A hint under the label; an empty one is no hint.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The stored value, as text.
    #[prop(into)]
    value: Signal<String>,
    /// Stores valid text, or returns what is wrong with it.
    apply: Callback<String, Option<String>>,
    /// `text`, `date` …
    #[prop(default = "text")]
    kind: &'static str,
    /// `decimal`, `numeric` …
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// A problem found across fields (e.g. a date before another).
    #[prop(optional, into)]
    cross_error: Signal<Option<String>>,
) -> impl IntoView {
    let hint = hint.filter(|h| !h.is_empty());
    let typed = RwSignal::new(None::<String>);
    let own_error = RwSignal::new(None::<String>);
    let error = Signal::derive(move || own_error.get().or_else(|| cross_error.get()));
    let describedby = {
        let (id, has_hint) = (id.clone(), hint.is_some());
        move || described_by(&id, has_hint, error.with(Option::is_some))
    };
    let control = view! {
        <input
            id=id.clone()
            type=kind
            inputmode=inputmode
            aria-describedby=describedby
            aria-invalid=move || error.with(Option::is_some).then_some("true")
            prop:value=move || typed.get().unwrap_or_else(|| value.get())
            on:input:target=move |ev| {
                let text = ev.target().value();
                let problem = apply.run(text.clone());
                typed.set(Some(text));
                own_error.set(problem);
            }
        />
    }
    .into_any();
    frame(&id, label, hint, error, control, None)
}
