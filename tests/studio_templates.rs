//! Every template, in every tone and in its short form, against the checker:
//! complete records give clean drafts; missing records give visible, flagged
//! gaps.

use crossroads::core::message_family::{fit_with_reason, suits};
use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::model::{Opportunity, Stage};
use crossroads::core::studio::templates::{ASKED_WHY, COUNTERED, NO_MORE_TIME};
use crossroads::core::studio::{
    check, render, render_short, template, CheckContext, Draft, Goodwill, MessageFields, Reason,
    Rule, Tone,
};

fn complete_fields() -> MessageFields {
    MessageFields {
        your_name: "Maya Okafor".into(),
        contact_name: "Daniel".into(),
        manager_name: "Ruth".into(),
        company: "Northwind Traders".into(),
        role: "Senior Product Designer".into(),
        interview_date: "Tuesday 3 March".into(),
        decision_date: "Friday 13 March".into(),
        deadline: "Monday 16 March".into(),
        start_date: "1 May".into(),
        in_writing: vec!["relocation support".into(), "the remote days".into()],
        interview_highlight: "the new pricing platform".into(),
        mention_interview_highlight: true,
        counter_window: "three days".into(),
        items_to_negotiate: vec!["the base salary".into(), "relocation support".into()],
        counter_asks: vec!["a base salary of €68,000".into()],
        trade_offs: vec!["a pay review after six months".into()],
        reason: Some(Reason::PersonalCircumstances),
        competing_deadline: "Thursday 12 March".into(),
        disclose_competing_employer: false,
        competing_employer: "Contoso".into(),
        mobility_constraint: "a start date after my visa is approved".into(),
        change_that_would_matter: "a fully remote contract".into(),
        transition_plan: "I will document my projects and brief Sam before I go".into(),
        last_working_day: "Friday 27 March".into(),
        feedback_point: "an earlier note on the visa timeline".into(),
        referral_name: "Lena Fischer".into(),
        what_changed: "my family's move is now settled for September".into(),
        ..MessageFields::default()
    }
}

/// Every way a template can be rendered.
fn every_rendering(fields: &MessageFields) -> Vec<(String, Draft)> {
    let mut all = Vec::new();
    for kind in MessageKind::ALL {
        for tone in Tone::ALL {
            all.push((format!("{kind:?} {tone:?}"), render(kind, tone, fields)));
            all.push((
                format!("{kind:?} {tone:?} short"),
                render_short(kind, tone, fields),
            ));
        }
    }
    all
}

fn context_for(draft: &Draft, fields: &MessageFields) -> CheckContext {
    CheckContext::from_fields(draft.kind, template(draft.kind).channels[0], fields)
}

fn describe(draft: &Draft, fields: &MessageFields) -> String {
    let findings = check(&draft.subject, &draft.body, &context_for(draft, fields));
    let marked: Vec<String> = findings
        .iter()
        .map(|f| {
            let marked = f.marked(&draft.subject, &draft.body);
            format!("{:?} at {marked:?}: {}", f.rule, f.reason)
        })
        .collect();
    format!(
        "{}\n---\n{}\n---\n{}",
        draft.subject,
        draft.body,
        marked.join("\n")
    )
}

#[test]
fn complete_records_render_every_template_cleanly() {
    let fields = complete_fields();
    for (name, draft) in every_rendering(&fields) {
        assert!(
            !draft.subject.contains('[') && !draft.body.contains('['),
            "{name}"
        );
        let findings = check(&draft.subject, &draft.body, &context_for(&draft, &fields));
        assert!(
            findings.is_empty(),
            "{name}:\n{}",
            describe(&draft, &fields)
        );
    }
}

#[test]
fn drafts_pass_on_every_channel_they_suit() {
    let fields = complete_fields();
    for kind in MessageKind::ALL {
        for &channel in template(kind).channels {
            for tone in Tone::ALL {
                let draft = render(kind, tone, &fields);
                let context = CheckContext::from_fields(kind, channel, &fields);
                let findings = check(&draft.subject, &draft.body, &context);
                assert!(
                    findings.is_empty(),
                    "{kind:?} {tone:?} by {channel:?}: {findings:?}"
                );
            }
        }
    }
}

#[test]
fn every_decline_passes_with_every_reason_and_close() {
    let fields = complete_fields();
    for kind in MessageKind::ALL.into_iter().filter(|k| k.is_decline()) {
        for tone in Tone::ALL {
            for reason in Reason::ALL {
                for goodwill in Goodwill::ALL {
                    let mut parts =
                        crossroads::core::studio::DeclineParts::suggested(kind, tone, &fields);
                    parts.set_reason(reason, &fields);
                    parts.set_close(goodwill, tone, &fields);
                    let draft = parts.draft();
                    let context = CheckContext::from_fields(kind, Channel::Email, &fields);
                    let findings = check(&draft.subject, &draft.body, &context);
                    assert!(
                        findings.is_empty(),
                        "{kind:?} {tone:?} {reason:?} {goodwill:?}:\n{}",
                        describe(&draft, &fields)
                    );
                }
            }
        }
    }
}

#[test]
fn a_named_competitor_appears_only_when_chosen() {
    let mut fields = complete_fields();
    let hidden = render(MessageKind::CompetingDeadline, Tone::Neutral, &fields);
    assert!(!hidden.body.contains("Contoso"));
    assert!(hidden.body.contains("another offer"));

    fields.disclose_competing_employer = true;
    let named = render(MessageKind::CompetingDeadline, Tone::Neutral, &fields);
    assert!(named.body.contains("an offer from Contoso"));
    let context =
        CheckContext::from_fields(MessageKind::CompetingDeadline, Channel::Email, &fields);
    assert!(check(&named.subject, &named.body, &context).is_empty());

    // The same text, checked as if the user had not chosen to name them.
    fields.disclose_competing_employer = false;
    let context =
        CheckContext::from_fields(MessageKind::CompetingDeadline, Channel::Email, &fields);
    let findings = check(&named.subject, &named.body, &context);
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].rule, Rule::CompetitorDisclosed);
    assert_eq!(&named.body[findings[0].range.clone()], "Contoso");
}

#[test]
fn missing_records_leave_visible_gaps_that_the_checker_flags() {
    let empty = MessageFields::default();
    for (name, draft) in every_rendering(&empty) {
        let gaps = draft.subject.matches('[').count() + draft.body.matches('[').count();
        let findings = check(&draft.subject, &draft.body, &context_for(&draft, &empty));
        let unfilled: Vec<_> = findings
            .iter()
            .filter(|f| f.rule == Rule::Unfilled)
            .collect();
        assert!(gaps > 0, "{name} has no gap to fill:\n{}", draft.body);
        assert_eq!(unfilled.len(), gaps, "{name}");
        for finding in unfilled {
            let marked = finding.marked(&draft.subject, &draft.body);
            assert!(
                marked.starts_with('[') && marked.ends_with(']'),
                "{name}: {marked}"
            );
        }
    }
}

#[test]
fn each_gap_names_the_missing_field() {
    let fields = MessageFields {
        role: "Analyst".into(),
        ..MessageFields::default()
    };
    let draft = render(MessageKind::ThankYou, Tone::Warm, &fields);
    assert!(draft.body.starts_with("Hi [contact name],"));
    assert!(draft.body.contains("[interview date]"));
    assert!(draft.body.ends_with("[your name]"));
    assert!(draft.body.contains("Analyst"));

    let mut fields = complete_fields();
    fields.disclose_competing_employer = true;
    fields.competing_employer.clear();
    let draft = render(
        MessageKind::DeclineAcceptedElsewhere,
        Tone::Neutral,
        &fields,
    );
    assert!(
        draft.body.contains("[competing employer]"),
        "{}",
        draft.body
    );
}

#[test]
fn short_forms_are_two_sentences() {
    let fields = complete_fields();
    for kind in MessageKind::ALL {
        let draft = render_short(kind, Tone::Neutral, &fields);
        // The two sentences sit between greeting and sign-off in an email.
        let core = if template(kind).spoken {
            draft.body.as_str()
        } else {
            draft.body.split("\n\n").nth(1).expect("a middle paragraph")
        };
        let stops = core
            .char_indices()
            .filter(|(i, c)| {
                matches!(c, '.' | '?' | '!')
                    && core[i + 1..].chars().next().is_none_or(char::is_whitespace)
            })
            .count();
        assert_eq!(stops, 2, "{kind:?}: {core}");
    }
}

#[test]
fn the_voice_stays_calm() {
    let fields = complete_fields();
    for (name, draft) in every_rendering(&fields) {
        let text = format!("{} {}", draft.subject, draft.body);
        assert!(!text.contains('!'), "{name}");
        assert!(!text.contains("  "), "{name}: double space");
        for cliche in [
            "reach out",
            "circle back",
            "touch base",
            "at the end of the day",
            "going forward",
        ] {
            assert!(!text.to_lowercase().contains(cliche), "{name}: {cliche}");
        }
    }
}

#[test]
fn tones_differ_but_say_the_same_thing() {
    let fields = complete_fields();
    for kind in MessageKind::ALL {
        let drafts: Vec<Draft> = Tone::ALL
            .iter()
            .map(|&t| render(kind, t, &fields))
            .collect();
        assert_ne!(drafts[0].body, drafts[1].body, "{kind:?}");
        assert_ne!(drafts[1].body, drafts[2].body, "{kind:?}");
        assert!(
            drafts.iter().all(|d| d.subject == drafts[0].subject),
            "{kind:?}"
        );
    }
}

#[test]
fn call_choices_come_with_a_script_and_a_written_confirmation() {
    for kind in [
        MessageKind::CallScript,
        MessageKind::VideoScript,
        MessageKind::WithdrawCallScript,
        MessageKind::WithdrawVideoScript,
    ] {
        let t = template(kind);
        assert!(t.spoken && kind.is_script() && kind.says_no(), "{kind:?}");
        assert!(t
            .channels
            .iter()
            .all(|c| matches!(c, Channel::Call | Channel::Video)));
    }
    for kind in [
        MessageKind::CallConfirmation,
        MessageKind::WithdrawConfirmation,
    ] {
        let confirmation = template(kind);
        assert!(!confirmation.spoken && kind.is_confirmation() && kind.says_no());
        assert_eq!(confirmation.channels, [Channel::Email]);
    }
}

#[test]
fn every_script_prepares_for_why_and_for_a_counter() {
    let fields = complete_fields();
    for kind in MessageKind::ALL.into_iter().filter(|k| template(*k).spoken) {
        for tone in Tone::ALL {
            let body = render(kind, tone, &fields).body;
            let line = |prefix: &str| {
                body.lines()
                    .find_map(|l| l.strip_prefix(prefix))
                    .unwrap_or_else(|| panic!("{kind:?} {tone:?} has no {prefix:?} line:\n{body}"))
                    .to_string()
            };
            if kind == MessageKind::ExplodingOfferCallScript {
                // Asking for time: why it is needed, and what to say if the
                // date cannot move; never a reason for a no.
                assert!(line(ASKED_WHY).contains("considered answer"), "{body}");
                assert!(line(NO_MORE_TIME).contains("latest time"), "{body}");
                continue;
            }
            // The chosen reason, in its one sentence.
            assert_eq!(line(ASKED_WHY), "My personal circumstances have changed.");
            let counter = line(COUNTERED);
            assert!(counter.starts_with("Thank you"), "{kind:?}: {counter}");
            if matches!(
                kind,
                MessageKind::BackOutCallScript | MessageKind::StayingCallScript
            ) {
                // Taking back a yes or staying put: better terms on the call
                // do not reopen a decision already made.
                assert!(
                    counter.contains("made my decision") || counter.contains("stands"),
                    "{kind:?}: {counter}"
                );
                assert!(!counter.contains("in writing"), "{kind:?}: {counter}");
            } else {
                assert!(
                    counter.contains("in writing") && counter.contains("within three days"),
                    "{kind:?}: {counter}"
                );
            }
        }
    }
}

/// Offer wording: any "offer" that is not another employer's ("another
/// offer", "an offer from …"), and any form of "decline".
fn offer_wording(text: &str) -> Vec<String> {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let before = if i > 0 { words[i - 1] } else { "" };
        let after = words.get(i + 1).copied().unwrap_or("");
        let others = before == "another" || (before == "an" && after == "from");
        if (word.starts_with("offer") && !others) || word.starts_with("declin") {
            found.push(format!("{before} {word} {after}"));
        }
    }
    found
}

#[test]
fn offer_wording_is_recognised() {
    assert!(offer_wording("Thank you for the offer.").len() == 1);
    assert!(offer_wording("I have decided to decline.").len() == 1);
    assert!(offer_wording("Your Offer for the role").len() == 1);
    assert!(offer_wording("I have accepted another offer.").is_empty());
    assert!(offer_wording("I have accepted an offer from Contoso.").is_empty());
    assert!(offer_wording("Thank you for the opportunity.").is_empty());
}

#[test]
fn before_an_offer_no_draft_speaks_of_an_offer() {
    let interviewing = Opportunity {
        stage: Stage::Interviewing,
        ..Opportunity::new("pre-offer")
    };
    let mut fields = complete_fields();
    for kind in MessageKind::ALL {
        for reason in Reason::ALL.into_iter().map(Some).chain([None]) {
            let (fitted, reason) = fit_with_reason(kind, reason, &interviewing);
            if !suits(fitted, &interviewing) {
                // Only what answers an offer, and the messages of the later
                // paths (an offer withdrawn, a process to reopen, the current
                // employer's counteroffer), have no form before one.
                assert!(
                    kind.answers_offer()
                        || matches!(
                            kind,
                            MessageKind::OfferWithdrawnReply
                                | MessageKind::ReopenProcess
                                | MessageKind::DeclineCurrentCounteroffer
                        ),
                    "{kind:?} → {fitted:?}"
                );
                continue;
            }
            fields.reason = reason;
            for tone in Tone::ALL {
                for draft in [
                    render(fitted, tone, &fields),
                    render_short(fitted, tone, &fields),
                ] {
                    let text = format!("{}\n{}", draft.subject, draft.body);
                    let found = offer_wording(&text);
                    assert!(
                        found.is_empty(),
                        "{kind:?} as {fitted:?} {tone:?} {reason:?}: {found:?}\n{text}"
                    );
                    assert!(!template(fitted).label.starts_with("Decline"), "{fitted:?}");
                }
            }
        }
    }
}

#[test]
fn withdrawals_never_speak_of_an_offer() {
    let fields = complete_fields();
    for kind in MessageKind::ALL.into_iter().filter(|k| k.is_withdrawal()) {
        for tone in Tone::ALL {
            for draft in [
                render(kind, tone, &fields),
                render_short(kind, tone, &fields),
            ] {
                let text = format!("{}\n{}", draft.subject, draft.body);
                assert_eq!(
                    offer_wording(&text),
                    Vec::<String>::new(),
                    "{kind:?} {tone:?}"
                );
            }
        }
    }
}

#[test]
fn a_conditional_acceptance_names_what_must_be_in_writing() {
    let mut fields = complete_fields();
    let draft = render(MessageKind::ConditionalAcceptance, Tone::Neutral, &fields);
    assert!(
        draft.body.contains(
            "confirm in writing relocation support and the remote days, along with a start date of 1 May?"
        ),
        "{}",
        draft.body
    );
    // An unknown start date is asked for, not left as a gap.
    fields.start_date.clear();
    for draft in [
        render(MessageKind::ConditionalAcceptance, Tone::Warm, &fields),
        render_short(MessageKind::ConditionalAcceptance, Tone::Warm, &fields),
    ] {
        assert!(!draft.body.contains('['), "{}", draft.body);
        assert!(
            draft.body.contains("the start date you have in mind"),
            "{}",
            draft.body
        );
    }
    // A written acceptance still needs the date itself.
    let written = render(MessageKind::WrittenAcceptance, Tone::Neutral, &fields);
    assert!(written.body.contains("[start date]"), "{}", written.body);
}

#[test]
fn a_thank_you_mentions_the_interview_highlight_only_when_chosen() {
    let mut fields = complete_fields();
    let sentence = "I especially enjoyed hearing about the new pricing platform.";
    for tone in Tone::ALL {
        let draft = render(MessageKind::ThankYou, tone, &fields);
        assert_eq!(draft.body.matches(sentence).count(), 1, "{}", draft.body);
    }
    fields.mention_interview_highlight = false;
    let draft = render(MessageKind::ThankYou, Tone::Neutral, &fields);
    assert!(!draft.body.contains("especially"), "{}", draft.body);
    assert!(!draft.body.contains("  ") && !draft.body.contains(" ."));
}
