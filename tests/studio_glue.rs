//! The glue between the user's records and the studio: fields filled from
//! the workspace, gaps shown when records are missing, the recommendation
//! opening the right template, marking as sent moving the plan on, and the
//! plan's calendar events.

use std::collections::BTreeMap;

use crossroads::core::assess::{assess, Assessment};
use crossroads::core::date::Date;
use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::model::{
    criterion, Contact, EmploymentModel, NonNegotiable, Opportunity, Priorities, RequiredFact,
    SentMessage, Stage, Support, Workspace,
};
use crossroads::core::plan::{calendar_events, plan_entries, When};
use crossroads::core::recommend::Action;
use crossroads::core::studio::channel_advice::Stage as AdvisorStage;
use crossroads::core::studio::from_workspace::{
    competing, decline_others, fields_with_spoken_dates, gaps, recipient_email,
    related_suggestions, situation_for, suggested_message, suggestions_for,
};
use crossroads::core::studio::{
    advise_channel, check, mark_sent, CheckContext, Comfort, Composed, DraftEdits, MessageField,
    MessageFields, Reason, Rule, Tone,
};

/// Monday 2 March 2026.
fn today() -> Date {
    Date::from_ymd(2026, 3, 2).unwrap()
}

fn scored(id: &str, stage: Stage, score: u8) -> Opportunity {
    let mut o = Opportunity::new(id);
    o.employer = format!("{id} Ltd");
    o.role = "Analyst".to_string();
    o.stage = stage;
    o.employment_model = EmploymentModel::Direct;
    for p in Priorities::default().criteria {
        o.set_score(&p.id, Some(score));
    }
    if stage.has_offer() {
        o.offer_in_writing = true;
        o.dates.offer = Some(today());
        o.dates.offer_deadline = Some(today().add_days(7));
    }
    o
}

fn contact(name: &str, opportunity: &str) -> Contact {
    Contact {
        id: format!("c-{opportunity}"),
        name: name.to_string(),
        email: format!("{}@example.org", name.to_lowercase()),
        opportunity_id: Some(opportunity.to_string()),
        ..Contact::default()
    }
}

/// Everything a message could need: the records, plus what the studio asks
/// for that the records do not hold (typed once per opportunity).
fn complete_workspace() -> Workspace {
    let mut o = scored("full", Stage::WrittenOffer, 4);
    o.set_latest_round_date(Some(today().add_days(-5)));
    o.dates.employer_decision = Some(today().add_days(3));
    // The figure a counter-proposal asks for, from the negotiation plan.
    o.negotiation.base.ask = crossroads::core::money::Money::major(70_000, "EUR");
    let other = scored("other", Stage::WrittenOffer, 3);
    let mut ws = Workspace {
        opportunities: vec![o, other],
        contacts: vec![
            contact("Priya", "full"),
            contact("Morgan", Workspace::CURRENT_ROLE_ID),
        ],
        ..Workspace::default()
    };
    ws.settings.your_name = "Sam Lee".into();
    let details: BTreeMap<String, String> = [
        ("start_date", "Monday 6 April"),
        ("items_to_negotiate", "the base salary, relocation support"),
        ("mobility_constraint", "visa sponsorship"),
        ("change_that_would_matter", "a fully remote contract"),
        (
            "transition_plan",
            "I will document my projects and train my successor",
        ),
        ("last_working_day", "Friday 3 April"),
        (
            "feedback_point",
            "the take-home task could name its time limit",
        ),
        ("referral_name", "Jo Park"),
        ("what_changed", "my family's move is now settled"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    ws.message_details.insert("full".into(), details);
    ws
}

#[test]
fn complete_records_leave_no_unfilled_field_in_any_template() {
    let ws = complete_workspace();
    let assessment = assess(&ws, today());
    let fields = fields_with_spoken_dates(&ws, &assessment, "full");
    assert_eq!(fields.contact_name, "Priya");
    assert_eq!(fields.company, "full Ltd");
    assert_eq!(fields.interview_date, "Wednesday 25 February");
    assert!(!fields.competing_deadline.is_empty(), "{fields:?}");
    for (kind, tone, short, draft) in every_composition(&fields) {
        let context = CheckContext::from_fields(kind, Channel::Email, &fields);
        let unfilled: Vec<_> = check(&draft.subject, &draft.body, &context)
            .into_iter()
            .filter(|f| f.rule == Rule::Unfilled)
            .collect();
        assert!(
            unfilled.is_empty(),
            "{kind:?} {tone:?} short={short}: {unfilled:?}\n{}",
            draft.body
        );
        assert!(gaps(&draft.subject, &draft.body).is_empty(), "{kind:?}");
    }
}

/// Every message composed from `fields`: each kind, in every tone, full and
/// short, with a reason chosen where one is required.
fn every_composition(fields: &MessageFields) -> Vec<(MessageKind, Tone, bool, Composed)> {
    let mut all = Vec::new();
    for kind in MessageKind::ALL {
        for tone in Tone::ALL {
            for short in [false, true] {
                let edits = DraftEdits {
                    tone,
                    short,
                    // A required reason is a choice, not a record: make it.
                    reason: (kind == MessageKind::WithdrawWithReason)
                        .then_some(Reason::PersonalCircumstances),
                    ..DraftEdits::default()
                };
                all.push((kind, tone, short, edits.compose(kind, fields)));
            }
        }
    }
    all
}

#[test]
fn a_message_to_the_current_employer_greets_your_manager_never_the_new_employers_people() {
    let ws = complete_workspace();
    let fields = fields_with_spoken_dates(&ws, &assess(&ws, today()), "full");
    assert_eq!(
        (fields.contact_name.as_str(), fields.manager_name.as_str()),
        ("Priya", "Morgan")
    );
    let mut to_current = 0;
    for (kind, tone, _, draft) in every_composition(&fields) {
        let body = draft.body;
        let (greets, never) = if kind.to_current_employer() {
            to_current += 1;
            ("Morgan", "Priya")
        } else {
            ("Priya", "Morgan")
        };
        assert!(!body.contains(never), "{kind:?} {tone:?}: {body}");
        if kind.to_current_employer() {
            assert!(body.contains(greets), "{kind:?} {tone:?}: {body}");
        }
    }
    assert_eq!(
        to_current,
        2 * 3 * 2,
        "a resignation and the answer to a counteroffer"
    );
    // The mail app addresses the same person the draft greets.
    for kind in MessageKind::ALL {
        let want = if kind.to_current_employer() {
            "morgan@example.org"
        } else {
            "priya@example.org"
        };
        assert_eq!(recipient_email(&ws, kind, "full"), want, "{kind:?}");
    }
}

#[test]
fn the_checker_flags_the_new_employers_people_typed_into_a_resignation() {
    use crossroads::core::studio::privacy::{PrivateTerms, Sharing};
    let ws = complete_workspace();
    let fields = fields_with_spoken_dates(&ws, &assess(&ws, today()), "full");
    let private_rules = |kind: MessageKind, body: &str| {
        let private = PrivateTerms::for_message(&ws, "full", kind, Sharing::default());
        let context = CheckContext::for_message(kind, Channel::Email, &fields, &private);
        check("Subject", body, &context)
            .into_iter()
            .filter(|f| f.rule == Rule::PrivateDetail)
            .count()
    };
    let rows = [
        // (message, text, private details found)
        (
            MessageKind::Resignation,
            "Hi Priya, please take this as my notice.",
            1,
        ),
        (
            MessageKind::Resignation,
            "Hi Morgan, please take this as my notice.",
            0,
        ),
        (
            MessageKind::ThankYou,
            "Hi Priya, thank you for your time.",
            0,
        ),
        (
            MessageKind::ThankYou,
            "Hi Morgan, thank you for your time.",
            1,
        ),
    ];
    for (kind, body, found) in rows {
        assert_eq!(private_rules(kind, body), found, "{kind:?}: {body}");
    }
}

#[test]
fn your_managers_name_is_kept_with_the_current_roles_contacts() {
    let mut ws = complete_workspace();
    ws.contacts
        .retain(|c| c.opportunity_id.as_deref() != Some(Workspace::CURRENT_ROLE_ID));
    ws.current_role.employer = "Now Corp".into();
    assert_eq!(MessageField::ManagerName.read(&ws, "full"), "");
    MessageField::ManagerName.write(&mut ws, "full", "Alex Morgan".into(), || "c-new".into());
    let added = ws
        .contacts
        .iter()
        .find(|c| c.id == "c-new")
        .expect("a contact added");
    assert_eq!(
        (
            added.name.as_str(),
            added.company.as_str(),
            added.opportunity_id.as_deref()
        ),
        ("Alex Morgan", "Now Corp", Some(Workspace::CURRENT_ROLE_ID))
    );
    assert_eq!(MessageField::ManagerName.read(&ws, "other"), "Alex Morgan");
    // The opportunity's own contact is untouched.
    assert_eq!(MessageField::ContactName.read(&ws, "full"), "Priya");
    let fields = fields_with_spoken_dates(&ws, &assess(&ws, today()), "full");
    assert_eq!(fields.manager_name, "Alex Morgan");
    // Only a message to the current employer asks for it, and then in place
    // of the contact at the new one.
    for kind in MessageKind::ALL {
        let asked: Vec<_> = MessageField::ALL
            .into_iter()
            .filter(|f| f.addresses(kind))
            .collect();
        assert_eq!(
            asked.contains(&MessageField::ManagerName),
            kind.to_current_employer(),
            "{kind:?}"
        );
        assert_eq!(
            asked.contains(&MessageField::ContactName),
            !kind.to_current_employer(),
            "{kind:?}"
        );
    }
}

#[test]
fn missing_records_show_as_gaps_the_checker_flags() {
    let ws = Workspace {
        opportunities: vec![Opportunity::new("bare")],
        ..Workspace::default()
    };
    let assessment = assess(&ws, today());
    let fields = fields_with_spoken_dates(&ws, &assessment, "bare");
    let draft = DraftEdits::default().compose(MessageKind::DeclineRoleFit, &fields);
    assert!(draft.body.contains("[contact name]"), "{}", draft.body);
    assert!(draft.body.contains("[your name]"), "{}", draft.body);
    let names: Vec<&str> = gaps(&draft.subject, &draft.body)
        .iter()
        .map(|s| s.name())
        .collect();
    assert!(
        names.contains(&"company") || names.contains(&"role"),
        "{names:?}"
    );
    assert!(names.contains(&"contact_name") && names.contains(&"your_name"));
    let context = CheckContext::new(MessageKind::DeclineRoleFit, Channel::Email);
    let flagged: Vec<String> = check(&draft.subject, &draft.body, &context)
        .iter()
        .filter(|f| f.rule == Rule::Unfilled)
        .map(|f| f.marked(&draft.subject, &draft.body).to_string())
        .collect();
    assert!(
        flagged.contains(&"[contact name]".to_string()),
        "{flagged:?}"
    );
}

#[test]
fn the_recommendation_opens_the_template_it_implies() {
    // A confirmed dealbreaker on the employment model → that decline.
    let mut agency = scored("agency", Stage::WrittenOffer, 4);
    agency.employment_model = EmploymentModel::Agency;
    let ws = Workspace {
        opportunities: vec![agency],
        non_negotiables: vec![NonNegotiable::Requires {
            fact: RequiredFact::DirectEmployment,
        }],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    assert_eq!(
        suggested_message(&ws, &a, "agency"),
        Some((
            MessageKind::DeclineEmploymentModel,
            Some(Reason::EmploymentModel)
        ))
    );
    let fields = fields_with_spoken_dates(&ws, &a, "agency");
    assert_eq!(
        fields.change_that_would_matter,
        "direct, permanent employment"
    );

    // Relocation support missing → the mobility decline, naming what is missing.
    let mut far = scored("far", Stage::WrittenOffer, 4);
    far.international_move = true;
    far.mobility.relocation_support = Support::None;
    let ws = Workspace {
        opportunities: vec![far],
        non_negotiables: vec![NonNegotiable::Requires {
            fact: RequiredFact::RelocationSupportInWriting,
        }],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    assert_eq!(
        suggested_message(&ws, &a, "far").map(|(k, _)| k),
        Some(MessageKind::DeclineMobility)
    );
    let fields = fields_with_spoken_dates(&ws, &a, "far");
    assert_eq!(fields.mobility_constraint, "relocation support");
    assert_eq!(fields.reason, Some(Reason::MobilityConstraints));

    // Negotiable gaps → the negotiation ask, with each gap's criterion
    // stated as an ask in the employer's terms (never the gap's label).
    let mut short = scored("short", Stage::WrittenOffer, 4);
    short.set_score(criterion::BASE_PAY, Some(1));
    short.set_score(criterion::TOTAL_REWARDS, Some(2));
    let ws = Workspace {
        opportunities: vec![short],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    assert_eq!(
        suggested_message(&ws, &a, "short").map(|(k, _)| k),
        Some(MessageKind::NegotiationAsk)
    );
    let fields = fields_with_spoken_dates(&ws, &a, "short");
    assert_eq!(
        fields.items_to_negotiate,
        ["a higher base salary", "a larger bonus or equity grant"]
    );
}

#[test]
fn asking_for_time_names_the_date_and_tells_the_other_employer_the_deadline() {
    let mut offer = scored("c", Stage::WrittenOffer, 3);
    offer.dates.offer_deadline = Some(today().add_days(2));
    let mut better = scored("better", Stage::Interviewing, 5);
    better.dates.employer_decision = Some(today().add_days(8));
    let ws = Workspace {
        opportunities: vec![offer, better],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    let rec = &a.for_opportunity("c").unwrap().recommendation;
    let crossroads::core::recommend::Action::AskForTime { until, .. } = rec.action else {
        panic!("{:?}", rec.action)
    };
    let fields = fields_with_spoken_dates(&ws, &a, "c");
    assert_eq!(
        fields.deadline,
        crossroads::core::timeline::spoken_date(until)
    );
    // The better option hears about c's deadline, but not c's name.
    let other = fields_with_spoken_dates(&ws, &a, "better");
    assert_eq!(other.competing_employer, "c Ltd");
    assert_eq!(other.competing_deadline, "Wednesday 4 March");
    let draft = DraftEdits::default().compose(MessageKind::CompetingDeadline, &other);
    assert!(draft.body.contains("Wednesday 4 March"), "{}", draft.body);
    assert!(!draft.body.contains("c Ltd"), "{}", draft.body);
}

#[test]
fn the_advisor_reads_stage_rounds_and_recruiter_from_the_opportunity() {
    let mut o = scored("x", Stage::WrittenOffer, 4);
    for _ in 0..4 {
        o.add_round(None);
    }
    let settings = Workspace::default().settings;
    let situation = situation_for(&o, &settings);
    assert_eq!(situation.stage, AdvisorStage::WrittenOffer);
    assert_eq!(situation.comfort, Comfort::FineWithCalls);
    assert_eq!(advise_channel(&situation).channel, Channel::Call);
    o.recruiter_involved = true;
    assert_eq!(
        advise_channel(&situation_for(&o, &settings)).channel,
        Channel::Recruiter
    );
    let before = Opportunity {
        stage: Stage::Interviewing,
        ..Opportunity::new("y")
    };
    assert_eq!(
        situation_for(&before, &settings).stage,
        AdvisorStage::BeforeOffer
    );
}

fn plan_of(a: &Assessment, id: &str) -> crossroads::core::timeline::FollowUpPlan {
    a.for_opportunity(id)
        .unwrap()
        .recommendation
        .follow_ups
        .clone()
}

#[test]
fn marking_a_decline_as_sent_closes_it_and_the_plan_keeps_in_touch() {
    let mut ws = Workspace {
        opportunities: vec![scored("d", Stage::WrittenOffer, 4)],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    mark_sent(
        &mut ws,
        SentMessage {
            id: "m1".into(),
            kind: MessageKind::DeclineRoleFit,
            channel: Channel::Email,
            date: Some(today()),
            opportunity_id: "d".into(),
            subject: "Your offer".into(),
            body: "Thank you.".into(),
        },
        &plan_of(&a, "d"),
    );
    let o = ws.opportunity("d").unwrap();
    assert_eq!(o.stage, Stage::Declined);
    assert_eq!(o.dates.closed, Some(today()));
    assert_eq!(ws.messages_for("d").count(), 1);
    let a = assess(&ws, today());
    let entries = plan_entries(&ws, &a, today());
    let touch = entries
        .iter()
        .find(|e| e.step.id == "d:stay_in_touch")
        .expect("a staying-in-touch step");
    assert_eq!(touch.step.date, Date::from_ymd(2026, 6, 2).unwrap());
    assert_eq!(touch.step.message, Some(MessageKind::StayInTouch));
    assert!(entries.iter().any(|e| e.step.id == "d:reengage_opens"));

    // A withdrawal before any offer is a withdrawal, and a thank-you marks its step done.
    let mut o = scored("w", Stage::Interviewing, 4);
    o.set_latest_round_date(Some(today()));
    let mut ws = Workspace {
        opportunities: vec![o],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    let thanks = SentMessage {
        kind: MessageKind::ThankYou,
        opportunity_id: "w".into(),
        date: Some(today()),
        ..SentMessage::default()
    };
    mark_sent(&mut ws, thanks, &plan_of(&a, "w"));
    assert!(ws.is_follow_up_done("w:thank_you:round-1"));
    assert_eq!(ws.opportunity("w").unwrap().stage, Stage::Interviewing);
    let withdraw = SentMessage {
        kind: MessageKind::WithdrawNoReason,
        opportunity_id: "w".into(),
        date: Some(today()),
        ..SentMessage::default()
    };
    mark_sent(&mut ws, withdraw, &plan_of(&a, "w"));
    assert_eq!(ws.opportunity("w").unwrap().stage, Stage::Withdrawn);
}

#[test]
fn accepting_one_lines_up_a_decline_or_withdrawal_for_every_other_open_one() {
    let ws = Workspace {
        opportunities: vec![
            scored("taken", Stage::Accepted, 4),
            scored("offer", Stage::WrittenOffer, 4),
            scored("talks", Stage::Interviewing, 4),
            scored("gone", Stage::Declined, 4),
            scored("countered", Stage::Counteroffer, 4),
        ],
        ..Workspace::default()
    };
    let others = decline_others(&ws, "taken");
    let kinds: Vec<(&str, MessageKind)> = others
        .iter()
        .map(|d| (d.opportunity_id.as_str(), d.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("offer", MessageKind::DeclineAcceptedElsewhere),
            ("talks", MessageKind::WithdrawWithReason),
            // New terms after a no: accepting elsewhere is news, and said so.
            ("countered", MessageKind::DeclineAcceptedElsewhere),
        ]
    );
    assert!(others
        .iter()
        .all(|d| d.reason == Reason::AcceptedAnotherOffer));
    // Each draft passes the checker as it stands.
    let a = assess(&ws, today());
    for other in &others {
        let mut fields = fields_with_spoken_dates(&ws, &a, &other.opportunity_id);
        fields.your_name = "Sam".into();
        fields.contact_name = "Kim".into();
        let edits = DraftEdits {
            reason: Some(other.reason),
            ..DraftEdits::default()
        };
        let draft = edits.compose(other.kind, &fields);
        let context = CheckContext::from_fields(other.kind, Channel::Email, &fields);
        assert_eq!(
            check(&draft.subject, &draft.body, &context),
            [],
            "{}",
            draft.body
        );
    }
}

#[test]
fn the_plan_is_in_date_order_and_exports_open_steps_with_stable_uids() {
    let ws = complete_workspace();
    let a = assess(&ws, today());
    let entries = plan_entries(&ws, &a, today());
    assert!(!entries.is_empty());
    assert!(entries.windows(2).all(|w| w[0].step.date <= w[1].step.date));
    assert!(entries
        .iter()
        .all(|e| e.when != When::Overdue || e.step.date < today()));
    let events = calendar_events(&entries);
    assert_eq!(events.len(), entries.len());
    assert!(events.iter().zip(&entries).all(|(e, p)| e.uid == p.step.id
        && e.date == p.step.date
        && e.alarm_days_before == Some(0)));

    let mut ws = ws;
    ws.set_follow_up_done(&entries[0].step.id, true);
    let entries = plan_entries(&ws, &a, today());
    assert_eq!(calendar_events(&entries).len(), entries.len() - 1);
}

/// The first message the app suggests for a process that never reached an
/// offer is a withdrawal, whatever the engine named, and carries the reason.
#[test]
fn a_withdrawal_before_an_offer_is_never_suggested_as_a_decline() {
    for stage in [Stage::Exploring, Stage::Interviewing] {
        let mut agency = scored("agency", stage, 4);
        agency.employment_model = EmploymentModel::Agency;
        let mut bored = scored("bored", stage, 2);
        bored.not_interested = true;
        let ws = Workspace {
            opportunities: vec![agency, bored],
            non_negotiables: vec![NonNegotiable::Requires {
                fact: RequiredFact::DirectEmployment,
            }],
            ..Workspace::default()
        };
        let a = assess(&ws, today());
        for id in ["agency", "bored"] {
            let suggestions = suggestions_for(&ws, &a, id);
            assert!(!suggestions.is_empty(), "{stage:?} {id}");
            for s in &suggestions {
                assert!(!s.kind.is_offer_decline(), "{stage:?} {id}: {s:?}");
                assert!(!s.kind.answers_offer(), "{stage:?} {id}: {s:?}");
            }
            let (first, _) = suggested_message(&ws, &a, id).unwrap();
            let label = crossroads::core::studio::template(first).label;
            assert!(!label.starts_with("Decline"), "{stage:?} {id}: {label}");
        }
        let (kind, reason) = suggested_message(&ws, &a, "agency").unwrap();
        assert!(kind.is_withdrawal(), "{stage:?}: {kind:?}");
        assert_eq!(reason, Some(Reason::EmploymentModel), "{stage:?}");
    }
}

/// After accepting, the engine asks to tell the others; each is told in the
/// form that fits its own stage.
#[test]
fn related_messages_take_the_form_of_the_opportunity_they_go_to() {
    let mut best = scored("best", Stage::WrittenOffer, 5);
    best.dates.offer_deadline = Some(today().add_days(1));
    let ws = Workspace {
        opportunities: vec![
            best,
            scored("offer", Stage::WrittenOffer, 2),
            scored("talks", Stage::Interviewing, 2),
        ],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    let rec = &a.for_opportunity("best").unwrap().recommendation;
    let related = related_suggestions(&ws, &a, "best");
    assert_eq!(related.len(), rec.related_messages.len(), "{rec:?}");
    for s in &related {
        let other = ws.opportunity(&s.opportunity_id).unwrap();
        assert_eq!(
            s.kind.is_withdrawal(),
            !other.stage.has_offer(),
            "{s:?} for {:?}",
            other.stage
        );
        assert!(s.why.is_some());
    }
    let talks = related
        .iter()
        .find(|s| s.opportunity_id == "talks")
        .expect("the process still in interviews is told");
    assert_eq!(talks.kind, MessageKind::WithdrawWithReason);
    if rec
        .related_messages
        .iter()
        .any(|m| m.opportunity_id == "talks" && m.message == MessageKind::DeclineAcceptedElsewhere)
    {
        // The decline's own reason travels into the withdrawal.
        assert_eq!(talks.reason, Some(Reason::AcceptedAnotherOffer));
    }
}

/// The competing-deadline message tells one employer about *another*
/// employer's deadline: never its own, and not at all when there is no other.
#[test]
fn a_competing_deadline_is_always_another_employers() {
    let mut only = scored("only", Stage::WrittenOffer, 3);
    only.dates.offer_deadline = Some(today().add_days(2));
    let mut better = scored("better", Stage::Interviewing, 5);
    better.dates.employer_decision = Some(today().add_days(8));
    let ws = Workspace {
        opportunities: vec![only, better],
        ..Workspace::default()
    };
    let a = assess(&ws, today());
    let o = ws.opportunity("only").unwrap();
    assert!(competing(&ws, &a, o).is_none());
    assert!(suggestions_for(&ws, &a, "only")
        .iter()
        .all(|s| s.kind != MessageKind::CompetingDeadline));
    let fields = fields_with_spoken_dates(&ws, &a, "only");
    assert_eq!(fields.competing_employer, "");
    // The other process hears about `only`'s deadline.
    let told = related_suggestions(&ws, &a, "only");
    assert!(
        told.iter()
            .any(|s| s.opportunity_id == "better" && s.kind == MessageKind::CompetingDeadline),
        "{told:?}"
    );
    let (other, _) = competing(&ws, &a, ws.opportunity("better").unwrap()).unwrap();
    assert_eq!(other.id, "only");

    // With a second offer, each is told about the other.
    let mut second = scored("second", Stage::WrittenOffer, 3);
    second.dates.offer_deadline = Some(today().add_days(4));
    let mut ws = ws;
    ws.opportunities.push(second);
    let a = assess(&ws, today());
    for o in &ws.opportunities {
        if let Some((other, _)) = competing(&ws, &a, o) {
            assert_ne!(other.id, o.id);
            assert!(other.stage.has_offer());
        }
    }
    assert_eq!(
        competing(&ws, &a, ws.opportunity("only").unwrap()).map(|(o, _)| o.id.as_str()),
        Some("second")
    );
}

#[test]
fn the_records_fill_the_start_date_the_in_writing_list_and_the_interview_highlight() {
    let mut o = scored("verbal", Stage::VerbalOffer, 5);
    o.offer_in_writing = false;
    o.dates.start_date = Date::from_ymd(2026, 4, 6);
    o.reactions.excited = "Owning the pricing dashboards end to end. Also the team.".into();
    let mut ws = Workspace {
        opportunities: vec![o],
        ..Workspace::default()
    };
    ws.settings.counteroffer_window_hours = 48;
    let a = assess(&ws, today());
    let fields = fields_with_spoken_dates(&ws, &a, "verbal");
    assert_eq!(fields.start_date, "Monday 6 April");
    assert_eq!(fields.counter_window, "two days");
    assert_eq!(
        fields.interview_highlight,
        "owning the pricing dashboards end to end"
    );
    assert!(fields.mention_interview_highlight);
    let rec = &a.for_opportunity("verbal").unwrap().recommendation;
    let Action::AcceptWithConditions { in_writing } = &rec.action else {
        panic!("{:?}", rec.action)
    };
    assert_eq!(fields.in_writing.len(), in_writing.len());
    let draft = DraftEdits::default().compose(MessageKind::ConditionalAcceptance, &fields);
    let names: Vec<&str> = gaps(&draft.subject, &draft.body)
        .iter()
        .map(|s| s.name())
        .collect();
    // Only who it is to and from: nothing the records could fill.
    assert_eq!(names, ["contact_name", "your_name"], "{}", draft.body);
    assert!(
        draft.body.contains("a start date of Monday 6 April"),
        "{}",
        draft.body
    );
    // The engine's "heading: detail" items read as part of a sentence.
    assert!(!draft.body.contains(": "), "{}", draft.body);

    let thanks = DraftEdits::default().compose(MessageKind::ThankYou, &fields);
    assert!(
        thanks.body.contains(
            "I especially enjoyed hearing about owning the pricing dashboards end to end."
        ),
        "{}",
        thanks.body
    );

    // The user can leave it out; a long note is left out unless asked for.
    ws.message_details
        .entry("verbal".into())
        .or_default()
        .insert(
            MessageField::MentionInterviewHighlight.name().into(),
            "no".into(),
        );
    let fields = fields_with_spoken_dates(&ws, &a, "verbal");
    assert!(!fields.mention_interview_highlight);
    ws.message_details.clear();
    ws.opportunities[0].reactions.excited =
        "How much the team cares about the people who use the product every single day".into();
    let fields = fields_with_spoken_dates(&ws, &a, "verbal");
    assert!(!fields.mention_interview_highlight);
    let thanks = DraftEdits::default().compose(MessageKind::ThankYou, &fields);
    assert!(!thanks.body.contains("especially"), "{}", thanks.body);
    // Worries and vague promises never reach a thank-you.
    ws.opportunities[0].reactions.excited.clear();
    ws.opportunities[0].reactions.worried = "The manager seemed rushed".into();
    ws.opportunities[0].reactions.unclear_commitments = "Remote days".into();
    let fields = fields_with_spoken_dates(&ws, &a, "verbal");
    let thanks = DraftEdits::default().compose(MessageKind::ThankYou, &fields);
    assert!(
        !thanks.body.contains("rushed") && !thanks.body.contains("Remote days"),
        "{}",
        thanks.body
    );
}

#[test]
fn a_thank_you_names_the_round_whose_thank_you_is_next_on_the_plan() {
    // Round 1 held last Thursday, round 2 set for Thursday this week: the
    // thank-you written now is for round 1, not for a round still to come.
    let mut o = scored("acme", Stage::Interviewing, 3);
    o.add_round(Some(today().add_days(-4)));
    o.add_round(Some(today().add_days(3)));
    let mut ws = Workspace {
        opportunities: vec![o],
        ..Workspace::default()
    };
    let interview = |ws: &Workspace, on: Date| {
        fields_with_spoken_dates(ws, &assess(ws, on), "acme").interview_date
    };
    assert_eq!(interview(&ws, today()), "Thursday 26 February");
    // Once that thank-you is ticked done, the next one is round 2's.
    ws.set_follow_up_done("acme:thank_you:round-1", true);
    assert_eq!(interview(&ws, today()), "Thursday 5 March");
    ws.set_follow_up_done("acme:thank_you:round-1", false);
    // After round 2 is held, its thank-you is the one due.
    assert_eq!(interview(&ws, today().add_days(4)), "Thursday 5 March");
    // No plan step for any round (an offer is on the table): the latest round.
    ws.opportunities[0].stage = Stage::WrittenOffer;
    assert_eq!(interview(&ws, today()), "Thursday 5 March");
}
