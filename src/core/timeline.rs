//! The dated follow-up plan for each opportunity.
//!
//! The plan turns the articles' timing rules into dates: a thank-you soon
//! after the interview, a first status check two business days after the
//! employer's stated decision date (or a week after the interview when none
//! was given), then a second and a final check a week apart; a 48–72 hour
//! window to decide on a written offer; 24–72 hours to weigh a counteroffer
//! once it is in writing; and after saying no, a light touchpoint at about
//! three months and a follow-up between six and twelve months.
//!
//! Every step lands on a working day by the user's own calendar (weekend
//! days and holidays), because anything that reaches an employer lands in
//! their working week. The only exceptions are marked [`StepDay::Any`]:
//! steps the user does alone (writing down their reactions on the day of the
//! interview, checking the papers they hold) and an employer's own deadline
//! that leaves no working day before it.
//!
//! Calendar arithmetic lives in [`crate::core::calendar`]; the functions
//! re-exported here keep older callers compiling.

pub use crate::core::calendar::{
    add_business_days, add_months, business_days_between, on_or_next_business_day,
};
pub use crate::core::date::{spoken_date, spoken_date_from};

use crate::core::calendar::WorkingDays;
use crate::core::date::Date;
use crate::core::message_kind::MessageKind;
use crate::core::model::{ContingencyStatus, Opportunity, Settings, Stage};
use crate::core::notice::{notice_dates, start_too_early};
use crate::core::recommend::Action;
use serde::{Deserialize, Serialize};

/// Which days a step may fall on.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum StepDay {
    /// A working day by the user's calendar: a message sent on a day off is
    /// read on the next working day anyway, so the plan names that day.
    #[default]
    Working,
    /// Any day: something the user does alone (writing down reactions while
    /// fresh, checking the papers they hold), or the employer's own deadline
    /// when no working day is left before it.
    Any,
}

/// One dated step of a follow-up plan.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FollowUpStep {
    /// Stable id, `"<opportunity id>:<step>"`, so the UI can mark it done.
    pub id: String,
    /// When to do it.
    pub date: Date,
    /// Whether `date` is kept to a working day, or may be any day.
    #[serde(default)]
    pub day: StepDay,
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
    week: WorkingDays<'a>,
    today: Date,
    steps: Vec<FollowUpStep>,
}

impl PlanBuilder<'_> {
    /// Adds a step on `date`, or the next working day when `date` is a day off.
    fn push(&mut self, key: &str, date: Date, message: Option<MessageKind>, purpose: String) {
        let date = self.week.on_or_next(date);
        self.push_on(key, date, StepDay::Working, message, purpose);
    }

    /// Adds a step on exactly `date`, whatever day it is (see [`StepDay::Any`]).
    fn push_any(&mut self, key: &str, date: Date, purpose: String) {
        self.push_on(key, date, StepDay::Any, None, purpose);
    }

    fn push_on(
        &mut self,
        key: &str,
        date: Date,
        day: StepDay,
        message: Option<MessageKind>,
        purpose: String,
    ) {
        self.steps.push(FollowUpStep {
            // `join` sizes the id once; `format!` would grow it twice.
            id: [self.opportunity_id, key].join(":"),
            date,
            day,
            purpose,
            message,
        });
    }

    /// The first working day from today: when a "do it now" step is due.
    fn now(&self) -> Date {
        self.week.on_or_next(self.today)
    }

    /// A first move now and the answer by `deadline`. The answer goes on the
    /// last working day on or before the deadline; with none left before a
    /// deadline still ahead, the move cannot wait for one either, so both
    /// are any day (the deadline is the employer's, not ours to move). When
    /// both fall on one day they are one step, so the answer is never planned
    /// the day after its deadline.
    fn push_move_then_answer(
        &mut self,
        move_key: &str,
        message: Option<MessageKind>,
        move_purpose: String,
        deadline: Date,
        answer_purpose: String,
    ) {
        let answer = self.week.latest_within(self.today, deadline);
        let (move_day, move_kind) = if answer.is_none() && deadline >= self.today {
            (self.today, StepDay::Any)
        } else {
            (self.now(), StepDay::Working)
        };
        let (answer_day, answer_kind) =
            answer.map_or((deadline, StepDay::Any), |day| (day, StepDay::Working));
        if answer_day == move_day {
            let both = format!("{move_purpose} {answer_purpose}");
            self.push_on(move_key, move_day, move_kind, message, both);
        } else {
            self.push_on(move_key, move_day, move_kind, message, move_purpose);
            self.push_on("decide_by", answer_day, answer_kind, None, answer_purpose);
        }
    }

    fn finish(mut self) -> FollowUpPlan {
        // Stable sort keeps the order steps were pushed in for equal dates,
        // and that order is chosen so the more urgent step keeps its day.
        crate::core::sort::sort_by_key(&mut self.steps, |s| s.date);
        let mut previous: Option<Date> = None;
        for step in &mut self.steps {
            if let Some(p) = previous {
                if step.date <= p {
                    step.date = self.week.add(p, 1);
                    step.day = StepDay::Working;
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
    fn status_checks(&mut self, o: &Opportunity, settings: &Settings) {
        let s = settings;
        let first = match (o.dates.employer_decision, o.latest_round_date()) {
            (Some(decision), _) => self
                .week
                .add(decision, s.first_check_after_decision_business_days as i32),
            (None, Some(interview)) => interview.add_days(s.first_check_without_date_days as i32),
            (None, None) => self.today.add_days(s.first_check_without_date_days as i32),
        };
        // Each check is a week after the previous one as it was planned, on
        // a working day.
        let first = self.week.on_or_next(first);
        let second = self
            .week
            .on_or_next(first.add_days(s.check_interval_days as i32));
        let last = self
            .week
            .on_or_next(second.add_days(s.check_interval_days as i32));
        let employer = o.employer_name();
        let why_first = match o.dates.employer_decision {
            Some(d) => format!(
                "{employer} said they would decide by {}. If you have heard nothing, send a short, polite status check.",
                spoken_date_from(d, self.today)
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

    /// Accepted (or about to be): a step per condition the offer still
    /// depends on, then notice to the current employer once the dated ones
    /// have cleared, never before `earliest`. Resigning while the offer can
    /// still fall through risks having neither job; the articles' order is
    /// the offer secured first, then notice with a handover plan.
    fn conditions_then_notice(
        &mut self,
        o: &Opportunity,
        current: &Opportunity,
        settings: &Settings,
        earliest: Date,
        purpose: &str,
    ) {
        let employer = o.employer_name();
        let mut resign = earliest;
        let mut waits = false;
        let mut problem = false;
        for c in &o.contingencies {
            let what = c.kind.label().to_lowercase();
            let key = ["condition", c.id.as_str()].join(":");
            match c.status {
                // Cleared on a day already past: notice follows it, as it
                // would have followed it while pending, so a check that
                // cleared after the yes does not date notice back before it.
                ContingencyStatus::Cleared => {
                    if let Some(cleared) = c.date.filter(|d| *d <= self.today) {
                        resign = resign.max(self.week.add(self.week.on_or_next(cleared), 1));
                    }
                }
                ContingencyStatus::Problem => {
                    problem = true;
                    self.push(&key, self.now(), None, format!("A problem came up with the {what}: talk to {employer} about it before anything else, and hold off on resigning until it is settled."));
                }
                ContingencyStatus::Pending => {
                    waits = true;
                    let due = c.date.unwrap_or(self.now());
                    self.push(&key, due, None, format!("Check that the {what} has cleared. If you have heard nothing, ask {employer} where it stands."));
                    resign = resign.max(self.week.add(self.week.on_or_next(due), 1));
                }
            }
        }
        // Until a problem is settled there is no day to plan notice for; the
        // problem's own step says to hold off.
        if problem {
            return;
        }
        let mut why = purpose.to_string();
        if waits {
            why.push_str(" Wait until every condition of the offer has cleared.");
        }
        // A day the user has set for handing in notice is theirs to keep.
        let resign = current.dates.resignation.unwrap_or(resign);
        if let Some(dates) = notice_dates(current, settings, resign) {
            why.push_str(&format!(
                " With {} notice, your last working day is {} by the usual count, and the earliest you can start is {}.",
                current.notice_period.describe(),
                spoken_date_from(dates.last_day, self.today),
                spoken_date_from(dates.earliest_start, self.today)
            ));
            if let Some((start, _)) = start_too_early(o, current, settings, resign) {
                why.push_str(&format!(
                    " The start date agreed with {employer}, {}, comes before that: agree a later start, or ask your current employer whether the notice can be shortened.",
                    spoken_date_from(start, self.today)
                ));
            }
        }
        self.push("resign", resign, Some(MessageKind::Resignation), why);
    }

    /// After a no: a light note at about three months, then a follow-up
    /// somewhere between six and twelve months if you want to stay connected.
    /// The articles give that span as a good time to follow up; none of them
    /// says it closes, so neither does the plan.
    fn after_no(&mut self, from: Date, settings: &Settings) {
        let s = settings;
        let until = add_months(from, s.reengage_until_months);
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
            format!(
                "From now until about {}, a follow-up is a good way to stay connected. If what stopped you has changed, say what changed and ask whether there is a fit now.",
                spoken_date_from(self.week.on_or_next(until), self.today)
            ),
        );
        // The id predates the rewording; done marks are stored against it.
        self.push(
            "reengage_closes",
            until,
            None,
            "If you meant to follow up and have not yet, now is still a good time. Read your notes on why you said no before you write.".to_string(),
        );
    }
}

/// The day a decision on the offer is due: the employer's deadline as they
/// gave it, or else the first working day once the 48–72 hour window after
/// the offer has run out (an offer on Thursday, 72 hours: Monday).
pub fn decision_due(o: &Opportunity, settings: &Settings, today: Date) -> Date {
    o.dates.offer_deadline.unwrap_or_else(|| {
        let window = Settings::hours_as_days(settings.decision_window_hours) as i32;
        on_or_next_business_day(o.dates.offer.unwrap_or(today).add_days(window), settings)
    })
}

/// The rounds whose thank-you the plan holds, as `(round id, date)`: the
/// latest one held by `today` and every one still to come. Each earlier round
/// had its own step while it was the latest; a thank-you sent weeks late
/// would do more harm than none, so those steps leave the plan.
fn rounds_to_thank(o: &Opportunity, today: Date) -> Vec<(&str, Date)> {
    let dated = o
        .rounds
        .iter()
        .filter_map(|r| Some((r.id.as_str(), r.date?)));
    let latest_held = dated.clone().map(|(_, d)| d).filter(|d| *d <= today).max();
    let mut rounds: Vec<_> = dated.filter(|(_, d)| Some(*d) >= latest_held).collect();
    crate::core::sort::sort_by_key(&mut rounds, |(_, d)| *d);
    rounds
}

/// When the thank-you is due, in words: the setting counts working days.
fn thank_you_when(working_days: u32) -> String {
    match working_days {
        0 => "on the day of the interview".to_string(),
        1 => "by the next working day after the interview".to_string(),
        n => format!("within {n} working days of the interview"),
    }
}

/// What checking the facts means here: asking the employer when there are
/// questions, or scoring what is still blank when the advice is to score an
/// option first (the current role, or another process) and nothing needs
/// asking.
fn verify_purpose(questions: &[String]) -> &'static str {
    if questions.is_empty() {
        "Score what is still blank in the matrix, so the comparison rests on what you know."
    } else {
        "Ask the open questions in writing, so the answers are on record."
    }
}

/// Builds the follow-up plan for an opportunity given what the engine
/// recommends doing about it. `current` is the user's current role, whose
/// notice period dates the steps after accepting.
pub fn follow_up_plan(
    o: &Opportunity,
    current: &Opportunity,
    action: &Action,
    primary_message: Option<MessageKind>,
    settings: &Settings,
    today: Date,
) -> FollowUpPlan {
    let mut plan = PlanBuilder {
        opportunity_id: &o.id,
        week: WorkingDays::of(settings),
        today,
        steps: Vec::new(),
    };
    let now = plan.now();
    let employer = o.employer_name();
    // Written only by the actions that have a "decide by" step.
    let decide_purpose =
        || format!("Give {employer} your answer on this day: decide, and tell them.");
    match action {
        Action::Closed => match o.stage {
            Stage::Accepted => {
                let from = o.dates.accepted.or(o.dates.closed).unwrap_or(today);
                // Checking the papers you hold needs no one else's working day.
                plan.push_any(
                    "confirm_terms",
                    from,
                    "Make sure you hold the signed offer with the start date, and any relocation plan, in writing.".to_string(),
                );
                plan.conditions_then_notice(
                    o,
                    current,
                    settings,
                    add_business_days(from, 1, settings),
                    "Give notice to your current employer, with a plan for handing over your work.",
                );
            }
            // Taking back a yes closes a door for a while: no reminders to
            // get back in touch, which would read as asking for the job again.
            Stage::BackedOut => {}
            _ => plan.after_no(o.dates.closed.unwrap_or(today), settings),
        },
        Action::BackOut { signed } => {
            // A call first, so they hear it from you, and the letter the same
            // day; once a contract is signed, its terms are read before either.
            let call = if *signed {
                plan.push_any(
                    "read_terms",
                    today,
                    "Read the contract's notice and rescission clauses, and take advice where it binds you, before you call.".to_string(),
                );
                add_business_days(today, 1, settings)
            } else {
                now
            };
            plan.push(
                "send_decision",
                call,
                primary_message,
                format!("Call {employer} to take back your acceptance, then confirm it in writing the same day. Expect the door to stay closed for a while."),
            );
        }
        Action::Decline | Action::Withdraw => {
            plan.push(
                "send_decision",
                now,
                primary_message,
                format!("Tell {employer} now, so they can move on; keep it short and thank them."),
            );
            plan.after_no(now, settings);
        }
        Action::KeepGoing { .. } | Action::VerifyFacts { .. } if !o.stage.has_offer() => {
            if let Some(interview) = o.latest_round_date() {
                if o.reactions.captured_on.is_none() {
                    // Your own notes, best written the same day whatever day it is.
                    plan.push_any(
                        "capture_reactions",
                        interview,
                        "Write down what excited you, what worried you and anything they left vague, before memory smooths it over.".to_string(),
                    );
                }
            }
            // The thank-you note is also the natural place to ask for their
            // timeline, so that needs no step of its own.
            let ask = if o.dates.employer_decision.is_none() {
                " If they gave no date for their decision, ask for one in the same note."
            } else {
                ""
            };
            for (id, date) in rounds_to_thank(o, today) {
                plan.push(
                    &["thank_you", id].join(":"),
                    add_business_days(date, settings.thank_you_within_days as i32, settings),
                    Some(MessageKind::ThankYou),
                    format!(
                        "Thank the people you met at {employer} on {} {}.{ask}",
                        spoken_date_from(date, today),
                        thank_you_when(settings.thank_you_within_days)
                    ),
                );
            }
            if let Action::VerifyFacts { questions } = action {
                plan.push(
                    "ask_questions",
                    now,
                    primary_message,
                    verify_purpose(questions).to_string(),
                );
            }
            if o.dates.employer_decision.is_none() && o.latest_round_date().is_none() {
                plan.push(
                    "ask_timeline",
                    now,
                    Some(MessageKind::AskTimeline),
                    "Ask when they expect to decide, so you know when to follow up.".to_string(),
                );
            }
            plan.status_checks(o, settings);
        }
        Action::VerifyFacts { .. } if o.stage == Stage::Counteroffer && !o.offer_in_writing => {
            plan.push(
                "counteroffer_in_writing",
                now,
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
        Action::AskForTime { until, .. } => plan.push_move_then_answer(
            "ask_for_time",
            Some(MessageKind::AskForTime),
            format!(
                "Ask {employer} for time until {}, naming that date.",
                spoken_date_from(*until, today)
            ),
            *until,
            decide_purpose(),
        ),
        Action::Accept => {
            plan.push(
                "accept",
                now,
                Some(MessageKind::WrittenAcceptance),
                format!("Accept in writing and confirm the start date with {employer}."),
            );
            plan.conditions_then_notice(
                o,
                current,
                settings,
                add_business_days(now, 1, settings),
                "Once the signed offer is back, give notice with a handover plan.",
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
                Action::VerifyFacts { questions } => verify_purpose(questions),
                _ => "Ask the open questions in writing, so the answers are on record.",
            };
            plan.push_move_then_answer(
                "first_move",
                primary_message,
                purpose.to_string(),
                decision_due(o, settings, today),
                decide_purpose(),
            );
        }
    }
    plan.finish()
}
