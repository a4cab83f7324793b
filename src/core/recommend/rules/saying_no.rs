//! The rules that end a process at any stage — it is settled, you accepted
//! elsewhere, a dealbreaker is confirmed, you don't want it — and what every
//! "no" shares: decline with an offer, withdraw before one; a brief reason
//! that follows the rule behind it; how to deliver it; and a plain word on
//! how final it is.

use super::{Draft, Inputs};
use crate::core::message_kind::{Channel, DeclineReason, MessageKind};
use crate::core::model::{Opportunity, Reversibility, Settings, Stage};
use crate::core::recommend::{Action, Rule, Topic};
use crate::core::studio::channel_advice::{advise_channel, situation_for};

/// Decline after an offer, withdraw before one.
pub(super) fn say_no_action(i: &Inputs) -> Action {
    if i.offer {
        Action::Decline
    } else {
        Action::Withdraw
    }
}

/// "decline" or "withdraw", for a sentence.
pub(super) fn say_no_verb(i: &Inputs) -> &'static str {
    if i.offer {
        "decline"
    } else {
        "withdraw"
    }
}

/// How to deliver a no, as the channel advisor sees it (one set of rules for
/// the panel and the studio): a note through the recruiter who ran it; a call
/// or video call, confirmed in writing, after as many rounds as the settings
/// name or a spoken negotiation, unless the process was mostly written or
/// you would rather write. Scripts are named in their decline form; the
/// message family words them as a withdrawal before an offer.
fn delivery_messages(o: &Opportunity, settings: &Settings) -> Vec<MessageKind> {
    let advice = advise_channel(&situation_for(o, settings));
    let mut out = Vec::new();
    if advice.channel == Channel::Recruiter {
        out.push(MessageKind::RecruiterNote);
    }
    for kind in [advice.script, advice.confirmation, advice.also]
        .into_iter()
        .flatten()
    {
        if !out.contains(&kind) {
            out.push(kind);
        }
    }
    out
}

/// How final this no is, in the user's own assessment. Never a promise that
/// it can be taken back.
fn finality(i: &Inputs) -> String {
    let verb = say_no_verb(i);
    match i.o.reversibility {
        Reversibility::Unlikely | Reversibility::No => format!(
            "This one is hard to undo: once you {verb}, expect the door to stay closed, so be sure before you send it."
        ),
        Reversibility::Yes | Reversibility::Likely => {
            "You expect the door to stay open; even so, send this as a final answer, not one to take back.".to_string()
        }
        Reversibility::Unknown => {
            "Send this as a final answer: whether they would ever reopen it is up to them.".to_string()
        }
    }
}

/// The common tail of every "say no" draft, with the brief reason the message
/// should give.
pub(super) fn saying_no(i: &Inputs, draft: Draft, reason: DeclineReason) -> Draft {
    let mut draft = draft
        .send(&delivery_messages(i.o, &i.ws.settings))
        .then(format!(
            "Tell {} promptly: thanks, your decision, at most one short reason, and an open door.",
            i.o.employer_name()
        ))
        .then("Write down why you said no, so you can spot the pattern next time.")
        .unless(finality(i));
    draft.decline_reason = Some(reason);
    draft
}

/// The process has ended: only closing the loop remains.
pub(super) fn settled(i: &Inputs) -> Option<Draft> {
    if !i.o.stage.is_settled() {
        return None;
    }
    let headline = match i.o.stage {
        Stage::Accepted => {
            "You accepted. Get the final terms in writing and give notice.".to_string()
        }
        Stage::ClosedByEmployer => format!(
            "{} closed the process. A light note in a few months keeps the door open.",
            i.o.employer_name()
        ),
        // Taking back a yes costs goodwill: the door needs longer to reopen.
        Stage::BackedOut => "You took back your acceptance. Keep the written confirmation, and give the relationship time before you get in touch again.".to_string(),
        _ => "You said no. A light note in a few months keeps the relationship warm.".to_string(),
    };
    Some(Draft::new(Action::Closed, headline).because(
        Rule::Settled,
        format!("Stage: {}", i.o.stage.label()),
        "This one is settled; only closing the loop remains.",
    ))
}

/// Accepting one offer means saying no to the rest: a decline where there is
/// an offer, a withdrawal where there is none.
pub(super) fn accepted_elsewhere(i: &Inputs) -> Option<Draft> {
    let (at, accepted) =
        i.ws.opportunities
            .iter()
            .enumerate()
            .find(|(j, other)| *j != i.index && other.stage == Stage::Accepted)?;
    // The better written offer that the accepted job's advice weighs backing
    // out for is not told it lost: the other rules weigh it, and say what
    // saying yes to it would take.
    if super::paths::could_replace(i.o, i.card, i.ws)
        && super::paths::better_written_offer(i.ws, i.cards, at) == Some(i.index)
    {
        return None;
    }
    let (verb, kind) = if i.offer {
        ("Decline", MessageKind::DeclineAcceptedElsewhere)
    } else {
        ("Withdraw", MessageKind::WithdrawWithReason)
    };
    let draft = Draft::new(
        say_no_action(i),
        format!(
            "{verb} now — you have accepted {}; let {} know promptly.",
            accepted.title(),
            i.o.employer_name()
        ),
    )
    .because(
        Rule::AcceptedElsewhere,
        format!("Accepted: {}", accepted.title()),
        "Once you take one offer, everyone else still waiting on you deserves a prompt, final answer.",
    )
    .send(&[kind]);
    Some(saying_no(i, draft, DeclineReason::AcceptedAnotherOffer))
}

/// A confirmed dealbreaker means acting now. The headline names its topic in
/// plain words; the user's own note stays in the reason's input, on their
/// own screen.
pub(super) fn confirmed_dealbreaker(i: &Inputs) -> Option<Draft> {
    let first = i.findings.confirmed.first()?;
    let verb = if i.offer { "Decline" } else { "Withdraw" };
    let mut draft = Draft::new(
        say_no_action(i),
        format!("{verb} now — {}.", first.topic.as_dealbreaker()),
    );
    for d in &i.findings.confirmed {
        draft = draft.because(
            Rule::ConfirmedDealbreaker,
            d.input.clone(),
            "This is a known fact and one of your dealbreakers, so waiting only delays everyone.",
        );
    }
    draft = draft.send(&[first.topic.decline_message()]);
    if !i.offer {
        draft = draft.send(&[MessageKind::WithdrawWithReason]);
    }
    let fixable = match first.topic {
        Topic::Mobility => Some("sponsorship or relocation support"),
        Topic::EmploymentModel => Some("direct employment"),
        _ => None,
    };
    if let Some(change) = fixable {
        if !i.offer {
            draft = draft.send(&[MessageKind::WithdrawKeepInTouch]);
        }
        draft = draft.unless(format!(
            "If {} later offers {change}, that would be a reason to talk again.",
            i.o.employer_name()
        ));
    }
    Some(saying_no(i, draft, first.topic.decline_reason()))
}

/// You decided you don't want it: say so promptly, in two sentences if the
/// next interview is close.
pub(super) fn not_interested(i: &Inputs) -> Option<Draft> {
    let o = i.o;
    if !o.not_interested {
        return None;
    }
    let settings = &i.ws.settings;
    let upcoming = o.latest_round_date().filter(|d| {
        *d >= i.today && i.today.days_until(*d) <= settings.imminent_interview_days as i32
    });
    let headline = match (i.offer, upcoming) {
        (true, _) => format!(
            "Decline now — you have decided {} is not for you.",
            o.title()
        ),
        (false, Some(d)) => format!(
            "Withdraw now, before the interview on {} — two sentences are enough.",
            i.said(d)
        ),
        (false, None) => "Withdraw now — you have decided this job is not for you.".to_string(),
    };
    let mut draft = Draft::new(say_no_action(i), headline).because(
        Rule::NotInterested,
        "You marked this one as not wanted",
        "Once you know, saying so promptly saves everyone's time; a better offer later would not oblige you to take it.",
    );
    // A firm reply restates a decision already given and a short withdrawal
    // needs no reason; a declined offer says it is not the right fit.
    let reason = if o.stage == Stage::Counteroffer {
        draft = draft.send(&[MessageKind::FirmReply]);
        DeclineReason::None
    } else if i.offer {
        draft = draft.send(&[MessageKind::DeclineRoleFit]);
        DeclineReason::RoleNotRightFit
    } else {
        draft = draft.send(&[
            MessageKind::WithdrawNoReason,
            MessageKind::WithdrawKeepInTouch,
        ]);
        DeclineReason::None
    };
    if let Some(d) = upcoming {
        draft = draft.because(
            Rule::NotInterested,
            format!("Next interview: {}", i.said(d)),
            "The next interview is close: a short note now spares them preparing for it.",
        );
    }
    Some(saying_no(i, draft, reason))
}
