//! The recommendation: one action per opportunity, with the reasons behind it.
//!
//! The rules come from the source articles and run in a fixed order, first
//! match wins, so the same inputs always give the same advice. Each is one
//! named function (`rules::RULES` lists them):
//!
//! At any stage:
//! 1. `settled` — a process that has ended only needs closing the loop.
//! 2. `accepted_elsewhere` — accepting one offer means declining the other
//!    offers and withdrawing from the other processes (001, 003).
//! 3. `confirmed_dealbreaker` — a confirmed dealbreaker means acting now:
//!    decline an offer, withdraw before one (002, 003). For a move abroad,
//!    visa sponsorship refused or no relocation support counts as one even
//!    without a non-negotiable (000, 001, 002).
//! 4. `not_interested` — once you know you don't want it, say so now (002).
//! 5. `counteroffer_not_in_writing` — a counteroffer is weighed only once it
//!    is in writing (001).
//! 6. `unverified_dealbreaker` — a dealbreaker resting on an impression or an
//!    unknown means checking first (002).
//!
//! Before an offer:
//! 7. `hard_to_undo_before_offer` — a withdrawal you could hardly undo, made
//!    while part of the matrix is blank, waits for more facts (002).
//! 8. `goals_conflict_before_offer` — a role that works against your goals is
//!    not worth continuing (002).
//! 9. `below_walk_away_before_offer` — known well enough, under the walk-away
//!    line even with the gaps closed: withdraw (001).
//! 10. `keep_going_until_offer` — otherwise keep going and find out (000).
//!
//! With an offer:
//! 11. `competing_deadline` — a close deadline while a better option you
//!     scored, or a live one you have not, is still open: ask for time and
//!     tell the others your deadline (000).
//! 12. `low_confidence` — too much unknown: find out, or ask for time if the
//!     deadline is close (000, 001).
//! 13. `hard_to_undo_with_offer` — a choice that could hardly be undone, made
//!     while part of the matrix is blank: more time or more facts (002).
//! 14. `below_walk_away` — under the walk-away line: negotiate only if that
//!     could clear it, otherwise decline (001, 003).
//! 15. `goals_conflict` — against your goals and under the accept line:
//!     decline (002).
//! 16. `negotiable_gaps` — negotiate the few gaps that matter (000, 003).
//! 17. `unscored_rival` — another live option you have not scored: score it
//!     before saying yes; unknown is not zero (000, 001).
//! 18. `weak_move_support` — a move abroad whose known support (the mobility
//!     sub-score) is thin: find out what it leaves to you (000, 002).
//! 19. `get_it_in_writing` — spoken or conditional terms: accept only once
//!     they are in writing (000).
//! 20. `above_accept_line` — at or above the accept line: accept (001).
//! 21. `opportunity_cost` — between the lines, a ledger whose costs clearly
//!     outweigh its benefits: decline (002).
//! 22. `compared_with_current_role` — between the lines, staying put is the
//!     alternative; an unscored current role is scored first, never taken
//!     as zero (000).
//!
//! The later paths (`rules::paths`), tried where they belong in that order:
//! - `backing_out` (before 1) — an acceptance is taken back only for a real
//!   better option: a written offer that scores clearly higher, or a
//!   confirmed dealbreaker that came up after the yes; by phone first, in
//!   writing after, the contract's terms read first once signed, and said
//!   plainly to cost goodwill (000, 003). Without one, an acceptance with a
//!   counteroffer from the current employer turns on the reason for
//!   looking; otherwise it is settled.
//! - `offer_withdrawn` (before 1) — ask for the decision and its reason in
//!   writing, reopen the processes you stepped back from, tell the others
//!   nothing they do not need (000, 003).
//! - `counteroffer_misses_reason` (after 5) — a written counteroffer that
//!   does not fix the reason you started looking gets a firm restatement
//!   (001, 002, 003).
//! - `exploding_offer` (after 13) — an answer due in less than two
//!   business days, on an offer that is neither a clear yes nor a clear no:
//!   ask for time by phone and confirm in writing (000, 003). Any advice to
//!   ask for time on such an offer (11–13) is given the same way.
//! - `current_counteroffer_answers_reason` (before 14) — the current
//!   employer's counteroffer that fixes every reason you started looking
//!   is weighed against this offer, with the articles' questions (003);
//!   one that does not is turned down, whatever this offer's advice (001).
//!
//! Every reason names the input it read and the rule it applied. Headlines
//! speak in plain words: they never quote a note the user wrote, and never
//! give an unscored option a score.

mod checks;
mod rules;
mod sensitivity;
mod topic;

pub use checks::{Dealbreaker, Gap};
pub(crate) use rules::{action_with, recommend_with, Weights};
pub use rules::{is_exploding, late_dealbreaker, recommend, EXPLODING_UNDER_BUSINESS_DAYS};
pub use sensitivity::{action_of, sensitivity, Change, Flip, Sensitivity, MAX_WEIGHT_STEPS};
pub use topic::Topic;

use crate::core::date::Date;
use crate::core::message_kind::{DeclineReason, MessageKind};
use crate::core::model::{Opportunity, Workspace};
use crate::core::timeline::FollowUpPlan;
use serde::{Deserialize, Serialize};

/// What to do about one opportunity.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Action {
    /// Take it: the terms you need are in writing and it clears your accept line.
    Accept,
    /// Take it once the listed terms are confirmed in writing.
    AcceptWithConditions {
        /// What to get in writing first.
        in_writing: Vec<String>,
    },
    /// Ask for better terms on at most a few points.
    Negotiate {
        /// The gaps that matter most, most important first.
        gaps: Vec<Gap>,
        /// Your walk-away line on the total, to keep in mind while you talk.
        walk_away: f64,
    },
    /// Ask the employer for more time.
    AskForTime {
        /// How many business days to ask for.
        business_days: u32,
        /// The date to name in the request.
        until: Date,
    },
    /// Carry on with the process while you find out more.
    KeepGoing {
        /// What to find out, most important first.
        questions: Vec<String>,
    },
    /// Check the facts before deciding, because a dealbreaker may hang on them.
    VerifyFacts {
        /// The questions to ask.
        questions: Vec<String>,
    },
    /// Say no to the offer.
    Decline,
    /// Step out of the process before an offer.
    Withdraw,
    /// Take back an acceptance: only for a real better option, by phone
    /// first and in writing after.
    BackOut {
        /// Whether a contract was signed, so its notice and rescission terms
        /// come first.
        signed: bool,
    },
    /// Nothing left to decide (accepted, declined, withdrawn or closed); only
    /// closing-the-loop steps remain.
    Closed,
}

impl Action {
    /// A short label for badges.
    pub fn label(&self) -> &'static str {
        match self {
            Action::Accept => "Accept",
            Action::AcceptWithConditions { .. } => "Accept once it's in writing",
            Action::Negotiate { .. } => "Negotiate",
            Action::AskForTime { .. } => "Ask for time",
            Action::KeepGoing { .. } => "Keep going",
            Action::VerifyFacts { .. } => "Check the facts first",
            Action::Decline => "Decline",
            Action::Withdraw => "Withdraw",
            Action::BackOut { .. } => "Back out",
            Action::Closed => "Settled",
        }
    }
}

/// The rule behind a reason, so a reason can be traced to the articles.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The process has ended; only closing the loop remains.
    Settled,
    /// Accepting one offer means declining the rest.
    AcceptedElsewhere,
    /// A confirmed dealbreaker fact means act now.
    ConfirmedDealbreaker,
    /// You decided you don't want it: say so promptly.
    NotInterested,
    /// A counteroffer is weighed only in writing, within 24–72 hours.
    CounterofferInWriting,
    /// A dealbreaker resting on a perception or an unknown means verify first.
    VerifyBeforeDeciding,
    /// Before an offer, keep going until you hold a written offer.
    KeepGoingUntilOffer,
    /// A job that works against your goals is not worth continuing.
    GoalsConflict,
    /// Below the walk-away line, and negotiation could not lift it.
    BelowWalkAway,
    /// A close deadline with a better option in process: ask for time.
    CompetingDeadline,
    /// Too much unknown to decide well.
    LowConfidence,
    /// Negotiable gaps above the walk-away line: negotiate the few that matter.
    NegotiableGaps,
    /// Verbal-only terms: get them in writing before accepting.
    GetItInWriting,
    /// At or above the accept line.
    AboveAcceptLine,
    /// Between the lines: compared with staying where you are.
    ComparedWithCurrentRole,
    /// Another live option is not scored yet: unknown is not zero.
    UnscoredRival,
    /// A choice that could hardly be undone needs firmer ground.
    HardToUndo,
    /// The costs in the ledger clearly outweigh the benefits.
    OpportunityCost,
    /// A move abroad whose known support is thin.
    WeakMoveSupport,
    /// Taking back an acceptance: only for a real better option, and it
    /// costs goodwill.
    BackingOut,
    /// The employer took back its offer: ask in writing, reopen the rest.
    OfferWithdrawn,
    /// A counteroffer is checked against the reason you started looking.
    CounterofferAgainstReason,
    /// An answer due in less than two business days: ask for time by phone.
    ExplodingOffer,
}

impl Rule {
    /// The rule in a few plain words.
    pub fn label(self) -> &'static str {
        match self {
            Rule::Settled => "This one is settled",
            Rule::AcceptedElsewhere => "Taking one offer means saying no to the rest",
            Rule::ConfirmedDealbreaker => "A confirmed dealbreaker means acting now",
            Rule::NotInterested => "Once you know you don't want it, say so promptly",
            Rule::CounterofferInWriting => "Weigh a counteroffer only once it is in writing",
            Rule::VerifyBeforeDeciding => {
                "A dealbreaker that rests on an impression needs checking first"
            }
            Rule::KeepGoingUntilOffer => "Keep your options open until you hold a written offer",
            Rule::GoalsConflict => "A job that pulls against your goals costs you momentum",
            Rule::BelowWalkAway => "Below your walk-away line, say no",
            Rule::CompetingDeadline => {
                "A close deadline while a better option is in process: ask for time"
            }
            Rule::LowConfidence => "Too much is unknown to decide well",
            Rule::NegotiableGaps => "Negotiate the few gaps that matter",
            Rule::GetItInWriting => "Promises that are only spoken need to be in writing",
            Rule::AboveAcceptLine => "It clears your accept line",
            Rule::ComparedWithCurrentRole => "Compared with staying where you are",
            Rule::UnscoredRival => "An option you haven't scored is still in play",
            Rule::HardToUndo => "A choice that is hard to undo needs firmer ground",
            Rule::OpportunityCost => "What it costs you outweighs what it gives",
            Rule::WeakMoveSupport => "A move abroad needs real support",
            Rule::BackingOut => "Taking back a yes costs goodwill: only for a real reason",
            Rule::OfferWithdrawn => {
                "When an offer is withdrawn, get it in writing and reopen the rest"
            }
            Rule::CounterofferAgainstReason => {
                "A counteroffer counts only if it fixes why you started looking"
            }
            Rule::ExplodingOffer => "An offer about to expire: ask for time by phone",
        }
    }

    /// The guide topic that explains this rule, for a "why?" link next to
    /// the reason. Only the rules of the later paths have a section of
    /// their own so far.
    pub fn guide_topic(self) -> Option<crate::core::guide::Topic> {
        use crate::core::guide::Topic as Guide;
        match self {
            Rule::BackingOut => Some(Guide::BackingOut),
            Rule::OfferWithdrawn => Some(Guide::OfferWithdrawn),
            Rule::CounterofferAgainstReason => Some(Guide::CurrentEmployerCounteroffer),
            Rule::ExplodingOffer => Some(Guide::ExplodingOffer),
            Rule::CounterofferInWriting => Some(Guide::Counteroffers),
            _ => None,
        }
    }
}

/// Why the engine recommends what it does.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Reason {
    /// The rule applied.
    pub rule: Rule,
    /// The input the rule read, e.g. "Visa sponsorship: no".
    pub input: String,
    /// The reason in a sentence.
    pub text: String,
}

/// A message to send about a *different* opportunity as a consequence of this
/// one (telling the others your deadline; declining the other offers and
/// withdrawing from the other processes after accepting). A competing
/// deadline is only ever sent this way, to the other employers, never in the
/// offer's own [`Recommendation::messages`].
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct RelatedMessage {
    /// The other opportunity.
    pub opportunity_id: String,
    /// The message to send there.
    pub message: MessageKind,
    /// Why, in a sentence.
    pub why: String,
    /// For a decline or withdrawal, the brief reason it should give (after
    /// accepting elsewhere: that you accepted another offer).
    pub decline_reason: Option<DeclineReason>,
}

/// The full recommendation for one opportunity.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Recommendation {
    /// The one action.
    pub action: Action,
    /// The answer first, then the reason, in one sentence.
    pub headline: String,
    /// Every reason, most decisive first.
    pub reasons: Vec<Reason>,
    /// What would change this recommendation.
    pub would_change: Vec<String>,
    /// Next steps, in order.
    pub next_steps: Vec<String>,
    /// Messages to draft for this opportunity, most useful first.
    pub messages: Vec<MessageKind>,
    /// Messages to send about other opportunities because of this one.
    pub related_messages: Vec<RelatedMessage>,
    /// When the advice is to say no ([`Action::Decline`],
    /// [`Action::Withdraw`] or [`Action::BackOut`]): the brief reason the message should give,
    /// following the dealbreaker or rule behind it — always set then
    /// (possibly to [`DeclineReason::None`]), and `None` for any other advice.
    pub decline_reason: Option<DeclineReason>,
    /// Dated follow-ups.
    pub follow_ups: FollowUpPlan,
}

impl Recommendation {
    /// Whether any reason applied `rule`.
    pub fn has_rule(&self, rule: Rule) -> bool {
        self.reasons.iter().any(|r| r.rule == rule)
    }
}

/// The dealbreakers `opportunity` fails on known facts (non-negotiables and
/// dealbreaker concerns), whatever the recommendation's first rule turned out
/// to be: the comparison marks every one of them.
pub fn confirmed_dealbreakers(
    opportunity: &Opportunity,
    workspace: &Workspace,
) -> Vec<Dealbreaker> {
    let weights = Weights::of(&workspace.priorities);
    let scores = crate::core::scoring::scores_in_order(opportunity, &workspace.priorities);
    checks::examine(opportunity, workspace, &weights, &scores).confirmed
}
