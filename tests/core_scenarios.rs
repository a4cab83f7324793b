//! One row per scenario the source articles describe, with the action the
//! article prescribes and the rule it rests on. Expectations come from the
//! articles' advice, not from running the engine.

use crossroads::core::assess::assess;
use crossroads::core::date::Date;
use crossroads::core::message_kind::{DeclineReason, MessageKind};
use crossroads::core::model::{
    criterion, Concern, ConcernBasis, ConcernWeight, EmploymentModel, NonNegotiable, Opportunity,
    Priorities, RequiredFact, Stage, Support, VisaSponsorship, Workspace,
};
use crossroads::core::recommend::{Action, Recommendation, Rule};

/// Monday 2 March 2026.
fn today() -> Date {
    Date::from_ymd(2026, 3, 2).unwrap()
}

fn day(offset: i32) -> Date {
    today().add_days(offset)
}

/// An opportunity with every default criterion scored `score`.
fn scored(id: &str, stage: Stage, score: u8) -> Opportunity {
    let mut o = Opportunity::new(id);
    o.employer = format!("{id} Ltd");
    o.role = "Analyst".to_string();
    o.stage = stage;
    o.employment_model = EmploymentModel::Direct;
    for p in Priorities::default().criteria {
        o.set_score(&p.id, Some(score));
    }
    if stage.has_offer() {
        o.offer_in_writing = stage != Stage::VerbalOffer;
        o.dates.offer = Some(day(0));
        // A week to answer: not a "soon" deadline unless a row says so.
        o.dates.offer_deadline = Some(day(7));
    }
    o
}

fn requires(fact: RequiredFact) -> NonNegotiable {
    NonNegotiable::Requires { fact }
}

fn concern(text: &str, basis: ConcernBasis, weight: ConcernWeight, on: &str) -> Concern {
    Concern {
        id: text.to_string(),
        text: text.to_string(),
        basis,
        weight,
        criterion_id: Some(on.to_string()),
        resolved: false,
    }
}

fn workspace(opportunities: Vec<Opportunity>, rules: Vec<NonNegotiable>) -> Workspace {
    Workspace {
        opportunities,
        non_negotiables: rules,
        ..Workspace::default()
    }
}

fn recommendation(ws: &Workspace, id: &str) -> Recommendation {
    assess(ws, today())
        .for_opportunity(id)
        .expect("assessed")
        .recommendation
        .clone()
}

/// One table row.
struct Row {
    name: &'static str,
    ws: Workspace,
    id: &'static str,
    action: fn(&Action) -> bool,
    rule: Rule,
    /// A fragment the reason's input must contain (case-insensitive).
    input: &'static str,
    /// A message the recommendation must suggest, if the article names one.
    message: Option<MessageKind>,
}

fn check(rows: Vec<Row>) {
    for row in rows {
        let rec = recommendation(&row.ws, row.id);
        assert!(
            (row.action)(&rec.action),
            "{}: unexpected action {:?} ({})",
            row.name,
            rec.action,
            rec.headline
        );
        let needle = row.input.to_lowercase();
        let reason = rec
            .reasons
            .iter()
            .filter(|r| r.rule == row.rule)
            .find(|r| r.input.to_lowercase().contains(&needle))
            .or_else(|| rec.reasons.iter().find(|r| r.rule == row.rule))
            .unwrap_or_else(|| {
                panic!(
                    "{}: no {:?} reason in {:?}",
                    row.name, row.rule, rec.reasons
                )
            });
        assert!(
            reason
                .input
                .to_lowercase()
                .contains(&row.input.to_lowercase()),
            "{}: reason input {:?} should mention {:?}",
            row.name,
            reason.input,
            row.input
        );
        assert!(!reason.text.is_empty() && !row.rule.label().is_empty());
        if let Some(kind) = row.message {
            assert!(
                rec.messages.contains(&kind),
                "{}: expected {kind:?} among {:?}",
                row.name,
                rec.messages
            );
        }
        assert!(!rec.headline.contains('!'), "{}: calm voice", row.name);
    }
}

fn is_accept(a: &Action) -> bool {
    matches!(a, Action::Accept)
}
fn is_decline(a: &Action) -> bool {
    matches!(a, Action::Decline)
}
fn is_withdraw(a: &Action) -> bool {
    matches!(a, Action::Withdraw)
}
fn is_verify(a: &Action) -> bool {
    matches!(a, Action::VerifyFacts { .. })
}

// ---- 000: "Do You Have to Take a Job After an Interview" ----

#[test]
fn article_000_scenarios_a_to_c() {
    // A: local role, clear offer, acceptable pay, strong matrix → accept.
    let a = workspace(vec![scored("a", Stage::WrittenOffer, 4)], vec![]);

    // B: international offer, partial mobility support → wait for written
    // visa sponsorship and relocation allowance.
    let mut b_offer = scored("b", Stage::WrittenOffer, 4);
    b_offer.international_move = true;
    b_offer.mobility.visa_sponsorship = VisaSponsorship::Contingent;
    b_offer.mobility.relocation_support = Support::Verbal;
    let b = workspace(vec![b_offer], vec![requires(RequiredFact::VisaSponsorship)]);

    // C: strong interest but a better alternative still in process, and the
    // offer's deadline is close → ask for time, share the timeline.
    let mut c_offer = scored("c", Stage::WrittenOffer, 3);
    c_offer.dates.offer_deadline = Some(day(2));
    let mut better = scored("better", Stage::Interviewing, 5);
    better.dates.employer_decision = Some(day(8));
    let c = workspace(vec![c_offer, better], vec![]);

    check(vec![
        Row {
            name: "000 A: local role, clear offer, acceptable pay",
            ws: a,
            id: "a",
            action: is_accept,
            rule: Rule::AboveAcceptLine,
            input: "accept line",
            message: Some(MessageKind::WrittenAcceptance),
        },
        Row {
            name: "000 B: international offer, partial mobility support",
            ws: b.clone(),
            id: "b",
            action: |a| matches!(a, Action::AcceptWithConditions { .. }),
            rule: Rule::GetItInWriting,
            input: "relocation",
            message: Some(MessageKind::MobilityQuestions),
        },
        Row {
            name: "000 C: strong interest but better alternatives in process",
            ws: c.clone(),
            id: "c",
            action: |a| matches!(a, Action::AskForTime { .. }),
            rule: Rule::CompetingDeadline,
            input: "better Ltd",
            message: Some(MessageKind::AskForTime),
        },
    ]);

    // B names both the visa and the relocation as things to get in writing.
    let Action::AcceptWithConditions { in_writing } = recommendation(&b, "b").action else {
        unreachable!()
    };
    let joined = in_writing.join(" | ");
    assert!(
        joined.contains("visa") && joined.contains("relocation"),
        "{joined}"
    );

    // C asks for 3–7 business days (local offer) reaching past the other
    // employer's decision date, and tells the other employer the deadline.
    let rec = recommendation(&c, "c");
    let Action::AskForTime {
        business_days,
        until,
    } = rec.action
    else {
        unreachable!()
    };
    assert!((3..=7).contains(&business_days));
    assert!(
        until > day(8),
        "until {until} should be after their decision"
    );
    assert!(rec
        .related_messages
        .iter()
        .any(|m| m.opportunity_id == "better" && m.message == MessageKind::CompetingDeadline));
}

// ---- 001: "Can I Reject a Job Offer After Interview" — timing cases ----

#[test]
fn article_001_timing_cases() {
    // If you've accepted another offer: tell the others promptly.
    let accepted = scored("taken", Stage::Accepted, 4);
    let accepted_elsewhere = workspace(
        vec![
            accepted.clone(),
            scored("waiting", Stage::WrittenOffer, 4),
            scored("interviewing", Stage::Interviewing, 4),
        ],
        vec![],
    );

    // If you're still deciding: a formal offer, a deadline tomorrow and half
    // of what matters unknown → ask for a number of days.
    let mut deciding = scored("deciding", Stage::WrittenOffer, 4);
    for p in Priorities::default().criteria.iter().take(6) {
        deciding.set_score(&p.id, None);
    }
    deciding.dates.offer_deadline = Some(day(1));
    let still_deciding = workspace(vec![deciding], vec![]);

    // If you need to decline immediately: the offer fails a baseline test —
    // no legal route to work (no visa sponsorship) ...
    let mut no_visa = scored("novisa", Stage::WrittenOffer, 4);
    no_visa.international_move = true;
    no_visa.mobility.visa_sponsorship = VisaSponsorship::No;
    let legal_status = workspace(vec![no_visa], vec![requires(RequiredFact::VisaSponsorship)]);
    // ... or a compensation gap that survived negotiation.
    let mut low_pay = scored("lowpay", Stage::WrittenOffer, 4);
    low_pay.compensation.base = 50_000.0;
    low_pay.verbal_negotiation = true;
    let pay_gap = workspace(
        vec![low_pay],
        vec![requires(RequiredFact::MinimumBase { amount: 60_000.0 })],
    );

    check(vec![
        Row {
            name: "001 If You've Accepted Another Offer (offer in hand)",
            ws: accepted_elsewhere.clone(),
            id: "waiting",
            action: is_decline,
            rule: Rule::AcceptedElsewhere,
            input: "Analyst at taken Ltd",
            message: Some(MessageKind::DeclineAcceptedElsewhere),
        },
        Row {
            name: "001 If You've Accepted Another Offer (still interviewing)",
            ws: accepted_elsewhere,
            id: "interviewing",
            action: is_withdraw,
            rule: Rule::AcceptedElsewhere,
            input: "taken",
            // No offer was made: a withdrawal, not a decline.
            message: Some(MessageKind::WithdrawWithReason),
        },
        Row {
            name: "001 If You're Still Deciding — How To Buy Time",
            ws: still_deciding.clone(),
            id: "deciding",
            action: |a| {
                matches!(
                    a,
                    Action::AskForTime {
                        business_days: 3..=7,
                        ..
                    }
                )
            },
            rule: Rule::LowConfidence,
            input: "known",
            message: Some(MessageKind::AskForTime),
        },
        Row {
            name: "001 If You Need To Decline Immediately (legal status)",
            ws: legal_status,
            id: "novisa",
            action: is_decline,
            rule: Rule::ConfirmedDealbreaker,
            input: "visa sponsorship: no",
            message: Some(MessageKind::DeclineMobility),
        },
        Row {
            name: "001 If You Need To Decline Immediately (compensation gap)",
            ws: pay_gap,
            id: "lowpay",
            action: is_decline,
            rule: Rule::ConfirmedDealbreaker,
            input: "base pay",
            message: Some(MessageKind::DeclineCompensation),
        },
    ]);
}

// ---- 002: "Don't Want The Job After Interview" — realistic scenarios ----

#[test]
fn article_002_realistic_scenarios() {
    // The role turns out to be through an agency and direct employment is a dealbreaker.
    let mut agency = scored("agency", Stage::Interviewing, 4);
    agency.employment_model = EmploymentModel::Agency;
    let agency_ws = workspace(vec![agency], vec![requires(RequiredFact::DirectEmployment)]);

    // Pressed for time: you don't want it and the next round is tomorrow.
    let mut pressed = scored("pressed", Stage::Interviewing, 3);
    pressed.not_interested = true;
    pressed.dates.interview = Some(day(1));
    let pressed_ws = workspace(vec![pressed], vec![]);

    // You expect a counteroffer but don't want the job: decline now.
    let mut expect_counter = scored("counter", Stage::WrittenOffer, 3);
    expect_counter.not_interested = true;
    let counter_ws = workspace(vec![expect_counter], vec![]);

    // Global mobility concerns: sponsorship unclear → ask; clearly absent → withdraw.
    let mut unclear = scored("unclear", Stage::Interviewing, 4);
    unclear.international_move = true;
    let unclear_ws = workspace(
        vec![unclear.clone()],
        vec![requires(RequiredFact::VisaSponsorship)],
    );
    unclear.mobility.visa_sponsorship = VisaSponsorship::No;
    let refused_ws = workspace(vec![unclear], vec![requires(RequiredFact::VisaSponsorship)]);

    check(vec![
        Row {
            name: "002 You discovered the role is through an agency",
            ws: agency_ws,
            id: "agency",
            action: is_withdraw,
            rule: Rule::ConfirmedDealbreaker,
            input: "agency",
            message: Some(MessageKind::DeclineEmploymentModel),
        },
        Row {
            name: "002 You're pressed for time",
            ws: pressed_ws.clone(),
            id: "pressed",
            action: is_withdraw,
            rule: Rule::NotInterested,
            input: "next interview",
            message: Some(MessageKind::WithdrawNoReason),
        },
        Row {
            name: "002 You expect a counteroffer but don't want the job",
            ws: counter_ws,
            id: "counter",
            action: is_decline,
            rule: Rule::NotInterested,
            input: "not wanted",
            message: None,
        },
        Row {
            name: "002 Global mobility concerns, employer may be flexible",
            ws: unclear_ws,
            id: "unclear",
            action: is_verify,
            rule: Rule::VerifyBeforeDeciding,
            input: "visa sponsorship",
            message: Some(MessageKind::MobilityQuestions),
        },
        Row {
            name: "002 Global mobility concerns, employer cannot sponsor",
            ws: refused_ws,
            id: "unclear",
            action: is_withdraw,
            rule: Rule::ConfirmedDealbreaker,
            input: "visa sponsorship: no",
            message: Some(MessageKind::WithdrawKeepInTouch),
        },
    ]);
    // The short note is the first suggestion when pressed for time.
    let rec = recommendation(&pressed_ws, "pressed");
    assert_eq!(rec.messages[0], MessageKind::WithdrawNoReason);
    assert!(rec.headline.contains("Tuesday 3 March"), "{}", rec.headline);
}

// ---- 003: "How to Turn Down a Job After an Interview" — five scenarios ----

#[test]
fn article_003_five_scenarios() {
    let accepted = workspace(
        vec![
            scored("other", Stage::Accepted, 4),
            scored("this", Stage::WrittenOffer, 4),
        ],
        vec![],
    );

    let mut duties = scored("duties", Stage::WrittenOffer, 4);
    duties.concerns.push(concern(
        "Mostly support tickets, not the analysis work advertised",
        ConcernBasis::Fact,
        ConcernWeight::Dealbreaker,
        criterion::RESPONSIBILITIES,
    ));
    let duties_ws = workspace(vec![duties], vec![]);

    // Compensation short and negotiable, not yet tried → negotiate.
    let mut short = scored("short", Stage::WrittenOffer, 4);
    short.set_score(criterion::BASE_PAY, Some(1));
    short.set_score(criterion::TOTAL_REWARDS, Some(2));
    let short_ws = workspace(vec![short], vec![]);

    // Compensation short, already negotiated, below the walk-away line → decline.
    let mut firm = scored("firm", Stage::WrittenOffer, 2);
    firm.set_score(criterion::BASE_PAY, Some(1));
    firm.set_score(criterion::TOTAL_REWARDS, Some(1));
    firm.set_score(criterion::EMPLOYMENT, Some(1));
    firm.verbal_negotiation = true;
    let firm_ws = workspace(vec![firm], vec![]);

    let mut no_move = scored("nomove", Stage::WrittenOffer, 4);
    no_move.international_move = true;
    no_move.mobility.visa_sponsorship = VisaSponsorship::Yes;
    no_move.mobility.relocation_support = Support::None;
    let no_move_ws = workspace(
        vec![no_move],
        vec![requires(RequiredFact::RelocationSupportInWriting)],
    );

    let mut culture = scored("culture", Stage::WrittenOffer, 4);
    culture.concerns.push(concern(
        "Interviewers talked over each other and dismissed questions",
        ConcernBasis::Fact,
        ConcernWeight::Dealbreaker,
        criterion::CULTURE,
    ));
    let culture_ws = workspace(vec![culture], vec![]);

    check(vec![
        Row {
            name: "003 If you accept another offer",
            ws: accepted,
            id: "this",
            action: is_decline,
            rule: Rule::AcceptedElsewhere,
            input: "other",
            message: Some(MessageKind::DeclineAcceptedElsewhere),
        },
        Row {
            name: "003 If you're uncomfortable with the role's responsibilities",
            ws: duties_ws,
            id: "duties",
            action: is_decline,
            rule: Rule::ConfirmedDealbreaker,
            input: "support tickets",
            message: Some(MessageKind::DeclineRoleFit),
        },
        Row {
            name: "003 If compensation falls short and the gap is negotiable",
            ws: short_ws.clone(),
            id: "short",
            action: |a| matches!(a, Action::Negotiate { gaps, .. } if (1..=3).contains(&gaps.len())),
            rule: Rule::NegotiableGaps,
            input: "base pay",
            message: Some(MessageKind::NegotiationAsk),
        },
        Row {
            name: "003 If compensation falls short and the gap won't close",
            ws: firm_ws,
            id: "firm",
            action: is_decline,
            rule: Rule::BelowWalkAway,
            input: "walk-away",
            message: Some(MessageKind::DeclineCompensation),
        },
        Row {
            name: "003 If relocation or visa support is missing",
            ws: no_move_ws,
            id: "nomove",
            action: is_decline,
            rule: Rule::ConfirmedDealbreaker,
            input: "relocation support: none",
            message: Some(MessageKind::DeclineMobility),
        },
        Row {
            name: "003 If you have concerns about company culture",
            ws: culture_ws,
            id: "culture",
            action: is_decline,
            rule: Rule::ConfirmedDealbreaker,
            input: "talked over",
            message: Some(MessageKind::DeclineRoleFit),
        },
    ]);
    // Base pay (scored 1, weighted higher) is the first gap to raise.
    let Action::Negotiate { gaps, walk_away } = recommendation(&short_ws, "short").action else {
        unreachable!()
    };
    assert_eq!(gaps[0].criterion_id.as_deref(), Some(criterion::BASE_PAY));
    assert_eq!(walk_away, Workspace::default().walk_away_line);
}

// ---- Cross-cutting rules the articles state outright ----

#[test]
fn stage_and_evidence_rules() {
    // A counteroffer is weighed only once it is in writing (001).
    let mut counter = scored("counter", Stage::Counteroffer, 4);
    counter.offer_in_writing = false;
    let counter_ws = workspace(vec![counter], vec![]);

    // A dealbreaker resting only on an impression means verify first (002).
    let mut hunch = scored("hunch", Stage::Interviewing, 4);
    hunch.concerns.push(concern(
        "The manager seemed to micromanage",
        ConcernBasis::Perception,
        ConcernWeight::Dealbreaker,
        criterion::MANAGER_TEAM,
    ));
    let hunch_ws = workspace(vec![hunch], vec![]);

    // A verbal offer is accepted only once it is written down (000).
    let verbal_ws = workspace(vec![scored("verbal", Stage::VerbalOffer, 4)], vec![]);

    // Before an offer with nothing ruling it out: keep going (000).
    let mut going = scored("going", Stage::Interviewing, 3);
    going.dates.interview = Some(day(-1));
    let going_ws = workspace(vec![going], vec![]);

    check(vec![
        Row {
            name: "001 Counteroffer: ask for it in writing",
            ws: counter_ws,
            id: "counter",
            action: is_verify,
            rule: Rule::CounterofferInWriting,
            input: "not in writing",
            message: Some(MessageKind::CounterofferInWriting),
        },
        Row {
            name: "002 Perception-only dealbreaker: verify first",
            ws: hunch_ws,
            id: "hunch",
            action: is_verify,
            rule: Rule::VerifyBeforeDeciding,
            input: "micromanage",
            message: None,
        },
        Row {
            name: "000 Verbal offer: accept only in writing",
            ws: verbal_ws,
            id: "verbal",
            action: |a| matches!(a, Action::AcceptWithConditions { .. }),
            rule: Rule::GetItInWriting,
            input: "full offer",
            message: Some(MessageKind::ConditionalAcceptance),
        },
        Row {
            name: "000 Interviewing: keep going until a written offer",
            ws: going_ws,
            id: "going",
            action: |a| matches!(a, Action::KeepGoing { .. }),
            rule: Rule::KeepGoingUntilOffer,
            input: "interviewing",
            message: Some(MessageKind::ThankYou),
        },
    ]);
}

#[test]
fn accepting_one_offer_lines_up_declines_for_the_rest() {
    let ws = workspace(
        vec![
            scored("best", Stage::WrittenOffer, 5),
            scored("rest", Stage::Interviewing, 2),
        ],
        vec![],
    );
    let rec = recommendation(&ws, "best");
    assert_eq!(rec.action, Action::Accept);
    // "rest" never made an offer: it gets a withdrawal, not a decline.
    assert!(rec
        .related_messages
        .iter()
        .any(|m| m.opportunity_id == "rest"
            && m.message == MessageKind::WithdrawWithReason
            && m.decline_reason == Some(DeclineReason::AcceptedAnotherOffer)));
}

#[test]
fn comparison_includes_the_current_role() {
    let mut ws = workspace(vec![scored("a", Stage::Interviewing, 3)], vec![]);
    for p in Priorities::default().criteria {
        ws.current_role.set_score(&p.id, Some(4));
    }
    let result = assess(&ws, today());
    assert_eq!(result.ranking.len(), 2);
    assert!(
        result.ranking[0].is_current_role,
        "current role scores higher"
    );
}

#[test]
fn sample_workspace_gets_a_recommendation_for_each_opportunity() {
    let ws = Workspace::sample(today());
    let result = assess(&ws, today());
    assert_eq!(result.opportunities.len(), ws.opportunities.len());
    // The sample's agency role breaks the direct-employment non-negotiable.
    let agency = result.for_opportunity("sample-brightpath").unwrap();
    assert_eq!(agency.recommendation.action, Action::Withdraw);
}
