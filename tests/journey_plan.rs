//! The plan over the journey's later parts (issue 13): a thank-you per
//! interview round, dated from that round (article 000: thank within a day;
//! follow up from the latest contact), the conditions an offer depends on
//! cleared before notice is given, and notice dated by the current role's
//! notice period (article 000's closing checklist: secure the offer in
//! writing and confirm the start date, then give notice with a handover plan).

use crossroads::core::date::Date;
use crossroads::core::message_kind::MessageKind;
use crossroads::core::model::{
    Contingency, ContingencyKind, ContingencyStatus, NoticePeriod, NoticeUnit, Opportunity,
    SentMessage, Settings, Stage, Workspace,
};
use crossroads::core::recommend::Action;
use crossroads::core::studio::mark_sent;
use crossroads::core::timeline::{follow_up_plan, FollowUpPlan};

fn d(m: u32, day: u32) -> Date {
    Date::from_ymd(2026, m, day).unwrap()
}

fn ids(plan: &FollowUpPlan) -> Vec<&str> {
    plan.steps.iter().map(|s| s.id.as_str()).collect()
}

fn keep_going() -> Action {
    Action::KeepGoing { questions: vec![] }
}

/// Interviewing, with rounds on these days of March 2026.
fn interviewing(days: &[u32]) -> Opportunity {
    let mut o = Opportunity::new("x");
    o.stage = Stage::Interviewing;
    for day in days {
        o.add_round(Some(d(3, *day)));
    }
    o
}

/// (case, rounds' days, today's day, expected thank-you steps as (round id, day)).
type ThankYouRow = (
    &'static str,
    &'static [u32],
    u32,
    &'static [(&'static str, u32)],
);

#[test]
fn each_round_gets_its_own_thank_you_while_it_is_the_latest() {
    let settings = Settings::default();
    // (case, rounds, today, thank-you steps expected, as round id → date)
    let rows: [ThankYouRow; 5] = [
        ("one round held", &[2], 2, &[("round-1", 3)]),
        (
            "the second round replaces the first's step",
            &[2, 9],
            10,
            &[("round-2", 10)],
        ),
        (
            "a round to come gets its step too",
            &[2, 16],
            4,
            &[("round-1", 3), ("round-2", 17)],
        ),
        (
            "only rounds to come",
            &[16, 23],
            4,
            &[("round-1", 17), ("round-2", 24)],
        ),
        (
            "Friday's round is thanked on Monday",
            &[6],
            6,
            &[("round-1", 9)],
        ),
    ];
    for (case, rounds, today, expected) in rows {
        let o = interviewing(rounds);
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &keep_going(),
            None,
            &settings,
            d(3, today),
        );
        let thanks: Vec<(String, Date)> = plan
            .steps
            .iter()
            .filter(|s| s.message == Some(MessageKind::ThankYou))
            .map(|s| (s.id.clone(), s.date))
            .collect();
        let expected: Vec<(String, Date)> = expected
            .iter()
            .map(|(id, day)| (format!("x:thank_you:{id}"), d(3, *day)))
            .collect();
        assert_eq!(thanks, expected, "{case}");
    }
}

#[test]
fn the_status_checks_count_from_the_latest_round() {
    let settings = Settings::default();
    let today = d(3, 10);
    let plan = follow_up_plan(
        &interviewing(&[2, 9]),
        &Opportunity::default(),
        &keep_going(),
        None,
        &settings,
        today,
    );
    let first = plan
        .steps
        .iter()
        .find(|s| s.message == Some(MessageKind::StatusCheckFirst))
        .unwrap();
    // A week after Monday 9 March, with no decision date given.
    assert_eq!(first.date, d(3, 16));
}

#[test]
fn a_thank_you_sent_marks_the_earliest_open_thank_you_only() {
    let today = d(3, 4);
    let o = interviewing(&[2, 16]);
    let plan = follow_up_plan(
        &o,
        &Opportunity::default(),
        &keep_going(),
        None,
        &Settings::default(),
        today,
    );
    let mut ws = Workspace {
        opportunities: vec![o],
        ..Workspace::default()
    };
    let thanks = || SentMessage {
        kind: MessageKind::ThankYou,
        opportunity_id: "x".into(),
        date: Some(today),
        ..SentMessage::default()
    };
    mark_sent(&mut ws, thanks(), &plan);
    assert!(ws.is_follow_up_done("x:thank_you:round-1"));
    assert!(
        !ws.is_follow_up_done("x:thank_you:round-2"),
        "round 2 is still to come"
    );
    mark_sent(&mut ws, thanks(), &plan);
    assert!(ws.is_follow_up_done("x:thank_you:round-2"));
}

fn accepted(contingencies: Vec<Contingency>) -> Opportunity {
    let mut o = Opportunity::new("x");
    o.employer = "Acme".into();
    o.stage = Stage::Accepted;
    o.dates.accepted = Some(d(3, 2));
    o.contingencies = contingencies;
    o
}

fn condition(
    id: &str,
    kind: ContingencyKind,
    status: ContingencyStatus,
    date: Option<Date>,
) -> Contingency {
    Contingency {
        id: id.into(),
        kind,
        status,
        date,
        note: format!("private note {id}"),
    }
}

fn with_notice(count: u16, unit: NoticeUnit) -> Opportunity {
    let mut current = Opportunity::new("current");
    current.notice_period = NoticePeriod { count, unit };
    current
}

/// (case, conditions, resign date expected, condition steps expected).
type NoticeRow = (
    &'static str,
    Vec<Contingency>,
    Option<Date>,
    &'static [&'static str],
);

#[test]
fn notice_waits_for_every_dated_condition_to_clear() {
    use ContingencyKind::*;
    use ContingencyStatus::*;
    let settings = Settings::default();
    let today = d(3, 2);
    // (case, conditions, resign date expected, condition steps expected)
    let rows: [NoticeRow; 6] = [
        (
            "no conditions: the next working day",
            vec![],
            Some(d(3, 3)),
            &[],
        ),
        (
            "cleared conditions do not hold it up",
            vec![condition("c1", References, Cleared, Some(d(3, 20)))],
            Some(d(3, 3)),
            &[],
        ),
        (
            "cleared on the day of the yes: the next working day",
            vec![condition("c1", References, Cleared, Some(d(3, 2)))],
            Some(d(3, 3)),
            &[],
        ),
        (
            "the day after the last pending one clears",
            vec![
                condition("c1", References, Pending, Some(d(3, 6))),
                condition("c2", BackgroundCheck, Pending, Some(d(3, 12))),
            ],
            Some(d(3, 13)),
            &["x:condition:c1", "x:condition:c2"],
        ),
        (
            "an undated pending one is checked now, and notice follows",
            vec![condition("c1", References, Pending, None)],
            Some(d(3, 4)),
            &["x:condition:c1"],
        ),
        (
            "a problem is raised now and notice waits until it is settled",
            vec![
                condition("c1", RightToWork, Problem, None),
                condition("c2", References, Pending, Some(d(3, 6))),
            ],
            None,
            &["x:condition:c1", "x:condition:c2"],
        ),
    ];
    for (case, conditions, resign, condition_steps) in rows {
        let o = accepted(conditions);
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &Action::Closed,
            None,
            &settings,
            today,
        );
        let step = plan.steps.iter().find(|s| s.id == "x:resign");
        assert_eq!(step.map(|s| s.date), resign, "{case}");
        let found: Vec<&str> = ids(&plan)
            .into_iter()
            .filter(|id| id.contains(":condition:"))
            .collect();
        assert_eq!(found, condition_steps, "{case}");
        if let Some(step) = step {
            assert_eq!(step.message, Some(MessageKind::Resignation), "{case}");
            assert_eq!(
                step.purpose.contains("every condition"),
                !condition_steps.is_empty(),
                "{case}: {}",
                step.purpose
            );
        }
        for s in &plan.steps {
            assert!(
                !s.purpose.contains("private note"),
                "{case}: notes stay private"
            );
        }
    }
}

#[test]
fn notice_names_the_last_day_and_flags_a_start_date_too_soon() {
    let settings = Settings::default();
    let today = d(3, 2);
    let mut o = accepted(vec![]);
    o.dates.start_date = Some(d(3, 16));
    let current = with_notice(2, NoticeUnit::Weeks);
    let plan = follow_up_plan(&o, &current, &Action::Closed, None, &settings, today);
    let resign = plan.steps.iter().find(|s| s.id == "x:resign").unwrap();
    // Handed in Tuesday 3 March: two weeks run out Tuesday 17 March.
    assert_eq!(resign.date, d(3, 3));
    assert!(
        resign.purpose.contains("With 2 weeks notice"),
        "{}",
        resign.purpose
    );
    assert!(resign.purpose.contains("17 March"), "{}", resign.purpose);
    assert!(
        resign.purpose.contains("agree a later start"),
        "{}",
        resign.purpose
    );
    o.dates.start_date = Some(d(3, 23));
    let plan = follow_up_plan(&o, &current, &Action::Closed, None, &settings, today);
    let resign = plan.steps.iter().find(|s| s.id == "x:resign").unwrap();
    assert!(
        !resign.purpose.contains("agree a later start"),
        "{}",
        resign.purpose
    );
    // A resignation day the user set is kept.
    let mut planned = current.clone();
    planned.dates.resignation = Some(d(3, 9));
    let plan = follow_up_plan(&o, &planned, &Action::Closed, None, &settings, today);
    assert_eq!(
        plan.steps.iter().find(|s| s.id == "x:resign").unwrap().date,
        d(3, 9)
    );
}

#[test]
fn taking_back_a_yes_is_a_call_then_a_letter_and_no_reminders_to_reconnect() {
    // Article 003: once signed, read the rescission terms and take advice
    // first; tell them early, by voice, and accept the cost to goodwill.
    let settings = Settings::default();
    let today = d(3, 6); // A Friday.
    let o = accepted(vec![]);
    let rows = [
        (false, vec![("x:send_decision", d(3, 6))]),
        (
            true,
            vec![("x:read_terms", d(3, 6)), ("x:send_decision", d(3, 9))],
        ),
    ];
    for (signed, expected) in rows {
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &Action::BackOut { signed },
            Some(MessageKind::BackOutCallScript),
            &settings,
            today,
        );
        let steps: Vec<(&str, Date)> = plan.steps.iter().map(|s| (s.id.as_str(), s.date)).collect();
        assert_eq!(steps, expected, "signed: {signed}");
        let call = plan.steps.last().unwrap();
        assert_eq!(call.message, Some(MessageKind::BackOutCallScript));
        assert!(call.purpose.contains("Call Acme"), "{}", call.purpose);
    }
    let mut backed_out = accepted(vec![]);
    backed_out.stage = Stage::BackedOut;
    let plan = follow_up_plan(
        &backed_out,
        &Opportunity::default(),
        &Action::Closed,
        None,
        &settings,
        today,
    );
    assert!(plan.steps.is_empty(), "{plan:?}");
}

#[test]
fn the_resignation_names_the_last_working_day_of_the_notice_period() {
    use crossroads::core::assess::assess;
    use crossroads::core::studio::from_workspace::fields_for;
    // Accepted on Monday 2 March: notice goes in on Tuesday 3 March, and two
    // weeks from then the last working day is Tuesday 17 March.
    let today = d(3, 2);
    let mut ws = Workspace {
        opportunities: vec![accepted(vec![])],
        ..Workspace::default()
    };
    let spoken = |d: Date| d.to_string();
    let fields = |ws: &Workspace| fields_for(ws, &assess(ws, today), "x", &spoken);
    assert_eq!(
        fields(&ws).last_working_day,
        "",
        "no notice period, nothing to name"
    );
    ws.current_role.notice_period = NoticePeriod {
        count: 2,
        unit: NoticeUnit::Weeks,
    };
    assert_eq!(fields(&ws).last_working_day, "2026-03-17");
    // A pending check moves notice, and so the last day, after it clears.
    ws.opportunities[0].contingencies = vec![condition(
        "c1",
        ContingencyKind::References,
        ContingencyStatus::Pending,
        Some(d(3, 9)),
    )];
    assert_eq!(fields(&ws).last_working_day, "2026-03-24");
}

#[test]
fn a_signing_date_alone_counts_as_signed_in_the_messages_too() {
    use crossroads::core::assess::assess;
    use crossroads::core::studio::from_workspace::fields_for;
    // The engine reads a date signed as signed; the back-out letter must say
    // the same, or it would speak of a spoken yes to an employer holding a
    // signed contract.
    let today = d(3, 2);
    let mut ws = Workspace {
        opportunities: vec![accepted(vec![])],
        ..Workspace::default()
    };
    let spoken = |d: Date| d.to_string();
    let signed = |ws: &Workspace| fields_for(ws, &assess(ws, today), "x", &spoken).contract_signed;
    assert!(!signed(&ws));
    ws.opportunities[0].dates.signed = Some(d(2, 27));
    assert!(signed(&ws), "a date signed, with the box left unticked");
}

#[test]
fn a_condition_that_cleared_after_the_yes_dates_notice_from_the_day_it_cleared() {
    use ContingencyKind::BackgroundCheck;
    use ContingencyStatus::*;
    let settings = Settings::default();
    let current = with_notice(2, NoticeUnit::Weeks);
    let resign = |status, today| {
        let o = accepted(vec![condition(
            "c1",
            BackgroundCheck,
            status,
            Some(d(3, 6)),
        )]);
        let plan = follow_up_plan(&o, &current, &Action::Closed, None, &settings, today);
        plan.steps.into_iter().find(|s| s.id == "x:resign").unwrap()
    };
    // Accepted Monday 2 March, the check due Friday 6: notice waits for it.
    assert_eq!(resign(Pending, d(3, 2)).date, d(3, 9));
    // It cleared that Friday, and the plan is seen on Monday 9: notice goes
    // in that Monday, not back on Tuesday 3, so the last working day named
    // is one notice handed in now can reach (two weeks: Monday 23 March).
    let cleared = resign(Cleared, d(3, 9));
    assert_eq!(cleared.date, d(3, 9));
    assert!(cleared.purpose.contains("23 March"), "{}", cleared.purpose);
    assert!(
        !cleared.purpose.contains("every condition"),
        "nothing left to wait for"
    );
}
