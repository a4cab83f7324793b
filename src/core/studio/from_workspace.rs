//! The glue between the user's records and the studio: which fields a
//! message is filled from, which template the engine's recommendation
//! implies, how the channel advisor sees the opportunity, and which slots a
//! draft still needs.
//!
//! The studio itself stays independent of the model; this is the one place
//! that reads both.

use super::channel_advice::{Comfort, Situation, Stage as AdvisorStage};
use super::fields::{placeholder, MessageFields, Reason};
use super::negotiation::{items_to_raise, write_asks};
use crate::core::assess::Assessment;
use crate::core::date::Date;
use crate::core::message_kind::MessageKind;
use crate::core::model::{
    EmploymentModel, Opportunity, Stage, Support, VisaSponsorship, WorkArrangement, Workspace,
};
use crate::core::recommend::{Action, Recommendation, Rule};
use crate::core::timeline::{decision_due, spoken_date};

/// A slot a draft may need, with the words the screen asks for it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    /// The slot's name in [`MessageFields`] (`"contact_name"`).
    pub name: &'static str,
    /// The field's label.
    pub label: &'static str,
    /// A hint under the label.
    pub hint: &'static str,
}

/// Every slot the screen can ask for, in the order it asks.
pub const SLOTS: [Slot; 18] = [
    Slot {
        name: "company",
        label: "Company",
        hint: "The employer the message is about.",
    },
    Slot {
        name: "contact_name",
        label: "Contact name",
        hint: "Who you are writing to, as you would greet them.",
    },
    Slot {
        name: "role",
        label: "Role",
        hint: "The job title, as they wrote it.",
    },
    Slot {
        name: "your_name",
        label: "Your name",
        hint: "For the sign-off. Kept for every message.",
    },
    Slot {
        name: "interview_date",
        label: "Interview date",
        hint: "As you would write it, for example Tuesday 3 March.",
    },
    Slot {
        name: "decision_date",
        label: "When they said they would decide",
        hint: "As you would write it.",
    },
    Slot {
        name: "deadline",
        label: "The date you ask to reply by",
        hint: "As you would write it.",
    },
    Slot {
        name: "start_date",
        label: "Start date",
        hint: "The agreed or proposed first day.",
    },
    Slot {
        name: "items_to_negotiate",
        label: "What to negotiate",
        hint: "One to three items, separated by commas, for example the base salary, relocation support.",
    },
    Slot {
        name: "competing_deadline",
        label: "The other employer's deadline",
        hint: "When you have to answer the other offer.",
    },
    Slot {
        name: "competing_employer",
        label: "The other employer",
        hint: "Only written into the message because you chose to name them.",
    },
    Slot {
        name: "mobility_constraint",
        label: "What your situation requires",
        hint: "For example visa sponsorship and a start after June.",
    },
    Slot {
        name: "change_that_would_matter",
        label: "The one change that would matter",
        hint: "For example a fully remote contract.",
    },
    Slot {
        name: "transition_plan",
        label: "Your handover plan",
        hint: "How you will hand over your current work.",
    },
    Slot {
        name: "last_working_day",
        label: "Your last working day",
        hint: "As you would write it.",
    },
    Slot {
        name: "feedback_point",
        label: "The one observation to share",
        hint: "Constructive and specific.",
    },
    Slot {
        name: "referral_name",
        label: "Who you would refer",
        hint: "A colleague who could fit the role.",
    },
    Slot {
        name: "what_changed",
        label: "What has changed",
        hint: "Since you said no or last wrote.",
    },
];

/// The slot called `name`, if the screen can ask for it.
pub fn slot(name: &str) -> Option<&'static Slot> {
    SLOTS.iter().find(|slot| slot.name == name)
}

/// The slots a draft still shows as `[placeholders]`, each once, in the
/// order of [`SLOTS`]. The `[reason]` gap is not listed: the reason is chosen
/// from its own list.
pub fn gaps(subject: &str, body: &str) -> Vec<&'static Slot> {
    SLOTS
        .iter()
        .filter(|slot| {
            let marker = match slot.name {
                "competing_employer" => placeholder("other_offer"),
                name => placeholder(name),
            };
            subject.contains(&marker) || body.contains(&marker)
        })
        .collect()
}

/// Writes `value` into the slot called `name`; unknown names are ignored.
pub fn set_slot(fields: &mut MessageFields, name: &str, value: &str) {
    let value = value.trim().to_string();
    match name {
        "your_name" => fields.your_name = value,
        "contact_name" => fields.contact_name = value,
        "company" => fields.company = value,
        "role" => fields.role = value,
        "interview_date" => fields.interview_date = value,
        "decision_date" => fields.decision_date = value,
        "deadline" => fields.deadline = value,
        "start_date" => fields.start_date = value,
        "items_to_negotiate" => {
            fields.items_to_negotiate = value
                .split(',')
                .map(|item| item.trim().to_string())
                .filter(|item| !item.is_empty())
                .collect();
        }
        "competing_deadline" => fields.competing_deadline = value,
        "competing_employer" => fields.competing_employer = value,
        "mobility_constraint" => fields.mobility_constraint = value,
        "change_that_would_matter" => fields.change_that_would_matter = value,
        "transition_plan" => fields.transition_plan = value,
        "last_working_day" => fields.last_working_day = value,
        "feedback_point" => fields.feedback_point = value,
        "referral_name" => fields.referral_name = value,
        "what_changed" => fields.what_changed = value,
        _ => {}
    }
}

/// The key a draft's edits are kept under: opportunity id and kind slug.
pub fn draft_key(opportunity_id: &str, kind: MessageKind) -> String {
    format!("{opportunity_id}/{}", kind.slug())
}

/// The people the user met for an opportunity, first added first.
pub fn contacts_for<'a>(
    workspace: &'a Workspace,
    opportunity_id: &'a str,
) -> impl Iterator<Item = &'a crate::core::model::Contact> + 'a {
    workspace
        .contacts
        .iter()
        .filter(move |c| c.opportunity_id.as_deref() == Some(opportunity_id))
}

/// Everything the records say that a message about `opportunity_id` can use,
/// with dates written by `format_date` (the UI passes the browser's Intl; see
/// [`spoken_date`] for a plain fallback). What the user typed on the studio
/// screen for this opportunity (`Workspace::message_details`) wins over
/// anything derived. An unknown opportunity gives the settings-only fields.
pub fn fields_for(
    workspace: &Workspace,
    assessment: &Assessment,
    opportunity_id: &str,
    format_date: &dyn Fn(Date) -> String,
) -> MessageFields {
    let mut fields = MessageFields {
        your_name: workspace.settings.your_name.trim().to_string(),
        ..MessageFields::default()
    };
    let Some(o) = workspace.opportunity(opportunity_id) else {
        return fields;
    };
    let date = |d: Option<Date>| d.map(format_date).unwrap_or_default();
    let recommendation = assessment
        .for_opportunity(opportunity_id)
        .map(|a| &a.recommendation);

    fields.company = o.employer.trim().to_string();
    fields.role = o.role.trim().to_string();
    fields.contact_name = contacts_for(workspace, opportunity_id)
        .map(|c| c.name.trim())
        .find(|name| !name.is_empty())
        .unwrap_or_default()
        .to_string();
    fields.interview_date = date(o.dates.interview);
    fields.decision_date = date(o.dates.employer_decision);
    fields.deadline = match recommendation.map(|r| &r.action) {
        Some(Action::AskForTime { until, .. }) => format_date(*until),
        _ => date(o.dates.offer_deadline),
    };
    let asks = items_to_raise(workspace, o, recommendation.map(|r| &r.action));
    write_asks(&mut fields, &asks, o.international_move);
    fields.reason = recommendation.and_then(suggested_reason);
    if let Some((other, due)) = competing(workspace, assessment, o) {
        fields.competing_employer = other.employer.trim().to_string();
        fields.competing_deadline = format_date(due);
    }
    fields.mobility_constraint = mobility_constraint(o);
    // The user's first ask, never an engine label.
    fields.change_that_would_matter = match asks.first() {
        Some(first) => first.ask.clone(),
        None if !matches!(
            o.employment_model,
            EmploymentModel::Direct | EmploymentModel::Unknown
        ) =>
        {
            "direct, permanent employment".to_string()
        }
        None => String::new(),
    };
    if let Some(details) = workspace.message_details.get(opportunity_id) {
        for (name, value) in details {
            if !value.trim().is_empty() {
                set_slot(&mut fields, name, value);
            }
        }
    }
    fields
}

/// [`fields_for`] with dates as people say them ("Friday 6 March"), for
/// callers without a locale.
pub fn fields_with_spoken_dates(
    workspace: &Workspace,
    assessment: &Assessment,
    opportunity_id: &str,
) -> MessageFields {
    fields_for(workspace, assessment, opportunity_id, &spoken_date)
}

/// The other employer whose deadline this opportunity should hear about,
/// and that deadline: the one whose recommendation asks to tell this one,
/// else the earliest answer due among the other open offers.
fn competing<'a>(
    workspace: &'a Workspace,
    assessment: &Assessment,
    o: &Opportunity,
) -> Option<(&'a Opportunity, Date)> {
    // Only an offer with a date has a deadline worth naming, so the
    // fallback "today" inside decision_due is never reached.
    let due_date = |other: &Opportunity| {
        other
            .dates
            .offer_deadline
            .or(other.dates.offer)
            .map(|_| decision_due(other, &workspace.settings, Date::from_days(0)))
    };
    let asked_by = assessment.opportunities.iter().find_map(|a| {
        a.recommendation
            .related_messages
            .iter()
            .any(|m| m.opportunity_id == o.id && m.message == MessageKind::CompetingDeadline)
            .then(|| workspace.opportunity(&a.opportunity_id))
            .flatten()
    });
    if let Some(other) = asked_by {
        if let Some(due) = due_date(other) {
            return Some((other, due));
        }
    }
    workspace
        .opportunities
        .iter()
        .filter(|other| other.id != o.id && other.stage.has_offer())
        .filter_map(|other| due_date(other).map(|due| (other, due)))
        .min_by_key(|(_, due)| *due)
}

/// What an international move needs that this employer does not give, in
/// words for the mobility reason; empty when nothing is known to be missing.
fn mobility_constraint(o: &Opportunity) -> String {
    if !o.international_move {
        return String::new();
    }
    let mut needs = Vec::new();
    if matches!(
        o.mobility.visa_sponsorship,
        VisaSponsorship::No | VisaSponsorship::Contingent
    ) {
        needs.push("visa sponsorship");
    }
    if o.mobility.relocation_support == Support::None {
        needs.push("relocation support");
    }
    if o.mobility.family_visas == Support::None {
        needs.push("visas for my family");
    }
    match needs.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The reason a decline of `kind` gives by nature, if it names one.
pub fn reason_for(kind: MessageKind) -> Option<Reason> {
    match kind {
        MessageKind::DeclineAcceptedElsewhere => Some(Reason::AcceptedAnotherOffer),
        MessageKind::DeclineRoleFit => Some(Reason::RoleNotRightFit),
        MessageKind::DeclineEmploymentModel => Some(Reason::EmploymentModel),
        MessageKind::DeclineMobility => Some(Reason::MobilityConstraints),
        MessageKind::DeclineCompensation => Some(Reason::Compensation),
        _ => None,
    }
}

/// The reason the recommendation implies for saying no, if it says no for one.
pub fn suggested_reason(recommendation: &Recommendation) -> Option<Reason> {
    if let Some(reason) = recommendation.decline_reason {
        return Some(reason);
    }
    if recommendation.has_rule(Rule::AcceptedElsewhere) {
        return Some(Reason::AcceptedAnotherOffer);
    }
    if recommendation.has_rule(Rule::ConfirmedDealbreaker) {
        return recommendation.messages.iter().find_map(|k| reason_for(*k));
    }
    None
}

/// The message the recommendation puts first, with the reason it implies:
/// the template the studio should open on.
pub fn suggested_message(recommendation: &Recommendation) -> Option<(MessageKind, Option<Reason>)> {
    let kind = *recommendation.messages.first()?;
    let reason = reason_for(kind).or_else(|| suggested_reason(recommendation));
    Some((kind, reason))
}

/// How the channel advisor sees an opportunity, with the user's own
/// threshold for "many rounds" and their choice to write rather than call.
pub fn situation_for(o: &Opportunity, settings: &crate::core::model::Settings) -> Situation {
    let stage = match o.stage {
        Stage::VerbalOffer => AdvisorStage::VerbalOffer,
        Stage::WrittenOffer => AdvisorStage::WrittenOffer,
        Stage::Counteroffer => AdvisorStage::Counteroffer,
        Stage::Exploring | Stage::Interviewing => AdvisorStage::BeforeOffer,
        // Settled: judge by whether an offer was ever made.
        _ if o.dates.offer.is_some() || o.offer_in_writing => AdvisorStage::WrittenOffer,
        _ => AdvisorStage::BeforeOffer,
    };
    Situation {
        stage,
        interview_rounds: u32::from(o.interview_rounds),
        call_after_rounds: u32::from(settings.call_after_interview_rounds),
        verbal_negotiation: o.verbal_negotiation,
        recruiter_in_between: o.recruiter_involved,
        hr_run_written_process: o.written_process,
        remote_team: o.work_arrangement == WorkArrangement::Remote,
        comfort: if settings.prefers_writing {
            Comfort::PrefersWriting
        } else {
            Comfort::FineWithCalls
        },
    }
}

/// One message to send to another employer after accepting an offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclineOther {
    /// The other opportunity.
    pub opportunity_id: String,
    /// A decline if it made an offer, a withdrawal if not.
    pub kind: MessageKind,
    /// The reason to give: that you accepted another offer.
    pub reason: Reason,
}

/// After accepting `accepted_id`: a decline for every other open opportunity
/// with an offer, a withdrawal for every other still in process.
pub fn decline_others(workspace: &Workspace, accepted_id: &str) -> Vec<DeclineOther> {
    workspace
        .opportunities
        .iter()
        .filter(|o| o.id != accepted_id && o.stage.is_active())
        .map(|o| DeclineOther {
            opportunity_id: o.id.clone(),
            kind: if o.stage.has_offer() {
                MessageKind::DeclineAcceptedElsewhere
            } else {
                MessageKind::WithdrawWithReason
            },
            reason: Reason::AcceptedAnotherOffer,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_split_on_commas() {
        let mut fields = MessageFields::default();
        set_slot(&mut fields, "items_to_negotiate", "pay, , title ");
        assert_eq!(fields.items_to_negotiate, ["pay", "title"]);
    }

    #[test]
    fn gaps_name_each_slot_once() {
        let names: Vec<&str> = gaps("[company]", "[contact name] and [company] [reason]")
            .iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["company", "contact_name"]);
    }
}
