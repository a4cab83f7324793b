//! One component for every field described as data (`core::fields`): the
//! control follows the field's kind, and reading, writing and validation
//! come from the caller, so each screen is a list of sections rather than
//! markup and closures per field.

use leptos::prelude::*;

use super::frame::{described_by, frame};
use super::select_field::select_control;
use crate::core::fields::{Control, Field};

/// What a field looks like, without the key that binds it to a record (so
/// the renderer is one function whatever the record).
#[derive(Clone)]
pub struct Look {
    id: String,
    label: &'static str,
    hint: &'static str,
    control: Control,
}

impl<K> From<&Field<K>> for Look {
    fn from(f: &Field<K>) -> Look {
        Look {
            id: f.id.to_string(),
            label: f.label,
            hint: f.hint,
            control: f.control,
        }
    }
}

impl Look {
    /// The same field in one row of a list: its id prefixed with the row's,
    /// so two rows never share one.
    pub fn within(mut self, row: &str) -> Look {
        self.id = format!("{row}-{}", self.id);
        self
    }
}

/// Renders a field. `apply` stores the text and returns what is wrong with
/// it, if anything; `cross_error` is a problem with another field (dates
/// out of order), shown here.
pub fn data_field(
    look: Look,
    value: Signal<String>,
    apply: Callback<String, Option<String>>,
    cross_error: Signal<Option<String>>,
) -> AnyView {
    let Look {
        id,
        label,
        hint,
        control,
    } = look;
    let has_hint = !hint.is_empty();
    let hint_view = has_hint.then(|| view! { <p class="hint" id=format!("{id}-hint")>{hint}</p> });
    if let Control::Flag = control {
        return view! {
            <div class="field checkbox">
                <input
                    id=id.clone()
                    type="checkbox"
                    aria-describedby=described_by(&id, has_hint, false)
                    prop:checked=move || value.with(|v| !v.is_empty())
                    on:change:target=move |ev| {
                        apply.run(if ev.target().checked() { "true".into() } else { String::new() });
                    }
                />
                <label for=id>{label}</label>
                {hint_view}
            </div>
        }
        .into_any();
    }
    // A number or date is kept as typed until it reads, so the field never
    // rewrites text under the cursor; other text shows what is stored.
    let typed = RwSignal::new(None::<String>);
    let own_error = RwSignal::new(None::<String>);
    let error = Signal::derive(move || own_error.get().or_else(|| cross_error.get()));
    let describedby = {
        let id = id.clone();
        move || described_by(&id, has_hint, error.with(Option::is_some))
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let input = move |text: String| {
        let problem = apply.run(text.clone());
        if control.is_parsed() {
            typed.set(Some(text));
        }
        own_error.set(problem);
    };
    let control_view = match control {
        Control::Choice(options) => {
            let options = Signal::stored(
                options()
                    .into_iter()
                    .map(|(v, l)| (v, l.to_string()))
                    .collect(),
            );
            select_control(&id, describedby, options, value, Callback::new(input))
        }
        Control::Paragraph => view! {
            <textarea
                id=id.clone()
                rows="4"
                aria-describedby=describedby
                prop:value=move || value.get()
                on:input:target=move |ev| input(ev.target().value())
            ></textarea>
        }
        .into_any(),
        _ => {
            let (kind, inputmode, autocomplete) = match control {
                Control::Text { autocomplete } => ("text", None, autocomplete),
                Control::Parsed => ("text", None, "off"),
                Control::Number { decimal } => (
                    "text",
                    Some(if decimal { "decimal" } else { "numeric" }),
                    "off",
                ),
                _ => ("date", None, "off"),
            };
            view! {
                <input
                    id=id.clone()
                    type=kind
                    inputmode=inputmode
                    autocomplete=autocomplete
                    aria-describedby=describedby
                    aria-invalid=invalid
                    prop:value=move || typed.get().unwrap_or_else(|| value.get())
                    on:input:target=move |ev| input(ev.target().value())
                />
            }
            .into_any()
        }
    };
    frame(
        &id,
        label.to_string(),
        has_hint.then(|| hint.to_string()),
        error,
        control_view,
        None,
    )
}
