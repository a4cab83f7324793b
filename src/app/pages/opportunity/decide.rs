use leptos::prelude::*;

use crate::app::forms::keyed_rows;

use super::bind::{options, Bind};
use crate::app::forms::{from_slug, slug_of, CheckboxField, SelectField, TextField};
use crate::app::route::Route;
use crate::app::state::new_id;
use crate::core::model::{Alignment, LedgerEntry, LedgerKind, Reversibility};

const ALIGNMENT: [(Alignment, &str); 4] = [
    (Alignment::Unknown, "Not thought about yet"),
    (Alignment::Advances, "Moves me towards it"),
    (Alignment::Neutral, "Neither helps nor hinders"),
    (Alignment::Conflicts, "Works against it"),
];

/// Goals and their fit, the opportunity-cost ledger, reversibility, and the way to print.
#[component]
pub fn DecideStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let state = bind.state;
    let goal = move |id: &'static str,
                     label: &'static str,
                     read: fn(&crate::core::model::Workspace) -> String,
                     write: fn(&mut crate::core::model::Workspace, String)| {
        let value = Signal::derive(move || state.workspace.with(read));
        let on_input = Callback::new(move |v: String| state.workspace.update(|w| write(w, v)));
        view! { <TextField id=id label=label hint="Shared by every opportunity." multiline=true value=value on_input=on_input /> }
    };
    let (one, set_one) = bind.choice(
        |o| o.goals_alignment.one_year,
        |o, v| o.goals_alignment.one_year = v,
    );
    let (three, set_three) = bind.choice(
        |o| o.goals_alignment.three_years,
        |o, v| o.goals_alignment.three_years = v,
    );
    let (rev, set_rev) = bind.choice(|o| o.reversibility, |o, v| o.reversibility = v);
    let (no, set_no) = bind.flag(|o| o.not_interested, |o, v| o.not_interested = v);
    let print = Route::Print {
        id: bind.id.get_value(),
    }
    .href();
    view! {
        <section aria-labelledby="goals-heading">
            <h3 id="goals-heading">"Your goals"</h3>
            {goal("goal-one-year", "Where you want to be in one year", |w| w.goals.one_year.clone(), |w, v| w.goals.one_year = v)}
            {goal("goal-three-years", "Where you want to be in three years", |w| w.goals.three_years.clone(), |w, v| w.goals.three_years = v)}
            <SelectField id="align-one-year" label="This job and your one-year goal" options=options(&ALIGNMENT) value=one on_change=set_one />
            <SelectField id="align-three-years" label="This job and your three-year goal" options=options(&ALIGNMENT) value=three on_change=set_three />
        </section>
        <Ledger bind=bind />
        <section aria-labelledby="reversibility-heading">
            <h3 id="reversibility-heading">"Could you undo it?"</h3>
            <SelectField
                id="reversibility"
                label="If you said no now, could this be reopened later?"
                options=options(&[
                    (Reversibility::Unknown, "Not thought about yet"),
                    (Reversibility::Yes, "Yes, the door stays open"),
                    (Reversibility::Likely, "Probably"),
                    (Reversibility::Unlikely, "Probably not"),
                    (Reversibility::No, "No"),
                ])
                value=rev
                on_change=set_rev
            />
            <CheckboxField
                id="not-interested"
                label="I have decided I don't want this job"
                hint="The advice then turns to saying so promptly and kindly."
                checked=no
                on_change=set_no
            />
        </section>
        <p>
            <a class="button button-secondary" href=print>"Print a one-page summary"</a>
        </p>
    }
}

/// Benefits, costs and long-term impact of taking the job.
#[component]
fn Ledger(bind: Bind) -> impl IntoView {
    let ids = Memo::new(move |_| {
        bind.opportunity.with(|o| {
            o.as_ref()
                .map(|o| o.ledger.iter().map(|e| e.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let balance = move || {
        bind.opportunity
            .with(|o| o.as_ref().map(|o| o.ledger_balance()).unwrap_or(0))
    };
    let add = move |_| {
        bind.update(|o| {
            o.ledger.push(LedgerEntry {
                id: new_id(),
                size: 1,
                ..LedgerEntry::default()
            })
        })
    };
    view! {
        <section aria-labelledby="ledger-heading">
            <h3 id="ledger-heading">"Opportunity-cost ledger"</h3>
            <p class="hint">"What taking this job would give you, what it would cost you (including the options it closes), and what it does to your career in the long run."</p>
            <ol class="item-list">
                {keyed_rows(move || ids.get(), move |eid| view! { <LedgerItem bind=bind eid=eid /> }.into_any())}
            </ol>
            <button type="button" class="button button-secondary" on:click=add>"Add a line"</button>
            <p>{move || format!("Balance: {:+} (benefits minus costs, with long-term impact as entered).", balance())}</p>
        </section>
    }
}

#[component]
fn LedgerItem(bind: Bind, eid: String) -> impl IntoView {
    let key = StoredValue::new(eid.clone());
    let read = move |f: fn(&LedgerEntry) -> String| {
        Signal::derive(move || {
            bind.opportunity.with(|o| {
                o.as_ref()
                    .and_then(|o| key.with_value(|k| o.ledger.iter().find(|e| e.id == *k).map(f)))
                    .unwrap_or_default()
            })
        })
    };
    let write = move |f: fn(&mut LedgerEntry, String)| {
        Callback::new(move |v: String| {
            bind.update(|o| {
                if let Some(e) = key.with_value(|k| o.ledger.iter_mut().find(|e| e.id == *k)) {
                    f(e, v)
                }
            })
        })
    };
    let remove = move |_| bind.update(|o| key.with_value(|k| o.ledger.retain(|e| e.id != *k)));
    let sizes = [-3, -2, -1, 1, 2, 3]
        .map(|n: i8| {
            (
                n.to_string(),
                match n {
                    1 | -1 => format!("{n:+}: a little"),
                    2 | -2 => format!("{n:+}: some"),
                    _ => format!("{n:+}: a lot"),
                },
            )
        })
        .to_vec();
    view! {
        <li class="item">
            <div class="item-row">
                <SelectField
                    id=format!("ledger-{eid}-kind")
                    label="Kind"
                    options=options(&[(LedgerKind::Benefit, "Benefit"), (LedgerKind::Cost, "Cost"), (LedgerKind::LongTermImpact, "Long-term impact")])
                    value=read(|e| slug_of(&e.kind))
                    on_change=write(|e, v| if let Some(k) = from_slug(&v) { e.kind = k })
                />
                <SelectField
                    id=format!("ledger-{eid}-size")
                    label="Weight"
                    hint="Negative only for harmful long-term impact."
                    options=sizes
                    value=read(|e| e.size.to_string())
                    on_change=write(|e, v| e.size = v.parse().unwrap_or(1))
                />
            </div>
            <TextField id=format!("ledger-{eid}-text") label="What it is" value=read(|e| e.text.clone()) on_input=write(|e, v| e.text = v) />
            <button type="button" class="link-button" on:click=remove>"Remove this line"</button>
        </li>
    }
}
