//! The rules for an offer on the table, in the order they are tried: a close
//! deadline while another option is still open; too much unknown; under the
//! walk-away line; against your goals; gaps worth negotiating; an unscored
//! option still in play; thin support for a move abroad; terms only spoken;
//! over the accept line; and between the lines, the opportunity-cost ledger
//! and then staying where you are.

use super::saying_no::saying_no;
use super::{
    ask_for_time, best_case, known_enough, more_time_or_facts, percent, tell_others, Contender,
    Draft, Inputs,
};
use crate::core::message_kind::{DeclineReason, MessageKind};
use crate::core::model::{Stage, Support, VisaSponsorship};
use crate::core::number::whole;
use crate::core::recommend::checks::FoundGap;
use crate::core::recommend::{Action, RelatedMessage, Rule, Topic};
use crate::core::text::{join_words, lowercase_first};

/// Benefits minus costs in the opportunity-cost ledger at or below which the
/// costs clearly outweigh the gains (one heavy cost, or several light ones,
/// not balanced by any benefit). A product default, not an article's figure.
const LEDGER_TIPS_AT: i32 = -3;

/// Below this mobility sub-score (0–100) the support offered for a move
/// abroad leaves most of it to you. A product default.
const THIN_MOVE_SUPPORT: f64 = 50.0;

/// The topic of the weakest part of the offer: the lowest-scored criterion
/// on the weakest axis (the more important one on a tie).
pub(super) fn weakest_topic(i: &Inputs) -> Topic {
    let Some(axis) = i.card.weakest_axis() else {
        return Topic::RoleFit;
    };
    i.ws.priorities
        .criteria
        .iter()
        .zip(i.scores)
        .filter(|(p, _)| p.axis == axis)
        .filter_map(|(p, s)| s.map(|s| (p, s)))
        .min_by_key(|(_, s)| *s)
        .map_or(Topic::RoleFit, |(p, _)| {
            Topic::of_criterion(&p.id, i.o.international_move)
        })
}

/// A close deadline while another option is still open — a better one you
/// scored, or one you have not scored that settles after your deadline:
/// ask for time and tell the others your deadline.
pub(super) fn competing_deadline(i: &Inputs) -> Option<Draft> {
    if !i.offer || !i.soon {
        return None;
    }
    let later: Vec<Contender> = i
        .unscored
        .iter()
        .filter(|c| c.settles_after(i.due))
        .copied()
        .collect();
    let due = i.said(i.due);
    let draft = if let Some(first) = i.better.first() {
        let mut others = i.better.clone();
        others.extend_from_slice(&later);
        ask_for_time(i, &others).because(
            Rule::CompetingDeadline,
            format!(
                "Deadline: {due}; {} scores {} against {}",
                first.o.title(),
                whole(first.card.total),
                whole(i.card.total)
            ),
            "The answer is due soon while an option you rate higher is still in process: ask for time and tell the others your deadline.",
        )
    } else {
        let first = later.first()?;
        ask_for_time(i, &later)
            .because(
                Rule::UnscoredRival,
                format!(
                    "Deadline: {due}; {} ({}) is not scored yet",
                    first.o.title(),
                    first.o.stage.label().to_lowercase()
                ),
                "Your answer is due before you can tell how another live option compares: get the time, and score it.",
            )
            .then(format!(
                "Score {} in the matrix, so the two can be compared.",
                first.o.title()
            ))
    };
    Some(tell_others(
        i,
        draft
            .then("Tell the other employers your deadline and ask whether they can decide by then.")
            .then("Keep interviewing discreetly; don't say you have accepted anywhere."),
    ))
}

/// Too much of the matrix is blank to decide well.
pub(super) fn low_confidence(i: &Inputs) -> Option<Draft> {
    let settings = &i.ws.settings;
    if !i.offer || known_enough(i.card, settings) {
        return None;
    }
    Some(more_time_or_facts(
        i,
        Rule::LowConfidence,
        format!(
            "Known: {}% of what matters (you need {}%)",
            percent(i.card.confidence),
            percent(settings.min_confidence)
        ),
        "Too much of the matrix is blank to decide well; the blanks are questions to ask.",
        format!(
            "Find out more before {} — too much is still unknown to decide well.",
            i.said(i.due)
        ),
    ))
}

/// The few negotiable gaps worth raising.
fn top_gaps<'b, 'a>(i: &'b Inputs<'a>) -> &'b [FoundGap<'a>] {
    let all = &i.findings.gaps;
    &all[..all.len().min(i.ws.settings.max_negotiation_gaps)]
}

/// A negotiation on the few gaps that matter. The headline names them by
/// criterion or topic, never by a note's text.
fn negotiate(i: &Inputs, rule: Rule, input: String, text: &str) -> Draft {
    let gaps = top_gaps(i);
    let mut names: Vec<String> = Vec::with_capacity(gaps.len());
    for gap in gaps {
        let name = lowercase_first(&gap.name);
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let walk_away = i.ws.walk_away_line;
    tell_others(
        i,
        Draft::new(
            Action::Negotiate {
                gaps: gaps.iter().map(|g| g.to_gap()).collect(),
                walk_away,
            },
            format!(
                "Negotiate {} — then decide against your walk-away line of {}.",
                join_words(&names),
                whole(walk_away)
            ),
        )
        .because(rule, input, text)
        .send(&[MessageKind::NegotiationAsk])
        .then("Ask for the few changes that matter, in one message, with a reason for each.")
        .then("Get any change in writing.")
        .unless(
            "If they can't move on these, weigh the offer as it stands against your walk-away line.",
        ),
    )
}

/// Under the walk-away line: negotiate if closing the gaps could lift it
/// above, otherwise decline, with the reason following the weakest part.
pub(super) fn below_walk_away(i: &Inputs) -> Option<Draft> {
    let ws = i.ws;
    if !i.offer || i.card.total >= ws.walk_away_line {
        return None;
    }
    let input = format!(
        "Total: {}; walk-away line: {}",
        whole(i.card.total),
        whole(ws.walk_away_line)
    );
    if !top_gaps(i).is_empty() && !i.o.verbal_negotiation && best_case(i) >= ws.walk_away_line {
        return Some(negotiate(
            i,
            Rule::NegotiableGaps,
            input,
            "It sits under your walk-away line, but closing the negotiable gaps would lift it above: try that first.",
        ));
    }
    let topic = weakest_topic(i);
    let draft = Draft::new(
        Action::Decline,
        format!(
            "Decline — it scores {}, under your walk-away line of {}, and negotiating could not change that.",
            whole(i.card.total),
            whole(ws.walk_away_line)
        ),
    )
    .because(
        Rule::BelowWalkAway,
        input,
        if i.o.verbal_negotiation {
            "You have already negotiated and it is still under your walk-away line."
        } else {
            "Even with the fixable gaps closed it would stay under your walk-away line."
        },
    )
    .send(&[topic.decline_message()]);
    Some(saying_no(i, draft, topic.decline_reason()))
}

/// An offer that pulls against your goals and doesn't clear the accept line.
pub(super) fn goals_conflict(i: &Inputs) -> Option<Draft> {
    if !i.offer || !i.o.goals_alignment.conflicts() || i.card.total >= i.ws.accept_line {
        return None;
    }
    let draft = Draft::new(
        Action::Decline,
        "Decline — the offer pulls against your goals and doesn't clear your accept line."
            .to_string(),
    )
    .because(
        Rule::GoalsConflict,
        "Goals: works against one, advances neither",
        "A role that works against your one- or three-year goals costs you momentum.",
    )
    .send(&[MessageKind::DeclineRoleFit]);
    Some(saying_no(i, draft, DeclineReason::RoleNotRightFit))
}

/// Negotiable gaps above the walk-away line: negotiate the few that matter.
pub(super) fn negotiable_gaps(i: &Inputs) -> Option<Draft> {
    let gaps = top_gaps(i);
    if !i.offer || gaps.is_empty() || i.o.verbal_negotiation {
        return None;
    }
    let input = gaps
        .iter()
        .map(|g| match g.score {
            Some(s) => format!("{}: {s} of 5", g.label),
            None => g.label.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    Some(negotiate(
        i,
        Rule::NegotiableGaps,
        input,
        "These fall short but an employer can usually change them, and the offer is above your walk-away line.",
    ))
}

/// Another live option you have not scored: unknown is not zero, so score it
/// before saying yes here.
pub(super) fn unscored_rival(i: &Inputs) -> Option<Draft> {
    if !i.offer {
        return None;
    }
    let first = i.unscored.first()?;
    let questions = i
        .unscored
        .iter()
        .map(|c| format!("How does {} score on your priorities?", c.o.title()))
        .collect();
    let headline = if i.unscored.len() == 1 {
        format!(
            "Score {} before you answer — it is still in play and could change the choice.",
            first.o.title()
        )
    } else {
        "Score the other processes still in play before you answer — any of them could change the choice.".to_string()
    };
    let mut draft = Draft::new(Action::VerifyFacts { questions }, headline);
    for c in &i.unscored {
        let when = match c.settles_on() {
            Some(d) => format!("; settles on {}", i.said(d)),
            None => String::new(),
        };
        draft = draft.because(
            Rule::UnscoredRival,
            format!(
                "{}: {}, {}% scored{when}",
                c.o.title(),
                c.o.stage.label().to_lowercase(),
                percent(c.card.confidence)
            ),
            "An option you have not scored could still be the better one; saying yes before you know would be a guess.",
        );
    }
    draft = draft
        .then("Score the other options in the matrix; it takes a few minutes each.")
        .then(format!(
            "Decide before your answer is due on {}.",
            i.said(i.due)
        ))
        .unless("Once they are scored, the engine compares them with this offer.");
    Some(tell_others(i, draft))
}

/// The questions to ask about support a move abroad lacks.
fn move_support_questions(i: &Inputs) -> Vec<String> {
    let m = &i.o.mobility;
    let lacking = [
        (
            m.temporary_housing,
            "Could temporary housing on arrival be added?",
        ),
        (m.family_visas, "Could they support visas for your family?"),
        (
            m.partner_work_rights,
            "Could they help your partner gain the right to work?",
        ),
        (
            m.tax_support,
            "Could they help with tax across the two countries?",
        ),
        (
            m.integration_support,
            "Could they add language or settling-in support?",
        ),
    ];
    let mut questions: Vec<String> = lacking
        .iter()
        .filter(|(s, _)| *s == Support::None)
        .map(|(_, q)| (*q).to_string())
        .collect();
    if m.visa_sponsorship == VisaSponsorship::Contingent {
        questions.push("What happens to the offer if the visa is delayed or refused?".to_string());
    }
    if questions.is_empty() {
        questions.push("What would the move cost you that they do not cover?".to_string());
    }
    questions
}

/// A move abroad whose known support is thin: find out what it would leave
/// to you (or ask for time to) before saying yes.
pub(super) fn weak_move_support(i: &Inputs) -> Option<Draft> {
    if !i.offer || !i.o.international_move {
        return None;
    }
    let support = i.card.mobility.filter(|m| *m < THIN_MOVE_SUPPORT)?;
    let input = format!("Support for the move: {} of 100", whole(support));
    let why = "Much of what a move abroad needs is not covered; whatever is missing would be yours to arrange and pay for.";
    if i.soon {
        return Some(tell_others(
            i,
            ask_for_time(i, &[])
                .because(Rule::WeakMoveSupport, input, why)
                .send(&[MessageKind::MobilityQuestions]),
        ));
    }
    Some(tell_others(
        i,
        Draft::new(
            Action::VerifyFacts {
                questions: move_support_questions(i),
            },
            "Find out what the move would leave to you before you answer — the support offered is thin."
                .to_string(),
        )
        .because(Rule::WeakMoveSupport, input, why)
        .send(&[MessageKind::MobilityQuestions])
        .then("Ask what more they could offer, in writing.")
        .then("Work out what the move would cost you on top of what they cover.")
        .unless("If they add support, or what is left costs you little, the other rules decide."),
    ))
}

/// Terms that are only spoken, or hang on a condition: accept only once they
/// are written into the offer.
pub(super) fn get_it_in_writing(i: &Inputs) -> Option<Draft> {
    if !i.offer {
        return None;
    }
    let mut in_writing = Vec::new();
    if i.o.stage == Stage::VerbalOffer || !i.o.offer_in_writing {
        in_writing.push("the full offer: pay, title, start date and contract terms".to_string());
    }
    in_writing.extend(i.findings.verbal_only.iter().map(|what| what.to_string()));
    if in_writing.is_empty() {
        return None;
    }
    let terms = join_words(&in_writing);
    let input = format!("Only spoken so far: {terms}");
    let verb = if in_writing.len() == 1 { "is" } else { "are" };
    let headline = format!("Say yes only once {terms} {verb} in writing.");
    let mobility = !i.findings.verbal_only.is_empty();
    let mut draft = Draft::new(Action::AcceptWithConditions { in_writing }, headline)
        .because(
            Rule::GetItInWriting,
            input,
            "Spoken promises can disappear; hold off accepting until they are written into the offer.",
        )
        .then("Ask for the missing terms in writing.")
        .then("Accept once they arrive as promised.")
        .unless("If they won't put it in writing, treat it as not offered.");
    if mobility {
        draft = draft
            .send(&[MessageKind::MobilityQuestions])
            .then("Map the move's timeline and what it means for your family before you sign.");
    }
    Some(tell_others(
        i,
        draft.send(&[MessageKind::ConditionalAcceptance]),
    ))
}

/// Accepting, with the messages it sets off for every other open process: a
/// decline where there is an offer, a withdrawal where there is none.
fn accept(i: &Inputs, draft: Draft) -> Draft {
    let mut draft = draft
        .send(&[MessageKind::WrittenAcceptance])
        .then("Accept in writing and confirm the start date.")
        .then("Give notice at your current job with a handover plan.")
        .unless("A better written offer arriving before you accept.");
    for (j, other) in i.ws.opportunities.iter().enumerate() {
        if j == i.index || !other.stage.is_active() {
            continue;
        }
        let (message, verb, what) = if other.stage.has_offer() {
            (MessageKind::DeclineAcceptedElsewhere, "decline", "offer")
        } else {
            (MessageKind::WithdrawWithReason, "withdraw from", "process")
        };
        draft.related.push(RelatedMessage {
            opportunity_id: other.id.clone(),
            message,
            why: format!(
                "Once you accept, {verb} {}'s {what} promptly, saying you have accepted another offer.",
                other.employer_name()
            ),
            decline_reason: Some(DeclineReason::AcceptedAnotherOffer),
        });
    }
    draft
}

/// At or above the accept line, with nothing left open.
pub(super) fn above_accept_line(i: &Inputs) -> Option<Draft> {
    let ws = i.ws;
    if !i.offer || i.card.total < ws.accept_line {
        return None;
    }
    Some(accept(
        i,
        Draft::new(
            Action::Accept,
            format!(
                "Accept — it scores {}, above your accept line of {}, with the terms in writing.",
                whole(i.card.total),
                whole(ws.accept_line)
            ),
        )
        .because(
            Rule::AboveAcceptLine,
            format!(
                "Total: {}; accept line: {}",
                whole(i.card.total),
                whole(ws.accept_line)
            ),
            "It clears your accept line, nothing rules it out, and what you need is in writing.",
        ),
    ))
}

/// Between the lines, a ledger whose costs clearly outweigh its benefits
/// tips the offer to a no.
pub(super) fn opportunity_cost(i: &Inputs) -> Option<Draft> {
    let balance = i.o.ledger_balance();
    if !i.offer || balance > LEDGER_TIPS_AT {
        return None;
    }
    let draft = Draft::new(
        Action::Decline,
        "Decline — it doesn't clear your accept line, and what it would cost you outweighs what it gives."
            .to_string(),
    )
    .because(
        Rule::OpportunityCost,
        format!("Ledger: benefits minus costs come to {balance}"),
        "Between your walk-away and accept lines, the costs you listed clearly outweigh the gains: saying no protects your direction.",
    )
    .send(&[MessageKind::DeclineRoleFit]);
    Some(saying_no(i, draft, DeclineReason::RoleNotRightFit))
}

/// Between the lines: staying where you are is the alternative. When the
/// current role is not scored well enough to compare, the advice is to score
/// it — an unscored role is unknown, not a zero this offer beats.
pub(super) fn compared_with_current_role(i: &Inputs) -> Option<Draft> {
    if !i.offer {
        return None;
    }
    let settings = &i.ws.settings;
    if !known_enough(i.current, settings) {
        let input = if i.current.confidence > 0.0 {
            format!(
                "Your current role: {}% scored (you need {}%)",
                percent(i.current.confidence),
                percent(settings.min_confidence)
            )
        } else {
            "Your current role: not scored yet".to_string()
        };
        return Some(
            Draft::new(
                Action::VerifyFacts {
                    questions: vec![
                        "How does your current role score on the same priorities?".to_string(),
                    ],
                },
                "Score your current role before you answer — between your lines, staying put is the comparison that decides."
                    .to_string(),
            )
            .because(
                Rule::ComparedWithCurrentRole,
                input,
                "This offer sits between your walk-away and accept lines, and nothing else decides it; without your current role scored, there is nothing to weigh it against.",
            )
            .then("Score your current role in the matrix; it takes a few minutes.")
            .then(format!(
                "Decide before your answer is due on {}.",
                i.said(i.due)
            ))
            .unless("Once your current role is scored, the engine weighs this offer against staying."),
        );
    }
    let input = format!(
        "This offer: {}; your current role: {}",
        whole(i.card.total),
        whole(i.current.total)
    );
    if i.current.total >= i.card.total {
        let draft = Draft::new(
            Action::Decline,
            "Decline — staying where you are scores as well or better.".to_string(),
        )
        .because(
            Rule::ComparedWithCurrentRole,
            input,
            "Between your walk-away and accept lines, and no better than what you have now.",
        )
        .send(&[MessageKind::DeclineRoleFit]);
        return Some(saying_no(i, draft, DeclineReason::RoleNotRightFit));
    }
    Some(accept(
        i,
        Draft::new(
            Action::Accept,
            "Accept — it beats your current role and nothing is left to negotiate.".to_string(),
        )
        .because(
            Rule::ComparedWithCurrentRole,
            input,
            "Above your walk-away line, better than staying put, and nothing negotiable is left open.",
        ),
    ))
}
