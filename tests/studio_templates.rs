//! Every template, in every tone and in its short form, against the checker:
//! complete records give clean drafts; missing records give visible, flagged
//! gaps.

use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::studio::{
    check, render, render_short, template, CheckContext, Draft, Goodwill, MessageFields, Reason,
    Rule, Tone,
};

fn complete_fields() -> MessageFields {
    MessageFields {
        your_name: "Maya Okafor".into(),
        contact_name: "Daniel".into(),
        company: "Northwind Traders".into(),
        role: "Senior Product Designer".into(),
        interview_date: "Tuesday 3 March".into(),
        decision_date: "Friday 13 March".into(),
        deadline: "Monday 16 March".into(),
        start_date: "1 May".into(),
        items_to_negotiate: vec!["the base salary".into(), "relocation support".into()],
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
    for kind in [MessageKind::CallScript, MessageKind::VideoScript] {
        let t = template(kind);
        assert!(t.spoken);
        assert!(t
            .channels
            .iter()
            .all(|c| matches!(c, Channel::Call | Channel::Video)));
    }
    let confirmation = template(MessageKind::CallConfirmation);
    assert!(!confirmation.spoken);
    assert_eq!(confirmation.channels, [Channel::Email]);
}
