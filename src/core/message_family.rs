//! Which family of messages an opportunity calls for, decided in one place
//! from its stage and history, and the one function every suggested message
//! goes through so that it takes the form that fits.
//!
//! The articles draw a hard line between withdrawing (before any offer:
//! "I am withdrawing my application") and declining (an offer was made:
//! "I have decided to decline the offer"). A message suggested anywhere in
//! the app, by the engine, by a related-message link, by the list of others
//! to tell after accepting, passes through [`fit`], so a process that never
//! reached an offer is never thanked "for the offer".
//!
//! Everything here is pure: the same opportunity always gives the same answer.
//!
//! ```
//! use crossroads::core::message_family::{family_for, fit, MessageFamily};
//! use crossroads::core::message_kind::MessageKind;
//! use crossroads::core::model::{Opportunity, Stage};
//!
//! let interviewing = Opportunity {
//!     stage: Stage::Interviewing,
//!     ..Opportunity::new("a")
//! };
//! assert_eq!(family_for(&interviewing), MessageFamily::Withdraw);
//! assert_eq!(
//!     fit(MessageKind::DeclineRoleFit, &interviewing),
//!     MessageKind::WithdrawWithReason
//! );
//! assert_eq!(
//!     fit(MessageKind::CallScript, &interviewing),
//!     MessageKind::WithdrawCallScript
//! );
//! ```

use crate::core::message_kind::{DeclineReason, MessageKind};
use crate::core::model::{Opportunity, Stage};

/// The kind of conversation an opportunity is in, which decides the words a
/// no (or a yes) takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageFamily {
    /// Still in process and no offer yet: a no is a withdrawal.
    Withdraw,
    /// An offer is on the table: a no is a decline.
    Decline,
    /// They came back with new terms after a no or a push-back: the answer,
    /// if it is still no, is a firm reply.
    FirmReply,
    /// The user accepted: the messages are the acceptance and what follows it.
    Accept,
    /// Settled with a no (declined, withdrawn or closed by the employer): the
    /// messages are about the relationship later, staying in touch or reopening.
    Reconnect,
}

impl MessageFamily {
    /// A short label, for a heading or a tag.
    pub fn label(self) -> &'static str {
        match self {
            MessageFamily::Withdraw => "Withdrawing before an offer",
            MessageFamily::Decline => "Answering an offer",
            MessageFamily::FirmReply => "Answering new terms",
            MessageFamily::Accept => "After accepting",
            MessageFamily::Reconnect => "Keeping the door open",
        }
    }
}

/// Whether this process has ever reached an offer. An open process is judged
/// by its stage; a settled one by its record, since "declined", "withdrawn"
/// and "closed" all happen both before and after offers: an offer date or an
/// offer in writing means one was made. An acceptance always had an offer.
pub fn offer_made(o: &Opportunity) -> bool {
    match o.stage {
        Stage::Exploring | Stage::Interviewing => false,
        Stage::VerbalOffer
        | Stage::WrittenOffer
        | Stage::Counteroffer
        | Stage::Accepted
        | Stage::OfferWithdrawn
        | Stage::BackedOut => true,
        Stage::Declined | Stage::Withdrawn | Stage::ClosedByEmployer => {
            o.dates.offer.is_some() || o.offer_in_writing
        }
    }
}

/// The family of messages `o` calls for, from its stage.
pub fn family_for(o: &Opportunity) -> MessageFamily {
    match o.stage {
        Stage::Exploring | Stage::Interviewing => MessageFamily::Withdraw,
        Stage::VerbalOffer | Stage::WrittenOffer => MessageFamily::Decline,
        Stage::Counteroffer => MessageFamily::FirmReply,
        Stage::Accepted => MessageFamily::Accept,
        Stage::Declined
        | Stage::Withdrawn
        | Stage::ClosedByEmployer
        | Stage::OfferWithdrawn
        | Stage::BackedOut => MessageFamily::Reconnect,
    }
}

/// `kind` in the form that fits `o`: before any offer, every decline becomes
/// a withdrawal (the reason travels with [`fit_with_reason`]) and the decline
/// scripts and confirmation become their withdrawal forms; once an offer has
/// been made, it goes the other way; and after a counteroffer, a written no
/// is the firm reply, except the news of having accepted elsewhere, which is
/// new and says so. Every other kind is returned as it is, including those
/// that only answer an offer (see [`suits`] for whether to offer them at all).
pub fn fit(kind: MessageKind, o: &Opportunity) -> MessageKind {
    let offer = offer_made(o);
    let firm = matches!(
        kind,
        MessageKind::RecruiterNote | MessageKind::FirmReply | MessageKind::FirmRestatement
    );
    let written_no = kind.is_decline() && !firm;
    if written_no
        && kind != MessageKind::DeclineAcceptedElsewhere
        && family_for(o) == MessageFamily::FirmReply
    {
        return MessageKind::FirmReply;
    }
    match kind {
        // The restatement answers a counteroffer; anywhere else the plain
        // firm reply says the same without presuming one.
        MessageKind::FirmRestatement if family_for(o) != MessageFamily::FirmReply => {
            MessageKind::FirmReply
        }
        // Nothing was accepted or offered before an offer: a spoken no is a
        // withdrawal (the staying reason travels with it).
        MessageKind::CallScript
        | MessageKind::StayingCallScript
        | MessageKind::BackOutCallScript
            if !offer =>
        {
            MessageKind::WithdrawCallScript
        }
        MessageKind::BackOutConfirmation if !offer => MessageKind::WithdrawConfirmation,
        MessageKind::VideoScript if !offer => MessageKind::WithdrawVideoScript,
        MessageKind::CallConfirmation if !offer => MessageKind::WithdrawConfirmation,
        MessageKind::WithdrawCallScript if offer => MessageKind::CallScript,
        MessageKind::WithdrawVideoScript if offer => MessageKind::VideoScript,
        MessageKind::WithdrawConfirmation if offer => MessageKind::CallConfirmation,
        _ if written_no && kind.is_offer_decline() && !offer => MessageKind::WithdrawWithReason,
        // A decline that gives its reason by choice: the reason a withdrawal
        // carried (or none, for a withdrawal without one) travels with it.
        _ if written_no && kind.is_withdrawal() && offer => MessageKind::DeclineRoleFit,
        _ => kind,
    }
}

/// [`fit`], carrying the reason the message should give. `reason` is the
/// one already chosen or suggested (`None`: no preference). When the kind
/// changes, a decline's own reason moves into the withdrawal (a decline for
/// the employment model withdraws for that reason), and a withdrawal that
/// gave no reason becomes a decline that gives none (`Some(Reason::None)`).
pub fn fit_with_reason(
    kind: MessageKind,
    reason: Option<DeclineReason>,
    o: &Opportunity,
) -> (MessageKind, Option<DeclineReason>) {
    let fitted = fit(kind, o);
    if fitted == kind {
        return (kind, reason);
    }
    let carried = match kind {
        MessageKind::WithdrawNoReason => Some(DeclineReason::None),
        other => other.implied_reason(),
    };
    (fitted, reason.or(carried))
}

/// Whether `kind` is right to suggest for `o` as it stands: it is already in
/// the form [`fit`] gives, and it does not answer an offer that was never made.
pub fn suits(kind: MessageKind, o: &Opportunity) -> bool {
    fit(kind, o) == kind && (offer_made(o) || !kind.answers_offer()) && belongs(kind, o)
}

/// Whether a message that only one path calls for is right at `o`'s stage:
/// taking back an acceptance once there is one; asking why an offer was
/// withdrawn once it was; asking to pick up a process you stepped back from;
/// turning down the current employer's counteroffer while a new job is
/// offered or accepted; staying put, asking for time on an offer about to
/// expire and restating a no only while an offer is open. Every other kind
/// belongs wherever [`fit`] leaves it.
fn belongs(kind: MessageKind, o: &Opportunity) -> bool {
    match kind {
        MessageKind::BackOutCallScript | MessageKind::BackOutConfirmation => {
            matches!(o.stage, Stage::Accepted | Stage::BackedOut)
        }
        MessageKind::OfferWithdrawnReply => o.stage == Stage::OfferWithdrawn,
        MessageKind::ReopenProcess => matches!(o.stage, Stage::Withdrawn | Stage::Declined),
        MessageKind::DeclineCurrentCounteroffer => {
            o.stage.has_offer() || o.stage == Stage::Accepted
        }
        MessageKind::DeclineStayingInRole
        | MessageKind::StayingCallScript
        | MessageKind::FirmRestatement
        | MessageKind::ExplodingOfferCallScript
        | MessageKind::ExplodingOfferConfirmation => o.stage.has_offer(),
        // A counter-proposal and its replies answer an open offer.
        kind if kind.is_counter() => o.stage.has_offer(),
        _ => true,
    }
}

/// The suggested `kinds`, each fitted to `o`, without the ones that do not
/// suit it and without repeats, in their order.
pub fn fit_all(kinds: impl IntoIterator<Item = MessageKind>, o: &Opportunity) -> Vec<MessageKind> {
    let mut out: Vec<MessageKind> = Vec::new();
    for kind in kinds {
        let kind = fit(kind, o);
        if suits(kind, o) && !out.contains(&kind) {
            out.push(kind);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;

    /// How far an opportunity's record says an offer went.
    #[derive(Debug, Clone, Copy)]
    enum History {
        None,
        OfferDate,
        InWriting,
    }

    fn opportunity(stage: Stage, history: History) -> Opportunity {
        let mut o = Opportunity {
            stage,
            ..Opportunity::new("o")
        };
        match history {
            History::None => {}
            History::OfferDate => o.dates.offer = Date::from_ymd(2026, 3, 2),
            History::InWriting => o.offer_in_writing = true,
        }
        o
    }

    /// Every stage × every offer history: the family, whether an offer was
    /// made, and what a role-fit decline and a call script become.
    #[test]
    fn family_and_fit_over_every_stage_and_history() {
        use History::*;
        use MessageFamily as F;
        use MessageKind as K;
        // (stage, history, family, offer made, role-fit decline →, call script →)
        #[rustfmt::skip]
        let rows = [
            (Stage::Exploring, None, F::Withdraw, false, K::WithdrawWithReason, K::WithdrawCallScript),
            // An open process is judged by its stage: a stray date does not make an offer.
            (Stage::Exploring, OfferDate, F::Withdraw, false, K::WithdrawWithReason, K::WithdrawCallScript),
            (Stage::Interviewing, None, F::Withdraw, false, K::WithdrawWithReason, K::WithdrawCallScript),
            (Stage::Interviewing, InWriting, F::Withdraw, false, K::WithdrawWithReason, K::WithdrawCallScript),
            (Stage::VerbalOffer, None, F::Decline, true, K::DeclineRoleFit, K::CallScript),
            (Stage::WrittenOffer, None, F::Decline, true, K::DeclineRoleFit, K::CallScript),
            (Stage::WrittenOffer, InWriting, F::Decline, true, K::DeclineRoleFit, K::CallScript),
            (Stage::Counteroffer, None, F::FirmReply, true, K::FirmReply, K::CallScript),
            (Stage::Counteroffer, OfferDate, F::FirmReply, true, K::FirmReply, K::CallScript),
            (Stage::Accepted, None, F::Accept, true, K::DeclineRoleFit, K::CallScript),
            (Stage::Declined, None, F::Reconnect, false, K::WithdrawWithReason, K::WithdrawCallScript),
            (Stage::Declined, OfferDate, F::Reconnect, true, K::DeclineRoleFit, K::CallScript),
            (Stage::Declined, InWriting, F::Reconnect, true, K::DeclineRoleFit, K::CallScript),
            (Stage::Withdrawn, None, F::Reconnect, false, K::WithdrawWithReason, K::WithdrawCallScript),
            (Stage::Withdrawn, OfferDate, F::Reconnect, true, K::DeclineRoleFit, K::CallScript),
            (Stage::ClosedByEmployer, None, F::Reconnect, false, K::WithdrawWithReason, K::WithdrawCallScript),
            (Stage::ClosedByEmployer, InWriting, F::Reconnect, true, K::DeclineRoleFit, K::CallScript),
            (Stage::OfferWithdrawn, None, F::Reconnect, true, K::DeclineRoleFit, K::CallScript),
            (Stage::BackedOut, None, F::Reconnect, true, K::DeclineRoleFit, K::CallScript),
        ];
        for (stage, history, family, offer, decline, script) in rows {
            let o = opportunity(stage, history);
            let at = format!("{stage:?} with {history:?}");
            assert_eq!(family_for(&o), family, "{at}");
            assert_eq!(offer_made(&o), offer, "{at}");
            assert_eq!(fit(K::DeclineRoleFit, &o), decline, "{at}");
            assert_eq!(fit(K::CallScript, &o), script, "{at}");
        }
        // Accepting elsewhere is news, not a repeated no, even after a counteroffer.
        let countered = opportunity(Stage::Counteroffer, None);
        assert_eq!(
            fit(K::DeclineAcceptedElsewhere, &countered),
            K::DeclineAcceptedElsewhere
        );
        assert_eq!(fit(K::WithdrawNoReason, &countered), K::FirmReply);
        // Every stage appears in the table.
        for stage in Stage::ALL {
            assert!(rows.iter().any(|r| r.0 == stage), "{stage:?}");
        }
    }

    #[test]
    fn before_an_offer_every_no_is_a_withdrawal_and_nothing_answers_an_offer() {
        use MessageKind as K;
        let o = opportunity(Stage::Interviewing, History::None);
        for kind in K::ALL {
            let fitted = fit(kind, &o);
            assert!(!fitted.is_offer_decline(), "{kind:?} → {fitted:?}");
            if kind.says_no()
                && !matches!(kind, K::RecruiterNote | K::FirmReply | K::FirmRestatement)
            {
                assert!(fitted.is_withdrawal(), "{kind:?} → {fitted:?}");
            }
            assert_eq!(
                suits(kind, &o),
                fitted == kind && !kind.answers_offer() && belongs(kind, &o)
            );
            // Fitting twice changes nothing.
            assert_eq!(fit(fitted, &o), fitted, "{kind:?}");
        }
        assert_eq!(fit(K::CallConfirmation, &o), K::WithdrawConfirmation);
        assert_eq!(fit(K::VideoScript, &o), K::WithdrawVideoScript);
        assert!(!suits(K::NegotiationAsk, &o));
        assert!(suits(K::CompetingDeadline, &o) && suits(K::MobilityQuestions, &o));
    }

    #[test]
    fn with_an_offer_every_no_is_a_decline() {
        use MessageKind as K;
        let o = opportunity(Stage::WrittenOffer, History::InWriting);
        for kind in K::ALL {
            let fitted = fit(kind, &o);
            assert!(!fitted.is_withdrawal(), "{kind:?} → {fitted:?}");
            assert_eq!(fit(fitted, &o), fitted, "{kind:?}");
            assert_eq!(suits(kind, &o), fitted == kind && belongs(kind, &o));
        }
        assert_eq!(fit(K::WithdrawConfirmation, &o), K::CallConfirmation);
        assert_eq!(fit(K::WithdrawVideoScript, &o), K::VideoScript);
    }

    #[test]
    fn the_reason_travels_with_the_new_form() {
        use DeclineReason as R;
        use MessageKind as K;
        let before = opportunity(Stage::Interviewing, History::None);
        let after = opportunity(Stage::WrittenOffer, History::None);
        let rows = [
            // (kind, reason given, opportunity, expected)
            (
                K::DeclineEmploymentModel,
                None,
                &before,
                (K::WithdrawWithReason, Some(R::EmploymentModel)),
            ),
            (
                K::DeclineAcceptedElsewhere,
                None,
                &before,
                (K::WithdrawWithReason, Some(R::AcceptedAnotherOffer)),
            ),
            (
                K::DeclineRoleFit,
                Some(R::CultureAndValues),
                &before,
                (K::WithdrawWithReason, Some(R::CultureAndValues)),
            ),
            (
                K::WithdrawNoReason,
                None,
                &after,
                (K::DeclineRoleFit, Some(R::None)),
            ),
            (
                K::WithdrawWithReason,
                Some(R::Growth),
                &after,
                (K::DeclineRoleFit, Some(R::Growth)),
            ),
            (
                K::WithdrawKeepInTouch,
                None,
                &after,
                (K::DeclineRoleFit, None),
            ),
            // Unchanged kinds keep exactly what they were given.
            (K::DeclineMobility, None, &after, (K::DeclineMobility, None)),
            (
                K::WithdrawWithReason,
                Some(R::Location),
                &before,
                (K::WithdrawWithReason, Some(R::Location)),
            ),
        ];
        for (kind, reason, o, expected) in rows {
            assert_eq!(
                fit_with_reason(kind, reason, o),
                expected,
                "{kind:?} {reason:?}"
            );
        }
    }

    #[test]
    fn suggestions_are_fitted_filtered_and_listed_once() {
        use MessageKind as K;
        let o = opportunity(Stage::Interviewing, History::None);
        let kinds = [
            K::WithdrawWithReason,
            K::DeclineRoleFit,
            K::NegotiationAsk,
            K::CallScript,
            K::CallConfirmation,
        ];
        assert_eq!(
            fit_all(kinds, &o),
            [
                K::WithdrawWithReason,
                K::WithdrawCallScript,
                K::WithdrawConfirmation
            ]
        );
    }

    proptest::proptest! {
        /// Over every stage, any offer record and any kind: fitting is
        /// stable, keeps a no a no and a script a script, and never leaves
        /// offer words before an offer or withdrawal words after one.
        #[test]
        fn fitting_keeps_the_message_and_matches_the_record(
            stage in 0..Stage::ALL.len(),
            offer_date in proptest::bool::ANY,
            in_writing in proptest::bool::ANY,
            kind in 0..MessageKind::ALL.len(),
        ) {
            let mut o = opportunity(Stage::ALL[stage], History::None);
            if offer_date {
                o.dates.offer = Date::from_ymd(2026, 3, 2);
            }
            o.offer_in_writing = in_writing;
            let kind = MessageKind::ALL[kind];
            let fitted = fit(kind, &o);
            proptest::prop_assert_eq!(fit(fitted, &o), fitted);
            proptest::prop_assert_eq!(fitted.says_no(), kind.says_no());
            proptest::prop_assert_eq!(fitted.is_script(), kind.is_script());
            if offer_made(&o) {
                proptest::prop_assert!(!fitted.is_withdrawal());
            } else {
                proptest::prop_assert!(!fitted.is_offer_decline());
            }
            if suits(fitted, &o) && !offer_made(&o) {
                proptest::prop_assert!(!fitted.answers_offer());
            }
        }
    }
}
