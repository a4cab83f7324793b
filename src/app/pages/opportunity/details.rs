use leptos::prelude::*;

use super::bind::{factor_text, money_text, optional_text, options, Bind};
use super::dates::KeyDatesFields;
use crate::app::forms::{CheckboxField, ParsedField, SelectField, TextField};
use crate::core::model::{EmploymentModel, Stage, WorkArrangement};
use crate::core::validate;

/// Employer, role, stage, dates and money.
#[component]
pub fn DetailsStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let (employer, set_employer) = bind.text(|o| o.employer.clone(), |o, v| o.employer = v);
    let (role, set_role) = bind.text(|o| o.role.clone(), |o, v| o.role = v);
    let (location, set_location) = bind.text(|o| o.location.clone(), |o, v| o.location = v);
    let (arrangement, set_arrangement) =
        bind.choice(|o| o.work_arrangement, |o, v| o.work_arrangement = v);
    let (model, set_model) = bind.choice(|o| o.employment_model, |o, v| o.employment_model = v);
    let (stage, set_stage) = bind.choice(|o| o.stage, |o, v| o.stage = v);
    let (abroad, set_abroad) = bind.flag(|o| o.international_move, |o, v| o.international_move = v);
    let (in_writing, set_in_writing) =
        bind.flag(|o| o.offer_in_writing, |o, v| o.offer_in_writing = v);
    let (recruiter, set_recruiter) =
        bind.flag(|o| o.recruiter_involved, |o, v| o.recruiter_involved = v);
    let (negotiated, set_negotiated) =
        bind.flag(|o| o.verbal_negotiation, |o, v| o.verbal_negotiation = v);
    let (written, set_written) = bind.flag(|o| o.written_process, |o, v| o.written_process = v);
    let (currency, set_currency) = bind.text(
        |o| o.compensation.currency.clone(),
        |o, v| o.compensation.currency = v.trim().to_ascii_uppercase(),
    );
    let current = bind.is_current_role();

    let money = |id: &'static str,
                 label: &'static str,
                 hint: &'static str,
                 read: fn(&crate::core::model::Opportunity) -> String,
                 write: fn(&mut crate::core::model::Opportunity, f64)| {
        view! {
            <ParsedField
                id=id
                label=label
                hint=hint
                inputmode="decimal"
                value=bind.get(read)
                apply=bind.parsed(validate::money, write)
            />
        }
    };

    view! {
        <fieldset class="group">
            <legend>"The job"</legend>
            <TextField
                id="employer"
                label="Employer"
                autocomplete="organization"
                value=employer
                on_input=set_employer
            />
            <TextField id="role" label="Role" value=role on_input=set_role />
            <TextField
                id="location"
                label="Location"
                hint="City or country."
                value=location
                on_input=set_location
            />
            <SelectField
                id="arrangement"
                label="Work arrangement"
                options=options(
                    &[
                        (WorkArrangement::Unknown, "Not known yet"),
                        (WorkArrangement::OnSite, "On site"),
                        (WorkArrangement::Hybrid, "Hybrid"),
                        (WorkArrangement::Remote, "Remote"),
                    ],
                )
                value=arrangement
                on_change=set_arrangement
            />
            <ParsedField
                id="remote-days"
                label="Remote days a week"
                hint="0 to 7. Leave empty if you don't know yet."
                inputmode="numeric"
                value=bind.get(|o| optional_text(o.remote_days_per_week))
                apply=bind.parsed(validate::remote_days, |o, v| o.remote_days_per_week = v)
            />
            <CheckboxField
                id="abroad"
                label="Taking it means moving country"
                hint="Turns on the mobility questions: visa, relocation, family."
                checked=abroad
                on_change=set_abroad
            />
            <SelectField
                id="employment-model"
                label="Employment model"
                options=options(
                    &[
                        (EmploymentModel::Unknown, "Not known yet"),
                        (EmploymentModel::Direct, "Employed directly by the company"),
                        (EmploymentModel::Agency, "Through an agency or third party"),
                        (EmploymentModel::Contractor, "As a contractor"),
                        (EmploymentModel::FixedTerm, "Fixed-term contract"),
                    ],
                )
                value=model
                on_change=set_model
            />
        </fieldset>
        <Show when=move || !current>
            <fieldset class="group">
                <legend>"Where it stands"</legend>
                <SelectField
                    id="stage"
                    label="Stage"
                    options=options(&Stage::ALL.map(|s| (s, s.label())))
                    value=stage
                    on_change=set_stage
                />
                <CheckboxField
                    id="offer-in-writing"
                    label="The offer is in writing"
                    checked=in_writing
                    on_change=set_in_writing
                />
                <CheckboxField
                    id="written-process"
                    label="The process was mostly in writing (emails, a portal)"
                    hint="Then an email is the natural way to give your answer."
                    checked=written
                    on_change=set_written
                />
                <CheckboxField
                    id="recruiter"
                    label="A recruiter is involved"
                    hint="A decline can then go through them."
                    checked=recruiter
                    on_change=set_recruiter
                />
                <ParsedField
                    id="rounds"
                    label="Interview rounds so far"
                    inputmode="numeric"
                    value=bind.get(|o| o.interview_rounds.to_string())
                    apply=bind.parsed(
                        |t| validate::whole_number_in(t, 0, 20),
                        |o, v| o.interview_rounds = v.unwrap_or(0),
                    )
                />
                <CheckboxField
                    id="negotiated"
                    label="You have already negotiated by voice"
                    hint="A spoken negotiation means a no deserves a call, and the gaps have been tried."
                    checked=negotiated
                    on_change=set_negotiated
                />
            </fieldset>
            <KeyDatesFields bind=bind />
        </Show>
        <fieldset class="group">
            <legend>"Compensation"</legend>
            <TextField
                id="currency"
                label="Currency"
                hint="A three-letter code such as EUR, GBP or USD. Leave empty for your home currency."
                value=currency
                on_input=set_currency
            />
            {money("base", "Base pay per year", "", |o| money_text(o.compensation.base), |o, v| o.compensation.base = v)}
            {money("bonus", "Target bonus per year", "What they expect to pay, not a guarantee.", |o| money_text(o.compensation.target_bonus), |o, v| o.compensation.target_bonus = v)}
            {money("equity", "Equity per year", "", |o| money_text(o.compensation.equity_per_year), |o, v| o.compensation.equity_per_year = v)}
            {money("benefits", "Benefits per year", "Pension, health, allowances.", |o| money_text(o.compensation.benefits_per_year), |o, v| o.compensation.benefits_per_year = v)}
            {money("sign-on", "Sign-on payment", "Once.", |o| money_text(o.compensation.sign_on), |o, v| o.compensation.sign_on = v)}
            {money("relocation-allowance", "Relocation allowance", "Once.", |o| money_text(o.compensation.relocation_allowance), |o, v| o.compensation.relocation_allowance = v)}
            {money("relocation-cost", "What the move would cost you", "Once.", |o| money_text(o.compensation.relocation_cost), |o, v| o.compensation.relocation_cost = v)}
            {money("commute-cost", "Commuting cost per year", "", |o| money_text(o.compensation.commute_cost_per_year), |o, v| o.compensation.commute_cost_per_year = v)}
            <ParsedField
                id="exchange-rate"
                label="Exchange rate"
                hint="Home currency for one unit of this currency. Leave empty if it is the same."
                inputmode="decimal"
                value=bind.get(|o| factor_text(o.compensation.exchange_rate))
                apply=bind.parsed(validate::optional_positive, |o, v| o.compensation.exchange_rate = v)
            />
            <ParsedField
                id="cost-of-living"
                label="Cost of living there"
                hint="With home as 100: 120 means a fifth dearer. Leave empty to compare without it."
                inputmode="decimal"
                value=bind.get(|o| factor_text(o.compensation.cost_of_living_index))
                apply=bind.parsed(validate::optional_positive, |o, v| o.compensation.cost_of_living_index = v)
            />
        </fieldset>
    }
}
