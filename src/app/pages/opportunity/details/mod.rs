//! The details step: the job, where the process stands, its interview
//! rounds, key dates, pay, and once there is an offer, accepting, signing
//! and the offer's conditions. For the current role: the job, the pay, and
//! what leaving it involves.

mod conditions;
mod criteria;
mod rounds;
mod row_list;

use leptos::prelude::*;

use super::bind::Bind;
use crate::core::fields::opportunity::{
    ACCEPTING, COUNTEROFFER, EQUITY, JOB, KEY_DATES, LOOKING, NOTICE, PAY, STANDING,
};
use conditions::conditions;
use criteria::criteria;
use rounds::rounds;

/// Employer, role, stage, rounds, dates, money and the offer's conditions.
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
        let improves = criteria(
            bind,
            "counteroffer-criteria",
            "What it improves",
            |o| &o.counteroffer.improves,
            |o| &mut o.counteroffer.improves,
        );
        return view! {
            {bind.section(&JOB)}
            {bind.section(&PAY)}
            {bind.section(&EQUITY)}
            {bind.section(&NOTICE)}
            {bind.section_with(&LOOKING, reason)}
            {bind.section_with(&COUNTEROFFER, improves)}
        }
        .into_any();
    }
    view! {
        {bind.section(&JOB)}
        {bind.section(&STANDING)}
        {rounds(bind)}
        {bind.section(&KEY_DATES)}
        {bind.section(&ACCEPTING)}
        {conditions(bind)}
        {bind.section(&PAY)}
        {bind.section(&EQUITY)}
    }
    .into_any()
}
