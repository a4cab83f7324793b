//! The rules that hold a decision back until it rests on firmer ground: a
//! counteroffer not yet in writing, a dealbreaker that rests on an impression
//! or an unknown, and a choice that would be hard to undo while much is
//! still unknown.

use super::{ask_for_time, more_time_or_facts, percent, Draft, Inputs};
use crate::core::message_kind::MessageKind;
use crate::core::model::{Reversibility, Settings, Stage};
use crate::core::recommend::{Action, Rule, Topic};

/// A counteroffer is weighed only once it is in writing.
pub(super) fn counteroffer_not_in_writing(i: &Inputs) -> Option<Draft> {
    if i.o.stage != Stage::Counteroffer || i.o.offer_in_writing {
        return None;
    }
    let hours = i.ws.settings.counteroffer_window_hours;
    Some(Draft::new(
        Action::VerifyFacts {
            questions: vec!["Could you send the revised offer in writing?".to_string()],
        },
        format!(
            "Ask for the counteroffer in writing, then give yourself up to {hours} hours to weigh it."
        ),
    )
    .because(
        Rule::CounterofferInWriting,
        "Counteroffer: not in writing yet",
        "A counteroffer is only real once it is written down; then judge it on the few points that would change your mind.",
    )
    .send(&[MessageKind::CounterofferInWriting])
    .then("Reply that you'd like the revised terms in writing.")
    .then("When they arrive, score them against your priorities, not against the relief of being wanted.")
    .unless("Once it is in writing, the engine weighs it like any offer."))
}

/// A dealbreaker resting on an impression or an unknown means checking it
/// first. The headline names its topic, never the user's note.
pub(super) fn unverified_dealbreaker(i: &Inputs) -> Option<Draft> {
    let first = i.findings.unverified.first()?;
    let why =
        "This rests on an impression or an unknown, and more information could change your mind.";
    if i.offer && i.soon {
        return Some(ask_for_time(i, &[]).because(
            Rule::VerifyBeforeDeciding,
            first.input.clone(),
            "A possible dealbreaker is still unconfirmed and the deadline is close: get the time to check it.",
        ));
    }
    let questions: Vec<String> = i
        .findings
        .unverified
        .iter()
        .filter_map(|d| d.question.clone())
        .collect();
    let mobility = i
        .findings
        .unverified
        .iter()
        .any(|d| d.topic == Topic::Mobility);
    let mut draft = Draft::new(
        Action::VerifyFacts { questions },
        format!(
            "Check the facts before you decide — {} could be a dealbreaker.",
            first.topic.subject()
        ),
    );
    for d in &i.findings.unverified {
        draft = draft.because(Rule::VerifyBeforeDeciding, d.input.clone(), why);
    }
    let kind = if mobility {
        MessageKind::MobilityQuestions
    } else {
        MessageKind::AskTimeline
    };
    Some(
        draft
            .send(&[kind])
            .then("Ask these questions in writing.")
            .then("Set yourself a date to decide once the answers are in.")
            .unless(
                "A clear no on any of these makes it a confirmed dealbreaker: then say no promptly.",
            )
            .unless("Clear yeses let the matrix decide."),
    )
}

/// The share of the matrix that must be known before a choice you could not
/// undo: halfway from the usual threshold to everything. A product default
/// derived from the settings, not a figure from the articles.
fn firm_ground(settings: &Settings) -> f64 {
    let usual = settings.min_confidence.clamp(0.0, 1.0);
    usual + (1.0 - usual) / 2.0
}

/// Whether saying no here could hardly be undone while part of the matrix is
/// still blank.
pub(super) fn hard_to_undo(i: &Inputs) -> bool {
    matches!(
        i.o.reversibility,
        Reversibility::Unlikely | Reversibility::No
    ) && i.card.confidence < firm_ground(&i.ws.settings)
}

/// The reason [`hard_to_undo`] gives, with the input it read.
pub(super) fn hard_to_undo_reason(i: &Inputs) -> (String, String) {
    let door = if i.o.reversibility == Reversibility::No {
        "no"
    } else {
        "unlikely"
    };
    (
        format!(
            "Could a no be undone: {door}; known: {}% of what matters (a choice this final wants {}%)",
            percent(i.card.confidence),
            percent(firm_ground(&i.ws.settings))
        ),
        "You expect no way back once you say no, and part of the picture is still blank: get more time or more facts before you commit either way.".to_string(),
    )
}

/// With an offer, a choice that would be hard to undo, made while part of the
/// matrix is blank, asks for more time (deadline soon) or more facts.
pub(super) fn hard_to_undo_with_offer(i: &Inputs) -> Option<Draft> {
    if !i.offer || !hard_to_undo(i) {
        return None;
    }
    let (input, why) = hard_to_undo_reason(i);
    Some(more_time_or_facts(
        i,
        Rule::HardToUndo,
        input,
        &why,
        format!(
            "Fill in what you don't know before {} — this choice would be hard to undo.",
            i.said(i.due)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn firm_ground_lies_halfway_to_everything_known() {
        let cases = [(0.6, 0.8), (0.0, 0.5), (1.0, 1.0), (-3.0, 0.5), (7.0, 1.0)];
        for (min_confidence, expected) in cases {
            let settings = Settings {
                min_confidence,
                ..Settings::default()
            };
            let got = firm_ground(&settings);
            assert!((got - expected).abs() < 1e-9, "{min_confidence} → {got}");
        }
    }
}
