//! The paths that leave the usual order of interview, offer and answer:
//! taking back an acceptance, an offer the employer takes back, a
//! counteroffer from either side checked against the reason you started
//! looking, and an offer that expires in less than two business days.
//!
//! The rules here run where they belong in [`super::RULES`]; [`after`]
//! then adjusts whatever rule decided, for what every path shares (asking
//! for time on an exploding offer by phone, the current employer's
//! counteroffer, an accepted job this offer would replace).

use super::saying_no::saying_no;
use super::{ask_for_time, known_enough, Contender, Draft, Inputs};
use crate::core::message_kind::{DeclineReason, MessageKind};
use crate::core::model::{
    Addresses, Concern, ConcernBasis, ConcernWeight, CounterofferTerms, Opportunity, Stage,
    Workspace,
};
use crate::core::number::whole;
use crate::core::recommend::checks::concern_input;
use crate::core::recommend::{Action, RelatedMessage, Rule, Topic};
use crate::core::scoring::Scorecard;
use crate::core::text::join_words;
use crate::core::timeline;

/// An answer due in fewer business days than this, counted by the user's
/// own calendar, makes an offer "exploding" (issue 13: under two business
/// days, so due today or on the next working day).
pub const EXPLODING_UNDER_BUSINESS_DAYS: i32 = 2;

/// The other opportunity that makes taking back the acceptance of
/// `ws.opportunities[accepted]` worth its cost: an open offer held in
/// writing, known well enough to compare, scoring clearly better (by the
/// settings' margin) than the accepted job, itself known well enough. The
/// best such offer, or `None`: a process still in interviews, a spoken
/// offer or an unscored one is a hope, not a better option.
pub(crate) fn better_written_offer(
    ws: &Workspace,
    cards: &[Scorecard],
    accepted: usize,
) -> Option<usize> {
    let settings = &ws.settings;
    let card = cards.get(accepted)?;
    if !known_enough(card, settings) {
        return None;
    }
    ws.opportunities
        .iter()
        .zip(cards)
        .enumerate()
        .filter(|(j, (o, c))| {
            *j != accepted
                && could_replace(o, c, ws)
                && c.total >= card.total + settings.better_option_margin
        })
        .max_by(|(_, (_, a)), (_, (_, b))| a.total.total_cmp(&b.total))
        .map(|(j, _)| j)
}

/// Whether `o` is the kind of offer [`better_written_offer`] can return, its
/// score aside. Checked first by the rules that ask "is this the better
/// offer?", so a long search does not rescan every accepted job for each of
/// its settled opportunities.
pub(crate) fn could_replace(o: &Opportunity, card: &Scorecard, ws: &Workspace) -> bool {
    matches!(o.stage, Stage::WrittenOffer | Stage::Counteroffer)
        && o.offer_in_writing
        && !o.not_interested
        && known_enough(card, &ws.settings)
}

/// A confirmed dealbreaker (a fact, still open) that came up after the
/// user accepted: its date is later than the acceptance. Without both
/// dates nobody can tell, so it does not count.
pub fn late_dealbreaker(o: &Opportunity) -> Option<&Concern> {
    let accepted = o.dates.accepted?;
    o.open_concerns().find(|c| {
        c.weight == ConcernWeight::Dealbreaker
            && c.basis == ConcernBasis::Fact
            && c.raised.is_some_and(|d| d > accepted)
    })
}

/// An accepted job: back out only for a real better option, saying
/// plainly what it costs; otherwise the current employer's counteroffer, if
/// any, is weighed against the reason for looking, and else it is settled.
pub(super) fn backing_out(i: &Inputs) -> Option<Draft> {
    if i.o.stage != Stage::Accepted {
        return None;
    }
    let employer = i.o.employer_name();
    let better =
        better_written_offer(i.ws, i.cards, i.index).map(|j| (&i.ws.opportunities[j], &i.cards[j]));
    let late = late_dealbreaker(i.o);
    let signed = i.o.is_signed();
    let how = if signed {
        format!("read your contract's notice and rescission terms, then call {employer} and confirm in writing")
    } else {
        format!("call {employer} first and confirm in writing")
    };
    let (headline, reason, decline_reason) = match (better, late) {
        (Some((other, other_card)), _) => (
            format!(
                "Back out only if you are sure — {} is a written offer that scores higher; {how}, and expect it to cost goodwill.",
                other.title()
            ),
            (
                format!(
                    "{}: written offer, scores {} against {}",
                    other.title(),
                    whole(other_card.total),
                    whole(i.card.total)
                ),
                "A better option is real only once it is in writing and clearly ahead: this one is both.",
            ),
            DeclineReason::AcceptedAnotherOffer,
        ),
        (None, Some(concern)) => {
            let topic = Topic::of_criterion(
                concern.criterion_id.as_deref().unwrap_or(""),
                i.o.international_move,
            );
            (
                format!(
                    "Back out only if you are sure — {} since you accepted; {how}, and expect it to cost goodwill.",
                    topic.as_dealbreaker().replacen(" is a ", " became a ", 1).replacen(" are a ", " became a ", 1)
                ),
                (
                    concern_input(&i.ws.priorities, concern),
                    "A dealbreaker that came up after you said yes is a real reason to step back, as long as it is a fact.",
                ),
                topic.decline_reason(),
            )
        }
        (None, None) => return Some(accepted_and_staying_on(i)),
    };
    let accepted_on = match i.o.dates.accepted {
        Some(d) => format!("Accepted on {}", i.said(d)),
        None => "Accepted".to_string(),
    };
    let mut draft = Draft::new(Action::BackOut { signed }, headline)
        .because(Rule::BackingOut, reason.0, reason.1)
        .because(
            Rule::BackingOut,
            accepted_on,
            "Taking back a yes burns goodwill: they stopped looking because of you. Do it once, early, and in person or by phone.",
        );
    if signed {
        draft = draft
            .because(
                Rule::BackingOut,
                "Contract: signed",
                "A signed contract can set notice or rescission terms: read them before you act, and where the contract binds you, consider advice first.",
            )
            .then("Read the contract's notice, start-date and rescission clauses.")
            .then("Where the contract binds you, consider a word with an employment adviser before you call.");
    }
    if let Some((other, _)) = better {
        draft = draft.then(format!(
            "Make sure {}'s written offer is final before you take anything back.",
            other.employer_name()
        ));
    }
    draft = draft
        .then(format!(
            "Call {employer} first, as early as you can: they should hear it from you, not read it."
        ))
        .then("Confirm it in writing the same day, briefly, with one apology at most.")
        .unless("This is hard to undo: once you have called, expect the door to stay closed for a while.")
        .send(&[
            MessageKind::BackOutCallScript,
            MessageKind::BackOutConfirmation,
        ]);
    match better {
        Some((other, _)) => {
            draft = draft
                .then(format!("Then accept {}'s offer in writing.", other.employer_name()))
                .unless(format!(
                    "If {}'s offer falls through or stops scoring clearly higher, keep your word to {employer}.",
                    other.employer_name()
                ));
            draft.related.push(RelatedMessage {
                opportunity_id: other.id.clone(),
                message: MessageKind::WrittenAcceptance,
                why: format!(
                    "Once {employer} has heard it from you, accept {}'s offer in writing.",
                    other.employer_name()
                ),
                decline_reason: None,
            });
        }
        None => {
            draft = draft.unless(format!(
                "If {employer} can settle the concern in writing, keeping your word costs you nothing."
            ));
        }
    }
    draft.decline_reason = Some(decline_reason);
    Some(draft)
}

/// An accepted job with no better option in sight: settled, unless the
/// current employer made a counteroffer, which is then answered by the
/// reason for looking. Staying after accepting would mean backing out, so
/// it is never advised here, only named as what it would take.
fn accepted_and_staying_on(i: &Inputs) -> Draft {
    let current = &i.ws.current_role;
    let counter = &current.counteroffer;
    let employer = i.o.employer_name();
    let draft = Draft::new(
        Action::Closed,
        "You accepted. Get the final terms in writing and give notice.".to_string(),
    )
    .because(
        Rule::Settled,
        format!("Stage: {}", i.o.stage.label()),
        "This one is settled; only closing the loop remains.",
    );
    if !counter.is_made() {
        return draft;
    }
    let now = current.employer_name();
    let mut draft = draft;
    draft.headline = match counter.addresses(&current.looking_reason) {
        Addresses::Fully => format!(
            "Weigh {now}'s counteroffer with the questions that matter before anything else — it addresses why you started looking, but staying would mean backing out of {employer}."
        ),
        Addresses::NoReasonRecorded => format!(
            "Write down why you started looking, then weigh {now}'s counteroffer against it — you have accepted {employer}."
        ),
        Addresses::Partly | Addresses::No => format!(
            "Turn down {now}'s counteroffer — it leaves why you started looking in place; your resignation stands."
        ),
    };
    counteroffer_reason(i, draft, counter, true)
}

/// The reason, steps and messages that checking a counteroffer against the
/// reason for looking adds. `current` is the current employer's (answered
/// with [`MessageKind::DeclineCurrentCounteroffer`]).
fn counteroffer_reason(
    i: &Inputs,
    mut draft: Draft,
    counter: &CounterofferTerms,
    current: bool,
) -> Draft {
    let reason = &i.ws.current_role.looking_reason;
    let from = if current {
        i.ws.current_role.employer_name().to_string()
    } else {
        i.o.employer_name().to_string()
    };
    let names = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| i.ws.priorities.spoken_name(id))
            .collect()
    };
    let why = names(&reason.criteria);
    let missing: Vec<String> = names(
        &reason
            .criteria
            .iter()
            .filter(|c| !counter.improves.contains(c))
            .cloned()
            .collect::<Vec<_>>(),
    );
    match counter.addresses(reason) {
        Addresses::NoReasonRecorded => draft
            .because(
                Rule::CounterofferAgainstReason,
                format!("Counteroffer from {from}; reason for looking: not recorded"),
                "A counteroffer can only be judged against why you started looking: write that down first, in a line, with the priorities it touches.",
            )
            .then("Write down why you started looking, on your current role, and the priorities it touches."),
        Addresses::Fully => draft
            .because(
                Rule::CounterofferAgainstReason,
                format!(
                    "Counteroffer from {from} improves {}: all of why you started looking",
                    join_words(&why)
                ),
                "It answers the reason you started looking, so it deserves weighing: ask why now, what changes and from when, and whether trust will survive.",
            )
            .then("Ask for the counteroffer in writing, with what changes and from when.")
            .then("Ask yourself why it comes now, and whether trust will survive your having resigned."),
        addresses @ (Addresses::Partly | Addresses::No) => {
            let input = format!(
                "Counteroffer from {from} leaves {} untouched{}",
                join_words(&missing),
                if addresses == Addresses::Partly {
                    " (it improves part of why you started looking)"
                } else {
                    ""
                }
            );
            draft = draft
                .because(
                    Rule::CounterofferAgainstReason,
                    input,
                    "It does not fix the reason you started looking, so nothing about the choice has changed: restate your decision firmly, without criticism.",
                )
                .unless("A counteroffer that fixes every part of why you started looking would be worth weighing.");
            if current {
                draft = draft
                    .then(format!(
                        "Thank {from} for the counteroffer and say your resignation stands."
                    ))
                    .send(&[MessageKind::DeclineCurrentCounteroffer]);
            }
            draft
        }
    }
}

/// The employer took back its offer: ask for the decision and its reason in
/// writing, reopen the processes you stepped back from, and carry on with
/// the rest, telling them nothing they do not need.
pub(super) fn offer_withdrawn(i: &Inputs) -> Option<Draft> {
    if i.o.stage != Stage::OfferWithdrawn {
        return None;
    }
    let employer = i.o.employer_name();
    let mut draft = Draft::new(
        Action::Closed,
        format!(
            "Ask {employer} to confirm the withdrawal and its reason in writing, then reopen your other options."
        ),
    )
    .because(
        Rule::OfferWithdrawn,
        format!("Stage: {}", i.o.stage.label()),
        "A written record settles where you stand, and matters if a condition of the offer played a part; your other options need you now.",
    )
    .send(&[MessageKind::OfferWithdrawnReply])
    .then(format!(
        "Ask {employer}, calmly and in writing, to confirm the withdrawal and give the reason."
    ));
    let mut reopened = Vec::new();
    let mut running = Vec::new();
    for (j, other) in i.ws.opportunities.iter().enumerate() {
        if j == i.index || other.not_interested {
            continue;
        }
        match other.stage {
            Stage::Withdrawn | Stage::Declined => {
                reopened.push(other.employer_name().to_string());
                draft.related.push(RelatedMessage {
                    opportunity_id: other.id.clone(),
                    message: MessageKind::ReopenProcess,
                    why: format!(
                        "Ask {} whether you could pick the process up again; the withdrawn offer need not come up.",
                        other.employer_name()
                    ),
                    decline_reason: None,
                });
            }
            _ if other.stage.is_active() => running.push(other.employer_name().to_string()),
            _ => {}
        }
    }
    if !reopened.is_empty() {
        draft = draft.then(format!(
            "Reopen what you stepped back from: {}.",
            join_words(&reopened)
        ));
    }
    if !running.is_empty() {
        draft = draft.then(format!(
            "Carry on with {} as before; they do not need to hear about the withdrawn offer.",
            join_words(&running)
        ));
    }
    Some(draft.unless(format!(
        "If {employer} reinstates the offer in writing, weigh it again like any offer."
    )))
}

/// A written counteroffer from the employer you said no to that leaves the
/// reason you started looking in place: a firm restatement, with no
/// criticism. One that fixes all of it, or with no reason recorded, is
/// weighed like any offer by the rules after this one.
pub(super) fn counteroffer_misses_reason(i: &Inputs) -> Option<Draft> {
    let o = i.o;
    if o.stage != Stage::Counteroffer || !o.counteroffer.is_made() {
        return None;
    }
    if !matches!(
        o.counteroffer.addresses(&i.ws.current_role.looking_reason),
        Addresses::Partly | Addresses::No
    ) {
        return None;
    }
    let draft = Draft::new(
        Action::Decline,
        format!(
            "Restate your no to {} — the new terms leave why you started looking in place.",
            o.employer_name()
        ),
    )
    .send(&[MessageKind::FirmRestatement]);
    let draft = counteroffer_reason(i, draft, &o.counteroffer, false);
    Some(saying_no(i, draft, DeclineReason::None))
}

/// Whether `o`'s own deadline is less than [`EXPLODING_UNDER_BUSINESS_DAYS`]
/// business days away (and not already past), with an offer open.
pub fn is_exploding(
    o: &Opportunity,
    settings: &crate::core::model::Settings,
    today: crate::core::date::Date,
) -> bool {
    let Some(deadline) = o.dates.offer_deadline else {
        return false;
    };
    o.stage.has_offer()
        && deadline >= today
        && timeline::business_days_between(today, deadline, settings)
            < EXPLODING_UNDER_BUSINESS_DAYS
}

/// Whether the offer is a yes as it stands: known well enough, over the
/// accept line, in writing, with nothing spoken-only, unverified or still
/// in play elsewhere. Such an offer needs no extra time.
fn clear_yes(i: &Inputs) -> bool {
    known_enough(i.card, &i.ws.settings)
        && i.card.total >= i.ws.accept_line
        && i.o.stage == Stage::WrittenOffer
        && i.o.offer_in_writing
        && i.better.is_empty()
        && i.unscored.is_empty()
        && i.findings.unverified.is_empty()
        && i.findings.verbal_only.is_empty()
}

/// Whether the rules after this one would say no to the offer as it
/// stands, under the walk-away line with nothing to negotiate or against
/// your goals: a no needs no extra time.
fn clear_no(i: &Inputs) -> bool {
    [super::offer::below_walk_away, super::offer::goals_conflict]
        .iter()
        .filter_map(|rule| rule(i))
        .any(|d| d.action == Action::Decline)
}

/// An offer due in less than two business days that is neither a clear yes
/// nor a clear no: ask for time (by phone, see [`after`]) and tell the
/// others. The rules before this one that ask for time (a competing
/// deadline, too much unknown, a choice hard to undo) keep their own
/// reasons, and [`after`] makes their request a call too.
pub(super) fn exploding_offer(i: &Inputs) -> Option<Draft> {
    if !i.offer || !is_exploding(i.o, &i.ws.settings, i.today) || clear_yes(i) || clear_no(i) {
        return None;
    }
    let mut others: Vec<Contender> = i.better.clone();
    others.extend(
        i.unscored
            .iter()
            .filter(|c| c.settles_after(i.due))
            .copied(),
    );
    Some(super::tell_others(i, ask_for_time(i, &others)))
}

/// The current employer's counteroffer fixes every part of why you started
/// looking: staying is a real option, so weigh it against this offer with
/// the articles' questions before answering either.
pub(super) fn current_counteroffer_answers_reason(i: &Inputs) -> Option<Draft> {
    let current = &i.ws.current_role;
    if !i.offer
        || i.o.stage == Stage::Counteroffer
        || !current.counteroffer.is_made()
        || current.counteroffer.addresses(&current.looking_reason) != Addresses::Fully
    {
        return None;
    }
    let now = current.employer_name();
    let draft = Draft::new(
        Action::VerifyFacts {
            questions: vec![
                format!("Why does {now} offer this now, and not before you resigned?"),
                "What exactly changes, from when, and is it in writing?".to_string(),
                "Will trust survive your having been ready to leave?".to_string(),
                "Will the reason you started looking still be there in six months?".to_string(),
            ],
        },
        format!(
            "Weigh {now}'s counteroffer against {} before you answer either — it addresses why you started looking.",
            i.o.title()
        ),
    )
    .then(format!(
        "Decide before your answer to {} is due on {}.",
        i.o.employer_name(),
        i.said(i.due)
    ))
    .then(format!(
        "If you stay, tell {} promptly and plainly that you are staying in your current role.",
        i.o.employer_name()
    ))
    .then(format!(
        "If you go, thank {now} and say your resignation stands."
    ))
    .send(&[
        MessageKind::DeclineStayingInRole,
        MessageKind::StayingCallScript,
        MessageKind::DeclineCurrentCounteroffer,
    ])
    .unless("Answers that leave the reason in place make it a counteroffer to turn down.");
    Some(counteroffer_reason(i, draft, &current.counteroffer, true))
}

/// What every path adds to the advice a rule gave.
pub(super) fn after(i: &Inputs, draft: Draft) -> Draft {
    let draft = by_phone_when_exploding(i, draft);
    let draft = current_counteroffer_checked(i, draft);
    replaces_accepted(i, draft)
}

/// Asking for time on an offer about to expire is done by phone and
/// confirmed in writing, whichever rule asked for it.
fn by_phone_when_exploding(i: &Inputs, mut draft: Draft) -> Draft {
    let Action::AskForTime {
        business_days,
        until,
    } = draft.action
    else {
        return draft;
    };
    if !is_exploding(i.o, &i.ws.settings, i.today) {
        return draft;
    }
    let deadline = i.o.dates.offer_deadline.unwrap_or(i.due);
    let left = timeline::business_days_between(i.today, deadline, &i.ws.settings);
    let when = if left <= 0 {
        "today".to_string()
    } else {
        format!("on {}", i.said(deadline))
    };
    draft.headline = format!(
        "Call {} to ask for time until {} — the offer expires {when}, less than two business days away; confirm by email after the call.",
        i.o.employer_name(),
        i.said(until)
    );
    draft.messages.retain(|k| *k != MessageKind::AskForTime);
    draft.messages.splice(
        0..0,
        [
            MessageKind::ExplodingOfferCallScript,
            MessageKind::ExplodingOfferConfirmation,
        ],
    );
    draft.next_steps.retain(|s| !s.starts_with("Ask for "));
    draft.next_steps.insert(
        0,
        format!(
            "Call {} and ask for {business_days} business days, naming the date: {}.",
            i.o.employer_name(),
            i.said(until)
        ),
    );
    draft.next_steps.insert(
        1,
        "Straight after the call, confirm the date you agreed by email.".to_string(),
    );
    draft.because(
        Rule::ExplodingOffer,
        format!(
            "Deadline: {} ({left} business day{} away)",
            i.said(deadline),
            if left == 1 { "" } else { "s" }
        ),
        "An answer due this soon leaves no room to weigh the offer; a call gets a reply at once, and the email after it puts the new date on record.",
    )
}

/// With an offer open, the current employer's counteroffer is checked
/// against the reason for looking whatever this offer's advice; one that
/// leaves the reason in place is turned down with the resignation standing.
fn current_counteroffer_checked(i: &Inputs, draft: Draft) -> Draft {
    let counter = &i.ws.current_role.counteroffer;
    if !i.offer
        || i.o.stage == Stage::Counteroffer
        || !counter.is_made()
        || draft
            .reasons
            .iter()
            .any(|r| r.rule == Rule::CounterofferAgainstReason)
    {
        return draft;
    }
    counteroffer_reason(i, draft, counter, true)
}

/// An offer that would replace a job already accepted: saying yes here
/// means backing out there first, which that job's advice covers.
fn replaces_accepted(i: &Inputs, draft: Draft) -> Draft {
    if !could_replace(i.o, i.card, i.ws) {
        return draft;
    }
    let replaced = i.ws.opportunities.iter().enumerate().find(|(j, other)| {
        other.stage == Stage::Accepted && better_written_offer(i.ws, i.cards, *j) == Some(i.index)
    });
    let Some((j, accepted)) = replaced else {
        return draft;
    };
    draft
        .because(
            Rule::BackingOut,
            format!(
                "You accepted {}; this offer scores {} against {}",
                accepted.title(),
                whole(i.card.total),
                whole(i.cards[j].total)
            ),
            "Saying yes here means taking back your yes there first, which costs goodwill: see its advice before you answer.",
        )
        .then(format!(
            "Before you say yes here, follow the advice on backing out of {}.",
            accepted.title()
        ))
}
