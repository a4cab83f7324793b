//! The plan screen's view of every follow-up: each dated step of every
//! opportunity, in date order, grouped by how soon it is, and exported as
//! calendar events.

use crate::core::assess::Assessment;
use crate::core::date::Date;
use crate::core::model::Workspace;
use crate::core::studio::CalendarEvent;
use crate::core::timeline::FollowUpStep;

/// How soon a step is, as the plan groups them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum When {
    /// Past its date and not done.
    Overdue,
    /// Today.
    Today,
    /// In the next seven days.
    ThisWeek,
    /// Later than that.
    Later,
    /// Past its date and done.
    Done,
}

impl When {
    /// Every group, in the order the plan shows them.
    pub const ALL: [When; 5] = [
        When::Overdue,
        When::Today,
        When::ThisWeek,
        When::Later,
        When::Done,
    ];

    /// The group's heading.
    pub fn label(self) -> &'static str {
        match self {
            When::Overdue => "Overdue",
            When::Today => "Today",
            When::ThisWeek => "In the next 7 days",
            When::Later => "Later",
            When::Done => "Done",
        }
    }

    fn of(date: Date, done: bool, today: Date) -> When {
        match today.days_until(date) {
            d if d < 0 && done => When::Done,
            d if d < 0 => When::Overdue,
            0 => When::Today,
            1..=7 => When::ThisWeek,
            _ => When::Later,
        }
    }
}

/// One step on the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanEntry {
    /// The step, with its stable id, date, purpose and message.
    pub step: FollowUpStep,
    /// The opportunity it belongs to.
    pub opportunity_id: String,
    /// "Role at Employer".
    pub title: String,
    /// Whether the user marked it done.
    pub done: bool,
    /// How soon it is.
    pub when: When,
}

/// Every follow-up step of every opportunity, earliest first (ties by
/// opportunity title, so the order is stable).
pub fn plan_entries(workspace: &Workspace, assessment: &Assessment, today: Date) -> Vec<PlanEntry> {
    let mut entries: Vec<PlanEntry> = assessment
        .opportunities
        .iter()
        .flat_map(|a| {
            let title = workspace
                .opportunity(&a.opportunity_id)
                .map(|o| o.title())
                .unwrap_or_default();
            a.recommendation.follow_ups.steps.iter().map(move |step| {
                let done = workspace.is_follow_up_done(&step.id);
                PlanEntry {
                    step: step.clone(),
                    opportunity_id: a.opportunity_id.clone(),
                    title: title.clone(),
                    done,
                    when: When::of(step.date, done, today),
                }
            })
        })
        .collect();
    crate::core::sort::sort_by(&mut entries, |a, b| {
        (a.step.date, &a.title, &a.step.id).cmp(&(b.step.date, &b.title, &b.step.id))
    });
    entries
}

/// The entries as calendar events, one per step not yet done: the step id is
/// the event's UID (so a re-import updates rather than duplicates), and each
/// reminds on the morning of its day.
pub fn calendar_events(entries: &[PlanEntry]) -> Vec<CalendarEvent> {
    entries
        .iter()
        .filter(|entry| !entry.done)
        .map(|entry| CalendarEvent {
            uid: entry.step.id.clone(),
            date: entry.step.date,
            summary: match entry.step.message {
                Some(kind) => format!(
                    "{}: {}",
                    entry.title,
                    crate::core::studio::template(kind).label
                ),
                None => format!("{}: {}", entry.title, first_sentence(&entry.step.purpose)),
            },
            description: entry.step.purpose.clone(),
            alarm_days_before: Some(0),
        })
        .collect()
}

/// The text up to and including its first full stop.
fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(end) => &text[..=end],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_how_soon() {
        let today = Date::from_ymd(2026, 3, 6).unwrap();
        assert_eq!(When::of(today.add_days(-1), false, today), When::Overdue);
        assert_eq!(When::of(today.add_days(-1), true, today), When::Done);
        assert_eq!(When::of(today, true, today), When::Today);
        assert_eq!(When::of(today.add_days(7), false, today), When::ThisWeek);
        assert_eq!(When::of(today.add_days(8), false, today), When::Later);
        assert_eq!(first_sentence("One. Two."), "One.");
    }
}
