use leptos::prelude::*;

use super::bind::Bind;
use crate::core::fields::opportunity::{JOB, KEY_DATES, PAY, STANDING};

/// Employer, role, stage, dates and money. The current role has no process,
/// so it shows the job and the pay only.
#[component]
pub fn DetailsStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let process =
        (!bind.is_current_role()).then(|| [bind.section(&STANDING), bind.section(&KEY_DATES)]);
    view! { {bind.section(&JOB)} {process} {bind.section(&PAY)} }
}
