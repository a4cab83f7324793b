//! The rules for a process that has not reached an offer: keep going and find
//! out, unless your goals or the total rule it out — and a withdrawal that
//! could hardly be undone waits for firmer ground. Every "no" here is a
//! withdrawal, never a decline.

use super::caution::{hard_to_undo, hard_to_undo_reason};
use super::offer::weakest_topic;
use super::saying_no::saying_no;
use super::{best_case, known_enough, top_questions, Draft, Inputs};
use crate::core::message_kind::{DeclineReason, MessageKind};
use crate::core::number::whole;
use crate::core::recommend::{Action, Reason, Rule};

/// Whether the role works against your goals.
fn pulls_against_goals(i: &Inputs) -> bool {
    i.o.goals_alignment.conflicts()
}

/// Whether it is known well enough to sit under the walk-away line even with
/// every negotiable gap closed.
fn under_walk_away_for_good(i: &Inputs) -> bool {
    known_enough(i.card, &i.ws.settings)
        && i.card.total < i.ws.walk_away_line
        && best_case(i) < i.ws.walk_away_line
}

/// A withdrawal you could hardly undo, while part of the matrix is blank:
/// keep going and find out instead.
pub(super) fn hard_to_undo_before_offer(i: &Inputs) -> Option<Draft> {
    if i.offer || !hard_to_undo(i) || !(pulls_against_goals(i) || under_walk_away_for_good(i)) {
        return None;
    }
    let (input, text) = hard_to_undo_reason(i);
    let mut draft = keep_going(i);
    draft.headline =
        "Keep going and find out more before you withdraw — stepping out would be hard to undo."
            .to_string();
    draft.reasons.insert(
        0,
        Reason {
            rule: Rule::HardToUndo,
            input,
            text,
        },
    );
    Some(draft)
}

/// A role that works against your goals is not worth continuing.
pub(super) fn goals_conflict_before_offer(i: &Inputs) -> Option<Draft> {
    if i.offer || !pulls_against_goals(i) {
        return None;
    }
    let draft = Draft::new(
        Action::Withdraw,
        "Withdraw — this role pulls against your goals.".to_string(),
    )
    .because(
        Rule::GoalsConflict,
        "Goals: works against one, advances neither",
        "A role that works against where you want to be in one or three years costs you momentum.",
    )
    .send(&[MessageKind::WithdrawWithReason, MessageKind::DeclineRoleFit]);
    Some(saying_no(i, draft, DeclineReason::RoleNotRightFit))
}

/// Known well enough, under the walk-away line, and negotiation could not
/// lift it: withdraw.
pub(super) fn below_walk_away_before_offer(i: &Inputs) -> Option<Draft> {
    if i.offer || !under_walk_away_for_good(i) {
        return None;
    }
    let draft = Draft::new(
        Action::Withdraw,
        format!(
            "Withdraw — it scores {}, under your walk-away line of {}, even if the fixable gaps were closed.",
            whole(i.card.total),
            whole(i.ws.walk_away_line)
        ),
    )
    .because(
        Rule::BelowWalkAway,
        format!("Total: {} of 100", whole(i.card.total)),
        "Below your walk-away line, and negotiation could not lift it above.",
    )
    .send(&[MessageKind::WithdrawWithReason, MessageKind::WithdrawKeepInTouch]);
    Some(saying_no(i, draft, weakest_topic(i).decline_reason()))
}

/// Before an offer with nothing ruling it out: see it through and keep other
/// options open.
pub(super) fn keep_going_until_offer(i: &Inputs) -> Option<Draft> {
    (!i.offer).then(|| keep_going(i))
}

/// The "keep going" draft itself, also the engine's fallback.
pub(super) fn keep_going(i: &Inputs) -> Draft {
    let questions = top_questions(i.card);
    let has_questions = !questions.is_empty();
    let mut draft = Draft::new(
        Action::KeepGoing { questions },
        "Keep going, and keep other options open until you hold a written offer.".to_string(),
    )
    .because(
        Rule::KeepGoingUntilOffer,
        format!("Stage: {}", i.o.stage.label()),
        "An interview is not a commitment. Nothing rules this out, so see it through while you keep looking.",
    )
    .then("Keep applying and interviewing elsewhere.")
    .unless("A confirmed dealbreaker, or deciding you don't want it, means withdraw promptly.")
    .unless("A written offer brings the offer rules into play.");
    if let Some(interview) = i.o.latest_round_date() {
        if interview <= i.today {
            draft = draft.send(&[MessageKind::ThankYou]);
        }
    }
    if i.o.dates.employer_decision.is_none() {
        draft = draft
            .send(&[MessageKind::AskTimeline])
            .then("Ask when they expect to decide, and use that date to plan your follow-ups.");
    }
    if has_questions {
        draft = draft.then("Use the next conversation to find out what you can't score yet.");
    }
    draft.send(&[MessageKind::StatusCheckFirst])
}
