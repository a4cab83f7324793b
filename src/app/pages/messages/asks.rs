//! What a negotiation asks for, edited beside its draft: one group per item
//! with the amount or the words, and an optional one-line reason. Saved in
//! the opportunity's asks; the engine's gap labels never appear here or in
//! the message.

use crate::app::forms::shown;
use leptos::prelude::*;

use crate::app::forms::keyed_rows;

use crate::app::forms::{ParsedField, SelectField, TextField};
use crate::app::state::{use_app_state, AppState};
use crate::core::studio::negotiation::{
    ask_amount_text, items_to_raise, more_to_ask, offer_currency, set_ask, set_raised, AskPart,
    NegotiationItem,
};

/// The items a negotiation with opportunity `id` raises, kept up to date.
fn raised_items(state: AppState, id: StoredValue<String>) -> Memo<Vec<NegotiationItem>> {
    Memo::new(move |_| {
        state.workspace.with(|w| {
            id.with_value(|id| {
                let Some(o) = w.opportunity(id) else {
                    return Vec::new();
                };
                state.assessment.with(|a| {
                    let action = a.for_opportunity(id).map(|r| &r.recommendation.action);
                    items_to_raise(w, o, action)
                })
            })
        })
    })
}

/// The asks of a negotiation, for the studio's negotiation draft.
#[component]
pub fn Asks(
    /// The opportunity.
    id: String,
) -> impl IntoView {
    let state = use_app_state();
    let id = StoredValue::new(id);
    let items = raised_items(state, id);
    let keys = Memo::new(move |_| {
        items.with(|items| {
            items
                .iter()
                .map(|i| i.criterion_id.clone())
                .collect::<Vec<_>>()
        })
    });
    let currency = Memo::new(move |_| {
        state.workspace.with(|w| {
            id.with_value(|id| {
                w.opportunity(id)
                    .map(|o| offer_currency(o, &w.settings).to_string())
                    .unwrap_or_default()
            })
        })
    });
    view! {
        <fieldset class="asks">
            <legend>"What to ask for"</legend>
            <p class="hint">
                "Each item goes into the message as an ask, in the employer's terms, with your reason if you give one. Your scores, floor and notes never do. To stop raising an item the advice points at, mark its criterion as not negotiable in your priorities."
            </p>
            {shown(
                move || keys.with(Vec::is_empty),
                move || view! {
                    <p>"Nothing to raise yet: add an item below."</p>
                }.into_any(),
            )}
            {keyed_rows(move || keys.get(), move |criterion_id| view! { <AskItem state=state id=id criterion_id=criterion_id items=items currency=currency /> }.into_any())}
            <AddAsk state=state id=id items=items />
        </fieldset>
    }
}

/// One item: its wording in the message, the amount (for money), the words,
/// and the reason.
#[component]
fn AskItem(
    state: AppState,
    id: StoredValue<String>,
    criterion_id: String,
    items: Memo<Vec<NegotiationItem>>,
    currency: Memo<String>,
) -> impl IntoView {
    let key = StoredValue::new(criterion_id.clone());
    let item = Memo::new(move |_| {
        items.with(|items| {
            key.with_value(|k| items.iter().find(|i| i.criterion_id == *k).cloned())
                .unwrap_or_default()
        })
    });
    let stored = move |read: fn(&crate::core::model::Ask) -> String| {
        Signal::derive(move || {
            state.workspace.with(|w| {
                id.with_value(|id| {
                    key.with_value(|k| {
                        w.opportunity(id)
                            .and_then(|o| o.asks.get(k))
                            .map(read)
                            .unwrap_or_default()
                    })
                })
            })
        })
    };
    let save = move |part: AskPart, text: String| {
        let mut result = Ok(());
        state.workspace.maybe_update(|w| {
            result = id.with_value(|id| key.with_value(|k| set_ask(w, id, k, part, &text)));
            result.is_ok()
        });
        result.err().map(str::to_string)
    };
    let [amount_id, term_id, reason_id] =
        ["amount", "term", "reason"].map(|part| format!("ask-{criterion_id}-{part}"));
    // Labels are set once: whether an item takes an amount, and the
    // offer's currency, do not change while its group is on screen.
    let takes_amount = item.with_untracked(|i| i.takes_amount);
    let amount_label = format!("Amount ({})", currency.get_untracked());
    let term_label = if takes_amount {
        "Or in words"
    } else {
        "What to ask for"
    };
    let remove = move |_| {
        state.workspace.update(|w| {
            id.with_value(|id| key.with_value(|k| set_raised(w, id, k, false)));
        })
    };
    view! {
        <fieldset class="ask">
            <legend>{move || item.with(|i| i.name.clone())}</legend>
            <p class="hint">"In the message: " <q>{move || item.with(|i| i.ask.clone())}</q></p>
            {shown(
                move || takes_amount,
                move || view! {
                    <ParsedField
                        id=amount_id.clone()
                        label=amount_label.clone()
                        hint="A yearly figure in the offer's currency. Leave it empty to ask in words."
                        inputmode="decimal"
                        value=Signal::derive(move || {
                            state.workspace.with(|w| {
                                id.with_value(|id| {
                                    key.with_value(|k| {
                                        w.opportunity(id)
                                            .map(|o| ask_amount_text(o, k, &currency.get()))
                                            .unwrap_or_default()
                                    })
                                })
                            })
                        })
                        apply=Callback::new(move |text: String| save(AskPart::Amount, text))
                    />
                }.into_any(),
            )}
            <TextField
                id=term_id
                label=term_label
                hint="As it would read in a sentence, for example \"two days a week from home\". Leave it empty for the wording above."
                value=stored(|a| a.term.clone())
                on_input=Callback::new(move |text: String| {
                    save(AskPart::Term, text);
                })
            />
            <TextField
                id=reason_id
                label="Why (optional)"
                hint="One line the employer can read, for example \"similar roles in the city pay in this range\"."
                value=stored(|a| a.reason.clone())
                on_input=Callback::new(move |text: String| {
                    save(AskPart::Reason, text);
                })
            />
            {shown(
                move || !item.with(|i| i.from_gap),
                move || view! {
                    <button type="button" class="button button-secondary" on:click=remove>
                        "Remove from the asks"
                    </button>
                }.into_any(),
            )}
        </fieldset>
    }
}

/// Adds another negotiable criterion to the asks.
#[component]
fn AddAsk(
    state: AppState,
    id: StoredValue<String>,
    items: Memo<Vec<NegotiationItem>>,
) -> impl IntoView {
    let choices = Memo::new(move |_| {
        state
            .workspace
            .with(|w| items.with(|items| more_to_ask(w, items)))
    });
    let chosen = RwSignal::new(String::new());
    let add = move |_| {
        let criterion = chosen.get_untracked();
        if criterion.is_empty() {
            return;
        }
        state.workspace.update(|w| {
            id.with_value(|id| set_raised(w, id, &criterion, true));
        });
        chosen.set(String::new());
    };
    view! {
        {shown(
            move || choices.with(|c| !c.is_empty()),
            move || view! {
                {move || {
                    let mut options = vec![(String::new(), "Choose a criterion".to_string())];
                    options.extend(choices.get());
                    view! {
                        <SelectField
                            id="ask-add"
                            label="Also ask about"
                            hint="Only criteria you marked as negotiable."
                            options=options
                            value=chosen
                            on_change=Callback::new(move |v: String| chosen.set(v))
                        />
                    }
                }}
                <button type="button" class="button button-secondary" on:click=add>
                    "Add to the asks"
                </button>
            }.into_any(),
        )}
    }
}
