//! Labelled form fields: label above, hint under the label, the error next to
//! the field with `aria-invalid`, all linked by `aria-describedby`.
//!
//! Fields take the model's value as text and a callback; a field whose text
//! must be parsed keeps what was typed locally while it is invalid, so a
//! half-typed "-" or "52,0" is never thrown away, and only valid values reach
//! the workspace.

use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

/// The snake-case name serde gives an enum variant, used as an option value.
pub fn slug_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The enum variant with this snake-case name.
pub fn from_slug<T: DeserializeOwned>(slug: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(slug.to_string())).ok()
}

/// The ids a field's hint and error carry, joined for `aria-describedby`.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// Label, hint and error around a control.
fn frame(
    id: &str,
    label: &'static str,
    hint: Option<&'static str>,
    error: Signal<Option<String>>,
    control: AnyView,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field-error=move || error.with(Option::is_some)>
            <label for=id.to_string()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="error-message" id=error_id.clone()>
                                <span class="visually-hidden">"Error: "</span>
                                {e}
                            </p>
                        }
                    })
            }}
            {control}
        </div>
    }
}

/// A text input (or a text area when `multiline`).
#[component]
pub fn TextField(
    /// The element id (the label points at it).
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<&'static str>,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every keystroke.
    on_input: Callback<String>,
    /// A text area rather than a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The autocomplete hint, e.g. "organization".
    #[prop(optional)]
    autocomplete: Option<&'static str>,
    /// An error from outside the field.
    #[prop(optional, into)]
    error: Signal<Option<String>>,
) -> impl IntoView {
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.is_some(), error.with(Option::is_some))
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="3"
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                autocomplete=autocomplete
                aria-describedby=describedby
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
            />
        }
        .into_any()
    };
    frame(&id, label, hint, error, control)
}

/// A field whose text is parsed: `apply` stores a valid value and returns
/// `None`, or returns the message for an invalid one.
#[component]
pub fn ParsedField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<&'static str>,
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
    // An empty hint is no hint (lets callers pass one through unconditionally).
    let hint = hint.filter(|h| !h.is_empty());
    let typed = RwSignal::new(None::<String>);
    let own_error = RwSignal::new(None::<String>);
    let error = Signal::derive(move || own_error.get().or_else(|| cross_error.get()));
    let describedby = {
        let id = id.clone();
        move || described_by(&id, hint.is_some(), error.with(Option::is_some))
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
    frame(&id, label, hint, error, control)
}

/// A drop-down list.
#[component]
pub fn SelectField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<&'static str>,
    /// (value, label) pairs, in order.
    options: Vec<(String, String)>,
    /// The selected value.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the chosen value.
    on_change: Callback<String>,
) -> impl IntoView {
    let describedby = described_by(&id, hint.is_some(), false);
    let control = view! {
        <select
            id=id.clone()
            aria-describedby=describedby
            on:change:target=move |ev| on_change.run(ev.target().value())
        >
            {options
                .into_iter()
                .map(|(v, l)| {
                    let selected = {
                        let v = v.clone();
                        move || value.with(|x| *x == v)
                    };
                    view! {
                        <option value=v prop:selected=selected>
                            {l}
                        </option>
                    }
                })
                .collect_view()}
        </select>
    }
    .into_any();
    frame(&id, label, hint, Signal::default(), control)
}

/// A checkbox with its label beside it.
#[component]
pub fn CheckboxField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    label: &'static str,
    /// A hint under the label.
    #[prop(optional, into)]
    hint: Option<&'static str>,
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
