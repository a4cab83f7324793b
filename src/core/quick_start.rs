//! The dashboard's quick starts: the six ways people arrive, and where each
//! one leads. Kept here so the rule "which stage, which step, which message"
//! is tested with the rest of the product's knowledge.

use crate::core::date::Date;
use crate::core::message_kind::MessageKind;
use crate::core::model::{Opportunity, Stage};
use serde::{Deserialize, Serialize};

/// How a person arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuickStart {
    /// "I just had an interview."
    JustInterviewed,
    /// "I have an offer."
    HaveOffer,
    /// "I want to decline or withdraw."
    DeclineOrWithdraw,
    /// "They made a counteroffer."
    Counteroffer,
    /// "I accepted another offer."
    AcceptedAnother,
    /// "No news since the interview."
    NoNews,
}

/// Where a quick start leads once it knows which opportunity it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Destination {
    /// A step of the opportunity's workspace, by slug.
    Step(&'static str),
    /// The message studio on this message.
    Message(MessageKind),
    /// The message studio with the declines for every other open opportunity.
    DeclineOthers,
}

impl QuickStart {
    /// All quick starts, most common first.
    pub const ALL: [QuickStart; 6] = [
        QuickStart::JustInterviewed,
        QuickStart::HaveOffer,
        QuickStart::DeclineOrWithdraw,
        QuickStart::Counteroffer,
        QuickStart::AcceptedAnother,
        QuickStart::NoNews,
    ];

    /// The button's words, in the user's voice.
    pub fn label(self) -> &'static str {
        match self {
            QuickStart::JustInterviewed => "I just had an interview",
            QuickStart::HaveOffer => "I have an offer",
            QuickStart::DeclineOrWithdraw => "I want to decline or withdraw",
            QuickStart::Counteroffer => "They made a counteroffer",
            QuickStart::AcceptedAnother => "I accepted another offer",
            QuickStart::NoNews => "No news since the interview",
        }
    }

    /// One line on what happens next.
    pub fn hint(self) -> &'static str {
        match self {
            QuickStart::JustInterviewed => {
                "Write down your reactions while they are fresh, ideally within a day."
            }
            QuickStart::HaveOffer => {
                "Weigh it against your priorities and your current role before you answer."
            }
            QuickStart::DeclineOrWithdraw => {
                "Get a short, kind, clear message ready to send in a minute."
            }
            QuickStart::Counteroffer => {
                "Ask for it in writing and decide within one to three days."
            }
            QuickStart::AcceptedAnother => "Tell everyone else promptly, so they can move on too.",
            QuickStart::NoNews => "See when to follow up, and send a polite status check.",
        }
    }

    /// A stable slug for addresses and test ids.
    pub fn slug(self) -> &'static str {
        match self {
            QuickStart::JustInterviewed => "interviewed",
            QuickStart::HaveOffer => "offer",
            QuickStart::DeclineOrWithdraw => "decline",
            QuickStart::Counteroffer => "counteroffer",
            QuickStart::AcceptedAnother => "accepted-another",
            QuickStart::NoNews => "no-news",
        }
    }

    /// Whether this starts a new opportunity rather than acting on one you have.
    pub fn creates_opportunity(self) -> bool {
        matches!(self, QuickStart::JustInterviewed | QuickStart::HaveOffer)
    }

    /// Which of your opportunities this quick start can act on.
    pub fn applies_to(self, opportunity: &Opportunity) -> bool {
        let stage = opportunity.stage;
        match self {
            QuickStart::JustInterviewed | QuickStart::HaveOffer => false,
            QuickStart::DeclineOrWithdraw | QuickStart::AcceptedAnother => stage.is_active(),
            QuickStart::Counteroffer => stage.is_active() || stage == Stage::Declined,
            QuickStart::NoNews => matches!(stage, Stage::Exploring | Stage::Interviewing),
        }
    }

    /// Records what the quick start says about `opportunity` (stage and dates),
    /// and returns where to go next.
    pub fn apply(self, opportunity: &mut Opportunity, today: Date) -> Destination {
        match self {
            QuickStart::JustInterviewed => {
                opportunity.stage = Stage::Interviewing;
                // Pressed twice on one day, it is still one round.
                if !opportunity.rounds.iter().any(|r| r.date == Some(today)) {
                    opportunity.add_round(Some(today));
                }
                Destination::Step("reactions")
            }
            QuickStart::HaveOffer => {
                opportunity.stage = Stage::WrittenOffer;
                opportunity.offer_in_writing = true;
                opportunity.dates.offer = Some(today);
                Destination::Step("details")
            }
            QuickStart::DeclineOrWithdraw => {
                Destination::Message(if opportunity.stage.has_offer() {
                    MessageKind::DeclineRoleFit
                } else {
                    MessageKind::WithdrawNoReason
                })
            }
            QuickStart::Counteroffer => {
                opportunity.stage = Stage::Counteroffer;
                opportunity.offer_in_writing = false;
                opportunity.dates.offer = Some(today);
                Destination::Message(MessageKind::CounterofferInWriting)
            }
            QuickStart::AcceptedAnother => {
                opportunity.stage = Stage::Accepted;
                opportunity.dates.closed = Some(today);
                Destination::DeclineOthers
            }
            QuickStart::NoNews => Destination::Message(MessageKind::StatusCheckFirst),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_ymd(2026, 11, 23).unwrap()
    }

    #[test]
    fn each_quick_start_sets_the_stage_the_articles_imply_and_leads_to_the_right_place() {
        // (quick start, stage before, stage after, destination)
        let cases = [
            (
                QuickStart::JustInterviewed,
                Stage::Exploring,
                Stage::Interviewing,
                Destination::Step("reactions"),
            ),
            (
                QuickStart::HaveOffer,
                Stage::Interviewing,
                Stage::WrittenOffer,
                Destination::Step("details"),
            ),
            (
                QuickStart::DeclineOrWithdraw,
                Stage::Interviewing,
                Stage::Interviewing,
                Destination::Message(MessageKind::WithdrawNoReason),
            ),
            (
                QuickStart::DeclineOrWithdraw,
                Stage::WrittenOffer,
                Stage::WrittenOffer,
                Destination::Message(MessageKind::DeclineRoleFit),
            ),
            (
                QuickStart::Counteroffer,
                Stage::Declined,
                Stage::Counteroffer,
                Destination::Message(MessageKind::CounterofferInWriting),
            ),
            (
                QuickStart::AcceptedAnother,
                Stage::WrittenOffer,
                Stage::Accepted,
                Destination::DeclineOthers,
            ),
            (
                QuickStart::NoNews,
                Stage::Interviewing,
                Stage::Interviewing,
                Destination::Message(MessageKind::StatusCheckFirst),
            ),
        ];
        for (quick, before, after, destination) in cases {
            let mut opportunity = Opportunity {
                stage: before,
                ..Opportunity::new("a")
            };
            assert_eq!(
                quick.apply(&mut opportunity, today()),
                destination,
                "{quick:?} from {before:?}"
            );
            assert_eq!(opportunity.stage, after, "{quick:?} from {before:?}");
        }
    }

    #[test]
    fn a_counteroffer_is_not_yet_in_writing_and_the_interview_date_is_today() {
        let mut o = Opportunity {
            stage: Stage::WrittenOffer,
            offer_in_writing: true,
            ..Opportunity::new("a")
        };
        QuickStart::Counteroffer.apply(&mut o, today());
        assert!(
            !o.offer_in_writing,
            "a counteroffer must be asked for in writing"
        );
        let mut o = Opportunity::new("b");
        QuickStart::JustInterviewed.apply(&mut o, today());
        QuickStart::JustInterviewed.apply(&mut o, today());
        assert_eq!(o.latest_round_date(), Some(today()));
        assert_eq!(o.round_count(), 1, "one round a day");
    }

    #[test]
    fn settled_opportunities_are_not_offered_for_declining_or_chasing() {
        for stage in [
            Stage::Accepted,
            Stage::Declined,
            Stage::Withdrawn,
            Stage::ClosedByEmployer,
        ] {
            let o = Opportunity {
                stage,
                ..Opportunity::new("a")
            };
            assert!(!QuickStart::DeclineOrWithdraw.applies_to(&o), "{stage:?}");
            assert!(!QuickStart::NoNews.applies_to(&o), "{stage:?}");
        }
    }

    #[test]
    fn slugs_are_unique() {
        let mut slugs: Vec<_> = QuickStart::ALL.iter().map(|q| q.slug()).collect();
        slugs.sort();
        slugs.dedup();
        assert_eq!(slugs.len(), QuickStart::ALL.len());
    }
}
