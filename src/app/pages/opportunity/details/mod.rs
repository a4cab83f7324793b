//! The details step: the job, where the process stands, its interview
//! rounds, key dates, pay, and once there is an offer, accepting, signing,
//! the offer's conditions and new terms after a no or a push back. For the
//! current role: the job, the pay, and what leaving it involves.

mod conditions;
mod criteria;
mod rounds;
mod row_list;

use leptos::prelude::*;

use super::bind::Bind;
use crate::app::forms::shown;
use crate::core::fields::offer_parts::{
    had_offer, reason_check, shows_accepting, shows_conditions, shows_counteroffer,
    OFFER_PARTS_LATER,
};
use crate::core::fields::opportunity::{
    ACCEPTING, COUNTEROFFER, EQUITY, JOB, KEY_DATES, LOOKING, NEW_TERMS, NOTICE, PAY, STANDING,
};
use crate::core::guide::Topic;
use crate::core::model::Opportunity;
use conditions::conditions;
use criteria::criteria;
use rounds::rounds;
use row_list::why_this_matters;

/// The counteroffer's criteria, then whether it addresses the reason for
/// looking, said on screen and announced as it changes.
fn counteroffer_more(bind: Bind, topic: Topic) -> AnyView {
    let improves = criteria(
        bind,
        "counteroffer-criteria",
        "What it improves",
        |o| &o.counteroffer.improves,
        |o| &mut o.counteroffer.improves,
    );
    let state = bind.state;
    let o = bind.opportunity;
    let check = move || {
        o.with(|o| {
            o.as_ref()
                .map(|o| state.workspace.with(|w| reason_check(w, o)))
                .unwrap_or_default()
        })
    };
    view! {
        {improves}
        <p class="reason-check" role="status" id="counteroffer-check">{check}</p>
        {why_this_matters(topic)}
    }
    .into_any()
}

/// Employer, role, stage, rounds, dates, money and the offer's parts.
/// The current role has no process: its job, its pay, the notice it asks
/// for, why you started looking, and a counteroffer if it made one.
#[component]
pub fn DetailsStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    if bind.is_current_role() {
        let reason = criteria(
            bind,
            "looking-criteria",
            "What it is about",
            |o| &o.looking_reason.criteria,
            |o| &mut o.looking_reason.criteria,
        );
        return view! {
            {bind.section(&JOB)}
            {bind.section(&PAY)}
            {bind.section(&EQUITY)}
            {bind.section_with(&NOTICE, why_this_matters(Topic::AfterYes))}
            {bind.section_with(&LOOKING, reason)}
            {bind.section_with(&COUNTEROFFER, counteroffer_more(bind, Topic::CurrentEmployerCounteroffer))}
        }
        .into_any();
    }
    // Each part appears once the stage calls for it, and stays while it
    // holds anything the user entered.
    let o = bind.opportunity;
    let when =
        move |test: fn(&Opportunity) -> bool| move || o.with(|o| o.as_ref().is_some_and(test));
    let later = when(|o| !had_offer(o));
    view! {
        {bind.section(&JOB)}
        {bind.section(&STANDING)}
        {rounds(bind)}
        {bind.section(&KEY_DATES)}
        {shown(when(shows_accepting), move || bind.section(&ACCEPTING))}
        {shown(when(shows_conditions), move || conditions(bind))}
        {shown(when(shows_counteroffer), move || bind.section_with(&NEW_TERMS, counteroffer_more(bind, Topic::Counteroffers)))}
        {shown(later, || view! { <p class="hint">{OFFER_PARTS_LATER}</p> }.into_any())}
        {bind.section(&PAY)}
        {bind.section(&EQUITY)}
    }
    .into_any()
}
