use leptos::prelude::*;

use super::bind::Bind;
use crate::app::format::long_date;
use crate::app::forms::TextField;
use crate::core::fields::opportunity::KEY_DATES;
use crate::core::timing::decision_dates;

/// The dates, what the engine derives from them, and what the decision depends on.
#[component]
pub fn TimelineStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let state = bind.state;
    let window = move || {
        let today = state.today.get();
        let settings = state.workspace.with(|w| w.settings.clone());
        bind.opportunity
            .with(|o| o.as_ref().and_then(|o| decision_dates(o, &settings, today)))
    };
    let depends_on = move || {
        let me = bind.id.get_value();
        state.workspace.with(|w| {
            w.opportunities
                .iter()
                .filter(|o| o.id != me && o.stage.is_active())
                .map(|o| match o.dates.employer_decision {
                    Some(d) => format!(
                        "{} ({}): they decide on {}.",
                        o.title(),
                        o.stage.label(),
                        long_date(d)
                    ),
                    None => format!("{} ({}): no decision date yet.", o.title(), o.stage.label()),
                })
                .collect::<Vec<_>>()
        })
    };
    let plan = move || {
        state.assessment.with(|a| {
            a.for_opportunity(&bind.id.get_value())
                .map(|x| x.recommendation.follow_ups.steps.clone())
                .unwrap_or_default()
        })
    };
    let (notes, set_notes) = bind.text(|o| o.notes.clone(), |o, v| o.notes = v);
    view! {
        {bind.section(&KEY_DATES)}
        <section aria-labelledby="window-heading">
            <h3 id="window-heading">"Your decision window"</h3>
            {move || match window() {
                None => view! { <p>"Once there is an offer, its answer date and how much time to ask for appear here."</p> }.into_any(),
                Some(d) => view! {
                    <dl class="facts">
                        <dt>"Answer due"</dt>
                        <dd>{long_date(d.due)} {if d.due_is_deadline { " (their deadline)" } else { " (the first working day once the usual 48–72 hours are up)" }}</dd>
                        {d.window_ends.map(|w| view! { <dt>"72 hours after the offer"</dt><dd>{long_date(w)}</dd> })}
                        <dt>"Time you could ask for"</dt>
                        <dd>{format!("{} to {} business days: until {} at the earliest, {} at the latest.", d.ask_min.0, d.ask_max.0, long_date(d.ask_min.1), long_date(d.ask_max.1))}</dd>
                    </dl>
                }.into_any(),
            }}
        </section>
        <section aria-labelledby="follow-ups-heading">
            <h3 id="follow-ups-heading">"Follow-up dates"</h3>
            <ol class="plan">
                {move || plan().into_iter().map(|s| view! {
                    <li><time datetime=s.date.to_string()>{long_date(s.date)}</time>": " {s.purpose}</li>
                }).collect_view()}
            </ol>
        </section>
        <section aria-labelledby="contingencies-heading">
            <h3 id="contingencies-heading">"Contingencies"</h3>
            <p>"Other processes still open, which this decision may need to wait for:"</p>
            {move || {
                let items = depends_on();
                if items.is_empty() {
                    view! { <p>"None: no other opportunity is open."</p> }.into_any()
                } else {
                    view! { <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            <TextField
                id="contingencies"
                label="What else this depends on"
                hint="A visa approval, a partner's job, a notice period, a reference check."
                multiline=true
                value=notes
                on_input=set_notes
            />
        </section>
    }
}
