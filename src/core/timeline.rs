//! Business-day arithmetic over the user's own weekend and holidays, and the
//! dated follow-up plan for each opportunity.
//!
//! The plan turns the articles' timing rules into dates: thank-you within a
//! day, a first status check two business days after the employer's stated
//! decision date (or a week after the interview when none was given), then a
//! second and a final check a week apart; a 48–72 hour window to decide on a
//! written offer; 24–72 hours to weigh a counteroffer once it is in writing;
//! and after saying no, a light touchpoint at about three months and a window
//! to re-engage between six and twelve months.

use crate::core::date::{days_in_month, Date};
use crate::core::message_kind::MessageKind;
use crate::core::model::{Opportunity, Settings, Stage};
use crate::core::recommend::Action;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// Guards every day-by-day walk: no real calendar has this many days off in a
/// row, so hitting it means the settings make every day a day off.
const MAX_WALK: i32 = 3_700;

/// The working-day calendar from the settings, in a form cheap to query in a
/// loop (the engine walks day by day on every recompute).
struct Calendar<'a> {
    /// Days off by weekday index, Monday = 0.
    weekend: [bool; 7],
    holidays: &'a [Date],
}

impl<'a> Calendar<'a> {
    fn new(settings: &'a Settings) -> Calendar<'a> {
        let mut weekend = [false; 7];
        for day in &settings.weekend_days {
            weekend[*day as usize] = true; // Monday = 0, as in Weekday::ALL.
        }
        // With every weekday marked as weekend there would be no working day
        // at all; count every day instead, so the arithmetic still ends.
        if weekend.iter().all(|off| *off) {
            weekend = [false; 7];
        }
        Calendar {
            weekend,
            holidays: &settings.holidays,
        }
    }

    /// Whether the day `days` since 1970-01-01 is a working day.
    fn is_working(&self, days: i32) -> bool {
        // 1970-01-01 was a Thursday, index 3 with Monday = 0.
        !self.weekend[(days + 3).rem_euclid(7) as usize]
            && !self.holidays.iter().any(|h| h.days() == days)
    }
}

/// The date `n` business days after `date` (before it when `n` is negative).
/// `n = 0` returns `date` unchanged, even on a weekend.
pub fn add_business_days(date: Date, n: i32, settings: &Settings) -> Date {
    let calendar = Calendar::new(settings);
    let step = n.signum();
    let mut left = n.abs();
    let mut current = date.days();
    let limit = MAX_WALK.saturating_mul(n.abs().max(1));
    let mut walked = 0;
    while left > 0 && walked < limit {
        current += step;
        walked += 1;
        if calendar.is_working(current) {
            left -= 1;
        }
    }
    // from_days clamps to the calendar's range, so the edges stay safe.
    Date::from_days(current)
}

/// Business days after `from` up to and including `to` (negative when `to`
/// is earlier).
pub fn business_days_between(from: Date, to: Date, settings: &Settings) -> i32 {
    let calendar = Calendar::new(settings);
    let (start, end, sign) = if to >= from {
        (from, to, 1)
    } else {
        (to, from, -1)
    };
    let span = start.days_until(end).min(MAX_WALK * 10);
    let first = start.days();
    let count = (1..=span)
        .filter(|&i| calendar.is_working(first + i))
        .count() as i32;
    sign * count
}

/// `date` itself if it is a business day, otherwise the next one.
pub fn on_or_next_business_day(date: Date, settings: &Settings) -> Date {
    if Calendar::new(settings).is_working(date.days()) {
        date
    } else {
        add_business_days(date, 1, settings)
    }
}

/// The same day `months` months later, or the month's last day when it is
/// shorter (31 January + 1 month = 28 or 29 February).
pub fn add_months(date: Date, months: u32) -> Date {
    let (y, m, d) = date.ymd();
    let index = i64::from(y) * 12 + i64::from(m - 1) + i64::from(months);
    let year =
        (index.div_euclid(12)).clamp(i64::from(Date::MIN_YEAR), i64::from(Date::MAX_YEAR)) as i32;
    let month = index.rem_euclid(12) as u32 + 1;
    let day = d.min(days_in_month(year, month));
    Date::from_ymd(year, month, day).unwrap_or(date)
}

/// A date as people say it: "Friday 6 March".
pub fn spoken_date(date: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let (_, m, d) = date.ymd();
    let (weekday, month) = (date.weekday().name(), MONTHS[(m - 1) as usize]);
    // Sized once (the day has at most two digits): `format!` would start
    // from an empty string and grow it two or three times.
    let mut spoken = String::with_capacity(weekday.len() + month.len() + 4);
    let _ = write!(spoken, "{weekday} {d} {month}");
    spoken
}

/// One dated step of a follow-up plan.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FollowUpStep {
    /// Stable id, `"<opportunity id>:<step>"`, so the UI can mark it done.
    pub id: String,
    /// When to do it.
    pub date: Date,
    /// What it is for, in a sentence.
    pub purpose: String,
    /// The message to send, if the step is a message.
    pub message: Option<MessageKind>,
}

/// The dated steps for one opportunity, in order; dates strictly increase so
/// there is one thing to do on any day.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
pub struct FollowUpPlan {
    /// The steps, earliest first.
    pub steps: Vec<FollowUpStep>,
}

impl FollowUpPlan {
    /// The first step on or after `today`.
    pub fn next_step(&self, today: Date) -> Option<&FollowUpStep> {
        self.steps.iter().find(|s| s.date >= today)
    }
}

/// Collects steps, then orders them and spaces out any that share a day.
struct PlanBuilder<'a> {
    opportunity_id: &'a str,
    settings: &'a Settings,
    steps: Vec<FollowUpStep>,
}

impl PlanBuilder<'_> {
    fn push(&mut self, key: &str, date: Date, message: Option<MessageKind>, purpose: String) {
        self.steps.push(FollowUpStep {
            // `join` sizes the id once; `format!` would grow it twice.
            id: [self.opportunity_id, key].join(":"),
            date,
            purpose,
            message,
        });
    }

    fn finish(mut self) -> FollowUpPlan {
        // Stable sort keeps the order steps were pushed in for equal dates,
        // and that order is chosen so the more urgent step keeps its day.
        crate::core::sort::sort_by_key(&mut self.steps, |s| s.date);
        let mut previous: Option<Date> = None;
        for step in &mut self.steps {
            if let Some(p) = previous {
                if step.date <= p {
                    step.date = add_business_days(p, 1, self.settings);
                    if step.date <= p {
                        step.date = p.add_days(1); // Calendar edge: keep increasing.
                    }
                }
            }
            previous = Some(step.date);
        }
        // A step pushed past the calendar's last day cannot increase: drop it.
        self.steps.dedup_by_key(|s| s.date);
        FollowUpPlan { steps: self.steps }
    }

    /// The status checks: first, second a week later, final a week after that.
    fn status_checks(&mut self, o: &Opportunity, today: Date) {
        let s = self.settings;
        let first = match (o.dates.employer_decision, o.dates.interview) {
            (Some(decision), _) => add_business_days(
                decision,
                s.first_check_after_decision_business_days as i32,
                s,
            ),
            (None, Some(interview)) => on_or_next_business_day(
                interview.add_days(s.first_check_without_date_days as i32),
                s,
            ),
            (None, None) => {
                on_or_next_business_day(today.add_days(s.first_check_without_date_days as i32), s)
            }
        };
        let second = on_or_next_business_day(first.add_days(s.check_interval_days as i32), s);
        let last = on_or_next_business_day(second.add_days(s.check_interval_days as i32), s);
        let employer = o.employer_name();
        let why_first = match o.dates.employer_decision {
            Some(d) => format!(
                "{employer} said they would decide by {}. If you have heard nothing, send a short, polite status check.",
                spoken_date(d)
            ),
            None => format!("A week has passed since the interview. If you have heard nothing from {employer}, send a short status check."),
        };
        self.push(
            "status_check_first",
            first,
            Some(MessageKind::StatusCheckFirst),
            why_first,
        );
        self.push(
            "status_check_second",
            second,
            Some(MessageKind::StatusCheckSecond),
            "Still nothing a week later: a brief second note saying you are still interested."
                .to_string(),
        );
        self.push(
            "status_check_final",
            last,
            Some(MessageKind::StatusCheckFinal),
            "A last check that also lets them go gracefully if they chose someone else. After this, move on.".to_string(),
        );
    }

    /// After a no: a light note at about three months, and the window to reconnect.
    fn after_no(&mut self, from: Date) {
        let s = self.settings;
        self.push(
            "stay_in_touch",
            add_months(from, s.touchpoint_after_months),
            Some(MessageKind::StayInTouch),
            "A light note to keep the relationship warm: an update on your move or something useful to them.".to_string(),
        );
        self.push(
            "reengage_opens",
            add_months(from, s.reengage_from_months),
            Some(MessageKind::Reopen),
            "The window to reconnect opens. If what stopped you has changed, say what changed and ask whether there is a fit now.".to_string(),
        );
        self.push(
            "reengage_closes",
            add_months(from, s.reengage_until_months),
            None,
            "The window to reconnect closes about now. Check your notes on why you said no before reaching out.".to_string(),
        );
    }
}

/// The day a decision on the offer is due: the employer's deadline, or else
/// the end of the 48–72 hour window after the offer arrived.
pub fn decision_due(o: &Opportunity, settings: &Settings, today: Date) -> Date {
    o.dates.offer_deadline.unwrap_or_else(|| {
        let window = Settings::hours_as_days(settings.decision_window_hours) as i32;
        o.dates.offer.unwrap_or(today).add_days(window)
    })
}

/// Builds the follow-up plan for an opportunity given what the engine
/// recommends doing about it.
pub fn follow_up_plan(
    o: &Opportunity,
    action: &Action,
    primary_message: Option<MessageKind>,
    settings: &Settings,
    today: Date,
) -> FollowUpPlan {
    let mut plan = PlanBuilder {
        opportunity_id: &o.id,
        settings,
        steps: Vec::new(),
    };
    let employer = o.employer_name();
    let decide_by = decision_due(o, settings, today);
    // Written only by the actions that have a "decide by" step.
    let decide_purpose =
        || format!("Your answer to {employer} is due. Decide, and tell them the same day.");
    match action {
        Action::Closed => match o.stage {
            Stage::Accepted => {
                let from = o.dates.closed.unwrap_or(today);
                plan.push(
                    "confirm_terms",
                    from,
                    None,
                    "Make sure you hold the signed offer with the start date, and any relocation plan, in writing.".to_string(),
                );
                plan.push(
                    "resign",
                    add_business_days(from, 1, settings),
                    Some(MessageKind::Resignation),
                    "Give notice to your current employer, with a plan for handing over your work."
                        .to_string(),
                );
            }
            _ => plan.after_no(o.dates.closed.unwrap_or(today)),
        },
        Action::Decline | Action::Withdraw => {
            plan.push(
                "send_decision",
                today,
                primary_message,
                format!("Tell {employer} now, so they can move on; keep it short and thank them."),
            );
            plan.after_no(today);
        }
        Action::KeepGoing { .. } | Action::VerifyFacts { .. } if !o.stage.has_offer() => {
            if let Some(interview) = o.dates.interview {
                if o.reactions.captured_on.is_none() {
                    plan.push(
                        "capture_reactions",
                        interview,
                        None,
                        "Write down what excited you, what worried you and anything they left vague, before memory smooths it over.".to_string(),
                    );
                }
                // The thank-you note is also the natural place to ask for
                // their timeline, so that needs no step of its own.
                let ask = if o.dates.employer_decision.is_none() {
                    " If they gave no date for their decision, ask for one in the same note."
                } else {
                    ""
                };
                plan.push(
                    "thank_you",
                    interview.add_days(settings.thank_you_within_days as i32),
                    Some(MessageKind::ThankYou),
                    format!("Thank the people you met at {employer} within a day of the interview.{ask}"),
                );
            }
            if let Action::VerifyFacts { .. } = action {
                plan.push(
                    "ask_questions",
                    today,
                    primary_message,
                    "Ask the open questions in writing, so the answers are on record.".to_string(),
                );
            }
            if o.dates.employer_decision.is_none() && o.dates.interview.is_none() {
                plan.push(
                    "ask_timeline",
                    today,
                    Some(MessageKind::AskTimeline),
                    "Ask when they expect to decide, so you know when to follow up.".to_string(),
                );
            }
            plan.status_checks(o, today);
        }
        Action::VerifyFacts { .. } if o.stage == Stage::Counteroffer && !o.offer_in_writing => {
            plan.push(
                "counteroffer_in_writing",
                today,
                Some(MessageKind::CounterofferInWriting),
                "Ask for the counteroffer in writing before you weigh it.".to_string(),
            );
            let window = Settings::hours_as_days(settings.counteroffer_window_hours) as i32;
            plan.push(
                "evaluate_counteroffer",
                today.add_days(window),
                None,
                "Weigh the written counteroffer against your priorities within a few days, then answer.".to_string(),
            );
        }
        Action::AskForTime { until, .. } => {
            plan.push(
                "ask_for_time",
                today,
                Some(MessageKind::AskForTime),
                format!(
                    "Ask {employer} for time until {}, naming that date.",
                    spoken_date(*until)
                ),
            );
            plan.push("decide_by", *until, None, decide_purpose());
        }
        Action::Accept => {
            plan.push(
                "accept",
                today,
                Some(MessageKind::WrittenAcceptance),
                format!("Accept in writing and confirm the start date with {employer}."),
            );
            plan.push(
                "resign",
                add_business_days(today, 1, settings),
                Some(MessageKind::Resignation),
                "Once the signed offer is back, give notice with a handover plan.".to_string(),
            );
        }
        Action::KeepGoing { .. }
        | Action::VerifyFacts { .. }
        | Action::Negotiate { .. }
        | Action::AcceptWithConditions { .. } => {
            let purpose = match action {
                Action::Negotiate { .. } => "Raise the few gaps that matter, in one message.",
                Action::AcceptWithConditions { .. } => {
                    "Ask for the missing terms in writing before you say yes."
                }
                _ => "Ask the open questions in writing, so the answers are on record.",
            };
            plan.push("first_move", today, primary_message, purpose.to_string());
            plan.push("decide_by", decide_by, None, decide_purpose());
        }
    }
    plan.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Weekday;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    #[test]
    fn spoken_dates() {
        let cases = [
            (d(2026, 3, 6), "Friday 6 March"),
            (d(2026, 9, 30), "Wednesday 30 September"),
            (d(2027, 1, 1), "Friday 1 January"),
            (d(2026, 12, 25), "Friday 25 December"),
        ];
        for (date, expected) in cases {
            assert_eq!(spoken_date(date), expected);
        }
    }

    #[test]
    fn months_clamp_to_short_months() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2026, 11, 15), 3), d(2027, 2, 15));
    }

    #[test]
    fn all_days_off_still_terminates() {
        let s = Settings {
            weekend_days: Weekday::ALL.to_vec(),
            ..Settings::default()
        };
        assert_eq!(add_business_days(d(2026, 3, 6), 2, &s), d(2026, 3, 8));
    }
}
