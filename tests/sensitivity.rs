//! How close advice is to changing, on workspaces worked out by hand. The
//! matrix total is Σ weight × score ÷ (5 × Σ weight) × 100; with the twelve
//! default criteria following their order, the weights are 12, 11, … 1
//! (Σ = 78). Issue 14 ("Sensitivity"); the accept line is article 001's.

use crossroads::core::date::Date;
use crossroads::core::model::{
    EmploymentModel, NonNegotiable, Opportunity, Priorities, RequiredFact, Stage, Workspace,
};
use crossroads::core::money::Money;
use crossroads::core::recommend::{action_of, sensitivity, Action, Change};

fn today() -> Date {
    Date::from_ymd(2026, 11, 24).unwrap()
}

/// A written offer scoring `score` on every criterion, against a current
/// role scoring 2 on every criterion, due in a month.
fn offer_scoring(score: u8) -> Workspace {
    let mut ws = Workspace::default();
    let mut o = Opportunity::new("o1");
    o.employer = "Northwind".into();
    o.stage = Stage::WrittenOffer;
    o.offer_in_writing = true;
    o.employment_model = EmploymentModel::Direct;
    o.dates.offer = Some(today());
    o.dates.offer_deadline = Some(today().add_days(30));
    for p in Priorities::default().criteria {
        o.set_score(&p.id, Some(score));
        ws.current_role.set_score(&p.id, Some(2));
    }
    ws.opportunities.push(o);
    ws
}

#[test]
fn the_first_negotiable_criterion_two_points_down_turns_accept_into_negotiate() {
    // Every score 4: total 80, above the accept line of 75: accept.
    // One point off anything leaves at least (312 − 12) ÷ 390 = 76.9 and no
    // score under the gap score of 3: still accept. Two points off a
    // criterion nobody negotiates (the top two) leave 73.8 or 74.1, between
    // the lines and well above the current role's 40: still accept. Two
    // points off base pay (third, negotiable) make a gap an employer can
    // close: negotiate.
    let ws = offer_scoring(4);
    assert_eq!(action_of(&ws, 0, today()), Action::Accept);
    let flip = sensitivity(&ws, 0, today())
        .score
        .expect("a score flips it");
    assert!(
        matches!(&flip.change, Change::Score { criterion_id, from: 4, to: 2, .. } if criterion_id == "base_pay"),
        "{:?}",
        flip.change
    );
    assert!(
        matches!(flip.becomes, Action::Negotiate { .. }),
        "{:?}",
        flip.becomes
    );
}

#[test]
fn equal_scores_make_every_weight_irrelevant() {
    // Every score the same: any weights give the same total, so no weight
    // change can move the advice.
    for score in [1, 4, 5] {
        let found = sensitivity(&offer_scoring(score), 0, today());
        assert_eq!(found.weight, None, "every score {score}");
    }
}

#[test]
fn a_floor_flips_the_advice_one_cent_below_it_at_the_entered_rate() {
    // Floor 60,000.00 EUR at home; the check converts the offer's base at the
    // entered rate and rounds to the cent (halves to even). At 1.1:
    // 54,545.44 × 1.1 = 59,999.984 → 59,999.98 falls short;
    // 54,545.45 × 1.1 = 59,999.995 → 60,000.00 meets it.
    let cents = |c: i64| Money(c);
    let cases: [(Option<f64>, Money, Money); 3] = [
        (None, cents(6_100_000), cents(5_999_999)),
        (Some(1.1), cents(6_100_000), cents(5_454_544)),
        (Some(1.1), cents(5_000_000), cents(5_454_545)),
    ];
    for (rate, base, want) in cases {
        let mut ws = offer_scoring(4);
        ws.non_negotiables.push(NonNegotiable::Requires {
            fact: RequiredFact::MinimumBase {
                amount: Money::major(60_000, "EUR"),
            },
        });
        ws.opportunities[0].compensation.base = base;
        ws.opportunities[0].compensation.exchange_rate = rate;
        let found = sensitivity(&ws, 0, today());
        assert!(found.base_pay_applies);
        let flip = found.base_pay.expect("crossing the floor flips it");
        assert_eq!(
            flip.change,
            Change::BasePay {
                from: base,
                to: want
            },
            "rate {rate:?}"
        );
    }
}

#[test]
fn without_a_floor_money_is_not_a_lever_and_settled_offers_have_none() {
    let ws = offer_scoring(4);
    let found = sensitivity(&ws, 0, today());
    assert!(!found.base_pay_applies);
    assert_eq!(found.base_pay, None);
    let mut settled = offer_scoring(4);
    settled.opportunities[0].stage = Stage::Declined;
    assert_eq!(sensitivity(&settled, 0, today()), Default::default());
}

#[test]
fn the_words_name_the_change_and_the_new_advice() {
    let ws = offer_scoring(4);
    let found = sensitivity(&ws, 0, today());
    let lines = found.lines(|m| format!("€{}", m.0));
    assert_eq!(
        lines[0],
        "Scoring base pay 2 instead of 4 would make the advice \u{201c}Negotiate\u{201d}."
    );
    assert_eq!(
        lines[1],
        "No change of up to 24 to one weight changes the advice."
    );
    assert_eq!(lines.len(), 2, "no floor, so no line about pay");
    assert_eq!(
        found.summary(),
        "Fairly close: a small change would change it."
    );
}
