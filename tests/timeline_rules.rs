//! Table tests for the follow-up timeline: the articles' timing rules turned
//! into dates on a real calendar.

use crossroads::core::date::{Date, Weekday};
use crossroads::core::message_kind::MessageKind;
use crossroads::core::model::{Opportunity, Settings, Stage};
use crossroads::core::recommend::Action;
use crossroads::core::timeline::{add_business_days, follow_up_plan, FollowUpPlan};

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
    o.dates.interview = interview;
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
        let plan = follow_up_plan(&o, &keep_going(), None, settings, d(2026, 3, 1));
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
    let plan = follow_up_plan(&o, &keep_going(), None, &Settings::default(), d(2026, 3, 3));
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
    let plan = follow_up_plan(&o, &action, None, &Settings::default(), d(2026, 3, 2));
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
