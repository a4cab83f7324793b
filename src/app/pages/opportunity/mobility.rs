use leptos::prelude::*;

use super::bind::{options, Bind};
use crate::app::forms::{CheckboxField, SelectField, TextField};
use crate::core::model::{Opportunity, Support, VisaSponsorship};
use crate::core::number::whole;

const SUPPORT: [(Support, &str); 4] = [
    (Support::Unknown, "Not known yet"),
    (Support::None, "Not offered"),
    (Support::Verbal, "Promised verbally"),
    (Support::InWriting, "Confirmed in writing"),
];

/// Visa, relocation and family support for a move abroad.
#[component]
pub fn MobilityStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let (abroad, set_abroad) = bind.flag(|o| o.international_move, |o, v| o.international_move = v);
    let (visa, set_visa) = bind.choice(
        |o| o.mobility.visa_sponsorship,
        |o, v| o.mobility.visa_sponsorship = v,
    );
    let (visa_type, set_visa_type) = bind.text(
        |o| o.mobility.visa_type.clone(),
        |o, v| o.mobility.visa_type = v,
    );
    let (payer, set_payer) = bind.text(
        |o| o.mobility.visa_fees_paid_by.clone(),
        |o, v| o.mobility.visa_fees_paid_by = v,
    );
    let (timeline, set_timeline) = bind.text(
        |o| o.mobility.relocation_timeline.clone(),
        |o, v| o.mobility.relocation_timeline = v,
    );
    let support = move |id: &'static str,
                        label: &'static str,
                        read: fn(&Opportunity) -> Support,
                        write: fn(&mut Opportunity, Support)| {
        let (value, change) = bind.choice(read, write);
        view! { <SelectField id=id label=label options=options(&SUPPORT) value=value on_change=change /> }
    };
    let score = move || {
        bind.state.assessment.with(|a| {
            a.for_opportunity(&bind.id.get_value())
                .and_then(|x| x.scorecard.mobility)
                .map(|m| format!("Mobility support so far: {} of 100 (in writing counts fully, verbal half).", whole(m)))
        })
    };
    view! {
        <CheckboxField
            id="mobility-abroad"
            label="Taking it means moving country"
            hint="These questions count only for a move abroad."
            checked=abroad
            on_change=set_abroad
        />
        <Show when=move || abroad.get() fallback=|| view! { <p>"Tick the box above if the job means moving country."</p> }>
            <p>{score}</p>
            <fieldset class="group">
                <legend>"Visa"</legend>
                <SelectField
                    id="visa"
                    label="Visa sponsorship"
                    options=options(&[
                        (VisaSponsorship::Unknown, "Not known yet"),
                        (VisaSponsorship::Yes, "Yes"),
                        (VisaSponsorship::No, "No"),
                        (VisaSponsorship::Contingent, "Yes, but depending on something"),
                    ])
                    value=visa
                    on_change=set_visa
                />
                <TextField id="visa-type" label="Visa type" hint="As the employer named it." value=visa_type on_input=set_visa_type />
                <TextField id="visa-payer" label="Who pays the visa fees" value=payer on_input=set_payer />
            </fieldset>
            <fieldset class="group">
                <legend>"Moving and settling in"</legend>
                {support("relocation", "Relocation support", |o| o.mobility.relocation_support, |o, v| o.mobility.relocation_support = v)}
                {support("housing", "Temporary housing", |o| o.mobility.temporary_housing, |o, v| o.mobility.temporary_housing = v)}
                {support("family-visas", "Visas for your family", |o| o.mobility.family_visas, |o, v| o.mobility.family_visas = v)}
                {support("partner-work", "Your partner's right to work", |o| o.mobility.partner_work_rights, |o, v| o.mobility.partner_work_rights = v)}
                {support("tax", "Help with tax", |o| o.mobility.tax_support, |o, v| o.mobility.tax_support = v)}
                {support("integration", "Language and settling-in support", |o| o.mobility.integration_support, |o, v| o.mobility.integration_support = v)}
                <TextField id="relocation-timeline" label="Relocation timeline" hint="When the move would happen, as agreed." value=timeline on_input=set_timeline />
            </fieldset>
        </Show>
    }
}
