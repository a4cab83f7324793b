//! The checker against drafts a user might really write: a clean decline
//! passes; each bad habit from the articles is flagged, and nothing else is.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::studio::{
    check, CheckContext, DeclineParts, Location, MessageFields, Rule, Tone,
};
use proptest::prelude::*;

const SUBJECT: &str = "Your offer for the Analyst role";

const GOOD: &str = "Dear Priya,\n\n\
Thank you for the offer for the Analyst role and for the time you gave me.\n\n\
I have decided to decline the offer. I have accepted another offer.\n\n\
I hope our paths cross again.\n\n\
Kind regards,\nSam";

fn context(kind: MessageKind, channel: Channel) -> CheckContext {
    CheckContext {
        competing_employer: "Globex".into(),
        ..CheckContext::new(kind, channel)
    }
}

fn rules(subject: &str, body: &str, context: &CheckContext) -> BTreeSet<Rule> {
    check(subject, body, context)
        .into_iter()
        .map(|f| f.rule)
        .collect()
}

#[test]
fn the_clean_decline_passes() {
    let context = context(MessageKind::DeclineAcceptedElsewhere, Channel::Email);
    assert_eq!(check(SUBJECT, GOOD, &context), vec![]);
}

#[test]
fn bad_drafts_fail_with_the_right_flags() {
    let over_long = GOOD.replace(
        "I hope our paths cross again.",
        &"I enjoyed every conversation with the team and learned a great deal about the work. "
            .repeat(10),
    ) + " I hope our paths cross again.";
    let rows: Vec<(&str, String, &str, Channel, &[Rule])> = vec![
        (
            "hedged",
            GOOD.replace("I have decided to decline", "I think I will maybe decline"),
            SUBJECT,
            Channel::Email,
            &[Rule::Hedge],
        ),
        (
            "hedged for now",
            GOOD.replace("the offer. I have", "the offer for now. I have"),
            SUBJECT,
            Channel::Email,
            &[Rule::Hedge],
        ),
        (
            "critical",
            GOOD.replace(
                "I have accepted another offer.",
                "Your process was disorganized and the offer was a lowball.",
            ),
            SUBJECT,
            Channel::Email,
            &[Rule::Criticism],
        ),
        ("over-long", over_long, SUBJECT, Channel::Email, &[Rule::Length]),
        (
            "no thanks",
            GOOD.replace(
                "Thank you for the offer for the Analyst role and for the time you gave me.",
                "I got your offer for the Analyst role.",
            ),
            SUBJECT,
            Channel::Email,
            &[Rule::Gratitude],
        ),
        (
            "unfilled",
            GOOD.replace("Priya", "[contact name]"),
            SUBJECT,
            Channel::Email,
            &[Rule::Unfilled],
        ),
        (
            "unfilled subject",
            GOOD.to_string(),
            "Your offer for the [role] role",
            Channel::Email,
            &[Rule::Unfilled],
        ),
        (
            "apology-stacked",
            GOOD.replace(
                "I have decided to decline",
                "I am so sorry, and I apologise for the trouble, but I have decided to decline",
            ),
            SUBJECT,
            Channel::Email,
            &[Rule::ApologyStacking],
        ),
        (
            "discloses the competitor",
            GOOD.replace("another offer.", "an offer from Globex."),
            SUBJECT,
            Channel::Email,
            &[Rule::CompetitorDisclosed],
        ),
        (
            "discloses the other offer's figure",
            GOOD.replace("another offer.", "another offer at $120,000."),
            SUBJECT,
            Channel::Email,
            &[Rule::CompetitorDisclosed],
        ),
        (
            "no close",
            GOOD.replace("I hope our paths cross again.\n\n", ""),
            SUBJECT,
            Channel::Email,
            &[Rule::GoodwillClose],
        ),
        ("email without subject", GOOD.to_string(), "  ", Channel::Email, &[Rule::Subject]),
        (
            "no decision",
            GOOD.replace("I have decided to decline the offer. ", ""),
            SUBJECT,
            Channel::Email,
            &[Rule::OneDecision],
        ),
        (
            "decision said twice",
            GOOD.replace("another offer.", "another offer. So I must turn down yours."),
            SUBJECT,
            Channel::Email,
            &[Rule::OneDecision],
        ),
        (
            "two reasons",
            GOOD.replace(
                "another offer.",
                "another offer. The salary was also below what I need.",
            ),
            SUBJECT,
            Channel::Email,
            &[Rule::ReasonLength],
        ),
        (
            "a reason that runs on",
            GOOD.replace(
                "I have accepted another offer.",
                "I have accepted another offer, which came after many long weeks of talks with a team whose plans for the next two years match the work I most want to do.",
            ),
            SUBJECT,
            Channel::Email,
            &[Rule::ReasonLength],
        ),
    ];
    let mut seen = BTreeSet::new();
    for (name, body, subject, channel, expected) in rows {
        let context = context(MessageKind::DeclineAcceptedElsewhere, channel);
        let found = rules(subject, &body, &context);
        let expected: BTreeSet<Rule> = expected.iter().copied().collect();
        assert_eq!(found, expected, "{name}:\n{body}");
        seen.extend(expected);
    }
    assert!(seen.len() >= 10, "the table covers most rules: {seen:?}");
}

#[test]
fn the_faulty_words_are_the_ones_marked() {
    let body = GOOD.replace(
        "I have decided to decline the offer.",
        "Maybe I will decline the offer, as the team was rude.",
    );
    let findings = check(
        SUBJECT,
        &body,
        &context(MessageKind::DeclineRoleFit, Channel::Email),
    );
    let marked: Vec<(Rule, &str)> = findings
        .iter()
        .map(|f| (f.rule, &body[f.range.clone()]))
        .collect();
    assert!(marked.contains(&(Rule::Hedge, "Maybe")), "{marked:?}");
    assert!(marked.contains(&(Rule::Criticism, "rude")), "{marked:?}");
    for finding in &findings {
        assert!(!finding.reason.is_empty() && !finding.fix.is_empty());
    }
}

#[test]
fn decline_rules_apply_only_to_declines() {
    // A thank-you note has no decision and no goodwill close to demand, and
    // "maybe" is fine in a question.
    let body =
        "Hi Priya,\n\nThank you for the interview. Maybe we could talk again next week?\n\nSam";
    let context = context(MessageKind::ThankYou, Channel::Email);
    assert_eq!(check("Thank you", body, &context), vec![]);
    let as_decline = context_with_kind(MessageKind::WithdrawNoReason);
    let found = rules("Thank you", body, &as_decline);
    assert!(found.contains(&Rule::OneDecision) && found.contains(&Rule::Hedge));
}

fn context_with_kind(kind: MessageKind) -> CheckContext {
    context(kind, Channel::Email)
}

#[test]
fn calls_need_no_subject_and_allow_a_short_script() {
    let script = "Opening: Thank you for taking my call.\nDecision: I have decided to decline the offer.\nClose: I will confirm by email, and I hope we stay in touch.";
    let context = context(MessageKind::DeclineRoleFit, Channel::Call);
    assert_eq!(check("", script, &context), vec![]);
}

#[test]
fn a_chosen_disclosure_is_not_flagged() {
    let body = GOOD.replace("another offer.", "an offer from Globex.");
    let fields = MessageFields {
        competing_employer: "Globex".into(),
        disclose_competing_employer: true,
        ..MessageFields::default()
    };
    let context = CheckContext::from_fields(
        MessageKind::DeclineAcceptedElsewhere,
        Channel::Email,
        &fields,
    );
    assert_eq!(check(SUBJECT, &body, &context), vec![]);
}

#[test]
fn composer_parts_join_into_a_passing_message() {
    let fields = MessageFields {
        your_name: "Sam".into(),
        contact_name: "Priya".into(),
        company: "Initech".into(),
        role: "Analyst".into(),
        ..MessageFields::default()
    };
    let mut parts = DeclineParts::suggested(MessageKind::DeclineRoleFit, Tone::Formal, &fields);
    assert!(parts.gratitude.contains("Thank you"));
    assert!(parts.decision.contains("decline"));
    assert!(parts.reason.is_some());
    let draft = parts.draft();
    let context = CheckContext::new(draft.kind, Channel::Email);
    assert_eq!(check(&draft.subject, &draft.body, &context), vec![]);

    // The user rewrites the decision in their own words and drops the reason.
    parts.decision = "I will not be accepting the role.".into();
    parts.set_reason(crossroads::core::studio::Reason::None, &fields);
    let body = parts.join();
    assert_eq!(
        body.matches('.').count(),
        3,
        "gratitude, decision, close: {body}"
    );
    assert_eq!(check(&parts.subject, &body, &context), vec![]);

    // An emptied close is caught.
    parts.close.clear();
    let rules = rules(&parts.subject, &parts.join(), &context);
    assert_eq!(rules, BTreeSet::from([Rule::GoodwillClose]));
}

proptest! {
    #[test]
    fn the_checker_never_panics_and_marks_real_text(
        subject in "\\PC{0,40}",
        body in "(\\PC|\\s|[\\[\\]$€,;’'])*",
        kind_index in 0..MessageKind::ALL.len(),
        channel_index in 0..Channel::ALL.len(),
        name in "\\PC{0,8}",
        disclose in any::<bool>(),
    ) {
        let context = CheckContext {
            competing_employer: name,
            disclose_competing_employer: disclose,
            ..CheckContext::new(MessageKind::ALL[kind_index], Channel::ALL[channel_index])
        };
        for finding in check(&subject, &body, &context) {
            let text = match finding.location {
                Location::Subject => &subject,
                Location::Body => &body,
            };
            prop_assert!(finding.range.start <= finding.range.end);
            prop_assert!(finding.range.end <= text.len());
            prop_assert!(text.is_char_boundary(finding.range.start));
            prop_assert!(text.is_char_boundary(finding.range.end));
        }
    }

    #[test]
    fn words_from_the_lists_are_found_inside_any_text(
        before in "[a-z ]{0,20}",
        after in "[a-z ]{0,20}",
        word in prop::sample::select(vec!["toxic", "rude", "unprofessional", "disorganized", "lowball"]),
    ) {
        let body = format!("Thank you. {before} {word}. {after}");
        let context = CheckContext::new(MessageKind::ThankYou, Channel::Email);
        let findings = check("Thanks", &body, &context);
        prop_assert!(findings.iter().any(|f| f.rule == Rule::Criticism && &body[f.range.clone()] == word));
    }
}
