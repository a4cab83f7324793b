use leptos::prelude::*;

/// A group of checkboxes, one per (id, label) in `options`, ticked while its
/// id is in `selected`: the criteria a reason is about, the people met in a
/// round. One non-generic function for every such list.
pub fn id_checkboxes(
    prefix: String,
    legend: &'static str,
    empty: &'static str,
    options: Signal<Vec<(String, String)>>,
    selected: Signal<Vec<String>>,
    on_toggle: Callback<(String, bool)>,
) -> AnyView {
    view! {
        <fieldset class="id-checkboxes">
            <legend>{legend}</legend>
            {move || {
                let options = options.get();
                if options.is_empty() {
                    return view! { <p class="hint">{empty}</p> }.into_any();
                }
                options
                    .into_iter()
                    .map(|(value, label)| {
                        let id = format!("{prefix}-{value}");
                        let ticked = {
                            let value = value.clone();
                            move || selected.with(|s| s.contains(&value))
                        };
                        view! {
                            <div class="field checkbox">
                                <input
                                    id=id.clone()
                                    type="checkbox"
                                    prop:checked=ticked
                                    on:change:target=move |ev| on_toggle.run((value.clone(), ev.target().checked()))
                                />
                                <label for=id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </fieldset>
    }
    .into_any()
}
