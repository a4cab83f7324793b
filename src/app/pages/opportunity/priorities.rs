use crate::app::forms::shown;
use leptos::prelude::*;

use crate::app::forms::keyed_rows;

use super::bind::options;
use crate::app::forms::{from_slug, slug_of, SelectField, TextField};
use crate::app::state::{new_id, use_app_state, AppState};
use crate::core::model::{Axis, NonNegotiable, RequiredFact};
use crate::core::money::{self, Money};
use crate::core::number::{plain, whole};
use crate::core::validate;

const AXES: [(Axis, &str); 3] = [
    (Axis::RoleAlignment, "Role alignment"),
    (Axis::Compensation, "Compensation and benefits"),
    (Axis::LifeContext, "Life-context fit"),
];

/// Moves focus to an element after the list has been redrawn.
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
}

/// The workspace-wide criteria, non-negotiables and the two lines.
#[component]
pub fn PrioritiesStep() -> impl IntoView {
    let state = use_app_state();
    let announcement = RwSignal::new(String::new());
    let ids = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.priorities
                .criteria
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>()
        })
    });
    view! {
        <p>"Your priorities apply to every opportunity. Put what matters most at the top: each criterion weighs more than the ones below it, unless you set a weight by hand. Tick \"Negotiable\" for what an employer can usually change: only those are raised when you negotiate."</p>
        <p role="status" class="visually-hidden">{move || announcement.get()}</p>
        <ol class="criteria-list">
            {keyed_rows(move || ids.get(), move |pid| view! { <CriterionItem state=state pid=pid announcement=announcement /> }.into_any())}
        </ol>
        <AddCriterion state=state />
        <NonNegotiables state=state />
        <Lines state=state />
    }
}

#[component]
fn CriterionItem(state: AppState, pid: String, announcement: RwSignal<String>) -> impl IntoView {
    let key = StoredValue::new(pid.clone());
    let info = Memo::new(move |_| {
        state.workspace.with(|w| {
            let p = &w.priorities;
            let index = key.with_value(|k| p.position(k)).unwrap_or(0);
            let weights = p.effective_weights();
            let sum: f64 = weights.iter().sum();
            let share = if sum > 0.0 {
                weights.get(index).copied().unwrap_or(0.0) / sum * 100.0
            } else {
                0.0
            };
            let c = p.criteria.get(index).cloned().unwrap_or_default();
            (index, p.criteria.len(), c, share)
        })
    });
    let name = Signal::derive(move || info.with(|i| i.2.name.clone()));
    let rename = Callback::new(move |v: String| {
        state.workspace.update(|w| {
            key.with_value(|k| w.priorities.rename(k, v));
        })
    });
    let axis = Signal::derive(move || info.with(|i| slug_of(&i.2.axis)));
    let set_axis = Callback::new(move |v: String| {
        if let Some(a) = from_slug::<Axis>(&v) {
            state.workspace.update(|w| {
                if let Some(p) =
                    key.with_value(|k| w.priorities.criteria.iter_mut().find(|p| p.id == *k))
                {
                    p.axis = a;
                }
            })
        }
    });
    let negotiable = move || info.with(|i| i.2.negotiable);
    let set_negotiable = move |on: bool| {
        state.workspace.update(|w| {
            if let Some(p) =
                key.with_value(|k| w.priorities.criteria.iter_mut().find(|p| p.id == *k))
            {
                p.negotiable = on;
            }
        })
    };
    let weight_error = RwSignal::new(None::<String>);
    let typed = RwSignal::new(None::<String>);
    let move_by = move |up: bool| {
        let mut moved = None;
        state.workspace.update(|w| {
            let p = &mut w.priorities;
            key.with_value(|k| {
                let ok = if up { p.move_up(k) } else { p.move_down(k) };
                if ok {
                    moved = p.position(k).map(|i| {
                        (
                            i,
                            p.criteria.len(),
                            p.get(k).map(|c| c.name.clone()).unwrap_or_default(),
                        )
                    });
                }
            });
        });
        if let Some((i, n, name)) = moved {
            announcement.set(format!("{name} moved to position {} of {n}.", i + 1));
            let k = key.get_value();
            // Keep focus on the button pressed, or its partner at either end.
            let target = match (up, i) {
                (true, 0) => format!("down-{k}"),
                (false, i) if i + 1 == n => format!("up-{k}"),
                (true, _) => format!("up-{k}"),
                (false, _) => format!("down-{k}"),
            };
            focus_later(target);
        }
    };
    let remove = move |_| {
        let mut removed = None;
        state
            .workspace
            .update(|w| removed = key.with_value(|k| w.priorities.remove(k)));
        if let Some(p) = removed {
            announcement.set(format!("{} removed.", p.name));
        }
    };
    let label = move || info.with(|i| i.2.name.clone());
    view! {
        <li class="criterion">
            <div class="criterion-fields">
                <TextField id=format!("criterion-{pid}-name") label="Criterion" value=name on_input=rename />
                <SelectField
                    id=format!("criterion-{pid}-axis")
                    label="Counts towards"
                    options=options(&AXES)
                    value=axis
                    on_change=set_axis
                />
                <div class="field">
                    <label for=format!("criterion-{pid}-weight")>"Weight"</label>
                    <p class="hint" id=format!("criterion-{pid}-weight-hint")>
                        {move || info.with(|i| match i.2.weight {
                            Some(_) => format!("Set by hand: {}% of the total.", whole(i.3)),
                            None => format!("Follows the order: {}% of the total. Type a number to set it by hand.", whole(i.3)),
                        })}
                    </p>
                    {move || weight_error.get().map(|e| view! { <p class="field-message" id=format!("criterion-{}-weight-error", key.get_value())><span class="visually-hidden">"Error: "</span>{e}</p> })}
                    <input
                        id=format!("criterion-{pid}-weight")
                        type="text"
                        inputmode="decimal"
                        class="input-short"
                        aria-describedby=move || {
                            let k = key.get_value();
                            if weight_error.with(Option::is_some) { format!("criterion-{k}-weight-hint criterion-{k}-weight-error") } else { format!("criterion-{k}-weight-hint") }
                        }
                        aria-invalid=move || weight_error.with(Option::is_some).then_some("true")
                        prop:value=move || typed.get().unwrap_or_else(|| info.with(|i| i.2.weight.map(plain).unwrap_or_default()))
                        on:input:target=move |ev| {
                            let text = ev.target().value();
                            match validate::weight(&text) {
                                Ok(wt) => {
                                    weight_error.set(None);
                                    state.workspace.update(|w| { key.with_value(|k| w.priorities.set_weight(k, wt)); });
                                }
                                Err(e) => weight_error.set(Some(e.to_string())),
                            }
                            typed.set(Some(text));
                        }
                    />
                </div>
            </div>
            <div class="field checkbox">
                <input
                    id=format!("criterion-{pid}-negotiable")
                    type="checkbox"
                    prop:checked=negotiable
                    on:change:target=move |ev| set_negotiable(ev.target().checked())
                />
                <label for=format!("criterion-{pid}-negotiable")>
                    "Negotiable"
                    <span class="visually-hidden">": " {label}</span>
                </label>
            </div>
            <div class="criterion-actions">
                <button
                    type="button"
                    class="button button-secondary"
                    id=format!("up-{pid}")
                    aria-label=move || format!("Move up: {}", label())
                    disabled=move || info.with(|i| i.0 == 0)
                    on:click=move |_| move_by(true)
                >
                    "Move up"
                </button>
                <button
                    type="button"
                    class="button button-secondary"
                    id=format!("down-{pid}")
                    aria-label=move || format!("Move down: {}", label())
                    disabled=move || info.with(|i| i.0 + 1 >= i.1)
                    on:click=move |_| move_by(false)
                >
                    "Move down"
                </button>
                <button
                    type="button"
                    class="link-button"
                    aria-label=move || format!("Remove: {}", label())
                    on:click=remove
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}

#[component]
fn AddCriterion(state: AppState) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let axis = RwSignal::new(slug_of(&Axis::RoleAlignment));
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let text = name.get_untracked().trim().to_string();
        if text.is_empty() {
            error.set(Some("Enter a name for the criterion".to_string()));
            return;
        }
        let a = from_slug::<Axis>(&axis.get_untracked()).unwrap_or_default();
        state
            .workspace
            .update(|w| w.priorities.add(new_id(), text, a));
        name.set(String::new());
        error.set(None);
    };
    view! {
        <fieldset class="group">
            <legend>"Add a criterion"</legend>
            <TextField
                id="new-criterion"
                label="Name"
                value=name
                on_input=Callback::new(move |v| name.set(v))
                error=error
            />
            <SelectField
                id="new-criterion-axis"
                label="Counts towards"
                options=options(&AXES)
                value=axis
                on_change=Callback::new(move |v| axis.set(v))
            />
            <button type="button" class="button" on:click=add>
                "Add criterion"
            </button>
        </fieldset>
    }
}

/// The kinds of non-negotiable offered in the form.
const KINDS: [(&str, &str); 6] = [
    ("minimum_score", "A criterion must score at least…"),
    ("direct_employment", "Direct employment"),
    ("visa_sponsorship", "Visa sponsorship"),
    ("relocation_support", "Relocation support"),
    ("remote_days", "At least some remote days"),
    ("minimum_base", "A minimum base pay"),
];

#[component]
fn NonNegotiables(state: AppState) -> impl IntoView {
    let rules = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.non_negotiables
                .iter()
                .map(|n| n.describe(&w.priorities, &w.settings.currency))
                .collect::<Vec<_>>()
        })
    });
    let listed = move || rules.get().into_iter().enumerate().collect::<Vec<_>>();
    let kind = RwSignal::new("minimum_score".to_string());
    let criterion = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let criteria = Memo::new(move |_| state.workspace.with(|w| w.priorities.choices()));
    let needs_criterion = move || kind.get() == "minimum_score";
    let needs_amount = move || {
        matches!(
            kind.get().as_str(),
            "minimum_score" | "remote_days" | "minimum_base"
        )
    };
    let amount_label = move || match kind.get().as_str() {
        "minimum_score" => "Lowest acceptable score (0 to 5)",
        "remote_days" => "Remote days a week, at least",
        _ => "Base pay a year, at least (home currency)",
    };
    let add = move |_| {
        let text = amount.get_untracked();
        let rule = match kind.get_untracked().as_str() {
            "minimum_score" => {
                let id = criterion.get_untracked();
                let id = if id.is_empty() {
                    criteria
                        .get_untracked()
                        .first()
                        .map(|c| c.0.clone())
                        .unwrap_or_default()
                } else {
                    id
                };
                match validate::score(&text) {
                    Ok(Some(minimum)) => Ok(NonNegotiable::MinimumScore {
                        criterion_id: id,
                        minimum,
                    }),
                    Ok(None) => {
                        Err("Enter the lowest score you would accept, from 0 to 5".to_string())
                    }
                    Err(e) => Err(e),
                }
            }
            "remote_days" => match validate::remote_days(&text) {
                Ok(Some(days)) => Ok(NonNegotiable::Requires {
                    fact: RequiredFact::RemoteDaysAtLeast { days },
                }),
                Ok(None) => Err("Enter how many remote days you need, from 0 to 7".to_string()),
                Err(e) => Err(e),
            },
            "minimum_base" => match state
                .workspace
                .with_untracked(|w| money::parse(&text, &w.settings.currency))
            {
                Ok(amount) if amount > Money::ZERO => Ok(NonNegotiable::Requires {
                    fact: RequiredFact::MinimumBase { amount },
                }),
                Ok(_) => Err("Enter the lowest base pay you would accept".to_string()),
                Err(e) => Err(e.to_string()),
            },
            "direct_employment" => Ok(NonNegotiable::Requires {
                fact: RequiredFact::DirectEmployment,
            }),
            "visa_sponsorship" => Ok(NonNegotiable::Requires {
                fact: RequiredFact::VisaSponsorship,
            }),
            _ => Ok(NonNegotiable::Requires {
                fact: RequiredFact::RelocationSupportInWriting,
            }),
        };
        match rule {
            Ok(rule) => {
                state.workspace.update(|w| {
                    if !w.non_negotiables.contains(&rule) {
                        w.non_negotiables.push(rule)
                    }
                });
                amount.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e)),
        }
    };
    view! {
        <section aria-labelledby="non-negotiables-heading">
            <h3 id="non-negotiables-heading">"Non-negotiables"</h3>
            <p>"A non-negotiable is something you will not compromise on. If an opportunity fails one on a known fact, the advice is to say no promptly; if it rests on an impression, to check first."</p>
            <ul class="item-list">
                <For
                    each=listed
                    key=|(i, text)| format!("{i}-{text}")
                    let:item
                >
                    <li class="item item-inline">
                        <span>{item.1.clone()}</span>
                        <button
                            type="button"
                            class="link-button"
                            aria-label=format!("Remove non-negotiable: {}", item.1)
                            on:click=move |_| state.workspace.update(|w| { if item.0 < w.non_negotiables.len() { w.non_negotiables.remove(item.0); } })
                        >
                            "Remove"
                        </button>
                    </li>
                </For>
            </ul>
            <fieldset class="group">
                <legend>"Add a non-negotiable"</legend>
                <SelectField
                    id="nn-kind"
                    label="Kind"
                    options={ KINDS.iter().map(|(v, l)| (v.to_string(), l.to_string())).collect::<Vec<_>>() }
                    value=kind
                    on_change=Callback::new(move |v| { kind.set(v); error.set(None); })
                />
                {shown(
                    needs_criterion,
                    move || view! {
                        <SelectField
                            id="nn-criterion"
                            label="Criterion"
                            options=criteria
                            value=Signal::derive(move || { let c = criterion.get(); if c.is_empty() { criteria.with(|x| x.first().map(|c| c.0.clone()).unwrap_or_default()) } else { c } })
                            on_change=Callback::new(move |v| criterion.set(v))
                        />
                    }.into_any(),
                )}
                {shown(
                    needs_amount,
                    move || view! {
                        <div class="field" class:field-error=move || error.with(Option::is_some)>
                            <label for="nn-amount">{amount_label}</label>
                            {move || error.get().map(|e| view! { <p class="field-message" id="nn-amount-error"><span class="visually-hidden">"Error: "</span>{e}</p> })}
                            <input
                                id="nn-amount"
                                type="text"
                                inputmode="decimal"
                                class="input-short"
                                aria-describedby=move || error.with(Option::is_some).then_some("nn-amount-error")
                                aria-invalid=move || error.with(Option::is_some).then_some("true")
                                prop:value=move || amount.get()
                                on:input:target=move |ev| amount.set(ev.target().value())
                            />
                        </div>
                    }.into_any(),
                )}
                <button type="button" class="button" on:click=add>
                    "Add non-negotiable"
                </button>
            </fieldset>
        </section>
    }
}

#[component]
fn Lines(state: AppState) -> impl IntoView {
    let line = |id: &'static str,
                label: &'static str,
                hint: &'static str,
                read: fn(&crate::core::model::Workspace) -> f64,
                write: fn(&mut crate::core::model::Workspace, f64)| {
        let typed = RwSignal::new(None::<String>);
        let error = RwSignal::new(None::<String>);
        let order = Memo::new(move |_| {
            state
                .workspace
                .with(|w| validate::lines_in_order(w.walk_away_line, w.accept_line))
        });
        let shown = Signal::derive(move || {
            error.get().or_else(|| {
                (id == "walk-away-line")
                    .then(|| order.get().map(str::to_string))
                    .flatten()
            })
        });
        view! {
            <div class="field" class:field-error=move || shown.with(Option::is_some)>
                <label for=id>{label}</label>
                <p class="hint" id=format!("{id}-hint")>{hint}</p>
                {move || shown.get().map(|e| view! { <p class="field-message" id=format!("{id}-error")><span class="visually-hidden">"Error: "</span>{e}</p> })}
                <input
                    id=id
                    type="text"
                    inputmode="decimal"
                    class="input-short"
                    aria-describedby=move || if shown.with(Option::is_some) { format!("{id}-hint {id}-error") } else { format!("{id}-hint") }
                    aria-invalid=move || shown.with(Option::is_some).then_some("true")
                    prop:value=move || typed.get().unwrap_or_else(|| whole(state.workspace.with(read)).to_string())
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        match validate::line(&text) {
                            Ok(x) => { error.set(None); state.workspace.update(|w| write(w, x)); }
                            Err(e) => error.set(Some(e.to_string())),
                        }
                        typed.set(Some(text));
                    }
                />
            </div>
        }
    };
    view! {
        <section aria-labelledby="lines-heading">
            <h3 id="lines-heading">"Your two lines"</h3>
            {line("walk-away-line", "Walk-away line", "The total, out of 100, below which you would say no even after negotiating.", |w| w.walk_away_line, |w, x| w.walk_away_line = x)}
            {line("accept-line", "Accept line", "The total, out of 100, at or above which you would take an offer once its terms are in writing.", |w| w.accept_line, |w, x| w.accept_line = x)}
        </section>
    }
}
