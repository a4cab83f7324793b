//! Marking a message as sent: the record of what went out, and what it
//! changes about the opportunity, so the plan moves on by itself.

use crate::core::message_kind::MessageKind;
use crate::core::model::{SentMessage, Stage, Workspace};
use crate::core::timeline::FollowUpPlan;

/// Whether sending `kind` closes the process from the user's side: a decline,
/// a withdrawal, or the call (and its written confirmation) that delivers one.
fn says_no(kind: MessageKind) -> bool {
    kind.says_no()
}

/// The stage an opportunity moves to once `kind` is sent, if it moves.
pub fn stage_after(kind: MessageKind, stage: Stage) -> Option<Stage> {
    // An acceptance is settled, but taking it back still moves it on.
    if kind.backs_out() && stage == Stage::Accepted {
        return Some(Stage::BackedOut);
    }
    if says_no(kind) && stage.is_active() {
        return Some(if kind.is_withdrawal() || !stage.has_offer() {
            Stage::Withdrawn
        } else {
            Stage::Declined
        });
    }
    (kind == MessageKind::WrittenAcceptance && stage.is_active()).then_some(Stage::Accepted)
}

/// Logs `message` and updates its opportunity: a decline or withdrawal
/// closes it on the message's date (so the plan turns to the staying-in-touch
/// note and the window to reconnect), a written acceptance accepts it, and
/// the step of `plan` that this message fulfils is marked done (with the
/// decision step it delivers, for a decline or an acceptance).
pub fn mark_sent(workspace: &mut Workspace, message: SentMessage, plan: &FollowUpPlan) {
    let kind = message.kind;
    if let Some(o) = workspace.opportunity_mut(&message.opportunity_id) {
        if let Some(stage) = stage_after(kind, o.stage) {
            o.stage = stage;
            o.dates.closed = message.date.or(o.dates.closed);
            if stage == Stage::Accepted {
                o.dates.accepted = message.date.or(o.dates.accepted);
            }
        }
    }
    // A message answers one step of its kind: the earliest still open. A
    // thank-you after the first round is not the one owed after the second.
    let of_kind = plan
        .steps
        .iter()
        .filter(|step| step.message == Some(kind))
        .find(|step| !workspace.is_follow_up_done(&step.id));
    let closing = plan.steps.iter().filter(|step| {
        (says_no(kind) && step.id.ends_with(":send_decision"))
            || (kind == MessageKind::WrittenAcceptance && step.id.ends_with(":accept"))
    });
    let done: Vec<String> = of_kind
        .into_iter()
        .chain(closing)
        .map(|s| s.id.clone())
        .collect();
    for id in done {
        workspace.set_follow_up_done(&id, true);
    }
    workspace.sent_messages.push(message);
}
