//! The studio never throws a hand edit away without asking, and can undo:
//! which part changes would discard a rewritten body, and the undo history
//! for a draft's edits, a reset to the template included.

use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::studio::edits::{EditHistory, Latest, PartEdit, Step, HISTORY_LIMIT};
use crossroads::core::studio::{DraftEdits, Goodwill, MessageFields, Part, Reason, Tone};
use proptest::prelude::*;

fn fields() -> MessageFields {
    MessageFields {
        your_name: "Ana Ruiz".into(),
        contact_name: "Tom".into(),
        company: "Fabrikam".into(),
        role: "QA Lead".into(),
        ..MessageFields::default()
    }
}

fn with_body(body: &str) -> DraftEdits {
    DraftEdits {
        body: Some(body.into()),
        ..DraftEdits::default()
    }
}

#[test]
fn which_part_changes_would_discard_a_rewritten_body() {
    let text = |part, t: &str| PartEdit::Text(part, t.into());
    let rows: Vec<(&str, DraftEdits, PartEdit, bool)> = vec![
        (
            "no body edit: nothing to lose",
            DraftEdits::default(),
            text(Part::Gratitude, "Thanks."),
            false,
        ),
        (
            "only the subject rewritten",
            DraftEdits {
                subject: Some("Mine".into()),
                ..DraftEdits::default()
            },
            PartEdit::Reason(Reason::Compensation),
            false,
        ),
        (
            "body rewritten, a part typed",
            with_body("My words."),
            text(Part::Gratitude, "Thanks."),
            true,
        ),
        (
            "body rewritten, the decision typed",
            with_body("My words."),
            text(Part::Decision, "I will not go ahead."),
            true,
        ),
        (
            "body rewritten, the close typed",
            with_body("My words."),
            text(Part::Close, "All the best."),
            true,
        ),
        (
            "body rewritten, the reason typed",
            with_body("My words."),
            text(Part::Reason, "It is the commute."),
            true,
        ),
        (
            "body rewritten, a reason picked",
            with_body("My words."),
            PartEdit::Reason(Reason::Compensation),
            true,
        ),
        (
            "body rewritten, no reason picked",
            with_body("My words."),
            PartEdit::Reason(Reason::None),
            true,
        ),
        (
            "body rewritten, a close picked",
            with_body("My words."),
            PartEdit::Goodwill(Goodwill::StayInTouch),
            true,
        ),
        (
            "body emptied by hand is still the user's choice",
            with_body(""),
            text(Part::Gratitude, "Thanks."),
            true,
        ),
        (
            "the reason already chosen: no change, nothing lost",
            DraftEdits {
                reason: Some(Reason::Compensation),
                ..with_body("My words.")
            },
            PartEdit::Reason(Reason::Compensation),
            false,
        ),
        (
            "the close already chosen",
            DraftEdits {
                goodwill: Some(Goodwill::StayInTouch),
                ..with_body("My words.")
            },
            PartEdit::Goodwill(Goodwill::StayInTouch),
            false,
        ),
        (
            "the same decision text",
            DraftEdits {
                decision: Some("No.".into()),
                ..with_body("My words.")
            },
            text(Part::Decision, "No."),
            false,
        ),
        (
            "another decision text",
            DraftEdits {
                decision: Some("No.".into()),
                ..with_body("My words.")
            },
            text(Part::Decision, "No, thank you."),
            true,
        ),
    ];
    for (name, edits, edit, discards) in rows {
        assert_eq!(edits.would_discard(&edit), discards, "{name}");
        let mut after = edits.clone();
        after.edit_part(edit);
        assert_eq!(
            after.has_body_edit(),
            edits.has_body_edit() && !discards,
            "{name}: the body goes exactly when it was said to"
        );
    }
}

#[test]
fn replacing_then_undoing_brings_the_hand_edit_back_word_for_word() {
    let kind = MessageKind::DeclineRoleFit;
    let start = with_body("Dear Tom,\n\nMy own zebra words.\n\nAna");
    let mut edits = start.clone();
    let mut history = EditHistory::default();
    let edit = PartEdit::Reason(Reason::Compensation);
    assert!(edits.would_discard(&edit));
    let before = edits.clone();
    edits.edit_part(edit);
    history.record(&before, &edits);
    assert!(!edits.compose(kind, &fields()).body.contains("zebra"));
    assert_eq!(history.next_undo(&edits), Some(Step::ReplacedBody));
    assert_eq!(
        history.latest().and_then(Latest::announcement).as_deref(),
        Some("Your edits to the whole message were replaced by the four parts.")
    );

    let (step, restored) = history.undo(&edits).unwrap();
    assert_eq!(step, Step::ReplacedBody);
    assert_eq!(restored, start);
    assert_eq!(
        restored.compose(kind, &fields()).body,
        "Dear Tom,\n\nMy own zebra words.\n\nAna"
    );
    assert_eq!(
        history.latest().and_then(Latest::announcement).as_deref(),
        Some("Your edits to the whole message are back.")
    );
    assert_eq!(history.next_undo(&restored), None, "nothing further back");
}

#[test]
fn a_reset_to_the_template_can_be_undone() {
    let kind = MessageKind::WithdrawWithReason;
    let edited = DraftEdits {
        tone: Tone::Warm,
        reason: Some(Reason::PersonalCircumstances),
        gratitude: Some("Thank you for the conversations.".into()),
        subject: Some("My subject".into()),
        ..DraftEdits::default()
    };
    let mut edits = edited.clone();
    let mut history = EditHistory::default();
    let before = edits.clone();
    edits.reset_text();
    history.record(&before, &edits);
    assert_eq!(edits.tone, Tone::Warm, "the tone survives a reset");
    assert_eq!(history.next_undo(&edits), Some(Step::Reset));
    assert_eq!(
        history.latest().and_then(Latest::announcement).as_deref(),
        Some("The draft is back to the template.")
    );
    let (_, restored) = history.undo(&edits).unwrap();
    assert_eq!(restored, edited);
    let composed = restored.compose(kind, &fields());
    assert_eq!(composed.subject, "My subject");
    assert!(composed.body.contains("Thank you for the conversations."));
    assert_eq!(
        history.latest().and_then(Latest::announcement).as_deref(),
        Some("Undone: the reset to the template.")
    );
}

#[test]
fn each_change_is_named_for_what_it_did() {
    let base = DraftEdits::default();
    let changed = |change: fn(&mut DraftEdits)| {
        let mut after = base.clone();
        change(&mut after);
        after
    };
    let rows: Vec<(DraftEdits, DraftEdits, Option<Step>)> = vec![
        (base.clone(), base.clone(), None),
        (
            base.clone(),
            changed(|e| e.tone = Tone::Formal),
            Some(Step::Tone),
        ),
        (
            base.clone(),
            changed(|e| e.short = true),
            Some(Step::ShortForm),
        ),
        (
            base.clone(),
            changed(|e| e.channel = Some(Channel::Call)),
            Some(Step::Channel),
        ),
        (
            base.clone(),
            changed(|e| e.set_part(Part::Close, "Bye.".into())),
            Some(Step::Part(Part::Close)),
        ),
        (
            base.clone(),
            changed(|e| e.subject = Some("S".into())),
            Some(Step::Subject),
        ),
        (
            base.clone(),
            changed(|e| e.body = Some("B".into())),
            Some(Step::Body),
        ),
        (
            DraftEdits {
                reason_text: Some("Mine.".into()),
                ..base.clone()
            },
            changed(|e| e.choose_reason(Reason::Growth)),
            Some(Step::Reason),
        ),
        (
            DraftEdits {
                close: Some("Mine.".into()),
                ..base.clone()
            },
            changed(|e| e.choose_goodwill(Goodwill::OfferReferral)),
            Some(Step::Goodwill),
        ),
        (
            with_body("B"),
            changed(|e| e.set_part(Part::Gratitude, "G".into())),
            Some(Step::ReplacedBody),
        ),
        (with_body("B"), base.clone(), Some(Step::Reset)),
        (
            base.clone(),
            changed(|e| {
                e.tone = Tone::Warm;
                e.short = true;
            }),
            Some(Step::Several),
        ),
    ];
    for (before, after, step) in rows {
        assert_eq!(
            Step::between(&before, &after),
            step,
            "{before:?} → {after:?}"
        );
    }
    // Typing is not announced; every other change is, in a sentence.
    assert_eq!(Latest::Did(Step::Body).announcement(), None);
    assert_eq!(
        Latest::Did(Step::Tone).announcement().as_deref(),
        Some("You changed the tone.")
    );
    assert_eq!(
        Latest::Undid(Step::Part(Part::Gratitude))
            .announcement()
            .as_deref(),
        Some("Undone: your changes to the gratitude.")
    );
}

/// The studio's changes, as the screen makes them.
#[derive(Debug, Clone)]
enum Op {
    Tone(Tone),
    Short(bool),
    Channel(Option<Channel>),
    Part(PartEdit),
    Subject(String),
    Body(String),
    Reset,
}

impl Op {
    fn apply(self, edits: &mut DraftEdits) {
        match self {
            Op::Tone(tone) => edits.tone = tone,
            Op::Short(short) => edits.short = short,
            Op::Channel(channel) => edits.channel = channel,
            Op::Part(edit) => edits.edit_part(edit),
            Op::Subject(text) => edits.subject = Some(text),
            Op::Body(text) => edits.body = Some(text),
            Op::Reset => edits.reset_text(),
        }
    }
}

fn part() -> impl Strategy<Value = Part> {
    prop_oneof![
        Just(Part::Gratitude),
        Just(Part::Decision),
        Just(Part::Reason),
        Just(Part::Close),
    ]
}

fn part_edit() -> impl Strategy<Value = PartEdit> {
    prop_oneof![
        (part(), "[a-c]{0,3}").prop_map(|(p, t)| PartEdit::Text(p, t)),
        (0..Reason::ALL.len()).prop_map(|i| PartEdit::Reason(Reason::ALL[i])),
        (0..Goodwill::ALL.len()).prop_map(|i| PartEdit::Goodwill(Goodwill::ALL[i])),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..Tone::ALL.len()).prop_map(|i| Op::Tone(Tone::ALL[i])),
        any::<bool>().prop_map(Op::Short),
        prop_oneof![
            Just(None),
            (0..Channel::ALL.len()).prop_map(|i| Some(Channel::ALL[i]))
        ]
        .prop_map(Op::Channel),
        part_edit().prop_map(Op::Part),
        "[a-c]{0,3}".prop_map(Op::Subject),
        "[a-c]{0,3}".prop_map(Op::Body),
        Just(Op::Reset),
    ]
}

/// Edits without a rewritten body, in any other state.
fn edits_without_body() -> impl Strategy<Value = DraftEdits> {
    proptest::collection::vec(op(), 0..8).prop_map(|ops| {
        let mut edits = DraftEdits::default();
        for op in ops {
            op.apply(&mut edits);
        }
        edits.body = None;
        edits
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Without a rewritten body a part change is exactly what it always was.
    #[test]
    fn without_a_body_edit_nothing_changes(edits in edits_without_body(), edit in part_edit()) {
        prop_assert!(!edits.would_discard(&edit));
        let mut new = edits.clone();
        new.edit_part(edit.clone());
        let mut old = edits.clone();
        match edit {
            PartEdit::Text(part, text) => old.set_part(part, text),
            PartEdit::Reason(reason) => old.choose_reason(reason),
            PartEdit::Goodwill(goodwill) => old.choose_goodwill(goodwill),
        }
        prop_assert_eq!(new, old);
    }

    /// A body is only ever dropped by an edit that was flagged first.
    #[test]
    fn a_body_is_never_dropped_unflagged(ops in proptest::collection::vec(op(), 0..8), edit in part_edit()) {
        let mut edits = DraftEdits::default();
        for op in ops {
            op.apply(&mut edits);
        }
        let flagged = edits.would_discard(&edit);
        let had_body = edits.has_body_edit();
        edits.edit_part(edit);
        prop_assert_eq!(had_body && !edits.has_body_edit(), flagged);
    }

    /// Undoing all the way goes back through earlier states only, newest
    /// first, and ends where the draft started.
    #[test]
    fn undo_walks_back_to_the_start(start_ops in proptest::collection::vec(op(), 0..4),
                                    ops in proptest::collection::vec(op(), 0..40)) {
        let mut edits = DraftEdits::default();
        for op in start_ops {
            op.apply(&mut edits);
        }
        let start = edits.clone();
        let mut states = vec![edits.clone()];
        let mut history = EditHistory::default();
        for op in ops {
            let before = edits.clone();
            op.apply(&mut edits);
            history.record(&before, &edits);
            states.push(edits.clone());
        }
        let mut position = states.len() - 1;
        let mut undos = 0;
        while let Some((_, restored)) = history.undo(&edits) {
            let earlier = states[..position].iter().rposition(|s| *s == restored);
            prop_assert!(earlier.is_some(), "an undo went to a state never seen: {:?}", restored);
            position = earlier.unwrap();
            edits = restored;
            undos += 1;
            prop_assert!(undos <= HISTORY_LIMIT);
        }
        prop_assert_eq!(edits, start);
    }
}

#[test]
fn typing_in_one_text_is_one_step() {
    let mut edits = DraftEdits::default();
    let mut history = EditHistory::default();
    let mut type_in = |edits: &mut DraftEdits, change: &dyn Fn(&mut DraftEdits)| {
        let before = edits.clone();
        change(edits);
        history.record(&before, edits);
    };
    for text in ["T", "Th", "Tha", "Than", "Thanks"] {
        type_in(&mut edits, &|e| {
            e.edit_part(PartEdit::Text(Part::Gratitude, text.into()))
        });
    }
    type_in(&mut edits, &|e| e.tone = Tone::Formal);
    for text in ["N", "No"] {
        type_in(&mut edits, &|e| e.subject = Some(text.into()));
    }
    for text in ["Thanks!", "Thanks!!"] {
        type_in(&mut edits, &|e| {
            e.edit_part(PartEdit::Text(Part::Gratitude, text.into()))
        });
    }
    let mut seen = Vec::new();
    while let Some((step, restored)) = history.undo(&edits) {
        seen.push((step, restored.gratitude.clone(), restored.subject.clone()));
        edits = restored;
    }
    assert_eq!(
        seen,
        [
            (
                Step::Part(Part::Gratitude),
                Some("Thanks".into()),
                Some("No".into())
            ),
            (Step::Subject, Some("Thanks".into()), None),
            (Step::Tone, Some("Thanks".into()), None),
            (Step::Part(Part::Gratitude), None, None),
        ]
    );
}

#[test]
fn history_keeps_the_newest_steps_only() {
    let mut edits = DraftEdits::default();
    let mut history = EditHistory::default();
    for i in 0..HISTORY_LIMIT + 10 {
        let before = edits.clone();
        edits.short = i % 2 == 0;
        history.record(&before, &edits);
    }
    let mut undos = 0;
    while let Some((_, restored)) = history.undo(&edits) {
        edits = restored;
        undos += 1;
    }
    assert_eq!(undos, HISTORY_LIMIT);
}

#[test]
fn a_draft_changed_elsewhere_is_not_undone_over() {
    let mut edits = DraftEdits::default();
    let mut history = EditHistory::default();
    let before = edits.clone();
    edits.tone = Tone::Warm;
    history.record(&before, &edits);
    // Another tab rewrote the subject since.
    let elsewhere = DraftEdits {
        subject: Some("From the other tab".into()),
        ..edits.clone()
    };
    assert_eq!(history.next_undo(&elsewhere), None);
    assert_eq!(history.undo(&elsewhere), None);
    // And the history starts again from there.
    let mut next = elsewhere.clone();
    next.short = true;
    history.record(&elsewhere, &next);
    assert_eq!(history.undo(&next).map(|(_, e)| e), Some(elsewhere));
}
