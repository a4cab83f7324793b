//! Table tests for the follow-up timeline: the articles' timing rules turned
//! into dates on a real calendar, the user's own (weekend days and holidays).

use crossroads::core::date::{Date, Weekday};
use crossroads::core::message_kind::MessageKind;
use crossroads::core::model::{Opportunity, Settings, Stage};
use crossroads::core::recommend::Action;
use crossroads::core::timeline::{
    add_business_days, follow_up_plan, FollowUpPlan, FollowUpStep, StepDay,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> Date {
    Date::from_ymd(y, m, day).unwrap()
}

fn step_date(plan: &FollowUpPlan, message: MessageKind) -> Date {
    plan.steps
        .iter()
        .find(|s| s.message == Some(message))
        .unwrap_or_else(|| panic!("no {message:?} step in {plan:?}"))
        .date
}

fn interviewing(interview: Option<Date>, decision: Option<Date>) -> Opportunity {
    let mut o = Opportunity::new("x");
    o.stage = Stage::Interviewing;
    o.set_latest_round_date(interview);
    o.dates.employer_decision = decision;
    o
}

fn keep_going() -> Action {
    Action::KeepGoing { questions: vec![] }
}

#[test]
fn status_checks_follow_the_stated_decision_date() {
    let sat_sun = Settings::default();
    let fri_sat = Settings {
        weekend_days: vec![Weekday::Friday, Weekday::Saturday],
        ..Settings::default()
    };
    let with_holiday = Settings {
        holidays: vec![d(2026, 3, 9)],
        ..Settings::default()
    };
    // (case, settings, decision date, expected first check)
    let rows = [
        // Friday + 2 business days over a Sat–Sun weekend = Tuesday.
        (
            "Friday decision, Sat–Sun weekend",
            &sat_sun,
            d(2026, 3, 6),
            d(2026, 3, 10),
        ),
        // Thursday + 2 over a Fri–Sat weekend: Sunday, Monday.
        (
            "Thursday decision, Fri–Sat weekend",
            &fri_sat,
            d(2026, 3, 5),
            d(2026, 3, 9),
        ),
        // Friday, Monday a holiday: Tuesday, Wednesday.
        (
            "Friday decision, Monday holiday",
            &with_holiday,
            d(2026, 3, 6),
            d(2026, 3, 11),
        ),
        // Monday + 2 = Wednesday.
        ("Monday decision", &sat_sun, d(2026, 3, 2), d(2026, 3, 4)),
    ];
    for (case, settings, decision, expected) in rows {
        let o = interviewing(Some(d(2026, 2, 27)), Some(decision));
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &keep_going(),
            None,
            settings,
            d(2026, 3, 1),
        );
        let first = step_date(&plan, MessageKind::StatusCheckFirst);
        assert_eq!(first, expected, "{case}");
        // Second and final checks come a week apart (on a working day).
        let second = step_date(&plan, MessageKind::StatusCheckSecond);
        let last = step_date(&plan, MessageKind::StatusCheckFinal);
        assert!((7..=9).contains(&first.days_until(second)), "{case}");
        assert!((7..=9).contains(&second.days_until(last)), "{case}");
        assert!(
            settings.is_business_day(second) && settings.is_business_day(last),
            "{case}"
        );
    }
}

#[test]
fn without_a_date_the_first_check_is_a_week_after_the_interview() {
    // Interview Tuesday 3 March → first check Tuesday 10 March.
    let o = interviewing(Some(d(2026, 3, 3)), None);
    let plan = follow_up_plan(
        &o,
        &Opportunity::default(),
        &keep_going(),
        None,
        &Settings::default(),
        d(2026, 3, 3),
    );
    assert_eq!(
        step_date(&plan, MessageKind::StatusCheckFirst),
        d(2026, 3, 10)
    );
    // Thank-you within a day, asking for their timeline since none was given.
    let thanks = plan
        .steps
        .iter()
        .find(|s| s.message == Some(MessageKind::ThankYou))
        .unwrap();
    assert_eq!(thanks.date, d(2026, 3, 4));
    assert!(thanks.purpose.contains("ask for one"));
    // Reactions captured on the day of the interview.
    assert!(plan
        .steps
        .iter()
        .any(|s| s.id == "x:capture_reactions" && s.date == d(2026, 3, 3)));
}

#[test]
fn written_offer_gets_a_72_hour_decision_window() {
    let mut o = Opportunity::new("x");
    o.stage = Stage::WrittenOffer;
    o.offer_in_writing = true;
    o.dates.offer = Some(d(2026, 3, 2));
    let action = Action::AcceptWithConditions {
        in_writing: vec!["x".into()],
    };
    let plan = follow_up_plan(
        &o,
        &Opportunity::default(),
        &action,
        Some(MessageKind::ConditionalAcceptance),
        &Settings::default(),
        d(2026, 3, 2),
    );
    let decide = plan.steps.iter().find(|s| s.id == "x:decide_by").unwrap();
    assert_eq!(decide.date, d(2026, 3, 5), "offer + 72 hours");
}

#[test]
fn counteroffer_is_weighed_within_72_hours_of_asking() {
    let mut o = Opportunity::new("x");
    o.stage = Stage::Counteroffer;
    let action = Action::VerifyFacts { questions: vec![] };
    let plan = follow_up_plan(
        &o,
        &Opportunity::default(),
        &action,
        None,
        &Settings::default(),
        d(2026, 3, 2),
    );
    assert_eq!(
        step_date(&plan, MessageKind::CounterofferInWriting),
        d(2026, 3, 2)
    );
    let evaluate = plan
        .steps
        .iter()
        .find(|s| s.id == "x:evaluate_counteroffer")
        .unwrap();
    assert_eq!(evaluate.date, d(2026, 3, 5));
}

#[test]
fn after_declining_touch_base_at_three_months_and_reengage_at_six_to_twelve() {
    let mut o = Opportunity::new("x");
    o.stage = Stage::WrittenOffer;
    let plan = follow_up_plan(
        &o,
        &Opportunity::default(),
        &Action::Decline,
        Some(MessageKind::DeclineRoleFit),
        &Settings::default(),
        d(2026, 3, 2),
    );
    assert_eq!(step_date(&plan, MessageKind::DeclineRoleFit), d(2026, 3, 2));
    assert_eq!(step_date(&plan, MessageKind::StayInTouch), d(2026, 6, 2));
    assert_eq!(step_date(&plan, MessageKind::Reopen), d(2026, 9, 2));
    assert!(plan
        .steps
        .iter()
        .any(|s| s.id == "x:reengage_closes" && s.date == d(2027, 3, 2)));
}

#[test]
fn business_day_arithmetic_table() {
    let s = Settings::default();
    let rows = [
        (d(2026, 3, 6), 1, d(2026, 3, 9)),  // Fri + 1 = Mon
        (d(2026, 3, 9), -1, d(2026, 3, 6)), // Mon − 1 = Fri
        (d(2026, 3, 7), 1, d(2026, 3, 9)),  // Sat + 1 = Mon
        (d(2026, 3, 2), 5, d(2026, 3, 9)),  // a week
        (d(2026, 3, 2), 0, d(2026, 3, 2)),
    ];
    for (from, n, expected) in rows {
        assert_eq!(add_business_days(from, n, &s), expected, "{from} + {n}");
    }
}

/// A Friday–Saturday weekend, as in much of the Middle East.
fn fri_sat(holidays: &[Date]) -> Settings {
    Settings {
        weekend_days: vec![Weekday::Friday, Weekday::Saturday],
        holidays: holidays.to_vec(),
        ..Settings::default()
    }
}

fn sat_sun(holidays: &[Date]) -> Settings {
    Settings {
        holidays: holidays.to_vec(),
        ..Settings::default()
    }
}

fn step<'a>(plan: &'a FollowUpPlan, key: &str) -> &'a FollowUpStep {
    let id = format!("x:{key}");
    plan.steps
        .iter()
        .find(|s| s.id == id)
        .unwrap_or_else(|| panic!("no {key} step in {plan:?}"))
}

#[test]
fn the_thank_you_goes_out_on_the_next_working_day() {
    // (case, settings, interview, expected thank-you)
    let rows = [
        (
            "Tuesday, Sat–Sun",
            sat_sun(&[]),
            d(2026, 3, 3),
            d(2026, 3, 4),
        ),
        (
            "Friday, Sat–Sun: Monday",
            sat_sun(&[]),
            d(2026, 3, 6),
            d(2026, 3, 9),
        ),
        (
            "Friday, Monday a holiday: Tuesday",
            sat_sun(&[d(2026, 3, 9)]),
            d(2026, 3, 6),
            d(2026, 3, 10),
        ),
        (
            "Thursday, Fri–Sat: Sunday",
            fri_sat(&[]),
            d(2026, 3, 5),
            d(2026, 3, 8),
        ),
        (
            "Thursday, Fri–Sat, Sunday a holiday: Monday",
            fri_sat(&[d(2026, 3, 8)]),
            d(2026, 3, 5),
            d(2026, 3, 9),
        ),
    ];
    for (case, settings, interview, expected) in rows {
        let o = interviewing(Some(interview), Some(interview.add_days(20)));
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &keep_going(),
            None,
            &settings,
            interview,
        );
        let thanks = step(&plan, "thank_you:round-1");
        assert_eq!(thanks.date, expected, "{case}");
        assert_eq!(thanks.day, StepDay::Working, "{case}");
        assert!(thanks.purpose.contains("next working day"), "{case}");
        // Writing down your own reactions waits for no working day.
        let capture = step(&plan, "capture_reactions");
        assert_eq!(
            (capture.date, capture.day),
            (interview, StepDay::Any),
            "{case}"
        );
    }
}

fn offer_with_deadline(deadline: Date) -> Opportunity {
    let mut o = Opportunity::new("x");
    o.stage = Stage::WrittenOffer;
    o.offer_in_writing = true;
    o.dates.offer_deadline = Some(deadline);
    o
}

fn negotiate() -> Action {
    Action::Negotiate {
        gaps: vec![],
        walk_away: 50.0,
    }
}

#[test]
fn the_answer_is_planned_for_the_last_working_day_before_their_deadline() {
    // (case, settings, today, their deadline, first move, decide-by and its kind)
    let rows = [
        (
            "Saturday deadline, Sat–Sun: Friday",
            sat_sun(&[]),
            d(2026, 3, 2),
            d(2026, 3, 7),
            d(2026, 3, 2),
            Some((d(2026, 3, 6), StepDay::Working)),
        ),
        (
            "Saturday deadline, Fri–Sat: Thursday",
            fri_sat(&[]),
            d(2026, 3, 2),
            d(2026, 3, 7),
            d(2026, 3, 2),
            Some((d(2026, 3, 5), StepDay::Working)),
        ),
        (
            "Sunday deadline, Friday a holiday: Thursday",
            sat_sun(&[d(2026, 3, 6)]),
            d(2026, 3, 2),
            d(2026, 3, 8),
            d(2026, 3, 2),
            Some((d(2026, 3, 5), StepDay::Working)),
        ),
        (
            "Sunday deadline seen on Saturday: both on their days, as they are",
            sat_sun(&[]),
            d(2026, 3, 7),
            d(2026, 3, 8),
            d(2026, 3, 7),
            Some((d(2026, 3, 8), StepDay::Any)),
        ),
        (
            "Monday deadline seen on Saturday: one step on Monday",
            sat_sun(&[]),
            d(2026, 3, 7),
            d(2026, 3, 9),
            d(2026, 3, 9),
            None,
        ),
        (
            "deadline today: one step, never a decide-by after the deadline",
            sat_sun(&[]),
            d(2026, 3, 4),
            d(2026, 3, 4),
            d(2026, 3, 4),
            None,
        ),
    ];
    for (case, settings, today, deadline, first, decide) in rows {
        let o = offer_with_deadline(deadline);
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &negotiate(),
            Some(MessageKind::NegotiationAsk),
            &settings,
            today,
        );
        assert_eq!(step(&plan, "first_move").date, first, "{case}");
        let found = plan
            .steps
            .iter()
            .find(|s| s.id == "x:decide_by")
            .map(|s| (s.date, s.day));
        assert_eq!(found, decide, "{case}");
        if decide.is_none() {
            assert!(
                step(&plan, "first_move").purpose.contains("your answer"),
                "{case}: the answer is part of the one step"
            );
        }
    }
}

#[test]
fn a_move_due_on_a_day_off_waits_for_the_next_working_day() {
    // A decline decided on a Saturday reaches them on Monday; on a Fri–Sat
    // weekend, on Sunday.
    for (settings, expected) in [(sat_sun(&[]), d(2026, 3, 9)), (fri_sat(&[]), d(2026, 3, 8))] {
        let mut o = Opportunity::new("x");
        o.stage = Stage::WrittenOffer;
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &Action::Decline,
            Some(MessageKind::DeclineRoleFit),
            &settings,
            d(2026, 3, 7),
        );
        assert_eq!(step(&plan, "send_decision").date, expected);
    }
}

#[test]
fn after_a_no_the_three_six_and_twelve_month_notes_land_on_working_days() {
    // (case, settings, the no, then 3, 6 and 12 months on)
    let rows = [
        (
            "declined Friday 6 March, Sat–Sun",
            sat_sun(&[]),
            d(2026, 3, 6),
            // 6 June is a Saturday, 6 September a Sunday, 6 March 2027 a Saturday.
            [d(2026, 6, 8), d(2026, 9, 7), d(2027, 3, 8)],
        ),
        (
            "declined Thursday 5 March, Fri–Sat, Sunday 7 June a holiday",
            fri_sat(&[d(2026, 6, 7)]),
            d(2026, 3, 5),
            // 5 June a Friday (then Saturday off, Sunday the holiday),
            // 5 September a Saturday, 5 March 2027 a Friday.
            [d(2026, 6, 8), d(2026, 9, 6), d(2027, 3, 7)],
        ),
    ];
    for (case, settings, no, [three, six, twelve]) in rows {
        let mut o = Opportunity::new("x");
        o.stage = Stage::Declined;
        o.dates.closed = Some(no);
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &Action::Closed,
            None,
            &settings,
            no.add_days(10),
        );
        assert_eq!(step(&plan, "stay_in_touch").date, three, "{case}");
        assert_eq!(step(&plan, "reengage_opens").date, six, "{case}");
        assert_eq!(step(&plan, "reengage_closes").date, twelve, "{case}");
    }
}

#[test]
fn no_invented_cut_off_after_a_no() {
    // Article 002 suggests following up in 6–12 months and article 003 a
    // note at about three months; neither says a window closes.
    let mut o = Opportunity::new("x");
    o.stage = Stage::WrittenOffer;
    let plan = follow_up_plan(
        &o,
        &Opportunity::default(),
        &Action::Decline,
        Some(MessageKind::DeclineRoleFit),
        &Settings::default(),
        d(2026, 3, 2),
    );
    for s in &plan.steps {
        assert!(!s.purpose.contains("closes"), "{}: {}", s.id, s.purpose);
    }
    // The six-month note names the end of the span, with its year.
    let six = step(&plan, "reengage_opens");
    assert!(
        six.purpose.contains("Tuesday 2 March 2027"),
        "{}",
        six.purpose
    );
}

/// Steps allowed to fall on any day, and only those.
const ANY_DAY_STEPS: [&str; 3] = ["capture_reactions", "confirm_terms", "decide_by"];

/// A first move is any day only on a day off with no working day left
/// before the employer's deadline.
const FIRST_MOVES: [&str; 2] = ["first_move", "ask_for_time"];

prop_compose! {
    fn calendar()(
        weekend in proptest::sample::subsequence(Weekday::ALL.to_vec(), 0..=6),
        holidays in proptest::collection::vec((20_500i32..21_200).prop_map(Date::from_days), 0..25),
    ) -> Settings {
        Settings { weekend_days: weekend, holidays, ..Settings::default() }
    }
}

fn near(today: i32) -> impl Strategy<Value = Option<Date>> {
    proptest::option::of((today - 20..today + 20).prop_map(Date::from_days))
}

prop_compose! {
    fn situation()(today in 20_500i32..20_900)(
        today in Just(today),
        stage in 0usize..9,
        interview in near(today),
        offer in near(today),
        decision in near(today),
        deadline in near(today),
        closed in near(today),
        in_writing in any::<bool>(),
        captured in any::<bool>(),
        action in 0usize..9,
        ask_days in 1i32..12,
    ) -> (Opportunity, usize, i32, Date) {
        let mut o = Opportunity::new("x");
        o.stage = Stage::ALL[stage];
        o.set_latest_round_date(interview);
        o.dates.offer = offer;
        o.dates.employer_decision = decision;
        o.dates.offer_deadline = deadline;
        o.dates.closed = closed;
        o.offer_in_writing = in_writing;
        o.reactions.captured_on = captured.then(|| Date::from_days(today));
        (o, action, ask_days, Date::from_days(today))
    }
}

fn action_of(index: usize, ask_days: i32, today: Date, settings: &Settings) -> Action {
    match index {
        0 => Action::Accept,
        1 => Action::AcceptWithConditions { in_writing: vec![] },
        2 => negotiate(),
        // As the engine sizes it: a count of working days from today.
        3 => Action::AskForTime {
            business_days: ask_days as u32,
            until: add_business_days(today, ask_days, settings),
        },
        4 => keep_going(),
        5 => Action::VerifyFacts { questions: vec![] },
        6 => Action::Decline,
        7 => Action::Withdraw,
        _ => Action::Closed,
    }
}

proptest! {
    #[test]
    fn every_step_is_on_a_working_day_unless_marked_any_day(
        settings in calendar(),
        (o, action, ask_days, today) in situation(),
    ) {
        let action = action_of(action, ask_days, today, &settings);
        let plan = follow_up_plan(&o, &Opportunity::default(), &action, None, &settings, today);
        for pair in plan.steps.windows(2) {
            prop_assert!(pair[0].date < pair[1].date, "{:?}", plan);
        }
        for s in &plan.steps {
            let key = s.id.trim_start_matches("x:");
            match s.day {
                StepDay::Working => prop_assert!(
                    settings.is_business_day(s.date),
                    "{} on {} ({:?})", s.id, s.date, s.date.weekday()
                ),
                StepDay::Any => prop_assert!(
                    ANY_DAY_STEPS.contains(&key)
                        || (FIRST_MOVES.contains(&key) && !settings.is_business_day(today)),
                    "{} may not be any day", s.id
                ),
            }
        }
        // An answer is never planned after a deadline still ahead (asking
        // for time is asking to move it).
        if let (Some(deadline), Some(decide)) = (
            o.dates.offer_deadline,
            plan.steps.iter().find(|s| s.id == "x:decide_by"),
        ) {
            if deadline >= today && !matches!(action, Action::AskForTime { .. }) {
                prop_assert!(decide.date <= deadline, "{} after {}", decide.date, deadline);
            }
        }
    }
}

#[test]
fn checking_the_facts_means_asking_questions_or_scoring_what_is_blank() {
    // The engine checks the facts two ways: questions for the employer, or
    // (with none to ask) scoring an option that is still blank first.
    let verify = |questions: &[&str]| Action::VerifyFacts {
        questions: questions.iter().map(|q| q.to_string()).collect(),
    };
    let today = d(2026, 3, 2);
    let cases = [
        (
            offer_with_deadline(d(2026, 3, 6)),
            "first_move",
            verify(&[]),
            "Score what is still blank",
        ),
        (
            offer_with_deadline(d(2026, 3, 6)),
            "first_move",
            verify(&["Is the bonus guaranteed?"]),
            "Ask the open questions in writing",
        ),
        (
            interviewing(Some(today), None),
            "ask_questions",
            verify(&[]),
            "Score what is still blank",
        ),
        (
            interviewing(Some(today), None),
            "ask_questions",
            verify(&["Who would I report to?"]),
            "Ask the open questions in writing",
        ),
    ];
    for (o, key, action, expected) in cases {
        let plan = follow_up_plan(
            &o,
            &Opportunity::default(),
            &action,
            None,
            &Settings::default(),
            today,
        );
        let purpose = &step(&plan, key).purpose;
        assert!(
            purpose.starts_with(expected),
            "{key} for {action:?}: {purpose}"
        );
    }
}
