use leptos::prelude::*;

use crate::app::forms::id_checkboxes;
use crate::app::pages::opportunity::bind::Bind;
use crate::core::fields::toggle;
use crate::core::model::Opportunity;

/// Your priorities as checkboxes, ticked for the criteria in one list of the
/// opportunity (what a reason for looking is about, what a counteroffer
/// improves).
pub fn criteria(
    bind: Bind,
    prefix: &str,
    legend: &'static str,
    read: fn(&Opportunity) -> &Vec<String>,
    write: fn(&mut Opportunity) -> &mut Vec<String>,
) -> AnyView {
    let state = bind.state;
    let options = Signal::derive(move || state.workspace.with(|w| w.priorities.choices()));
    let o = bind.opportunity;
    let selected =
        Signal::derive(move || o.with(|o| o.as_ref().map(|o| read(o).clone()).unwrap_or_default()));
    let on_toggle =
        Callback::new(move |(id, on): (String, bool)| bind.update(|o| toggle(write(o), &id, on)));
    id_checkboxes(
        prefix.to_string(),
        legend,
        "Add your priorities first, on the Priorities step.",
        options,
        selected,
        on_toggle,
    )
}
