//! A small, clearly labelled demo data set for "explore a sample".

use super::*;
use crate::core::date::Date;
use crate::core::message_kind::{Channel, MessageKind};

/// Scores for the twelve default criteria, in default order.
/// `count` rounds a week apart, the latest `latest_offset` days from today.
/// Whole euros.
fn eur(units: i64) -> crate::core::money::Money {
    crate::core::money::Money::major(units, "EUR")
}

fn rounds_up_to(today: Date, count: i32, latest_offset: i32) -> Vec<Round> {
    (1..=count)
        .map(|n| {
            let date = today.add_days(latest_offset - 7 * (count - n));
            Round::on(format!("round-{n}"), Some(date))
        })
        .collect()
}

fn scored(mut opportunity: Opportunity, scores: [Option<u8>; 12]) -> Opportunity {
    let priorities = Priorities::default();
    for (priority, score) in priorities.criteria.iter().zip(scores) {
        opportunity.set_score(&priority.id, score);
    }
    opportunity
}

impl Workspace {
    /// Demo data with dates relative to `today`: a local written offer with a
    /// close deadline, an international role still interviewing whose mobility
    /// support is only verbal so far, and an agency role. Marked
    /// [`Workspace::is_sample`] so the UI can say so and offer to clear it.
    pub fn sample(today: Date) -> Workspace {
        let mut workspace = Workspace {
            is_sample: true,
            ..Workspace::default()
        };
        workspace.goals = Goals {
            one_year: "Lead analytics work for a product team.".to_string(),
            three_years: "Head a small data team, ideally abroad.".to_string(),
        };
        workspace.non_negotiables = vec![
            NonNegotiable::Requires {
                fact: RequiredFact::DirectEmployment,
            },
            NonNegotiable::Requires {
                fact: RequiredFact::VisaSponsorship,
            },
        ];
        workspace.current_role = scored(
            Opportunity {
                id: Workspace::CURRENT_ROLE_ID.to_string(),
                employer: "Your current employer (sample)".to_string(),
                role: "Data Analyst".to_string(),
                stage: Stage::Accepted,
                employment_model: EmploymentModel::Direct,
                compensation: Compensation {
                    base: eur(52_000),
                    target_bonus: eur(3_000),
                    benefits_per_year: eur(4_000),
                    commute_cost_per_year: eur(1_200),
                    currency: "EUR".to_string(),
                    tax_rate: Some(36.0),
                    leave_days: Some(25),
                    ..Compensation::default()
                },
                notice_period: NoticePeriod {
                    count: 1,
                    unit: NoticeUnit::Months,
                },
                looking_reason: LookingReason {
                    criteria: vec![
                        criterion::TRAJECTORY.to_string(),
                        criterion::LEARNING.to_string(),
                    ],
                    text: "No path to a senior role, and little time to learn new tools."
                        .to_string(),
                },
                ..Opportunity::default()
            },
            [
                Some(3),
                Some(2),
                Some(3),
                Some(3),
                Some(4),
                Some(4),
                Some(3),
                Some(3),
                Some(2),
                Some(5),
                Some(3),
                Some(4),
            ],
        );
        let mut local = scored(
            Opportunity {
                id: "sample-northwind".to_string(),
                employer: "Northwind Analytics (sample)".to_string(),
                role: "Senior Data Analyst".to_string(),
                location: "Utrecht".to_string(),
                work_arrangement: WorkArrangement::Hybrid,
                remote_days_per_week: Some(2),
                employment_model: EmploymentModel::Direct,
                stage: Stage::WrittenOffer,
                offer_in_writing: true,
                rounds: rounds_up_to(today, 3, -9),
                dates: KeyDates {
                    offer: Some(today.add_days(-1)),
                    offer_deadline: Some(today.add_days(3)),
                    ..KeyDates::default()
                },
                compensation: Compensation {
                    base: eur(61_000),
                    target_bonus: eur(4_000),
                    benefits_per_year: eur(5_000),
                    sign_on: eur(3_000),
                    sign_on_clawback_months: 12,
                    commute_cost_per_year: eur(900),
                    currency: "EUR".to_string(),
                    tax_rate: Some(38.0),
                    leave_days: Some(28),
                    pension_match: Some(4.0),
                    ..Compensation::default()
                },
                reactions: Reactions {
                    excited: "Owning the pricing dashboards end to end.".to_string(),
                    worried: "Two reorganisations in three years.".to_string(),
                    captured_on: Some(today.add_days(-9)),
                    ..Reactions::default()
                },
                ..Opportunity::default()
            },
            [
                Some(4),
                Some(4),
                Some(3),
                Some(3),
                Some(4),
                Some(3),
                Some(4),
                Some(4),
                Some(4),
                Some(5),
                None,
                Some(4),
            ],
        );
        let abroad = scored(
            Opportunity {
                id: "sample-harbour".to_string(),
                employer: "Harbour & Finch (sample)".to_string(),
                role: "Analytics Lead".to_string(),
                location: "Lisbon".to_string(),
                work_arrangement: WorkArrangement::OnSite,
                international_move: true,
                employment_model: EmploymentModel::Direct,
                stage: Stage::Interviewing,
                recruiter_involved: true,
                rounds: rounds_up_to(today, 2, -2),
                dates: KeyDates {
                    employer_decision: Some(today.add_days(6)),
                    ..KeyDates::default()
                },
                compensation: Compensation {
                    base: eur(58_000),
                    target_bonus: eur(6_000),
                    relocation_allowance: eur(8_000),
                    relocation_cost: eur(10_000),
                    currency: "EUR".to_string(),
                    cost_of_living_index: Some(85.0),
                    tax_rate: Some(30.0),
                    leave_days: Some(22),
                    ..Compensation::default()
                },
                mobility: MobilityFacts {
                    visa_sponsorship: VisaSponsorship::Contingent,
                    relocation_support: Support::Verbal,
                    ..MobilityFacts::default()
                },
                goals_alignment: GoalsAlignment {
                    one_year: Alignment::Advances,
                    three_years: Alignment::Advances,
                },
                concerns: vec![Concern {
                    id: "sample-harbour-housing".to_string(),
                    text: "Nobody mentioned temporary housing.".to_string(),
                    basis: ConcernBasis::Perception,
                    weight: ConcernWeight::Negotiable,
                    criterion_id: Some(criterion::MOBILITY.to_string()),
                    resolved: false,
                    raised: None,
                }],
                ..Opportunity::default()
            },
            [
                Some(5),
                Some(5),
                Some(3),
                Some(4),
                Some(4),
                None,
                Some(3),
                None,
                Some(5),
                Some(4),
                Some(2),
                None,
            ],
        );
        let agency = scored(
            Opportunity {
                id: "sample-brightpath".to_string(),
                employer: "Brightpath Staffing (sample)".to_string(),
                role: "Analytics Consultant".to_string(),
                location: "Amsterdam".to_string(),
                employment_model: EmploymentModel::Agency,
                stage: Stage::Interviewing,
                recruiter_involved: true,
                rounds: rounds_up_to(today, 1, -4),
                dates: KeyDates {
                    ..KeyDates::default()
                },
                ..Opportunity::default()
            },
            [
                Some(3),
                Some(2),
                Some(4),
                None,
                None,
                None,
                Some(3),
                Some(3),
                Some(3),
                Some(1),
                None,
                None,
            ],
        );
        // The hiring manager was at the last round; the offer waits on references.
        if let Some(round) = local.rounds.last_mut() {
            round.format = RoundFormat::OnSite;
            round.people = vec!["sample-contact-1".to_string()];
        }
        local.contingencies = vec![Contingency {
            id: "sample-condition-1".to_string(),
            kind: ContingencyKind::References,
            status: ContingencyStatus::Pending,
            date: Some(today.add_days(4)),
            note: String::new(),
        }];
        workspace.opportunities = vec![local, abroad, agency];
        workspace.contacts = vec![Contact {
            id: "sample-contact-1".to_string(),
            name: "Sam Ortega (sample)".to_string(),
            title: "Hiring manager".to_string(),
            company: "Northwind Analytics (sample)".to_string(),
            opportunity_id: Some("sample-northwind".to_string()),
            ..Contact::default()
        }];
        // Two thank-you notes already sent, so the history has something to show.
        workspace.sent_messages = vec![
            SentMessage {
                id: "sample-sent-1".to_string(),
                kind: MessageKind::ThankYou,
                channel: Channel::Email,
                date: Some(today.add_days(-8)),
                opportunity_id: "sample-northwind".to_string(),
                subject: "Thank you for yesterday's conversation".to_string(),
                body: "Dear Sam,\n\nThank you for the time you and the team gave me yesterday. I enjoyed hearing how the analytics work supports product decisions, and I am keen to hear about next steps.\n\nKind regards".to_string(),
            },
            SentMessage {
                id: "sample-sent-2".to_string(),
                kind: MessageKind::ThankYou,
                channel: Channel::Email,
                date: Some(today.add_days(-1)),
                opportunity_id: "sample-harbour".to_string(),
                subject: "Thank you for the interview".to_string(),
                body: "Dear hiring team,\n\nThank you for the conversation yesterday. I appreciated the detail on the relocation process.\n\nBest regards".to_string(),
            },
        ];
        // The thank-you notes above, ticked off on the plan.
        workspace.follow_ups_done.extend([
            "sample-northwind:thank_you:round-3".to_string(),
            "sample-harbour:thank_you:round-2".to_string(),
        ]);
        workspace
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_is_marked_and_round_trips() {
        let today = Date::from_ymd(2026, 3, 2).unwrap();
        let w = Workspace::sample(today);
        assert!(w.is_sample);
        assert_eq!(w.opportunities.len(), 3);
        let back: Workspace = serde_json::from_str(&serde_json::to_string(&w).unwrap()).unwrap();
        assert_eq!(back, w);
    }
}
