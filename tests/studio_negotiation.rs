//! Negotiation in the employer's terms: what is raised (the user's
//! negotiable criteria, by id), how each ask is said (money in the offer's
//! currency, or a term), with the user's reason, and never the engine's gap
//! labels.
#![cfg(not(target_arch = "wasm32"))]

use crossroads::core::assess::assess;
use crossroads::core::date::Date;
use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::model::{
    criterion, Ask, Axis, Compensation, Concern, ConcernBasis, ConcernWeight, EmploymentModel,
    NonNegotiable, Opportunity, Priorities, RequiredFact, Stage, Workspace,
};
use crossroads::core::money::Money;
use crossroads::core::recommend::{Action, Gap, Topic};
use crossroads::core::studio::from_workspace::fields_with_spoken_dates;
use crossroads::core::studio::negotiation::{
    edit_ask, format_money, items_to_raise, set_ask, set_raised, AskPart, NegotiationItem,
};
use crossroads::core::studio::privacy::{PrivateTerms, Sharing};
use crossroads::core::studio::{check, render, render_short, CheckContext, Rule, Tone};
use proptest::prelude::*;

/// Monday 2 March 2026.
fn today() -> Date {
    Date::from_ymd(2026, 3, 2).unwrap()
}

#[test]
fn money_is_written_in_the_offer_currency() {
    let rows = [
        (65_000.0, "EUR", "€65,000"),
        (65_000.0, "eur", "€65,000"),
        (90_000.0, "USD", "$90,000"),
        (55_000.0, "GBP", "£55,000"),
        (6_500_000.0, "JPY", "¥6,500,000"),
        (120_000.0, "CHF", "CHF 120,000"),
        (64_999.6, "EUR", "€65,000"),
        (950.0, "EUR", "€950"),
        (65_000.0, "", "65,000"),
        (65_000.0, "euro", "65,000"),
    ];
    for (amount, currency, expected) in rows {
        assert_eq!(
            format_money(amount, currency),
            expected,
            "{amount} {currency}"
        );
    }
}

/// A written offer from `currency` with every criterion scored 4.
fn offer(currency: &str) -> Opportunity {
    let mut o = Opportunity::new("o");
    o.employer = "Northwind".into();
    o.role = "Analyst".into();
    o.stage = Stage::WrittenOffer;
    o.offer_in_writing = true;
    o.employment_model = EmploymentModel::Direct;
    o.compensation = Compensation {
        base: Money::major(52_000, "EUR"),
        currency: currency.into(),
        ..Compensation::default()
    };
    for p in Priorities::default().criteria {
        o.set_score(&p.id, Some(4));
    }
    o
}

fn negotiate(ids: &[Option<&str>]) -> Action {
    Action::Negotiate {
        gaps: ids
            .iter()
            .map(|id| Gap {
                criterion_id: id.map(str::to_string),
                label: "Base pay: 52000, below your floor of 60000".into(),
                score: Some(1),
                target: 3,
                importance: 1.0,
                topic: Topic::Pay,
            })
            .collect(),
        walk_away: 50.0,
    }
}

fn ask(amount: Option<f64>, term: &str, reason: &str) -> Ask {
    Ask {
        amount: amount.map(|a| Money::from_major_f64(a, "EUR")),
        term: term.into(),
        reason: reason.into(),
    }
}

fn asks_of(items: &[NegotiationItem]) -> Vec<(&str, &str, bool)> {
    items
        .iter()
        .map(|i| (i.ask.as_str(), i.reason.as_str(), i.from_gap))
        .collect()
}

#[test]
fn each_item_is_the_ask_in_the_employers_terms() {
    type Row = (
        &'static str,
        &'static str,
        Vec<Option<&'static str>>,
        Vec<(&'static str, Ask)>,
        Vec<(&'static str, &'static str, bool)>,
    );
    let rows: Vec<Row> = vec![
        (
            "a pay gap with an amount, in euros",
            "EUR",
            vec![Some(criterion::BASE_PAY)],
            vec![(
                criterion::BASE_PAY,
                ask(Some(65_000.0), "", " Similar roles pay this. "),
            )],
            vec![("a base salary of €65,000", "Similar roles pay this", true)],
        ),
        (
            "no currency: the home currency",
            "",
            vec![Some(criterion::BASE_PAY)],
            vec![(criterion::BASE_PAY, ask(Some(65_000.0), "", ""))],
            vec![("a base salary of £65,000", "", true)],
        ),
        (
            "rewards in dollars, yen base",
            "USD",
            vec![Some(criterion::TOTAL_REWARDS)],
            vec![(criterion::TOTAL_REWARDS, ask(Some(12_000.0), "", ""))],
            vec![("$12,000 a year in bonus and equity", "", true)],
        ),
        (
            "yen",
            "JPY",
            vec![Some(criterion::BASE_PAY)],
            vec![(criterion::BASE_PAY, ask(Some(6_500_000.0), "", ""))],
            vec![("a base salary of ¥6,500,000", "", true)],
        ),
        (
            "gaps without asks take the app's wording",
            "EUR",
            vec![Some(criterion::FLEXIBILITY), Some(criterion::EMPLOYMENT)],
            vec![],
            vec![
                ("more days working from home", "", true),
                ("a direct, permanent contract", "", true),
            ],
        ),
        (
            "the user's term wins over the wording; an amount on a term criterion is ignored",
            "EUR",
            vec![Some(criterion::FLEXIBILITY)],
            vec![(
                criterion::FLEXIBILITY,
                ask(Some(3.0), "three days a week from home.", ""),
            )],
            vec![("three days a week from home", "", true)],
        ),
        (
            "not negotiable, or no criterion at all: never raised",
            "EUR",
            vec![Some(criterion::CULTURE), None, Some(criterion::BASE_PAY)],
            vec![],
            vec![("a higher base salary", "", true)],
        ),
        (
            "an ask the user added, after the gaps, each criterion once",
            "EUR",
            vec![Some(criterion::BASE_PAY), Some(criterion::BASE_PAY)],
            vec![(
                criterion::MOBILITY,
                ask(Some(8_000.0), "", "the move costs about that"),
            )],
            vec![
                ("a higher base salary", "", true),
                (
                    "a relocation allowance of €8,000",
                    "the move costs about that",
                    false,
                ),
            ],
        ),
        (
            "custom criteria",
            "EUR",
            vec![Some("sign_on"), Some("it_budget")],
            vec![("sign_on", ask(Some(5_000.0), "", ""))],
            vec![
                ("a sign-on bonus of €5,000", "", true),
                ("a change to the IT budget", "", true),
            ],
        ),
    ];
    for (name, currency, gaps, asks, expected) in rows {
        let mut workspace = Workspace::default();
        workspace.settings.currency = "GBP".into();
        workspace
            .priorities
            .add("sign_on", "Sign-on bonus", Axis::Compensation);
        workspace
            .priorities
            .add("it_budget", "IT budget", Axis::LifeContext);
        let mut o = offer(currency);
        for (id, a) in asks {
            // Typed as the user types it: base pay and relocation amounts
            // land in the negotiation plan, the rest in the ask.
            let typed_in = if currency.is_empty() { "GBP" } else { currency };
            let amount = a
                .amount
                // `ask` holds the figure in hundredths (see `ask`); typed as
                // that figure, it is read in the offer's own currency.
                .map(|m| crossroads::core::money::field_text(m, "EUR"))
                .unwrap_or_default();
            let words = Ask { amount: None, ..a };
            o.asks.insert(id.to_string(), words);
            edit_ask(&mut o, id, AskPart::Amount, &amount, typed_in).unwrap();
        }
        let items = items_to_raise(&workspace, &o, Some(&negotiate(&gaps)));
        assert_eq!(asks_of(&items), expected, "{name}");
    }
}

#[test]
fn typing_an_ask_reads_money_and_keeps_words_on_one_line() {
    let mut o = offer("EUR");
    assert_eq!(
        edit_ask(
            &mut o,
            criterion::BASE_PAY,
            AskPart::Amount,
            "65,000",
            "EUR"
        ),
        Ok(())
    );
    assert_eq!(
        o.negotiation.base.ask,
        Money::major(65_000, "EUR"),
        "in the plan"
    );
    assert_eq!(
        o.asks[criterion::BASE_PAY].amount,
        None,
        "one home for the figure"
    );
    assert!(edit_ask(&mut o, criterion::BASE_PAY, AskPart::Amount, "lots", "EUR").is_err());
    assert_eq!(o.negotiation.base.ask, Money::major(65_000, "EUR"), "kept");
    assert_eq!(
        edit_ask(&mut o, criterion::BASE_PAY, AskPart::Amount, " ", "EUR"),
        Ok(())
    );
    assert_eq!(o.negotiation.base.ask, Money::ZERO);
    edit_ask(
        &mut o,
        criterion::LEARNING,
        AskPart::Amount,
        "1,500.50",
        "EUR",
    )
    .unwrap();
    assert_eq!(o.asks[criterion::LEARNING].amount, Some(Money(150_050)));
    edit_ask(&mut o, criterion::MOBILITY, AskPart::Amount, "8000", "JPY").unwrap();
    assert_eq!(o.negotiation.relocation.ask, Money(8_000));
    assert!(
        edit_ask(
            &mut o,
            criterion::MOBILITY,
            AskPart::Amount,
            "8000.5",
            "JPY"
        )
        .is_err(),
        "no cents in yen"
    );
    edit_ask(
        &mut o,
        criterion::BASE_PAY,
        AskPart::Reason,
        "market\nrate",
        "EUR",
    )
    .unwrap();
    edit_ask(
        &mut o,
        criterion::BASE_PAY,
        AskPart::Term,
        "more pay",
        "EUR",
    )
    .unwrap();
    assert_eq!(o.asks[criterion::BASE_PAY].reason, "market rate");
    assert_eq!(o.asks[criterion::BASE_PAY].term, "more pay");
}

/// The engine's own negotiation for an offer under the user's floor, with a
/// factual negotiable concern in the user's words.
fn under_the_floor(international_move: bool) -> Workspace {
    let mut o = offer("EUR");
    o.international_move = international_move;
    o.concerns.push(Concern {
        id: "c".into(),
        text: "Nobody would commit to a review date for my salary".into(),
        basis: ConcernBasis::Fact,
        weight: ConcernWeight::Negotiable,
        criterion_id: Some(criterion::BASE_PAY.into()),
        resolved: false,
        raised: None,
    });
    Workspace {
        opportunities: vec![o],
        non_negotiables: vec![NonNegotiable::Requires {
            fact: RequiredFact::MinimumBase {
                amount: Money::major(60_000, "EUR"),
            },
        }],
        ..Workspace::default()
    }
}

#[test]
fn the_engines_gap_labels_never_reach_the_draft() {
    let workspace = under_the_floor(false);
    let assessment = assess(&workspace, today());
    let action = &assessment
        .for_opportunity("o")
        .unwrap()
        .recommendation
        .action;
    let Action::Negotiate { gaps, .. } = action else {
        panic!("expected a negotiation, got {action:?}");
    };
    let labels: Vec<&str> = gaps.iter().map(|g| g.label.as_str()).collect();
    assert!(labels.iter().any(|l| l.contains("floor")), "{labels:?}");
    let fields = fields_with_spoken_dates(&workspace, &assessment, "o");
    assert_eq!(fields.items_to_negotiate, ["a higher base salary"]);
    assert_eq!(fields.change_that_would_matter, "a higher base salary");
    let terms = PrivateTerms::for_message(
        &workspace,
        "o",
        MessageKind::NegotiationAsk,
        Sharing::default(),
    );
    for tone in Tone::ALL {
        for draft in [
            render(MessageKind::NegotiationAsk, tone, &fields),
            render_short(MessageKind::NegotiationAsk, tone, &fields),
            render(MessageKind::OpenReply, tone, &fields),
        ] {
            for label in &labels {
                assert!(!draft.body.contains(label), "{label} in\n{}", draft.body);
            }
            for leak in ["60000", "60,000", "floor", "review date"] {
                assert!(!draft.body.contains(leak), "{leak} in\n{}", draft.body);
            }
            let context = CheckContext::for_message(draft.kind, Channel::Email, &fields, &terms);
            let findings = check(&draft.subject, &draft.body, &context);
            assert!(
                findings.iter().all(|f| f.rule != Rule::PrivateDetail),
                "{findings:?}"
            );
        }
    }
}

#[test]
fn the_move_is_mentioned_only_for_a_move_abroad_and_nothing_is_presumed() {
    for abroad in [false, true] {
        let workspace = under_the_floor(abroad);
        let assessment = assess(&workspace, today());
        let fields = fields_with_spoken_dates(&workspace, &assessment, "o");
        for tone in Tone::ALL {
            let body = render(MessageKind::NegotiationAsk, tone, &fields).body;
            let lower = body.to_lowercase();
            assert_eq!(lower.contains("move"), abroad, "{body}");
            for presumed in ["before i confirm", "accept", "once these"] {
                assert!(!lower.contains(presumed), "{presumed}: {body}");
            }
            assert!(lower.contains("thank you"), "{body}");
            assert!(lower.contains("- a higher base salary."), "{body}");
            assert!(lower.contains("time to talk"), "{body}");
        }
    }
}

#[test]
fn reasons_sit_beside_their_asks() {
    let mut workspace = under_the_floor(false);
    workspace.opportunities[0].asks.insert(
        criterion::BASE_PAY.into(),
        ask(None, "", "It matches similar roles in the city."),
    );
    // The base pay figure lives in the negotiation plan.
    workspace.opportunities[0].negotiation.base.ask = Money::major(64_000, "EUR");
    workspace.opportunities[0].asks.insert(
        criterion::FLEXIBILITY.into(),
        ask(None, "two days a week from home", ""),
    );
    let assessment = assess(&workspace, today());
    let fields = fields_with_spoken_dates(&workspace, &assessment, "o");
    let body = render(MessageKind::NegotiationAsk, Tone::Neutral, &fields).body;
    assert!(
        body.contains(
            ":\n- A base salary of €64,000: It matches similar roles in the city.\n- Two days a week from home.\n"
        ),
        "{body}"
    );
}

proptest! {
    #[test]
    fn no_gap_label_is_ever_an_item(
        labels in prop::collection::vec("[A-Za-z0-9 ,:]{12,40}", 1..4),
        ids in prop::collection::vec(
            prop::sample::select(vec![
                Some(criterion::BASE_PAY), Some(criterion::FLEXIBILITY), Some(criterion::CULTURE),
                Some(criterion::MOBILITY), Some("custom"), None,
            ]),
            1..4,
        ),
    ) {
        let mut workspace = Workspace::default();
        workspace.priorities.add("custom", "Custom thing", Axis::LifeContext);
        let action = Action::Negotiate {
            gaps: labels
                .iter()
                .zip(ids.iter().cycle())
                .map(|(label, id)| Gap {
                    criterion_id: id.map(str::to_string),
                    label: label.clone(),
                    score: None,
                    target: 3,
                    importance: 1.0,
                    topic: Topic::Pay,
                })
                .collect(),
            walk_away: 50.0,
        };
        let items = items_to_raise(&workspace, &offer("EUR"), Some(&action));
        for item in &items {
            for label in &labels {
                prop_assert!(!item.ask.contains(label.trim()) && !item.reason.contains(label.trim()));
            }
            prop_assert!(workspace.priorities.get(&item.criterion_id).is_some_and(|p| p.negotiable));
        }
    }
}

#[test]
fn the_studio_edits_asks_and_they_take_over_from_a_typed_list() {
    let mut workspace = under_the_floor(false);
    workspace.message_details.insert(
        "o".into(),
        [("items_to_negotiate".to_string(), "pay".to_string())].into(),
    );
    let fields = |w: &Workspace| fields_with_spoken_dates(w, &assess(w, today()), "o");
    assert_eq!(
        fields(&workspace).items_to_negotiate,
        ["pay"],
        "typed text wins"
    );

    set_ask(
        &mut workspace,
        "o",
        criterion::BASE_PAY,
        AskPart::Amount,
        "63000",
    )
    .unwrap();
    assert!(workspace.message_details.is_empty());
    assert_eq!(
        fields(&workspace).items_to_negotiate,
        ["a base salary of €63,000"]
    );

    set_raised(&mut workspace, "o", criterion::MOBILITY, true);
    assert_eq!(
        fields(&workspace).items_to_negotiate,
        ["a base salary of €63,000", "relocation support"]
    );
    set_raised(&mut workspace, "o", criterion::MOBILITY, false);
    assert_eq!(
        fields(&workspace).items_to_negotiate,
        ["a base salary of €63,000"]
    );
    assert_eq!(
        set_ask(
            &mut workspace,
            "o",
            criterion::BASE_PAY,
            AskPart::Amount,
            "-5"
        ),
        Err("Enter an amount of 0 or more")
    );
    // Unknown opportunities change nothing.
    let before = workspace.clone();
    set_ask(
        &mut workspace,
        "nope",
        criterion::BASE_PAY,
        AskPart::Term,
        "x",
    )
    .unwrap();
    set_raised(&mut workspace, "nope", criterion::BASE_PAY, true);
    assert_eq!(workspace, before);
}
