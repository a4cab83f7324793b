use leptos::prelude::*;

use super::bind::{optional_text, Bind};
use crate::app::forms::ParsedField;
use crate::core::validate::{self, date_problems, DateField};

/// The dates the plan runs on, with contradictions shown on the later field,
/// and the start date an acceptance confirms.
#[component]
pub fn KeyDatesFields(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let problem = move |field: DateField| {
        Signal::derive(move || {
            bind.opportunity.with(|o| {
                o.as_ref().and_then(|o| {
                    date_problems(&o.dates)
                        .into_iter()
                        .find(|(f, _)| *f == field)
                        .map(|(_, m)| m.to_string())
                })
            })
        })
    };
    view! {
        <fieldset class="group">
            <legend>"Key dates"</legend>
            <ParsedField
                id="date-interview"
                label="Interview"
                hint="The latest one, past or coming up."
                kind="date"
                value=bind.get(|o| optional_text(o.dates.interview))
                apply=bind.parsed(validate::date, |o, d| o.dates.interview = d)
            />
            <ParsedField
                id="date-offer"
                label="Offer received"
                kind="date"
                value=bind.get(|o| optional_text(o.dates.offer))
                apply=bind.parsed(validate::date, |o, d| o.dates.offer = d)
                cross_error=problem(DateField::Offer)
            />
            <ParsedField
                id="date-decision"
                label="Their decision date"
                hint="When they said they would decide. Follow-ups are planned from it."
                kind="date"
                value=bind.get(|o| optional_text(o.dates.employer_decision))
                apply=bind.parsed(validate::date, |o, d| o.dates.employer_decision = d)
                cross_error=problem(DateField::EmployerDecision)
            />
            <ParsedField
                id="date-deadline"
                label="Answer due by"
                hint="The deadline they gave for your answer to an offer."
                kind="date"
                value=bind.get(|o| optional_text(o.dates.offer_deadline))
                apply=bind.parsed(validate::date, |o, d| o.dates.offer_deadline = d)
                cross_error=problem(DateField::OfferDeadline)
            />
            <ParsedField
                id="date-start"
                label="Start date"
                hint="The first day in the new job, once you have agreed one. An acceptance confirms it in writing."
                kind="date"
                value=bind.get(|o| optional_text(o.dates.start_date))
                apply=bind.parsed(validate::date, |o, d| o.dates.start_date = d)
            />
        </fieldset>
    }
}
