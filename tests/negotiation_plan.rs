//! The negotiation plan's arithmetic: changes against the current role and
//! the best competing offer, the suggested ask (never below the floor,
//! flagged above the range), typed figures through the one money parser,
//! and what the counter-proposal and its replies say.
#![cfg(not(target_arch = "wasm32"))]

use crossroads::core::assess::assess;
use crossroads::core::date::Date;
use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::model::{
    Opportunity, PayPart, PlanLine, Rationale, Stage, TradeOff, Workspace,
};
use crossroads::core::money::Money;
use crossroads::core::negotiation_plan::{
    against, best_competing, change, change_words, convert, is_above_range, parts_in_play,
    set_figure, set_rationale, set_trade_off, set_trade_off_detail, suggest_ask, summarise,
    summarise_in, Figure,
};
use crossroads::core::studio::from_workspace::fields_with_spoken_dates;
use crossroads::core::studio::privacy::{PrivateTerms, Sharing};
use crossroads::core::studio::{check, render, render_short, CheckContext, Rule, Tone};
use proptest::prelude::*;

fn eur(x: i64) -> Money {
    Money::major(x, "EUR")
}

fn offer(id: &str, employer: &str, base: f64, currency: &str) -> Opportunity {
    let mut o = Opportunity::new(id);
    o.employer = employer.into();
    o.role = "Data Analyst".into();
    o.stage = Stage::WrittenOffer;
    o.offer_in_writing = true;
    o.compensation.base = Money::from_major_f64(base, currency);
    o.compensation.currency = currency.into();
    o
}

/// An offer at 60,000 EUR, a current role at 50,000 EUR, a rival at 62,000
/// EUR and a second rival at 70,000 USD (0.9 home units per dollar, the
/// euro at 1.0): in euros the dollar offer is 63,000, the best.
fn workspace() -> Workspace {
    let mut ws = Workspace::default();
    ws.settings.currency = "EUR".into();
    ws.current_role.employer = "Present Ltd".into();
    ws.current_role.compensation.base = Money::major(50_000, "EUR");
    ws.current_role.compensation.currency = "EUR".into();
    ws.opportunities
        .push(offer("main", "Northwind", 60_000.0, "EUR"));
    ws.opportunities
        .push(offer("rival", "Globex", 62_000.0, "EUR"));
    let mut usd = offer("usd", "Initech", 70_000.0, "USD");
    usd.compensation.exchange_rate = Some(0.9);
    ws.opportunities.push(usd);
    ws.opportunities[0].compensation.exchange_rate = Some(1.0);
    // Interviewing only: not an offer to compare against.
    let mut early = offer("early", "Hooli", 90_000.0, "EUR");
    early.stage = Stage::Interviewing;
    ws.opportunities.push(early);
    ws
}

#[test]
fn changes_are_signed_money_and_percent_of_the_first_figure() {
    let rows = [
        (50_000, 66_000, 16_000, Some(32.0)),
        (66_000, 62_000, -4_000, Some(-6.060_606)),
        (0, 62_000, 62_000, None),
        (62_000, 62_000, 0, Some(0.0)),
    ];
    for (from, to, amount, percent) in rows {
        let c = change(eur(from), eur(to));
        assert_eq!(c.amount, eur(amount), "{from} → {to}");
        match (c.percent, percent) {
            (Some(got), Some(want)) => assert!((got - want).abs() < 1e-4, "{got} vs {want}"),
            (got, want) => assert_eq!(got, want),
        }
    }
}

#[test]
fn figures_convert_only_with_both_rates_or_the_same_currency() {
    type Side = (&'static str, Option<f64>);
    let rows: [(i64, Side, Side, Option<i64>); 5] = [
        (10_000, ("EUR", None), ("eur", None), Some(10_000)),
        (10_000, ("USD", Some(0.9)), ("EUR", Some(1.0)), Some(9_000)),
        (10_000, ("USD", Some(0.9)), ("EUR", None), None),
        (
            1_000_000,
            ("JPY", Some(0.006)),
            ("EUR", Some(1.0)),
            Some(600_000),
        ),
        (10_000, ("USD", Some(f64::NAN)), ("EUR", Some(1.0)), None),
    ];
    for (minor, from, to, want) in rows {
        assert_eq!(
            convert(Money(minor), from, to),
            want.map(Money),
            "{minor} {from:?} → {to:?}"
        );
    }
}

#[test]
fn the_best_competing_offer_is_the_highest_comparable_open_offer() {
    let ws = workspace();
    let best = best_competing(&ws, &ws.opportunities[0]).map(|o| o.id.as_str());
    assert_eq!(best, Some("usd"), "70,000 USD is 63,000 EUR");
    let mut no_rate = ws.clone();
    no_rate.opportunities[2].compensation.exchange_rate = None;
    let best = best_competing(&no_rate, &no_rate.opportunities[0]).map(|o| o.id.as_str());
    assert_eq!(
        best,
        Some("rival"),
        "an offer that cannot be compared is left out"
    );
}

#[test]
fn an_ask_is_set_against_the_current_role_and_the_best_competing_offer() {
    let ws = workspace();
    let o = &ws.opportunities[0];
    let a = against(&ws, o, PayPart::Base, eur(66_150));
    let current = a.current.unwrap();
    assert_eq!(current.amount, eur(16_150));
    assert!((current.percent.unwrap() - 32.3).abs() < 1e-9);
    let competing = a.competing.unwrap();
    assert_eq!(competing.amount, eur(3_150));
    assert!((competing.percent.unwrap() - 5.0).abs() < 1e-9);
    // Nothing entered, nothing to compare; a part the others do not pay has
    // no comparison.
    assert_eq!(against(&ws, o, PayPart::Base, Money::ZERO).current, None);
    assert_eq!(against(&ws, o, PayPart::SignOn, eur(5_000)).current, None);
}

/// [`workspace`] with a base-pay plan on the main offer: an ask of 66,150
/// above a range of 55,000–65,000, and a target of 62,000 inside it.
fn with_base_plan() -> Workspace {
    let mut ws = workspace();
    let line = &mut ws.opportunities[0].negotiation.base;
    line.ask = eur(66_150);
    line.target = eur(62_000);
    line.market_low = eur(55_000);
    line.market_high = eur(65_000);
    ws
}

#[test]
fn the_plan_says_the_changes_the_suggestion_and_the_flag_in_words() {
    let mut ws = with_base_plan();
    let s = summarise(&ws, &ws.opportunities[0], PayPart::Base);
    assert_eq!(
        s.changes,
        [
            "Your ask against your current role: +€16,150 a year (+32.3%)",
            "Your ask against the best competing offer (Initech): +€3,150 a year (+5.0%)",
            "Your target against your current role: +€12,000 a year (+24.0%)",
            "Your target against the best competing offer (Initech): −€1,000 a year (−1.6%)",
        ]
    );
    let lines = s.lines();
    assert!(
        lines[0].starts_with("Suggested ask: €65,000. Your target"),
        "{lines:?}"
    );
    assert!(
        lines[1].starts_with("Your ask is above the top"),
        "{lines:?}"
    );
    assert_eq!(&lines[2..], s.changes.as_slice());
    let (amount, text, why) = s.suggestion.unwrap();
    assert_eq!((amount, text.as_str()), (eur(65_000), "€65,000"));
    assert!(why.contains("top of the market range"), "{why}");
    assert!(s.above_range.unwrap().contains("€65,000"));
    ws.opportunities[0].negotiation.base.ask = eur(64_000);
    assert_eq!(
        summarise(&ws, &ws.opportunities[0], PayPart::Base).above_range,
        None
    );
    assert_eq!(
        change_words(change(eur(5_000), eur(3_000)), PayPart::SignOn, "EUR"),
        "−€2,000 (−40.0%)"
    );
}

#[test]
fn the_suggested_ask_follows_the_target_and_the_range() {
    // (floor, target, low, high) → (ask, above the range, words in the reasoning)
    type Want = Option<(i64, bool, &'static str)>;
    let rows: [((i64, i64, i64, i64), Want); 8] = [
        ((0, 0, 0, 0), None),
        ((0, 64_000, 0, 0), Some((68_000, false, "plus 5%"))),
        (
            (0, 64_000, 58_000, 70_000),
            Some((68_000, false, "plus 5%")),
        ),
        (
            (0, 68_000, 58_000, 70_000),
            Some((70_000, false, "top of the market range")),
        ),
        ((0, 75_000, 58_000, 70_000), Some((79_000, true, "plus 5%"))),
        (
            (0, 0, 58_000, 70_000),
            Some((70_000, false, "top of the market range")),
        ),
        ((72_000, 0, 58_000, 70_000), Some((72_000, true, "floor"))),
        // The range typed the wrong way round still reads as a range.
        (
            (0, 0, 70_000, 58_000),
            Some((70_000, false, "top of the market range")),
        ),
    ];
    for ((floor, target, low, high), want) in rows {
        let line = PlanLine {
            floor: eur(floor),
            target: eur(target),
            market_low: eur(low),
            market_high: eur(high),
            ..PlanLine::default()
        };
        let got = suggest_ask(&line, "EUR");
        match (got, want) {
            (None, None) => {}
            (Some(s), Some((amount, above, words))) => {
                assert_eq!(s.amount, eur(amount), "{floor} {target} {low}–{high}");
                assert_eq!(s.above_range, above, "{floor} {target} {low}–{high}");
                assert!(s.reasoning.contains(words), "{}", s.reasoning);
            }
            (got, want) => panic!("{floor} {target} {low}–{high}: {got:?} vs {want:?}"),
        }
    }
}

#[test]
fn yen_rounds_to_whole_thousands_without_cents() {
    let line = PlanLine {
        target: Money::major(6_500_000, "JPY"),
        ..PlanLine::default()
    };
    assert_eq!(
        suggest_ask(&line, "JPY").unwrap().amount,
        Money(6_825_000),
        "6,500,000 plus 5%, already round"
    );
}

proptest! {
    #[test]
    fn the_suggested_ask_is_never_below_the_floor_and_flags_only_above_the_range(
        floor in 0i64..2_000_000_000,
        target in 0i64..2_000_000_000,
        low in 0i64..2_000_000_000,
        high in 0i64..2_000_000_000,
        currency in prop::sample::select(vec!["EUR", "JPY", "KWD"]),
    ) {
        let line = PlanLine {
            floor: Money(floor),
            target: Money(target),
            market_low: Money(low),
            market_high: Money(high),
            ..PlanLine::default()
        };
        match suggest_ask(&line, currency) {
            None => prop_assert!(target == 0 && low == 0 && high == 0),
            Some(s) => {
                prop_assert!(s.amount.0 >= floor, "{:?} below {}", s, floor);
                let top = low.max(high);
                prop_assert_eq!(s.above_range, (low > 0 || high > 0) && s.amount.0 > top);
                prop_assert_eq!(s.above_range, is_above_range(&line, s.amount));
                // Never under the target either, unless the range caps a
                // target that sits inside it.
                if target > 0 && target > top {
                    prop_assert!(s.amount.0 >= target);
                }
                prop_assert!(!s.reasoning.is_empty());
            }
        }
    }
}

#[test]
fn typed_figures_go_through_the_money_parser_in_the_offers_currency() {
    let mut ws = workspace();
    ws.opportunities[0].compensation.currency = String::new();
    ws.settings.currency = "JPY".into();
    assert_eq!(
        set_figure(&mut ws, "main", PayPart::Base, Figure::Ask, "6,500,000"),
        Ok(())
    );
    assert_eq!(ws.opportunities[0].negotiation.base.ask, Money(6_500_000));
    assert_eq!(
        set_figure(&mut ws, "main", PayPart::Base, Figure::Ask, "12.5"),
        Err("Enter a whole amount: this currency has no cents")
    );
    assert_eq!(
        ws.opportunities[0].negotiation.base.ask,
        Money(6_500_000),
        "kept"
    );
    set_figure(&mut ws, "main", PayPart::SignOn, Figure::Floor, "300000").unwrap();
    assert_eq!(
        ws.opportunities[0].negotiation.sign_on.floor,
        Money(300_000)
    );
    set_figure(&mut ws, "main", PayPart::SignOn, Figure::Floor, "").unwrap();
    assert_eq!(ws.opportunities[0].negotiation.sign_on.floor, Money::ZERO);
    let before = ws.clone();
    set_figure(&mut ws, "nope", PayPart::Base, Figure::Ask, "1").unwrap();
    assert_eq!(ws, before, "an unknown id changes nothing");
}

#[test]
fn the_plan_shows_base_pay_and_the_parts_the_offer_includes() {
    let mut o = offer("a", "A", 60_000.0, "EUR");
    assert_eq!(parts_in_play(&o), [PayPart::Base]);
    o.compensation.sign_on = Money::major(5_000, "EUR");
    o.negotiation.equity.target = eur(10_000);
    assert_eq!(
        parts_in_play(&o),
        [PayPart::Base, PayPart::SignOn, PayPart::Equity]
    );
}

#[test]
fn choosing_a_competing_offer_points_at_the_best_one_until_changed() {
    let mut ws = workspace();
    set_rationale(&mut ws, "main", Rationale::CompetingOffer);
    assert_eq!(ws.opportunities[0].negotiation.competing_id, "usd");
    set_trade_off(&mut ws, "main", TradeOff::Title, true);
    set_trade_off(&mut ws, "main", TradeOff::Title, true);
    set_trade_off_detail(&mut ws, "main", TradeOff::ReviewDate, "after\nsix months");
    let kinds: Vec<_> = ws.opportunities[0]
        .negotiation
        .trade_offs
        .iter()
        .map(|t| (t.kind, t.detail.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (TradeOff::Title, ""),
            (TradeOff::ReviewDate, "after six months")
        ]
    );
    set_trade_off(&mut ws, "main", TradeOff::Title, false);
    assert_eq!(ws.opportunities[0].negotiation.trade_offs.len(), 1);
}

fn today() -> Date {
    Date::from_ymd(2026, 11, 23).unwrap()
}

/// The main offer with a full plan: floor 61,237, target 66,613, ask
/// 68,000, a range from a private source, a review and a sign-on as
/// trade-offs.
fn planned(rationale: Rationale) -> Workspace {
    let mut ws = workspace();
    ws.settings.your_name = "Robin Vale".into();
    let plan = &mut ws.opportunities[0].negotiation;
    plan.base.floor = eur(61_237);
    plan.base.target = eur(66_613);
    plan.base.ask = eur(68_000);
    plan.base.market_low = eur(59_000);
    plan.base.market_high = eur(71_000);
    plan.base.market_source = "a thread my old manager sent".into();
    plan.sign_on.ask = eur(5_000);
    plan.scope = "leading the pricing platform".into();
    ws.opportunities[0].negotiation.rationale = rationale;
    set_rationale(&mut ws, "main", rationale);
    set_trade_off_detail(&mut ws, "main", TradeOff::ReviewDate, "after six months");
    set_trade_off(&mut ws, "main", TradeOff::SignOn, true);
    ws
}

fn drafts(ws: &Workspace, kind: MessageKind) -> Vec<(String, String)> {
    let fields = fields_with_spoken_dates(ws, &assess(ws, today()), "main");
    Tone::ALL
        .into_iter()
        .flat_map(|tone| {
            [
                render(kind, tone, &fields),
                render_short(kind, tone, &fields),
            ]
        })
        .map(|d| (d.subject, d.body))
        .collect()
}

#[test]
fn the_counter_proposal_states_the_ask_the_reason_and_the_trade_offs() {
    let rows = [
        (Rationale::None, ""),
        (
            Rationale::MarketRange,
            "similar roles pay between €59,000 and €71,000",
        ),
        (
            Rationale::Scope,
            "the scope we discussed: leading the pricing platform",
        ),
        (
            Rationale::CompetingOffer,
            "I have another offer for a comparable role",
        ),
    ];
    for (rationale, reason) in rows {
        let ws = planned(rationale);
        let full = &drafts(&ws, MessageKind::CounterProposal)[2];
        let body = &full.1;
        assert!(
            body.contains("a base salary of €68,000 and a sign-on payment of €5,000"),
            "{body}"
        );
        assert!(body.contains(reason), "{rationale:?}: {body}");
        assert!(
            body.contains("I would also be open to a pay review after six months and a sign-on payment of €5,000"),
            "{body}"
        );
        for private in [
            "61,237",
            "66,613",
            "5,376",
            "old manager",
            "Initech",
            "Globex",
            "Present",
        ] {
            assert!(!body.contains(private), "{private}: {body}");
        }
    }
}

#[test]
fn the_replies_follow_what_they_said() {
    let ws = planned(Rationale::MarketRange);
    let met = &drafts(&ws, MessageKind::CounterMet)[2].1;
    assert!(
        met.contains("agreeing to a base salary of €68,000"),
        "{met}"
    );
    assert!(met.contains("updated offer in writing"), "{met}");
    let part = &drafts(&ws, MessageKind::CounterMetPart)[2].1;
    assert!(
        part.contains("comes closer to a base salary of €68,000"),
        "{part}"
    );
    assert!(
        part.contains(
            "close the rest with a pay review after six months and a sign-on payment of €5,000?"
        ),
        "{part}"
    );
    let no = &drafts(&ws, MessageKind::CounterRefused)[2].1;
    assert!(no.contains("base pay cannot move"), "{no}");
    assert!(no.contains("open to a pay review after six months"), "{no}");
    // Without trade-offs, the replies ask for room or take time instead.
    let mut bare = ws.clone();
    bare.opportunities[0].negotiation.trade_offs.clear();
    bare.opportunities[0].dates.offer_deadline = Date::from_ymd(2026, 11, 27);
    let part = &drafts(&bare, MessageKind::CounterMetPart)[2].1;
    assert!(part.contains("any further room on base pay?"), "{part}");
    let no = &drafts(&bare, MessageKind::CounterRefused)[2].1;
    assert!(
        no.contains("think it over and reply by Friday 27 November"),
        "{no}"
    );
}

#[test]
fn the_competing_offer_is_named_only_when_chosen() {
    let mut ws = planned(Rationale::CompetingOffer);
    let unnamed = &drafts(&ws, MessageKind::CounterProposal)[0].1;
    assert!(
        unnamed.contains("another offer") && !unnamed.contains("Initech"),
        "{unnamed}"
    );
    ws.message_details
        .entry("main".into())
        .or_default()
        .insert("name_other_employer".into(), "yes".into());
    let named = &drafts(&ws, MessageKind::CounterProposal)[0].1;
    assert!(named.contains("an offer from Initech"), "{named}");
    assert!(
        !named.contains("63,000") && !named.contains("70,000"),
        "never its pay: {named}"
    );
    // Pointed at the other rival, that one is named.
    ws.opportunities[0].negotiation.competing_id = "rival".into();
    let other = &drafts(&ws, MessageKind::CounterProposal)[0].1;
    assert!(other.contains("an offer from Globex"), "{other}");
}

#[test]
fn every_counter_draft_is_ready_to_send_and_a_pasted_floor_is_caught() {
    for rationale in Rationale::ALL {
        let ws = planned(rationale);
        let fields = fields_with_spoken_dates(&ws, &assess(&ws, today()), "main");
        for kind in [
            MessageKind::CounterProposal,
            MessageKind::CounterMet,
            MessageKind::CounterMetPart,
            MessageKind::CounterRefused,
        ] {
            let private = PrivateTerms::for_message(&ws, "main", kind, Sharing::default());
            let context = CheckContext::for_message(kind, Channel::Email, &fields, &private);
            for (subject, body) in drafts(&ws, kind) {
                let rules: Vec<Rule> = check(&subject, &body, &context)
                    .into_iter()
                    .map(|f| f.rule)
                    .collect();
                let gaps_only = rules.iter().all(|r| *r == Rule::Unfilled);
                assert!(gaps_only, "{kind:?} {rationale:?}: {rules:?}\n{body}");
                for pasted in [
                    "My floor is 61,237.",
                    "I hoped for 66.613.",
                    "From a thread my old manager sent.",
                ] {
                    let rules: Vec<Rule> = check(&subject, &format!("{body}\n{pasted}"), &context)
                        .into_iter()
                        .map(|f| f.rule)
                        .collect();
                    assert!(rules.contains(&Rule::PrivateDetail), "{pasted}: {rules:?}");
                }
            }
        }
    }
}

#[test]
fn the_screen_writes_every_amount_of_the_plan_with_its_own_formatter() {
    // The screen passes the browser's locale formatting; every figure in
    // the summary must come from it, none from the message formatter.
    let ws = with_base_plan();
    let say = |m: Money| format!("<{}>", m.0);
    let s = summarise_in(&ws, &ws.opportunities[0], PayPart::Base, &say);
    let lines = s.lines();
    assert!(lines.len() >= 3, "{lines:?}");
    for line in &lines {
        assert!(!line.contains('€'), "{line}");
    }
    assert!(
        lines[0].starts_with("Suggested ask: <6500000>."),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("against your current role: +<")),
        "{lines:?}"
    );
}

#[test]
fn an_offer_without_a_currency_code_is_compared_in_the_home_currency_even_without_cents() {
    // Pay on a record without a code is stored in hundredths; the plan's
    // figures are in the home currency's own units (whole yen here).
    let mut ws = Workspace::default();
    ws.settings.currency = "JPY".into();
    ws.current_role.compensation.base = Money(600_000_000); // ¥6,000,000.00, no code
    let mut o = offer("main", "Northwind", 0.0, "");
    o.compensation.base = Money(700_000_000); // ¥7,000,000.00
    o.negotiation.base.ask = Money(7_700_000); // typed in the plan as ¥7,700,000
    ws.opportunities.push(o);
    let a = against(&ws, &ws.opportunities[0], PayPart::Base, Money(7_700_000));
    let c = a.current.expect("the current role is paid");
    assert_eq!(
        c.amount,
        Money(1_700_000),
        "¥1,700,000 more than ¥6,000,000"
    );
}
