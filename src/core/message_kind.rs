//! The vocabulary shared by the decision engine and the message studio: which
//! message a situation calls for, and how it is delivered.
//!
//! The engine names a [`MessageKind`] in its recommendation and plan; the
//! studio owns the template text for each kind.

use serde::{Deserialize, Serialize};

/// Every message the app can draft. One variant per situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessageKind {
    /// Thanks within a day of an interview.
    ThankYou,
    /// First polite status check.
    StatusCheckFirst,
    /// Second status check, a week after the first.
    StatusCheckSecond,
    /// Last status check, which also lets them go gracefully.
    StatusCheckFinal,
    /// Asking when they expect to decide.
    AskTimeline,
    /// Asking for more time to decide, with a date.
    AskForTime,
    /// Telling another employer about a competing deadline.
    CompetingDeadline,
    /// Asking to improve one to three terms of an offer.
    NegotiationAsk,
    /// Asking visa, relocation and housing questions in writing.
    MobilityQuestions,
    /// Accepting once named terms are confirmed in writing.
    ConditionalAcceptance,
    /// Accepting in writing with a start date.
    WrittenAcceptance,
    /// Declining because another offer was accepted.
    DeclineAcceptedElsewhere,
    /// Declining because the role is not the right fit.
    DeclineRoleFit,
    /// Declining because of the employment model (agency, contract, fixed term).
    DeclineEmploymentModel,
    /// Declining because of visa, relocation or family constraints.
    DeclineMobility,
    /// Declining after negotiation left a compensation gap.
    DeclineCompensation,
    /// Withdrawing before an offer, with no reason given.
    WithdrawNoReason,
    /// Withdrawing before an offer, with a brief reason.
    WithdrawWithReason,
    /// Withdrawing before an offer while asking to keep in touch.
    WithdrawKeepInTouch,
    /// What to say on a call that declines an offer.
    CallScript,
    /// The written confirmation after a call or video call that declined an offer.
    CallConfirmation,
    /// What to say on a video call that declines an offer.
    VideoScript,
    /// What to say on a call that withdraws before an offer.
    WithdrawCallScript,
    /// What to say on a video call that withdraws before an offer.
    WithdrawVideoScript,
    /// The written confirmation after a call or video call that withdrew.
    WithdrawConfirmation,
    /// A decline passed on through a recruiter.
    RecruiterNote,
    /// A firm reply to pushback or a counteroffer.
    FirmReply,
    /// An open reply naming the one change that would matter.
    OpenReply,
    /// Asking for a counteroffer in writing.
    CounterofferInWriting,
    /// Constructive feedback when the employer asks for it.
    Feedback,
    /// Offering to refer someone for the role.
    Referral,
    /// A light staying-in-touch note months later.
    StayInTouch,
    /// Reopening a conversation after declining.
    Reopen,
    /// Resignation notice to the current employer with a transition plan.
    Resignation,
    /// What to say on the call that takes back an acceptance (before or
    /// after signing).
    BackOutCallScript,
    /// The written confirmation after that call.
    BackOutConfirmation,
    /// To an employer that took back its offer: asking for the reason and a
    /// confirmation in writing.
    OfferWithdrawnReply,
    /// To an employer you stepped back from: asking to pick the process up
    /// again.
    ReopenProcess,
    /// To the current employer: turning down its counteroffer, with the
    /// resignation standing. Drafted about the new job, sent to the current
    /// employer.
    DeclineCurrentCounteroffer,
    /// Declining a new employer because you are staying in your current role.
    DeclineStayingInRole,
    /// What to say on a call that declines a new employer because you are
    /// staying in your current role.
    StayingCallScript,
    /// A firm restatement after a counteroffer that does not address the
    /// reason you started looking.
    FirmRestatement,
    /// What to say on a call asking for time on an offer whose deadline is
    /// less than two business days away.
    ExplodingOfferCallScript,
    /// The written confirmation of the time agreed on that call.
    ExplodingOfferConfirmation,
    /// A counter-proposal: the figure asked for, a short reason, and what
    /// else would work if base pay cannot move.
    CounterProposal,
    /// The reply when they met the counter-proposal.
    CounterMet,
    /// The reply when they met part of it.
    CounterMetPart,
    /// The reply when they said no to it.
    CounterRefused,
}

impl MessageKind {
    /// Whether it goes to the current employer (a resignation, or the answer
    /// to its counteroffer) rather than to the employer it is about: it
    /// greets your manager, never the new employer's people.
    pub fn to_current_employer(self) -> bool {
        matches!(
            self,
            MessageKind::Resignation | MessageKind::DeclineCurrentCounteroffer
        )
    }

    /// Every kind, in the order the studio lists them.
    pub const ALL: [MessageKind; 48] = [
        MessageKind::ThankYou,
        MessageKind::StatusCheckFirst,
        MessageKind::StatusCheckSecond,
        MessageKind::StatusCheckFinal,
        MessageKind::AskTimeline,
        MessageKind::AskForTime,
        MessageKind::CompetingDeadline,
        MessageKind::NegotiationAsk,
        MessageKind::MobilityQuestions,
        MessageKind::ConditionalAcceptance,
        MessageKind::WrittenAcceptance,
        MessageKind::DeclineAcceptedElsewhere,
        MessageKind::DeclineRoleFit,
        MessageKind::DeclineEmploymentModel,
        MessageKind::DeclineMobility,
        MessageKind::DeclineCompensation,
        MessageKind::WithdrawNoReason,
        MessageKind::WithdrawWithReason,
        MessageKind::WithdrawKeepInTouch,
        MessageKind::CallScript,
        MessageKind::CallConfirmation,
        MessageKind::VideoScript,
        MessageKind::WithdrawCallScript,
        MessageKind::WithdrawVideoScript,
        MessageKind::WithdrawConfirmation,
        MessageKind::RecruiterNote,
        MessageKind::FirmReply,
        MessageKind::OpenReply,
        MessageKind::CounterofferInWriting,
        MessageKind::Feedback,
        MessageKind::Referral,
        MessageKind::StayInTouch,
        MessageKind::Reopen,
        MessageKind::Resignation,
        MessageKind::BackOutCallScript,
        MessageKind::BackOutConfirmation,
        MessageKind::OfferWithdrawnReply,
        MessageKind::ReopenProcess,
        MessageKind::DeclineCurrentCounteroffer,
        MessageKind::DeclineStayingInRole,
        MessageKind::StayingCallScript,
        MessageKind::FirmRestatement,
        MessageKind::ExplodingOfferCallScript,
        MessageKind::ExplodingOfferConfirmation,
        MessageKind::CounterProposal,
        MessageKind::CounterMet,
        MessageKind::CounterMetPart,
        MessageKind::CounterRefused,
    ];

    /// A stable name for addresses and stored data (`"decline_role_fit"`):
    /// the same name serde writes. A plain table, not a trip through
    /// `serde_json::Value`: links to messages are rendered with it on every redraw.
    pub fn slug_str(self) -> &'static str {
        match self {
            MessageKind::ThankYou => "thank_you",
            MessageKind::StatusCheckFirst => "status_check_first",
            MessageKind::StatusCheckSecond => "status_check_second",
            MessageKind::StatusCheckFinal => "status_check_final",
            MessageKind::AskTimeline => "ask_timeline",
            MessageKind::AskForTime => "ask_for_time",
            MessageKind::CompetingDeadline => "competing_deadline",
            MessageKind::NegotiationAsk => "negotiation_ask",
            MessageKind::MobilityQuestions => "mobility_questions",
            MessageKind::ConditionalAcceptance => "conditional_acceptance",
            MessageKind::WrittenAcceptance => "written_acceptance",
            MessageKind::DeclineAcceptedElsewhere => "decline_accepted_elsewhere",
            MessageKind::DeclineRoleFit => "decline_role_fit",
            MessageKind::DeclineEmploymentModel => "decline_employment_model",
            MessageKind::DeclineMobility => "decline_mobility",
            MessageKind::DeclineCompensation => "decline_compensation",
            MessageKind::WithdrawNoReason => "withdraw_no_reason",
            MessageKind::WithdrawWithReason => "withdraw_with_reason",
            MessageKind::WithdrawKeepInTouch => "withdraw_keep_in_touch",
            MessageKind::CallScript => "call_script",
            MessageKind::CallConfirmation => "call_confirmation",
            MessageKind::VideoScript => "video_script",
            MessageKind::WithdrawCallScript => "withdraw_call_script",
            MessageKind::WithdrawVideoScript => "withdraw_video_script",
            MessageKind::WithdrawConfirmation => "withdraw_confirmation",
            MessageKind::RecruiterNote => "recruiter_note",
            MessageKind::FirmReply => "firm_reply",
            MessageKind::OpenReply => "open_reply",
            MessageKind::CounterofferInWriting => "counteroffer_in_writing",
            MessageKind::Feedback => "feedback",
            MessageKind::Referral => "referral",
            MessageKind::StayInTouch => "stay_in_touch",
            MessageKind::Reopen => "reopen",
            MessageKind::Resignation => "resignation",
            MessageKind::BackOutCallScript => "back_out_call_script",
            MessageKind::BackOutConfirmation => "back_out_confirmation",
            MessageKind::OfferWithdrawnReply => "offer_withdrawn_reply",
            MessageKind::ReopenProcess => "reopen_process",
            MessageKind::DeclineCurrentCounteroffer => "decline_current_counteroffer",
            MessageKind::DeclineStayingInRole => "decline_staying_in_role",
            MessageKind::StayingCallScript => "staying_call_script",
            MessageKind::FirmRestatement => "firm_restatement",
            MessageKind::ExplodingOfferCallScript => "exploding_offer_call_script",
            MessageKind::ExplodingOfferConfirmation => "exploding_offer_confirmation",
            MessageKind::CounterProposal => "counter_proposal",
            MessageKind::CounterMet => "counter_met",
            MessageKind::CounterMetPart => "counter_met_part",
            MessageKind::CounterRefused => "counter_refused",
        }
    }

    /// [`MessageKind::slug_str`] as an owned string, for routes.
    pub fn slug(self) -> String {
        self.slug_str().to_string()
    }

    /// The kind named by [`MessageKind::slug`], if any.
    pub fn from_slug(slug: &str) -> Option<MessageKind> {
        MessageKind::ALL.into_iter().find(|k| k.slug_str() == slug)
    }

    /// Whether this message says no in writing, as four parts: a decline or a
    /// withdrawal. These follow the four-part structure and the strictest
    /// checks. The call and video scripts and their written confirmations also
    /// say no (see [`MessageKind::says_no`]) but are laid out as prompts and a
    /// short record, so they are not composed part by part.
    pub fn is_decline(self) -> bool {
        matches!(
            self,
            MessageKind::DeclineAcceptedElsewhere
                | MessageKind::DeclineRoleFit
                | MessageKind::DeclineEmploymentModel
                | MessageKind::DeclineMobility
                | MessageKind::DeclineCompensation
                | MessageKind::WithdrawNoReason
                | MessageKind::WithdrawWithReason
                | MessageKind::WithdrawKeepInTouch
                | MessageKind::RecruiterNote
                | MessageKind::FirmReply
                | MessageKind::DeclineStayingInRole
                | MessageKind::FirmRestatement
        )
    }

    /// Whether the checker holds this message to the rules of a no (one
    /// decision, no hedging, one short reason, a goodwill close): every
    /// [`is_decline`](Self::is_decline), and turning down the current
    /// employer's counteroffer, which says no to them without closing the
    /// process it is drafted about.
    pub fn checked_as_no(self) -> bool {
        self.is_decline() || self == MessageKind::DeclineCurrentCounteroffer
    }

    /// Whether sending this closes the process from the user's side: a
    /// decline or withdrawal, or the call, video call or written confirmation
    /// that delivers one (taking back an acceptance included). Asking for
    /// time by phone says no to nothing.
    pub fn says_no(self) -> bool {
        self.is_decline() || self.is_confirmation() || (self.is_script() && !self.answers_offer())
    }

    /// Whether this is a spoken script (a call or a video call).
    pub fn is_script(self) -> bool {
        matches!(
            self,
            MessageKind::CallScript
                | MessageKind::VideoScript
                | MessageKind::WithdrawCallScript
                | MessageKind::WithdrawVideoScript
                | MessageKind::BackOutCallScript
                | MessageKind::StayingCallScript
                | MessageKind::ExplodingOfferCallScript
        )
    }

    /// Whether this is the written confirmation sent after a call that said
    /// no.
    pub fn is_confirmation(self) -> bool {
        matches!(
            self,
            MessageKind::CallConfirmation
                | MessageKind::WithdrawConfirmation
                | MessageKind::BackOutConfirmation
        )
    }

    /// Whether this message takes back an acceptance, by voice or in writing.
    pub fn backs_out(self) -> bool {
        matches!(
            self,
            MessageKind::BackOutCallScript | MessageKind::BackOutConfirmation
        )
    }

    /// Whether this message withdraws from a process that has not reached an
    /// offer, in writing or by voice.
    pub fn is_withdrawal(self) -> bool {
        matches!(
            self,
            MessageKind::WithdrawNoReason
                | MessageKind::WithdrawWithReason
                | MessageKind::WithdrawKeepInTouch
                | MessageKind::WithdrawCallScript
                | MessageKind::WithdrawVideoScript
                | MessageKind::WithdrawConfirmation
        )
    }

    /// Whether this message declines an offer, in writing or by voice: its
    /// words ("the offer") only make sense once an offer has been made.
    pub fn is_offer_decline(self) -> bool {
        matches!(
            self,
            MessageKind::DeclineAcceptedElsewhere
                | MessageKind::DeclineRoleFit
                | MessageKind::DeclineEmploymentModel
                | MessageKind::DeclineMobility
                | MessageKind::DeclineCompensation
                | MessageKind::CallScript
                | MessageKind::VideoScript
                | MessageKind::CallConfirmation
                | MessageKind::DeclineStayingInRole
                | MessageKind::StayingCallScript
                | MessageKind::BackOutCallScript
                | MessageKind::BackOutConfirmation
        )
    }

    /// Whether this message answers an offer (asking for time on it,
    /// negotiating it, accepting it, weighing a counteroffer): there is no
    /// form of it for a process without an offer.
    pub fn answers_offer(self) -> bool {
        matches!(
            self,
            MessageKind::AskForTime
                | MessageKind::NegotiationAsk
                | MessageKind::ConditionalAcceptance
                | MessageKind::WrittenAcceptance
                | MessageKind::CounterofferInWriting
                | MessageKind::OpenReply
                | MessageKind::ExplodingOfferCallScript
                | MessageKind::ExplodingOfferConfirmation
                | MessageKind::CounterProposal
                | MessageKind::CounterMet
                | MessageKind::CounterMetPart
                | MessageKind::CounterRefused
        )
    }

    /// Whether this is the counter-proposal or one of the replies that
    /// follow it: drafted from the offer's negotiation plan.
    pub fn is_counter(self) -> bool {
        matches!(
            self,
            MessageKind::CounterProposal
                | MessageKind::CounterMet
                | MessageKind::CounterMetPart
                | MessageKind::CounterRefused
        )
    }

    /// The reason a decline of this kind gives by its nature, if it names one
    /// (a decline for the employment model gives that reason).
    pub fn implied_reason(self) -> Option<DeclineReason> {
        match self {
            MessageKind::DeclineAcceptedElsewhere => Some(DeclineReason::AcceptedAnotherOffer),
            MessageKind::DeclineRoleFit => Some(DeclineReason::RoleNotRightFit),
            MessageKind::DeclineEmploymentModel => Some(DeclineReason::EmploymentModel),
            MessageKind::DeclineMobility => Some(DeclineReason::MobilityConstraints),
            MessageKind::DeclineCompensation => Some(DeclineReason::Compensation),
            MessageKind::DeclineStayingInRole | MessageKind::StayingCallScript => {
                Some(DeclineReason::StayingInCurrentRole)
            }
            _ => None,
        }
    }
}

/// The brief, neutral reason a decline or withdrawal may give. One short
/// sentence at most, and never a criticism of the employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeclineReason {
    /// The user accepted another offer.
    AcceptedAnotherOffer,
    /// The role does not fit the user's direction.
    RoleNotRightFit,
    /// Agency, contract or fixed-term work when the user needs direct employment.
    EmploymentModel,
    /// Visa, relocation or family timing.
    MobilityConstraints,
    /// A pay gap that negotiation did not close.
    Compensation,
    /// Something in the user's life changed.
    PersonalCircumstances,
    /// The user is staying in their current role (after its counteroffer,
    /// or on reflection).
    StayingInCurrentRole,
    /// The culture or values, or the manager and team, do not fit.
    CultureAndValues,
    /// Hours, flexibility or work–life balance do not fit.
    Schedule,
    /// Career trajectory or learning: the role leads somewhere else.
    Growth,
    /// The location or commute does not work (no move abroad involved).
    Location,
    /// Give no reason: always acceptable.
    None,
}

impl DeclineReason {
    /// Every reason, in the order the studio offers them.
    pub const ALL: [DeclineReason; 12] = [
        DeclineReason::AcceptedAnotherOffer,
        DeclineReason::RoleNotRightFit,
        DeclineReason::EmploymentModel,
        DeclineReason::MobilityConstraints,
        DeclineReason::Compensation,
        DeclineReason::CultureAndValues,
        DeclineReason::Schedule,
        DeclineReason::Growth,
        DeclineReason::Location,
        DeclineReason::PersonalCircumstances,
        DeclineReason::StayingInCurrentRole,
        DeclineReason::None,
    ];

    /// A short label for a picker.
    pub fn label(self) -> &'static str {
        match self {
            DeclineReason::AcceptedAnotherOffer => "I accepted another offer",
            DeclineReason::RoleNotRightFit => "The role is not the right fit",
            DeclineReason::EmploymentModel => "The employment model",
            DeclineReason::MobilityConstraints => "Visa, relocation or family constraints",
            DeclineReason::Compensation => "Compensation",
            DeclineReason::PersonalCircumstances => "Personal circumstances",
            DeclineReason::StayingInCurrentRole => "I am staying in my current role",
            DeclineReason::CultureAndValues => "Culture and values",
            DeclineReason::Schedule => "Hours and flexibility",
            DeclineReason::Growth => "Growth and learning",
            DeclineReason::Location => "Location and commute",
            DeclineReason::None => "No reason",
        }
    }
}

/// How a message reaches the other side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// A written email: a clear record, least intrusive.
    Email,
    /// A phone call, confirmed in writing afterwards.
    Call,
    /// A video call, confirmed in writing afterwards.
    Video,
    /// Through the recruiter who ran the process.
    Recruiter,
}

impl Channel {
    /// All channels.
    pub const ALL: [Channel; 4] = [
        Channel::Email,
        Channel::Call,
        Channel::Video,
        Channel::Recruiter,
    ];

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            Channel::Email => "Email",
            Channel::Call => "Phone call",
            Channel::Video => "Video call",
            Channel::Recruiter => "Through the recruiter",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_kind_round_trips_through_its_slug() {
        for kind in MessageKind::ALL {
            let slug = kind.slug();
            assert!(
                !slug.is_empty() && slug.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{slug}"
            );
            assert_eq!(MessageKind::from_slug(&slug), Some(kind));
        }
        assert_eq!(
            MessageKind::from_slug("decline_role_fit"),
            Some(MessageKind::DeclineRoleFit)
        );
        assert_eq!(MessageKind::from_slug("nonsense"), None);
    }

    #[test]
    fn slugs_are_the_names_serde_stores() {
        for kind in MessageKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.slug_str());
        }
    }

    #[test]
    fn all_lists_each_kind_once() {
        let unique: HashSet<_> = MessageKind::ALL.iter().collect();
        assert_eq!(unique.len(), MessageKind::ALL.len());
    }
}
