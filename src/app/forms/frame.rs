use leptos::prelude::*;

/// The ids a field's hint and error carry, joined for `aria-describedby`.
pub(super) fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// Label, hint and error around a control, with an optional unit after it.
///
/// One non-generic function for every field, so each screen's form adds its
/// own controls and not another copy of this frame to the download.
pub(super) fn frame(
    id: &str,
    label: String,
    hint: Option<String>,
    error: Signal<Option<String>>,
    control: AnyView,
    suffix: Option<String>,
) -> AnyView {
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:field-error=move || error.with(Option::is_some)>
            <label for=id.to_string()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
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
    .into_any()
}
