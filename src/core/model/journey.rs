//! The parts of a process that happen more than once or after the offer:
//! interview rounds, the conditions an offer depends on, the notice owed to
//! the current employer, why the user started looking, and a counteroffer
//! from either side. Model version 3 added them (see
//! `storage::migrate::rounds_from_interview_count`).

use crate::core::date::Date;
use serde::{Deserialize, Serialize};

/// How a round was held.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum RoundFormat {
    /// Not recorded.
    #[default]
    Unknown,
    /// A phone call.
    Phone,
    /// A video call.
    Video,
    /// In person, at the employer's.
    OnSite,
    /// Several interviewers at once.
    Panel,
    /// A take-home task, test or presentation.
    Task,
}

impl RoundFormat {
    /// Every format, in the order a form offers them.
    pub const ALL: [RoundFormat; 6] = [
        RoundFormat::Unknown,
        RoundFormat::Phone,
        RoundFormat::Video,
        RoundFormat::OnSite,
        RoundFormat::Panel,
        RoundFormat::Task,
    ];

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            RoundFormat::Unknown => "Not recorded",
            RoundFormat::Phone => "Phone call",
            RoundFormat::Video => "Video call",
            RoundFormat::OnSite => "In person",
            RoundFormat::Panel => "Panel",
            RoundFormat::Task => "Task or presentation",
        }
    }
}

/// One interview round, past or upcoming.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Round {
    /// Stable id, made by the caller; unique within the opportunity.
    pub id: String,
    /// When it is or was held; a round migrated from a bare count may have none.
    pub date: Option<Date>,
    /// Phone, video, in person…
    pub format: RoundFormat,
    /// Ids of the contacts met (see `Workspace::contacts`).
    pub people: Vec<String>,
    /// What was said and what to follow up on. Private: never written into a
    /// message to an employer.
    pub notes: String,
}

impl Round {
    /// A round with the given id held on `date`.
    pub fn on(id: impl Into<String>, date: Option<Date>) -> Round {
        Round {
            id: id.into(),
            date,
            ..Round::default()
        }
    }
}

/// A condition an offer depends on.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum ContingencyKind {
    /// A background or criminal-record check.
    #[default]
    BackgroundCheck,
    /// References from past employers.
    References,
    /// Proof of the right to work (or a visa being granted).
    RightToWork,
    /// An internal approval (budget, headcount, a board).
    Approval,
    /// Anything else the offer names.
    Other,
}

impl ContingencyKind {
    /// Every kind, in the order a form offers them.
    pub const ALL: [ContingencyKind; 5] = [
        ContingencyKind::BackgroundCheck,
        ContingencyKind::References,
        ContingencyKind::RightToWork,
        ContingencyKind::Approval,
        ContingencyKind::Other,
    ];

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            ContingencyKind::BackgroundCheck => "Background check",
            ContingencyKind::References => "References",
            ContingencyKind::RightToWork => "Right to work",
            ContingencyKind::Approval => "Internal approval",
            ContingencyKind::Other => "Other condition",
        }
    }
}

/// Where a condition stands.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum ContingencyStatus {
    /// Not yet cleared.
    #[default]
    Pending,
    /// Cleared: the offer no longer depends on it.
    Cleared,
    /// Something came up that puts the offer at risk.
    Problem,
}

impl ContingencyStatus {
    /// Every status, in the order a form offers them.
    pub const ALL: [ContingencyStatus; 3] = [
        ContingencyStatus::Pending,
        ContingencyStatus::Cleared,
        ContingencyStatus::Problem,
    ];

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            ContingencyStatus::Pending => "Pending",
            ContingencyStatus::Cleared => "Cleared",
            ContingencyStatus::Problem => "A problem came up",
        }
    }
}

/// One condition of an offer, with where it stands.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Contingency {
    /// Stable id, made by the caller; unique within the opportunity.
    pub id: String,
    /// What kind of condition.
    pub kind: ContingencyKind,
    /// Where it stands.
    pub status: ContingencyStatus,
    /// When it is expected to clear, or when it did.
    pub date: Option<Date>,
    /// The user's own words ("two references, one a manager"). Private.
    pub note: String,
}

/// The unit a notice period is counted in.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum NoticeUnit {
    /// Calendar days.
    Days,
    /// Calendar weeks.
    #[default]
    Weeks,
    /// Calendar months.
    Months,
}

impl NoticeUnit {
    /// Every unit, in the order a form offers them.
    pub const ALL: [NoticeUnit; 3] = [NoticeUnit::Days, NoticeUnit::Weeks, NoticeUnit::Months];

    /// The plural noun ("weeks").
    pub fn label(self) -> &'static str {
        match self {
            NoticeUnit::Days => "days",
            NoticeUnit::Weeks => "weeks",
            NoticeUnit::Months => "months",
        }
    }
}

/// The notice the current employer is owed after resigning.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct NoticePeriod {
    /// How many units; 0 means not entered.
    pub count: u16,
    /// Days, weeks or months.
    pub unit: NoticeUnit,
}

/// Why the user started looking (kept on the current role). Every
/// counteroffer, from either side, is checked against it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct LookingReason {
    /// The criteria (ids of `Priorities::items`) the reason is about.
    pub criteria: Vec<String>,
    /// The reason in the user's words. Private.
    pub text: String,
}

/// Better terms offered to keep the user (by the current employer) or to win
/// them back (by an employer the user declined or pushed back on).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct CounterofferTerms {
    /// When it was made; `None` means no counteroffer (on the current role).
    pub received: Option<Date>,
    /// The criteria (ids of `Priorities::items`) the counteroffer improves.
    pub improves: Vec<String>,
    /// What is on the table, in the user's words. Private.
    pub summary: String,
}

/// How far a counteroffer goes toward the reason the user started looking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Addresses {
    /// No reason for looking is recorded, so nothing can be checked.
    NoReasonRecorded,
    /// It improves every criterion behind the reason.
    Fully,
    /// It improves some of them.
    Partly,
    /// It improves none of them.
    No,
}

impl CounterofferTerms {
    /// Whether a counteroffer has been made.
    pub fn is_made(&self) -> bool {
        self.received.is_some()
    }

    /// How far these terms go toward `reason`.
    pub fn addresses(&self, reason: &LookingReason) -> Addresses {
        if reason.criteria.is_empty() {
            return Addresses::NoReasonRecorded;
        }
        let met = reason
            .criteria
            .iter()
            .filter(|c| self.improves.contains(c))
            .count();
        match met {
            0 => Addresses::No,
            n if n == reason.criteria.len() => Addresses::Fully,
            _ => Addresses::Partly,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_counteroffer_is_checked_against_every_criterion_behind_the_reason() {
        let reason = |c: &[&str]| LookingReason {
            criteria: c.iter().map(|s| s.to_string()).collect(),
            text: String::new(),
        };
        let terms = |c: &[&str]| CounterofferTerms {
            received: None,
            improves: c.iter().map(|s| s.to_string()).collect(),
            summary: String::new(),
        };
        let cases: [(&[&str], &[&str], Addresses); 6] = [
            (&[], &["base_pay"], Addresses::NoReasonRecorded),
            (&["growth"], &[], Addresses::No),
            (&["growth"], &["base_pay"], Addresses::No),
            (&["growth", "manager"], &["growth"], Addresses::Partly),
            (&["growth"], &["growth", "base_pay"], Addresses::Fully),
            (
                &["growth", "manager"],
                &["manager", "growth"],
                Addresses::Fully,
            ),
        ];
        for (why, improves, expected) in cases {
            assert_eq!(
                terms(improves).addresses(&reason(why)),
                expected,
                "reason {why:?}, improves {improves:?}"
            );
        }
    }
}
