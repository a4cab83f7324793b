//! "How close is this to changing?": the smallest change to one score, one
//! weight or the base pay that would change an opportunity's advice, shown
//! on the recommendation panel and on Compare.

use leptos::prelude::*;

use crate::app::format::money;
use crate::app::state::use_app_state;
use crate::core::money::Money;
use crate::core::recommend::sensitivity;

/// A toggle that works the answer out only while it is open: the search
/// re-runs the engine a few hundred times, which is quick for one
/// opportunity but not worth doing on every keystroke nobody reads.
#[component]
pub fn Closeness(
    /// The opportunity.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let open = RwSignal::new(false);
    let id = StoredValue::new(id);
    let found = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let today = state.today.get();
        state.workspace.with(|w| {
            let index = w
                .opportunities
                .iter()
                .position(|o| o.id == id.get_value())?;
            let o = &w.opportunities[index];
            let (code, home) = (o.compensation.currency.clone(), w.settings.currency.clone());
            // An offer without a currency code keeps its amounts in hundredths
            // (money::exponent("")) and is shown in the home currency.
            let shown = move |m: Money| match code.trim() {
                "" => money(Money::from_major_f64(m.to_major_f64(""), &home), &home),
                code => money(m, code),
            };
            let s = sensitivity(w, index, today);
            Some((s.summary(), s.lines(shown)))
        })
    });
    let region = StoredValue::new(format!("closeness-{}", id.get_value()));
    view! {
        <div class="closeness">
            <button
                type="button"
                class="link-button"
                aria-expanded=move || open.get().to_string()
                aria-controls=region.get_value()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "How close is this to changing?"
            </button>
            <div id=region.get_value() hidden=move || !open.get()>
                {move || found.get().map(|(summary, lines)| view! {
                    <p><strong>{summary}</strong></p>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <p class="hint">"One change at a time, everything else as it is. Only you see this: no message uses it."</p>
                })}
            </div>
        </div>
    }
}
