//! The paths after the usual answers, one table per path, one row per
//! scenario, each naming the article it comes from: taking back an
//! acceptance, an offer the employer withdraws, a counteroffer from either
//! side checked against the reason for looking, and an offer that expires in
//! less than two business days. Expectations come from the articles' advice,
//! not from running the engine.

use crossroads::core::assess::assess;
use crossroads::core::checklists::{for_opportunity, for_stage, ChecklistKind};
use crossroads::core::date::{Date, Weekday};
use crossroads::core::guide::{section_for, Topic as Guide};
use crossroads::core::message_kind::{DeclineReason, MessageKind};
use crossroads::core::model::{
    criterion, Concern, ConcernBasis, ConcernWeight, Opportunity, Priorities, Stage, Workspace,
};
use crossroads::core::recommend::{Action, Recommendation, Rule};
use crossroads::core::studio::from_workspace::{related_suggestions, suggestions_for};

#[path = "support/scenario.rs"]
mod scenario;
use scenario::{day, today};

/// [`scenario::scored`], with an accepted job's written offer and the
/// day the user said yes, five days ago.
fn scored(id: &str, stage: Stage, score: u8) -> Opportunity {
    let mut o = scenario::scored(id, stage, score);
    if stage == Stage::Accepted {
        o.offer_in_writing = true;
        o.dates.offer = Some(day(-7));
        o.dates.accepted = Some(day(-5));
    }
    o
}

fn workspace(opportunities: Vec<Opportunity>) -> Workspace {
    let mut ws = Workspace {
        opportunities,
        ..Workspace::default()
    };
    ws.current_role.employer = "Present Co".to_string();
    for p in Priorities::default().criteria {
        ws.current_role.set_score(&p.id, Some(3));
    }
    ws
}

fn recommendation_on(ws: &Workspace, id: &str, on: Date) -> Recommendation {
    assess(ws, on)
        .for_opportunity(id)
        .expect("assessed")
        .recommendation
        .clone()
}

fn recommendation(ws: &Workspace, id: &str) -> Recommendation {
    recommendation_on(ws, id, today())
}

/// One table row: the workspace, whose advice to read, what the article
/// prescribes and the rule and message it rests on.
struct Row {
    name: &'static str,
    ws: Workspace,
    id: &'static str,
    on: Date,
    action: fn(&Action) -> bool,
    /// The rule that must give a reason (`None`: no path rule may).
    rule: Option<Rule>,
    /// A fragment the reason's input must contain.
    input: &'static str,
    /// Messages the advice must suggest, in this order at the front.
    messages: &'static [MessageKind],
}

fn check(rows: Vec<Row>) {
    for row in rows {
        let rec = recommendation_on(&row.ws, row.id, row.on);
        let at = format!("{}: {} ({:?})", row.name, rec.headline, rec.action);
        assert!((row.action)(&rec.action), "{at}");
        match row.rule {
            Some(rule) => {
                let reason = rec
                    .reasons
                    .iter()
                    .find(|r| r.rule == rule && r.input.contains(row.input))
                    .unwrap_or_else(|| {
                        panic!(
                            "{at}: no {rule:?} reason on {:?} in {:?}",
                            row.input, rec.reasons
                        )
                    });
                assert!(!reason.text.is_empty(), "{at}");
                assert!(
                    rule.guide_topic().and_then(section_for).is_some(),
                    "{at}: {rule:?} links its guide section"
                );
            }
            None => {
                for rule in [
                    Rule::BackingOut,
                    Rule::ExplodingOffer,
                    Rule::CounterofferAgainstReason,
                ] {
                    assert!(!rec.has_rule(rule), "{at}: {rule:?} should not apply");
                }
            }
        }
        assert!(
            rec.messages.starts_with(row.messages),
            "{at}: expected {:?} first among {:?}",
            row.messages,
            rec.messages
        );
        assert!(!rec.headline.contains('!'), "{at}: calm voice");
    }
}

fn is_back_out(a: &Action) -> bool {
    matches!(a, Action::BackOut { signed: false })
}
fn is_back_out_signed(a: &Action) -> bool {
    matches!(a, Action::BackOut { signed: true })
}
fn is_closed(a: &Action) -> bool {
    matches!(a, Action::Closed)
}
fn is_decline(a: &Action) -> bool {
    matches!(a, Action::Decline)
}
fn is_verify(a: &Action) -> bool {
    matches!(a, Action::VerifyFacts { .. })
}
fn is_ask_for_time(a: &Action) -> bool {
    matches!(a, Action::AskForTime { .. })
}
fn is_accept(a: &Action) -> bool {
    matches!(a, Action::Accept)
}

fn dealbreaker_raised(on: Option<Date>) -> Concern {
    Concern {
        id: "late".to_string(),
        text: "The team I would join is being dissolved".to_string(),
        basis: ConcernBasis::Fact,
        weight: ConcernWeight::Dealbreaker,
        criterion_id: Some(criterion::MANAGER_TEAM.to_string()),
        resolved: false,
        raised: on,
    }
}

// ---- Backing out: 000 (FAQ Q1, a verbal yes) and 003 ("If You Already
// Signed", "Legal and Contractual Considerations") ----

#[test]
fn backing_out_only_for_a_real_better_option() {
    const BACK_OUT: &[MessageKind] = &[
        MessageKind::BackOutCallScript,
        MessageKind::BackOutConfirmation,
    ];
    let better_elsewhere = workspace(vec![
        scored("taken", Stage::Accepted, 3),
        scored("better", Stage::WrittenOffer, 5),
    ]);
    let mut signed = better_elsewhere.clone();
    signed.opportunities[0].contract_signed = true;
    signed.opportunities[0].dates.signed = Some(day(-4));
    let mut late = workspace(vec![scored("taken", Stage::Accepted, 3)]);
    late.opportunities[0]
        .concerns
        .push(dealbreaker_raised(Some(day(-1))));
    let mut early = late.clone();
    early.opportunities[0].concerns[0].raised = Some(day(-6));
    let mut undated = late.clone();
    undated.opportunities[0].dates.accepted = None;
    let hope = workspace(vec![
        scored("taken", Stage::Accepted, 3),
        scored("hope", Stage::Interviewing, 5),
    ]);
    let spoken = workspace(vec![
        scored("taken", Stage::Accepted, 3),
        scored("spoken", Stage::VerbalOffer, 5),
    ]);
    let level = workspace(vec![
        scored("taken", Stage::Accepted, 4),
        scored("level", Stage::WrittenOffer, 4),
    ]);
    let row = |name, ws, action: fn(&Action) -> bool, rule, input, messages| Row {
        name,
        ws,
        id: "taken",
        on: today(),
        action,
        rule,
        input,
        messages,
    };
    check(vec![
        row(
            "000 FAQ Q1: a verbal yes, then a better written offer",
            better_elsewhere.clone(),
            is_back_out,
            Some(Rule::BackingOut),
            "better Ltd: written offer",
            BACK_OUT,
        ),
        row(
            "003 If You Already Signed: the contract's terms first",
            signed.clone(),
            is_back_out_signed,
            Some(Rule::BackingOut),
            "Contract: signed",
            BACK_OUT,
        ),
        row(
            "003 Legal and Contractual Considerations: a dealbreaker after the yes",
            late,
            is_back_out,
            Some(Rule::BackingOut),
            "a fact you noted",
            BACK_OUT,
        ),
        row(
            "000 FAQ Q1: a dealbreaker known before the yes changes nothing",
            early,
            is_closed,
            None,
            "",
            &[],
        ),
        row(
            "000 FAQ Q1: without an acceptance date nothing came after it",
            undated,
            is_closed,
            None,
            "",
            &[],
        ),
        row(
            "000 Keep Applying and Interviewing: a process in interviews is a hope",
            hope,
            is_closed,
            None,
            "",
            &[],
        ),
        row(
            "000 The Difference Between an Offer and Acceptance: a spoken offer is not yet real",
            spoken,
            is_closed,
            None,
            "",
            &[],
        ),
        row(
            "000 FAQ Q1: an offer no better than the yes you gave",
            level,
            is_closed,
            None,
            "",
            &[],
        ),
    ]);

    // It says plainly what it costs, calls first and writes after.
    let rec = recommendation(&better_elsewhere, "taken");
    assert!(rec.headline.contains("goodwill"), "{}", rec.headline);
    assert!(rec
        .reasons
        .iter()
        .any(|r| r.text.contains("burns goodwill")));
    let steps = rec.next_steps.join("\n");
    let call = steps.find("Call taken Ltd first").expect("a call first");
    let written = steps
        .find("in writing the same day")
        .expect("then in writing");
    assert!(call < written, "{steps}");
    assert_eq!(
        rec.decline_reason,
        Some(DeclineReason::AcceptedAnotherOffer)
    );
    // The better offer is accepted after, and is not told it lost.
    assert!(rec
        .related_messages
        .iter()
        .any(|m| m.opportunity_id == "better" && m.message == MessageKind::WrittenAcceptance));
    let other = recommendation(&better_elsewhere, "better");
    assert!(
        !other.has_rule(Rule::AcceptedElsewhere),
        "{}",
        other.headline
    );
    assert!(other.has_rule(Rule::BackingOut), "{:?}", other.reasons);

    // Signed: notice and rescission terms, and advice where it binds, before the call.
    let rec = recommendation(&signed, "taken");
    let steps = rec.next_steps.join("\n");
    let terms = steps.find("rescission").expect("the contract's terms");
    let advice = steps.find("adviser").expect("advice where it binds");
    assert!(
        terms < advice && advice < steps.find("Call taken Ltd").unwrap(),
        "{steps}"
    );
    assert!(rec.headline.contains("rescission"), "{}", rec.headline);

    // The studio offers the call and the letter, worded for what was signed.
    let a = assess(&signed, today());
    let kinds: Vec<MessageKind> = suggestions_for(&signed, &a, "taken")
        .iter()
        .map(|s| s.kind)
        .collect();
    assert_eq!(kinds[..2], *BACK_OUT, "{kinds:?}");
    let related = related_suggestions(&signed, &a, "taken");
    assert_eq!(related[0].kind, MessageKind::WrittenAcceptance);
}

// ---- An offer withdrawn: 000 ("What To Do While You Wait": keep other
// options alive; "Contingencies to Watch For") and 003 ("When You Want to
// Reopen a Conversation") ----

#[test]
fn an_offer_withdrawn_asks_in_writing_and_reopens_the_rest() {
    let mut stepped_back = scored("left", Stage::Withdrawn, 3);
    stepped_back.dates.closed = Some(day(-20));
    let ws = workspace(vec![
        scored("gone", Stage::OfferWithdrawn, 4),
        stepped_back,
        scored("running", Stage::Interviewing, 3),
        scored("over", Stage::ClosedByEmployer, 3),
    ]);
    check(vec![Row {
        name: "000 Contingencies to Watch For / 003 When You Want to Reopen a Conversation",
        ws: ws.clone(),
        id: "gone",
        on: today(),
        action: is_closed,
        rule: Some(Rule::OfferWithdrawn),
        input: "Offer withdrawn by the employer",
        messages: &[MessageKind::OfferWithdrawnReply],
    }]);
    let rec = recommendation(&ws, "gone");
    assert!(rec.headline.contains("in writing"), "{}", rec.headline);
    let reopen: Vec<&str> = rec
        .related_messages
        .iter()
        .filter(|m| m.message == MessageKind::ReopenProcess)
        .map(|m| m.opportunity_id.as_str())
        .collect();
    assert_eq!(
        reopen,
        ["left"],
        "only a process you stepped back from is reopened"
    );
    let steps = rec.next_steps.join("\n");
    assert!(
        steps.contains("running Ltd") && steps.contains("do not need to hear"),
        "{steps}"
    );
    // The note reopening a process suits it; the withdrawn offer's reply suits only it.
    let a = assess(&ws, today());
    let related = related_suggestions(&ws, &a, "gone");
    assert!(related
        .iter()
        .any(|s| s.opportunity_id == "left" && s.kind == MessageKind::ReopenProcess));
    assert_eq!(
        for_stage(Stage::OfferWithdrawn)[0].kind,
        ChecklistKind::OfferWithdrawn
    );
}

// ---- Counteroffers against the reason for looking: 001 (FAQ "How do I
// handle a counter-offer"; "ask for the counter-offer in writing, 24–72
// hours"), 002 ("If You're Firm"), 003 ("If You Change Your Mind": trust) ----

fn with_counteroffer(mut ws: Workspace, reason: &[&str], improves: &[&str]) -> Workspace {
    let ids = |c: &[&str]| c.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    ws.current_role.looking_reason.criteria = ids(reason);
    ws.current_role.looking_reason.text = "No way up for two years".to_string();
    ws.current_role.counteroffer.received = Some(day(-1));
    ws.current_role.counteroffer.improves = ids(improves);
    ws.current_role.counteroffer.summary = "Ten percent more".to_string();
    ws
}

#[test]
fn a_counteroffer_from_the_current_employer_is_checked_against_the_reason() {
    let offer = || workspace(vec![scored("new", Stage::WrittenOffer, 4)]);
    let accepted = || workspace(vec![scored("new", Stage::Accepted, 4)]);
    let misses = with_counteroffer(offer(), &[criterion::TRAJECTORY], &[criterion::BASE_PAY]);
    let partly = with_counteroffer(
        offer(),
        &[criterion::TRAJECTORY, criterion::LEARNING],
        &[criterion::TRAJECTORY],
    );
    let fully = with_counteroffer(
        offer(),
        &[criterion::TRAJECTORY],
        &[criterion::TRAJECTORY, criterion::BASE_PAY],
    );
    let unrecorded = with_counteroffer(offer(), &[], &[criterion::BASE_PAY]);
    let after_yes = with_counteroffer(accepted(), &[criterion::TRAJECTORY], &[criterion::BASE_PAY]);
    let after_yes_fully = with_counteroffer(
        accepted(),
        &[criterion::TRAJECTORY],
        &[criterion::TRAJECTORY],
    );
    let row = |name, ws, action: fn(&Action) -> bool, input, messages| Row {
        name,
        ws,
        id: "new",
        on: today(),
        action,
        rule: Some(Rule::CounterofferAgainstReason),
        input,
        messages,
    };
    check(vec![
        row("001 FAQ: a counter-offer that misses the core reason", misses.clone(), |a| !matches!(a, Action::VerifyFacts { .. }), "leaves career trajectory untouched", &[]),
        row("001 FAQ: part of the reason is not the reason", partly, |a| !matches!(a, Action::VerifyFacts { .. }), "learning", &[]),
        row("003 If You Change Your Mind: weigh it, and trust, first", fully.clone(), is_verify, "all of why you started looking", &[MessageKind::DeclineStayingInRole, MessageKind::StayingCallScript]),
        row("001 FAQ: no reason written down, nothing to check against", unrecorded, |_| true, "not recorded", &[]),
        row("002 If You're Firm: after the yes, the resignation stands", after_yes.clone(), is_closed, "untouched", &[MessageKind::DeclineCurrentCounteroffer]),
        row("003 If You Change Your Mind: staying after a yes is backing out, so it is only weighed", after_yes_fully, is_closed, "all of why", &[]),
    ]);
    // A counteroffer that misses the reason is turned down, never weighed as
    // a reason to stay.
    let rec = recommendation(&misses, "new");
    assert!(rec
        .messages
        .contains(&MessageKind::DeclineCurrentCounteroffer));
    assert!(!rec.messages.contains(&MessageKind::DeclineStayingInRole));
    let rec = recommendation(&after_yes, "new");
    assert!(
        rec.headline
            .starts_with("Turn down Present Co's counteroffer"),
        "{}",
        rec.headline
    );
    // Weighed with the articles' questions.
    let Action::VerifyFacts { questions } = recommendation(&fully, "new").action else {
        unreachable!()
    };
    let asked = questions.join(" ");
    for q in ["now", "changes", "trust", "reason you started looking"] {
        assert!(asked.contains(q), "{q}: {asked}");
    }
    // Its checklist leads while the counteroffer is open.
    let o = &misses.opportunities[0];
    assert_eq!(
        for_opportunity(&misses, o)[0].kind,
        ChecklistKind::CurrentCounteroffer
    );
    // The private words never reach the advice's headline.
    for ws in [&misses, &fully, &after_yes] {
        let rec = recommendation(ws, "new");
        assert!(!rec.headline.contains("No way up") && !rec.headline.contains("Ten percent"));
    }
}

#[test]
fn a_counteroffer_from_the_new_employer_is_checked_the_same_way() {
    let countered = |improves: &[&str]| {
        let mut o = scored("back", Stage::Counteroffer, 4);
        o.counteroffer.received = Some(day(-1));
        o.counteroffer.improves = improves.iter().map(|s| s.to_string()).collect();
        let mut ws = workspace(vec![o]);
        ws.current_role.looking_reason.criteria = vec![criterion::TRAJECTORY.to_string()];
        ws
    };
    let misses = countered(&[criterion::BASE_PAY]);
    let mut unwritten = misses.clone();
    unwritten.opportunities[0].offer_in_writing = false;
    check(vec![
        Row {
            name: "002 If You're Firm: new terms that leave the reason in place",
            ws: misses.clone(),
            id: "back",
            on: today(),
            action: is_decline,
            rule: Some(Rule::CounterofferAgainstReason),
            input: "untouched",
            messages: &[MessageKind::FirmRestatement],
        },
        Row {
            name: "001 Handling Pushback: weighed only once it is in writing",
            ws: unwritten,
            id: "back",
            on: today(),
            action: is_verify,
            rule: None,
            input: "",
            messages: &[MessageKind::CounterofferInWriting],
        },
        Row {
            name: "001 FAQ: one that resolves the concern is weighed like any offer",
            ws: countered(&[criterion::TRAJECTORY]),
            id: "back",
            on: today(),
            action: |a| !matches!(a, Action::Decline),
            rule: None,
            input: "",
            messages: &[],
        },
    ]);
    let rec = recommendation(&misses, "back");
    assert_eq!(rec.decline_reason, Some(DeclineReason::None));
    let a = assess(&misses, today());
    assert_eq!(
        suggestions_for(&misses, &a, "back")[0].kind,
        MessageKind::FirmRestatement
    );
}

// ---- An exploding offer: 000 ("Accepting under pressure": ask for time;
// FAQ Q2, 3–7 business days) and 003 ("Set a firm decision window ... if
// you need a bit more time, ask for it explicitly") ----

#[test]
fn an_offer_due_in_under_two_business_days_asks_for_time_by_phone() {
    const PHONE: &[MessageKind] = &[
        MessageKind::ExplodingOfferCallScript,
        MessageKind::ExplodingOfferConfirmation,
    ];
    let due = |deadline: Date, score: u8| {
        let mut o = scored("rush", Stage::WrittenOffer, score);
        o.dates.offer_deadline = Some(deadline);
        workspace(vec![o])
    };
    // Friday 6 March: the next business day is Monday 9 March.
    let friday = day(4);
    let mut holiday = due(day(8), 3);
    holiday.settings.holidays = vec![day(7)];
    let mut own_week = due(day(2), 3);
    own_week.settings.weekend_days = vec![Weekday::Tuesday, Weekday::Sunday];
    let row = |name, ws, on, action: fn(&Action) -> bool, rule, messages| Row {
        name,
        ws,
        id: "rush",
        on,
        action,
        rule,
        input: "business day",
        messages,
    };
    check(vec![
        row(
            "000 Accepting under pressure: due tomorrow",
            due(day(1), 3),
            today(),
            is_ask_for_time,
            Some(Rule::ExplodingOffer),
            PHONE,
        ),
        row(
            "003 decision window: due today",
            due(today(), 3),
            today(),
            is_ask_for_time,
            Some(Rule::ExplodingOffer),
            PHONE,
        ),
        row(
            "000 FAQ Q2: due Monday, asked on a Friday",
            due(day(7), 3),
            friday,
            is_ask_for_time,
            Some(Rule::ExplodingOffer),
            PHONE,
        ),
        row(
            "000 FAQ Q2: a holiday on Monday makes Tuesday the next business day",
            holiday,
            friday,
            is_ask_for_time,
            Some(Rule::ExplodingOffer),
            PHONE,
        ),
        row(
            "000 FAQ Q2: the user's own weekend counts",
            own_week,
            today(),
            is_ask_for_time,
            Some(Rule::ExplodingOffer),
            PHONE,
        ),
        row(
            "003 decision window: two business days is not exploding",
            due(day(2), 3),
            today(),
            |_| true,
            None,
            &[],
        ),
        row(
            "000 Scenario A: a clear yes needs no time",
            due(day(1), 5),
            today(),
            is_accept,
            None,
            &[],
        ),
        row(
            "000 FAQ Q2: a deadline already past is not asked about",
            due(day(-1), 3),
            today(),
            |_| true,
            None,
            &[],
        ),
    ]);
    // The plan's step calls, and the headline says so.
    let rec = recommendation(&due(day(1), 3), "rush");
    assert!(
        rec.headline.starts_with("Call rush Ltd"),
        "{}",
        rec.headline
    );
    assert!(rec
        .follow_ups
        .steps
        .iter()
        .any(|s| s.message == Some(MessageKind::ExplodingOfferCallScript)));
    assert!(!rec.messages.contains(&MessageKind::AskForTime));
    let Action::AskForTime { business_days, .. } = rec.action else {
        unreachable!()
    };
    assert!((3..=7).contains(&business_days), "{business_days}");
}

#[test]
fn every_path_has_its_guide_section_and_checklist() {
    for topic in [
        Guide::BackingOut,
        Guide::OfferWithdrawn,
        Guide::CurrentEmployerCounteroffer,
        Guide::LookingReason,
        Guide::ExplodingOffer,
    ] {
        let section = section_for(topic).expect("a section");
        assert!(!section.paragraphs.is_empty() && !section.summary.contains('!'));
    }
    assert_eq!(
        for_stage(Stage::BackedOut)[0].kind,
        ChecklistKind::BackingOut
    );
    let backed = recommendation(
        &workspace(vec![scored("gone", Stage::BackedOut, 3)]),
        "gone",
    );
    assert!(
        matches!(backed.action, Action::Closed) && backed.headline.contains("took back"),
        "{}",
        backed.headline
    );
    let backing = ChecklistKind::BackingOut.checklist();
    let text: Vec<&str> = backing.items.iter().map(|i| i.text).collect();
    let joined = text.join(" ");
    for needed in [
        "notice and rescission",
        "adviser",
        "call them first",
        "in writing",
    ] {
        assert!(joined.contains(needed), "{needed}: {joined}");
    }
}
