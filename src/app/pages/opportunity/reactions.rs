use leptos::prelude::*;

use crate::app::forms::keyed_rows;

use super::bind::{options, Bind};
use crate::app::format::long_date;
use crate::app::forms::{ParsedField, SelectField, TextField};
use crate::app::state::new_id;
use crate::core::model::{Concern, ConcernBasis, ConcernWeight, Observation, Opportunity};
use crate::core::timing::{capture_nudge, CaptureNudge};
use crate::core::validate;

/// Stamps the capture date the first time anything is written.
fn stamp(o: &mut Opportunity, today: crate::core::date::Date) {
    if o.reactions.captured_on.is_none() {
        o.reactions.captured_on = Some(today);
    }
}

/// First reactions, concerns, and facts versus perceptions.
#[component]
pub fn ReactionsStep(
    /// The opportunity.
    bind: Bind,
) -> impl IntoView {
    let today = bind.state.today;
    let nudge = move || {
        let today = today.get();
        bind.opportunity
            .with(|o| o.as_ref().map(|o| capture_nudge(o, today)))
            .map(|n| match n {
                CaptureNudge::NoInterview => "Write these within a day of each interview, before memory smooths them over.".to_string(),
                CaptureNudge::Upcoming(d) => format!("Your interview is on {}. Come back within 24 hours of it and write these down.", long_date(d)),
                CaptureNudge::WriteNow { interview } => format!("Your interview was on {}. Write these now, within 24 hours, while they are fresh.", long_date(interview)),
                CaptureNudge::Late { interview, days } => format!("Your interview was {days} days ago, on {}. Write what you remember now, and mark anything you are unsure of.", long_date(interview)),
                CaptureNudge::Captured(d) => format!("Written on {}.", long_date(d)),
            })
    };
    let field = move |id: &'static str,
                      label: &'static str,
                      hint: &'static str,
                      read: fn(&Opportunity) -> String,
                      write: fn(&mut Opportunity, String)| {
        let value = bind.get(read);
        let on_input = Callback::new(move |v: String| {
            let today = today.get_untracked();
            bind.update(|o| {
                write(o, v);
                stamp(o, today);
            })
        });
        view! { <TextField id=id label=label hint=hint multiline=true value=value on_input=on_input /> }
    };
    view! {
        <p class="notice" id="capture-nudge">{nudge}</p>
        {field("excited", "What excited you", "The work, the people, anything you'd look forward to.", |o| o.reactions.excited.clone(), |o, v| o.reactions.excited = v)}
        {field("worried", "What worried you", "Say it plainly; you can sort fact from impression below.", |o| o.reactions.worried.clone(), |o, v| o.reactions.worried = v)}
        {field("unclear", "Commitments left unclear", "Anything promised vaguely: pay reviews, remote days, relocation help.", |o| o.reactions.unclear_commitments.clone(), |o, v| o.reactions.unclear_commitments = v)}
        <ParsedField
            id="captured-on"
            label="Written on"
            hint="Filled in when you start writing. Change it if you wrote these earlier."
            kind="date"
            value=bind.get(|o| o.reactions.captured_on.map(|d| d.to_string()).unwrap_or_default())
            apply=bind.parsed(validate::date, |o, d| o.reactions.captured_on = d)
        />
        <Concerns bind=bind />
        <Observations bind=bind />
    }
}

/// Worries, each a fact or an impression, negotiable or a dealbreaker.
#[component]
fn Concerns(bind: Bind) -> impl IntoView {
    let ids = Memo::new(move |_| {
        bind.opportunity.with(|o| {
            o.as_ref()
                .map(|o| o.concerns.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let criteria = Memo::new(move |_| {
        bind.state.workspace.with(|w| {
            let mut out = vec![(String::new(), "None in particular".to_string())];
            out.extend(w.priorities.choices());
            out
        })
    });
    let add = move |_| {
        bind.update(|o| {
            // Dated, so the engine can tell a dealbreaker that came up after
            // an acceptance (a reason to back out) from one known before it.
            o.concerns.push(Concern {
                id: new_id(),
                raised: Some(bind.state.today.get_untracked()),
                ..Concern::default()
            })
        })
    };
    view! {
        <section aria-labelledby="concerns-heading">
            <h3 id="concerns-heading">"Concerns"</h3>
            <p class="hint">
                "A "<strong>"fact"</strong>" is something they said or wrote; an "<strong>"impression"</strong>
                " is your reading of it. A "<strong>"dealbreaker"</strong>
                " would make you say no if true; a negotiable concern is something they could change."
            </p>
            <ol class="item-list">
                {keyed_rows(move || ids.get(), move |cid| view! { <ConcernItem bind=bind cid=cid criteria=criteria /> }.into_any())}
            </ol>
            <button type="button" class="button button-secondary" on:click=add>
                "Add a concern"
            </button>
        </section>
    }
}

#[component]
fn ConcernItem(bind: Bind, cid: String, criteria: Memo<Vec<(String, String)>>) -> impl IntoView {
    let key = StoredValue::new(cid.clone());
    let read = move |f: fn(&Concern) -> String| {
        Signal::derive(move || {
            bind.opportunity.with(|o| {
                o.as_ref()
                    .and_then(|o| key.with_value(|k| o.concerns.iter().find(|c| c.id == *k).map(f)))
                    .unwrap_or_default()
            })
        })
    };
    let write = move |f: fn(&mut Concern, String)| {
        Callback::new(move |v: String| {
            bind.update(|o| {
                if let Some(c) = key.with_value(|k| o.concerns.iter_mut().find(|c| c.id == *k)) {
                    f(c, v)
                }
            })
        })
    };
    let remove = move |_| bind.update(|o| key.with_value(|k| o.concerns.retain(|c| c.id != *k)));
    view! {
        <li class="item">
            <TextField
                id=format!("concern-{cid}-text")
                label="Concern"
                value=read(|c| c.text.clone())
                on_input=write(|c, v| c.text = v)
            />
            <div class="item-row">
                <SelectField
                    id=format!("concern-{cid}-basis")
                    label="Based on"
                    options=options(&[(ConcernBasis::Perception, "An impression"), (ConcernBasis::Fact, "A fact")])
                    value=read(|c| crate::app::forms::slug_of(&c.basis))
                    on_change=write(|c, v| if let Some(b) = crate::app::forms::from_slug(&v) { c.basis = b })
                />
                <SelectField
                    id=format!("concern-{cid}-weight")
                    label="How much it matters"
                    options=options(&[(ConcernWeight::Negotiable, "Negotiable"), (ConcernWeight::Dealbreaker, "A dealbreaker")])
                    value=read(|c| crate::app::forms::slug_of(&c.weight))
                    on_change=write(|c, v| if let Some(w) = crate::app::forms::from_slug(&v) { c.weight = w })
                />
                <SelectField
                    id=format!("concern-{cid}-criterion")
                    label="Touches"
                    options=criteria
                    value=read(|c| c.criterion_id.clone().unwrap_or_default())
                    on_change=write(|c, v| c.criterion_id = (!v.is_empty()).then_some(v))
                />
                <SelectField
                    id=format!("concern-{cid}-resolved")
                    label="Status"
                    options=vec![("open".to_string(), "Still open".to_string()), ("resolved".to_string(), "Cleared up".to_string())]
                    value=read(|c| if c.resolved { "resolved" } else { "open" }.to_string())
                    on_change=write(|c, v| c.resolved = v == "resolved")
                />
            </div>
            <button type="button" class="link-button" on:click=remove>
                "Remove this concern"
            </button>
        </li>
    }
}

/// Facts and perceptions side by side, so an impression is not mistaken for a fact.
#[component]
fn Observations(bind: Bind) -> impl IntoView {
    let column = move |basis: ConcernBasis,
                       heading: &'static str,
                       add_label: &'static str,
                       hint: &'static str| {
        let ids = Memo::new(move |_| {
            bind.opportunity.with(|o| {
                o.as_ref()
                    .map(|o| {
                        o.observations
                            .iter()
                            .filter(|x| x.basis == basis)
                            .map(|x| x.id.clone())
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        });
        let add = move |_| {
            bind.update(|o| {
                o.observations.push(Observation {
                    id: new_id(),
                    text: String::new(),
                    basis,
                })
            })
        };
        view! {
            <div class="column">
                <h4>{heading}</h4>
                <p class="hint">{hint}</p>
                <ul class="item-list">
                    {keyed_rows(move || ids.get(), move |oid| view! { <ObservationItem bind=bind oid=oid label=heading /> }.into_any())}
                </ul>
                <button type="button" class="button button-secondary" on:click=add>
                    {add_label}
                </button>
            </div>
        }
    };
    view! {
        <section aria-labelledby="observations-heading">
            <h3 id="observations-heading">"Facts and perceptions"</h3>
            <div class="columns">
                {column(ConcernBasis::Fact, "Facts", "Add a fact", "What they said or wrote, word for word where you can.")}
                {column(ConcernBasis::Perception, "Perceptions", "Add a perception", "How it felt. Useful, but worth checking.")}
            </div>
        </section>
    }
}

#[component]
fn ObservationItem(bind: Bind, oid: String, label: &'static str) -> impl IntoView {
    let key = StoredValue::new(oid.clone());
    let value = Signal::derive(move || {
        bind.opportunity.with(|o| {
            o.as_ref()
                .and_then(|o| {
                    key.with_value(|k| {
                        o.observations
                            .iter()
                            .find(|x| x.id == *k)
                            .map(|x| x.text.clone())
                    })
                })
                .unwrap_or_default()
        })
    });
    let on_input = Callback::new(move |v: String| {
        bind.update(|o| {
            if let Some(x) = key.with_value(|k| o.observations.iter_mut().find(|x| x.id == *k)) {
                x.text = v
            }
        })
    });
    let remove =
        move |_| bind.update(|o| key.with_value(|k| o.observations.retain(|x| x.id != *k)));
    let field_label: &'static str = if label == "Facts" {
        "Fact"
    } else {
        "Perception"
    };
    view! {
        <li class="item">
            <TextField id=format!("observation-{oid}") label=field_label value=value on_input=on_input />
            <button type="button" class="link-button" on:click=remove>
                "Remove"
                <span class="visually-hidden">" this " {field_label}</span>
            </button>
        </li>
    }
}
