//! The heavy-use workspace: what a long search piles up. 200 opportunities
//! (one in twenty still open, the rest settled in every way there is), 30
//! criteria all scored, 300 contacts and 500 sent messages with full bodies. Shared by the heavy-use test
//! (tests/storage_heavy.rs), the e2e test and the benchmark (both through
//! `cargo run --example heavy_workspace`).

#![allow(dead_code)]

use crossroads::core::date::Date;
use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::model::{Axis, Contact, Opportunity, Round, SentMessage, Stage, Workspace};

/// How much the heavy workspace holds.
pub const OPPORTUNITIES: usize = 200;
/// Criteria in the matrix.
pub const CRITERIA: usize = 30;
/// Sent messages.
pub const MESSAGES: usize = 500;
/// Contacts.
pub const CONTACTS: usize = 300;

/// The heavy workspace, set on `today`.
pub fn heavy_workspace(today: Date) -> Workspace {
    let sample = Workspace::sample(today);
    let mut w = Workspace::default();
    w.settings.your_name = "Sam Lee".into();
    for i in w.priorities.criteria.len()..CRITERIA {
        w.priorities.add(
            format!("extra{i}"),
            format!("Extra criterion {i}"),
            Axis::LifeContext,
        );
    }
    let criteria: Vec<String> = w.priorities.criteria.iter().map(|p| p.id.clone()).collect();
    let (open, settled): (Vec<Stage>, Vec<Stage>) =
        Stage::ALL.into_iter().partition(|s| s.is_active());
    let paragraph = "They described the team's plans for the next year, the tools in use and how \
        the role grows; the manager answered every question directly and followed up in writing.";
    w.opportunities = (0..OPPORTUNITIES)
        .map(|i| {
            let mut o = Opportunity::new(format!("opp{i}"));
            o.employer = format!("Employer {i}");
            o.role = format!("Analyst {}", i % 7);
            o.location = "Lisbon".into();
            o.stage = if i % 20 == 0 {
                open[(i / 20) % open.len()]
            } else {
                settled[i % settled.len()]
            };
            // Money comes from the demo data, whatever shape it takes.
            o.compensation = sample.opportunities[i % sample.opportunities.len()]
                .compensation
                .clone();
            for (j, id) in criteria.iter().enumerate() {
                o.scores.insert(id.clone(), ((i * 7 + j * 3) % 5 + 1) as u8);
            }
            o.rounds = (1..=2)
                .map(|n| Round {
                    notes: paragraph.into(),
                    people: vec![format!("Interviewer {n}")],
                    ..Round::on(
                        format!("round-{n}"),
                        Some(today.add_days(-(i as i32 % 60) - n)),
                    )
                })
                .collect();
            o.notes = paragraph.into();
            o.reactions.excited = paragraph.into();
            o.dates.offer = Some(today.add_days(-(i as i32 % 30)));
            o
        })
        .collect();
    w.contacts = (0..CONTACTS)
        .map(|i| Contact {
            id: format!("contact{i}"),
            name: format!("Contact {i}"),
            title: "Hiring manager".into(),
            company: format!("Employer {}", i % OPPORTUNITIES),
            email: format!("contact{i}@example.com"),
            notes: paragraph.into(),
            opportunity_id: Some(format!("opp{}", i % OPPORTUNITIES)),
            ..Contact::default()
        })
        .collect();
    let body = format!(
        "Dear Contact,\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\nBest regards,\nSam Lee"
    );
    w.sent_messages = (0..MESSAGES)
        .map(|i| SentMessage {
            id: format!("message{i}"),
            kind: MessageKind::ALL[i % MessageKind::ALL.len()],
            channel: Channel::Email,
            date: Some(today.add_days(-(i as i32 % 90))),
            opportunity_id: format!("opp{}", i % OPPORTUNITIES),
            subject: format!("Following up, message {i}"),
            body: body.clone(),
        })
        .collect();
    w
}
