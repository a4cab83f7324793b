//! One row per scenario the source articles describe, with the action the
//! article prescribes and the rule it rests on. Expectations come from the
//! articles' advice, not from running the engine.

use crossroads::core::assess::assess;
use crossroads::core::message_kind::{DeclineReason, MessageKind};
use crossroads::core::model::{
    criterion, Alignment, Concern, ConcernBasis, ConcernWeight, EmploymentModel, GoalsAlignment,
    LedgerEntry, LedgerKind, NonNegotiable, Opportunity, Priorities, RequiredFact, Reversibility,
    Stage, Support, VisaSponsorship, Workspace,
};
use crossroads::core::money::Money;
use crossroads::core::recommend::{Action, Recommendation, Rule};

#[path = "support/scenario.rs"]
mod scenario;
use scenario::{day, scored, today};

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
        raised: None,
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
    // The competing deadline is news for the other employer, not for the one
    // whose deadline it is.
    assert!(
        !rec.messages.contains(&MessageKind::CompetingDeadline),
        "{:?}",
        rec.messages
    );
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

    // If you're still deciding: a formal offer, a deadline in two days and
    // half of what matters unknown → ask for a number of days. (A deadline
    // tomorrow is an exploding offer, asked about by phone: see
    // tests/journey_paths.rs.)
    let mut deciding = scored("deciding", Stage::WrittenOffer, 4);
    for p in Priorities::default().criteria.iter().take(6) {
        deciding.set_score(&p.id, None);
    }
    deciding.dates.offer_deadline = Some(day(2));
    let still_deciding = workspace(vec![deciding], vec![]);

    // If you need to decline immediately: the offer fails a baseline test —
    // no legal route to work (no visa sponsorship) ...
    let mut no_visa = scored("novisa", Stage::WrittenOffer, 4);
    no_visa.international_move = true;
    no_visa.mobility.visa_sponsorship = VisaSponsorship::No;
    let legal_status = workspace(vec![no_visa], vec![requires(RequiredFact::VisaSponsorship)]);
    // ... or a compensation gap that survived negotiation.
    let mut low_pay = scored("lowpay", Stage::WrittenOffer, 4);
    low_pay.compensation.base = Money::major(50_000, "EUR");
    low_pay.verbal_negotiation = true;
    let pay_gap = workspace(
        vec![low_pay],
        vec![requires(RequiredFact::MinimumBase {
            amount: Money::major(60_000, "EUR"),
        })],
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
    pressed.set_latest_round_date(Some(day(1)));
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
    going.set_latest_round_date(Some(day(-1)));
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

// ---- Dealbreakers in plain words: the reason follows the criterion ----

/// A row where a confirmed dealbreaker decides: the headline must say it in
/// plain words (never the user's note) and the reason and message follow it.
struct PlainRow {
    name: &'static str,
    ws: Workspace,
    id: &'static str,
    action: fn(&Action) -> bool,
    /// Words the headline must contain.
    says: &'static str,
    reason: DeclineReason,
    message: MessageKind,
}

fn check_plain(rows: Vec<PlainRow>) {
    for row in rows {
        let rec = recommendation(&row.ws, row.id);
        let o = row
            .ws
            .opportunities
            .iter()
            .find(|o| o.id == row.id)
            .unwrap();
        assert!((row.action)(&rec.action), "{}: {:?}", row.name, rec.action);
        assert!(
            rec.has_rule(Rule::ConfirmedDealbreaker),
            "{}: {:?}",
            row.name,
            rec.reasons
        );
        assert!(
            rec.headline.contains(row.says),
            "{}: {:?} should say {:?}",
            row.name,
            rec.headline,
            row.says
        );
        for c in &o.concerns {
            assert!(
                !rec.headline.contains(c.text.trim()),
                "{}: the headline quotes the note: {}",
                row.name,
                rec.headline
            );
            // The note stays on the user's own screen, in the reason's input.
            assert!(
                rec.reasons.iter().any(|r| r.input.contains(c.text.trim())),
                "{}: {:?}",
                row.name,
                rec.reasons
            );
        }
        assert_eq!(rec.decline_reason, Some(row.reason), "{}", row.name);
        assert!(
            rec.messages.contains(&row.message),
            "{}: expected {:?} among {:?}",
            row.name,
            row.message,
            rec.messages
        );
    }
}

fn with_concern(id: &str, stage: Stage, on: &str, text: &str) -> Opportunity {
    let mut o = scored(id, stage, 4);
    o.concerns.push(concern(
        text,
        ConcernBasis::Fact,
        ConcernWeight::Dealbreaker,
        on,
    ));
    o
}

#[test]
fn dealbreakers_in_plain_words_by_criterion() {
    let one = |o: Opportunity, rules: Vec<NonNegotiable>| workspace(vec![o], rules);

    let mut agency = scored("agency", Stage::Interviewing, 4);
    agency.employment_model = EmploymentModel::Agency;

    let mut low_pay = scored("pay", Stage::WrittenOffer, 4);
    low_pay.compensation.base = Money::major(50_000, "EUR");
    low_pay.verbal_negotiation = true;

    let mut abroad = with_concern(
        "abroad",
        Stage::WrittenOffer,
        criterion::LOCATION,
        "The start date clashes with the school year",
    );
    abroad.international_move = true;
    abroad.mobility.visa_sponsorship = VisaSponsorship::Yes;
    abroad.mobility.relocation_support = Support::InWriting;

    let mut office = scored("office", Stage::WrittenOffer, 4);
    office.remote_days_per_week = Some(1);
    office.verbal_negotiation = true;

    let mut trajectory = scored("trajectory", Stage::WrittenOffer, 4);
    trajectory.set_score(criterion::TRAJECTORY, Some(1));

    check_plain(vec![
        PlainRow {
            name: "003 If you have concerns about company culture",
            ws: one(
                with_concern(
                    "culture",
                    Stage::WrittenOffer,
                    criterion::CULTURE,
                    "Interviewers talked over each other",
                ),
                vec![],
            ),
            id: "culture",
            action: is_decline,
            says: "culture",
            reason: DeclineReason::CultureAndValues,
            message: MessageKind::DeclineRoleFit,
        },
        PlainRow {
            name: "002 Ethical or red-flag concerns (about the manager, before an offer)",
            ws: one(
                with_concern(
                    "manager",
                    Stage::Interviewing,
                    criterion::MANAGER_TEAM,
                    "The manager mocked a junior colleague",
                ),
                vec![],
            ),
            id: "manager",
            action: is_withdraw,
            says: "Withdraw now — the culture and the team",
            reason: DeclineReason::CultureAndValues,
            message: MessageKind::WithdrawWithReason,
        },
        PlainRow {
            name: "003 If you're uncomfortable with the role's responsibilities",
            ws: one(
                with_concern(
                    "duties",
                    Stage::WrittenOffer,
                    criterion::RESPONSIBILITIES,
                    "Mostly support tickets",
                ),
                vec![],
            ),
            id: "duties",
            action: is_decline,
            says: "the work itself",
            reason: DeclineReason::RoleNotRightFit,
            message: MessageKind::DeclineRoleFit,
        },
        PlainRow {
            name: "002 Contract arrangements matter (an agency when you need direct employment)",
            ws: one(agency, vec![requires(RequiredFact::DirectEmployment)]),
            id: "agency",
            action: is_withdraw,
            says: "the way you would be employed",
            reason: DeclineReason::EmploymentModel,
            message: MessageKind::DeclineEmploymentModel,
        },
        PlainRow {
            name: "001 A compensation gap that survived negotiation",
            ws: one(
                low_pay,
                vec![requires(RequiredFact::MinimumBase {
                    amount: Money::major(60_000, "EUR"),
                })],
            ),
            id: "pay",
            action: is_decline,
            says: "the pay",
            reason: DeclineReason::Compensation,
            message: MessageKind::DeclineCompensation,
        },
        PlainRow {
            name: "002 Logistics, commute and relocation issues (a local job)",
            ws: one(
                with_concern(
                    "commute",
                    Stage::WrittenOffer,
                    criterion::LOCATION,
                    "Two hours each way by train",
                ),
                vec![],
            ),
            id: "commute",
            action: is_decline,
            says: "the location",
            reason: DeclineReason::Location,
            message: MessageKind::DeclineRoleFit,
        },
        PlainRow {
            name: "003 Timing that interferes with a planned international move",
            ws: one(abroad, vec![]),
            id: "abroad",
            action: is_decline,
            says: "the move abroad",
            reason: DeclineReason::MobilityConstraints,
            message: MessageKind::DeclineMobility,
        },
        PlainRow {
            name: "003 Non-negotiables: remote work flexibility",
            ws: one(
                office,
                vec![requires(RequiredFact::RemoteDaysAtLeast { days: 3 })],
            ),
            id: "office",
            action: is_decline,
            says: "the hours and flexibility",
            reason: DeclineReason::Schedule,
            message: MessageKind::DeclineRoleFit,
        },
        PlainRow {
            name: "002 Beyond salary: work-life balance",
            ws: one(
                with_concern(
                    "hours",
                    Stage::WrittenOffer,
                    criterion::WORK_LIFE,
                    "On call every other weekend",
                ),
                vec![],
            ),
            id: "hours",
            action: is_decline,
            says: "the hours and flexibility",
            reason: DeclineReason::Schedule,
            message: MessageKind::DeclineRoleFit,
        },
        PlainRow {
            name: "003 Non-negotiables: career trajectory",
            ws: one(
                trajectory,
                vec![NonNegotiable::MinimumScore {
                    criterion_id: criterion::TRAJECTORY.to_string(),
                    minimum: 3,
                }],
            ),
            id: "trajectory",
            action: is_decline,
            says: "where the role leads",
            reason: DeclineReason::Growth,
            message: MessageKind::DeclineRoleFit,
        },
    ]);
}

#[test]
fn an_impression_is_checked_in_plain_words() {
    // 002: a perception-only dealbreaker means verify first; the headline
    // names the topic, not the impression.
    let mut hunch = scored("hunch", Stage::Interviewing, 4);
    hunch.concerns.push(concern(
        "The manager seemed to micromanage",
        ConcernBasis::Perception,
        ConcernWeight::Dealbreaker,
        criterion::MANAGER_TEAM,
    ));
    let rec = recommendation(&workspace(vec![hunch], vec![]), "hunch");
    assert!(matches!(rec.action, Action::VerifyFacts { .. }));
    assert_eq!(
        rec.headline,
        "Check the facts before you decide — the culture and the team could be a dealbreaker."
    );
    assert_eq!(rec.decline_reason, None);
}

// ---- Unknown is unknown: an unscored option is never a zero ----

fn between_the_lines(id: &str) -> Opportunity {
    // Scored 3 everywhere: 60, between the walk-away (50) and accept (75) lines.
    scored(id, Stage::WrittenOffer, 3)
}

fn with_current_role(mut ws: Workspace, score: u8) -> Workspace {
    for p in Priorities::default().criteria {
        ws.current_role.set_score(&p.id, Some(score));
    }
    ws
}

fn rival(id: &str, decides_in: i32) -> Opportunity {
    let mut o = Opportunity::new(id);
    o.employer = format!("{id} Ltd");
    o.role = "Lead".to_string();
    o.stage = Stage::Interviewing;
    for _ in 0..3 {
        o.add_round(None);
    }
    o.dates.employer_decision = Some(day(decides_in));
    o
}

#[test]
fn unknown_is_unknown() {
    let current_unscored = workspace(vec![between_the_lines("offer")], vec![]);
    let current_lower = with_current_role(current_unscored.clone(), 2);
    let current_equal = with_current_role(current_unscored.clone(), 3);

    // Scenario C with the alternative still unscored, in its final round and
    // deciding after this offer's deadline.
    let mut close = scored("close", Stage::WrittenOffer, 4);
    close.dates.offer_deadline = Some(day(2));
    let final_round = workspace(vec![close.clone(), rival("final", 8)], vec![]);
    // The same, with a week to answer.
    let week = workspace(
        vec![scored("week", Stage::WrittenOffer, 4), rival("later", 8)],
        vec![],
    );
    // The other employer decides before this offer's deadline.
    let first = workspace(vec![close, rival("sooner", 1)], vec![]);
    // A lead you have only explored is not yet an alternative.
    let mut lead = rival("lead", 8);
    lead.stage = Stage::Exploring;
    let exploring = workspace(vec![scored("keep", Stage::WrittenOffer, 4), lead], vec![]);

    check(vec![
        Row {
            name: "000 Decision roadmap, alternatives: your current role is not scored",
            ws: current_unscored.clone(),
            id: "offer",
            action: is_verify,
            rule: Rule::ComparedWithCurrentRole,
            input: "current role: not scored yet",
            message: None,
        },
        Row {
            name: "000 Decision roadmap, alternatives: your current role scores lower",
            ws: current_lower,
            id: "offer",
            action: is_accept,
            rule: Rule::ComparedWithCurrentRole,
            input: "your current role: 40",
            message: Some(MessageKind::WrittenAcceptance),
        },
        Row {
            name: "000 Decision roadmap, alternatives: staying scores as well",
            ws: current_equal.clone(),
            id: "offer",
            action: is_decline,
            rule: Rule::ComparedWithCurrentRole,
            input: "your current role: 60",
            message: Some(MessageKind::DeclineRoleFit),
        },
        Row {
            name: "000 Scenario C, the alternative unscored in its final round",
            ws: final_round.clone(),
            id: "close",
            action: |a| matches!(a, Action::AskForTime { .. }),
            rule: Rule::UnscoredRival,
            input: "final Ltd",
            message: Some(MessageKind::AskForTime),
        },
        Row {
            name: "001 Compare objectively: an unscored process with a week to answer",
            ws: week.clone(),
            id: "week",
            action: is_verify,
            rule: Rule::UnscoredRival,
            input: "later Ltd",
            message: None,
        },
        Row {
            name: "001 Compare objectively: the other process decides first",
            ws: first.clone(),
            id: "close",
            action: is_verify,
            rule: Rule::UnscoredRival,
            input: "sooner Ltd",
            message: None,
        },
        Row {
            name: "000 An exploratory lead is not yet an alternative",
            ws: exploring,
            id: "keep",
            action: is_accept,
            rule: Rule::AboveAcceptLine,
            input: "accept line",
            message: Some(MessageKind::WrittenAcceptance),
        },
    ]);

    // Unscored never reads as a score of zero.
    let rec = recommendation(&current_unscored, "offer");
    for text in std::iter::once(&rec.headline).chain(rec.reasons.iter().map(|r| &r.input)) {
        assert!(!text.contains("current role: 0"), "{text}");
        assert!(!text.contains("beats"), "{text}");
    }
    assert!(
        rec.headline.contains("Score your current role"),
        "{}",
        rec.headline
    );
    // Staying put scoring as well is a no whose reason is role fit.
    assert_eq!(
        recommendation(&current_equal, "offer").decline_reason,
        Some(DeclineReason::RoleNotRightFit)
    );

    // The unscored process hears about the deadline when it decides later,
    // and is to be scored.
    let rec = recommendation(&final_round, "close");
    let Action::AskForTime { until, .. } = rec.action else {
        unreachable!()
    };
    assert!(
        until > day(8),
        "until {until} should reach past their decision"
    );
    assert!(rec
        .related_messages
        .iter()
        .any(|m| m.opportunity_id == "final" && m.message == MessageKind::CompetingDeadline));
    assert!(!rec.messages.contains(&MessageKind::CompetingDeadline));
    assert!(
        rec.next_steps
            .iter()
            .any(|s| s.contains("Score Lead at final Ltd")),
        "{:?}",
        rec.next_steps
    );
    // Deciding before the deadline, they need no nudge.
    assert!(recommendation(&first, "close").related_messages.is_empty());
    // With a week left the advice is to score it, and tell them the date.
    let rec = recommendation(&week, "week");
    let Action::VerifyFacts { questions } = &rec.action else {
        unreachable!()
    };
    assert_eq!(
        questions,
        &["How does Lead at later Ltd score on your priorities?"]
    );
    assert!(rec
        .related_messages
        .iter()
        .any(|m| m.opportunity_id == "later" && m.message == MessageKind::CompetingDeadline));
}

// ---- Mobility facts, the ledger and reversibility drive the advice ----

/// `o` with the six least important criteria not scored yet: 73% of the
/// weight known, above the usual 60% but short of the 80% a choice that
/// cannot be undone asks for.
fn partly_known(mut o: Opportunity) -> Opportunity {
    for p in Priorities::default().criteria.iter().skip(6) {
        o.set_score(&p.id, None);
    }
    o
}

fn entry(kind: LedgerKind, size: i8) -> LedgerEntry {
    LedgerEntry {
        id: format!("{kind:?}{size}"),
        kind,
        text: "an entry".to_string(),
        size,
    }
}

#[test]
fn mobility_ledger_and_reversibility() {
    // No sponsorship for a move abroad, with no non-negotiable written down.
    let mut no_visa = scored("novisa", Stage::WrittenOffer, 4);
    no_visa.international_move = true;
    no_visa.mobility.visa_sponsorship = VisaSponsorship::No;
    // No relocation support, before an offer.
    let mut no_relocation = scored("norelo", Stage::Interviewing, 4);
    no_relocation.international_move = true;
    no_relocation.mobility.relocation_support = Support::None;
    // The same refusal for a job at home changes nothing.
    let mut local = scored("local", Stage::WrittenOffer, 4);
    local.mobility.visa_sponsorship = VisaSponsorship::No;
    // Conditional sponsorship and housing promised only in conversation.
    let mut spoken = scored("spoken", Stage::WrittenOffer, 4);
    spoken.international_move = true;
    spoken.mobility.visa_sponsorship = VisaSponsorship::Contingent;
    spoken.mobility.relocation_support = Support::InWriting;
    spoken.mobility.temporary_housing = Support::Verbal;
    // Visa and relocation covered, nothing else: the mobility sub-score is 29.
    let mut thin = scored("thin", Stage::WrittenOffer, 4);
    thin.international_move = true;
    thin.mobility.visa_sponsorship = VisaSponsorship::Yes;
    thin.mobility.relocation_support = Support::InWriting;
    for s in [
        &mut thin.mobility.temporary_housing,
        &mut thin.mobility.family_visas,
        &mut thin.mobility.partner_work_rights,
        &mut thin.mobility.tax_support,
        &mut thin.mobility.integration_support,
    ] {
        *s = Support::None;
    }
    // Between the lines and better than staying, but the ledger says no.
    let mut costly = between_the_lines("costly");
    costly.reversibility = Reversibility::No;
    costly.ledger = vec![
        entry(LedgerKind::Benefit, 1),
        entry(LedgerKind::Cost, 3),
        entry(LedgerKind::LongTermImpact, -2),
    ];
    let mut balanced = between_the_lines("balanced");
    balanced.ledger = vec![entry(LedgerKind::Benefit, 2), entry(LedgerKind::Cost, 3)];
    // No way back, and a quarter of the matrix blank.
    let mut final_choice = partly_known(scored("final", Stage::WrittenOffer, 4));
    final_choice.reversibility = Reversibility::No;
    let mut final_soon = final_choice.clone();
    final_soon.id = "soon".to_string();
    final_soon.dates.offer_deadline = Some(day(2));
    let mut final_known = scored("known", Stage::WrittenOffer, 4);
    final_known.reversibility = Reversibility::No;
    let mut against_goals = partly_known(scored("goals", Stage::Interviewing, 4));
    against_goals.reversibility = Reversibility::Unlikely;
    against_goals.goals_alignment = GoalsAlignment {
        one_year: Alignment::Conflicts,
        three_years: Alignment::Neutral,
    };
    let mut goals_reversible = against_goals.clone();
    goals_reversible.id = "reversible".to_string();
    goals_reversible.reversibility = Reversibility::Likely;

    let alone = |o: Opportunity| workspace(vec![o], vec![]);
    let ledger_ws = with_current_role(workspace(vec![costly, balanced], vec![]), 2);

    check(vec![
        Row {
            name:
                "001 If You Need To Decline Immediately: no visa sponsorship, nothing written down",
            ws: alone(no_visa.clone()),
            id: "novisa",
            action: is_decline,
            rule: Rule::ConfirmedDealbreaker,
            input: "visa sponsorship: no",
            message: Some(MessageKind::DeclineMobility),
        },
        Row {
            name: "003 If relocation or visa support is missing (before an offer)",
            ws: alone(no_relocation.clone()),
            id: "norelo",
            action: is_withdraw,
            rule: Rule::ConfirmedDealbreaker,
            input: "relocation support: none",
            message: Some(MessageKind::WithdrawKeepInTouch),
        },
        Row {
            name: "002 Global mobility concerns only matter for a move abroad",
            ws: alone(local),
            id: "local",
            action: is_accept,
            rule: Rule::AboveAcceptLine,
            input: "accept line",
            message: Some(MessageKind::WrittenAcceptance),
        },
        Row {
            name: "000 Common contingencies: sponsorship and housing in writing first",
            ws: alone(spoken.clone()),
            id: "spoken",
            action: |a| matches!(a, Action::AcceptWithConditions { .. }),
            rule: Rule::GetItInWriting,
            input: "temporary housing",
            message: Some(MessageKind::MobilityQuestions),
        },
        Row {
            name: "002 Relocation support and cultural transition: a weak package",
            ws: alone(thin.clone()),
            id: "thin",
            action: is_verify,
            rule: Rule::WeakMoveSupport,
            input: "support for the move: 29 of 100",
            message: Some(MessageKind::MobilityQuestions),
        },
        Row {
            name: "002 Measuring the cost of saying no: the costs outweigh the benefits",
            ws: ledger_ws.clone(),
            id: "costly",
            action: is_decline,
            rule: Rule::OpportunityCost,
            input: "-4",
            message: Some(MessageKind::DeclineRoleFit),
        },
        Row {
            name: "002 Measuring the cost of saying no: roughly balanced",
            ws: ledger_ws.clone(),
            id: "balanced",
            action: is_accept,
            rule: Rule::ComparedWithCurrentRole,
            input: "this offer: 60",
            message: Some(MessageKind::WrittenAcceptance),
        },
        Row {
            name: "002 Test the reversibility: no way back and part unknown",
            ws: alone(final_choice),
            id: "final",
            action: is_verify,
            rule: Rule::HardToUndo,
            input: "could a no be undone: no",
            message: Some(MessageKind::AskTimeline),
        },
        Row {
            name: "002 Test the reversibility: no way back, part unknown, answer due soon",
            ws: alone(final_soon),
            id: "soon",
            action: |a| matches!(a, Action::AskForTime { .. }),
            rule: Rule::HardToUndo,
            input: "known: 73%",
            message: Some(MessageKind::AskForTime),
        },
        Row {
            name: "002 Test the reversibility: no way back, everything known",
            ws: alone(final_known),
            id: "known",
            action: is_accept,
            rule: Rule::AboveAcceptLine,
            input: "accept line",
            message: None,
        },
        Row {
            name: "002 Assess alignment with goals, but a withdrawal would be final",
            ws: alone(against_goals),
            id: "goals",
            action: |a| matches!(a, Action::KeepGoing { .. }),
            rule: Rule::HardToUndo,
            input: "unlikely",
            message: None,
        },
        Row {
            name: "002 Assess alignment with goals: the door stays open, withdraw",
            ws: alone(goals_reversible),
            id: "reversible",
            action: is_withdraw,
            rule: Rule::GoalsConflict,
            input: "goals",
            message: Some(MessageKind::WithdrawWithReason),
        },
    ]);

    // Refused mobility support is given as the reason, in plain words.
    for (ws, id) in [(alone(no_visa), "novisa"), (alone(no_relocation), "norelo")] {
        let rec = recommendation(&ws, id);
        assert_eq!(
            rec.decline_reason,
            Some(DeclineReason::MobilityConstraints),
            "{id}"
        );
        assert!(
            rec.headline.contains("the terms of the move abroad"),
            "{}",
            rec.headline
        );
    }
    // Everything spoken or conditional is on the list to get in writing.
    let Action::AcceptWithConditions { in_writing } =
        recommendation(&alone(spoken), "spoken").action
    else {
        unreachable!()
    };
    assert_eq!(
        in_writing,
        [
            "visa sponsorship, with what happens if the visa is delayed or refused",
            "temporary housing"
        ]
    );
    // A thin package asks about what is missing.
    let Action::VerifyFacts { questions } = recommendation(&alone(thin), "thin").action else {
        unreachable!()
    };
    assert_eq!(questions.len(), 5, "{questions:?}");
    // A no that cannot be undone says so, and never offers a way back.
    let rec = recommendation(&ledger_ws, "costly");
    assert_eq!(rec.decline_reason, Some(DeclineReason::RoleNotRightFit));
    assert!(
        rec.would_change.iter().any(|l| l.contains("hard to undo")),
        "{:?}",
        rec.would_change
    );
    assert!(
        rec.would_change.iter().all(|l| !l.contains("by mistake")),
        "{:?}",
        rec.would_change
    );
}
