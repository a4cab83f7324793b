//! Every field of a message the studio can ask for, and where each one lives
//! in the workspace: the opportunity (company, role), its contact (name,
//! email), your settings (your name), or, for what the records do not hold,
//! the studio's notes for that opportunity (`Workspace::message_details`).
//!
//! One type owns reading and writing each field, so the screen never matches
//! field names as strings: a typo is a compile error, not a panic or a value
//! saved under a name nothing reads.

use super::fields::{placeholder, MessageFields};
use crate::core::message_kind::MessageKind;
use crate::core::model::{Contact, Workspace};

/// A field of a message, as the studio asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MessageField {
    /// The employer's name: the opportunity's record.
    Company,
    /// Who you write to: the opportunity's first contact.
    ContactName,
    /// Their email, for the mail app: the same contact.
    ContactEmail,
    /// Whom a message to your current employer greets: the current role's
    /// first contact.
    ManagerName,
    /// The job title: the opportunity's record.
    Role,
    /// Your name for the sign-off: your settings.
    YourName,
    /// When the interview was, as written in the message.
    InterviewDate,
    /// When they said they would decide.
    DecisionDate,
    /// The date you ask to reply by.
    Deadline,
    /// The agreed or proposed first day, as written in the message.
    StartDate,
    /// What the written offer has to confirm, comma-separated.
    InWriting,
    /// What to negotiate, comma-separated.
    ItemsToNegotiate,
    /// When you must answer the other offer.
    CompetingDeadline,
    /// The other employer, named only by your choice.
    CompetingEmployer,
    /// What your situation requires for a move.
    MobilityConstraint,
    /// The one change that would make the offer work.
    ChangeThatWouldMatter,
    /// How you will hand over your current work.
    TransitionPlan,
    /// Your last working day.
    LastWorkingDay,
    /// The one observation to share when asked for feedback.
    FeedbackPoint,
    /// A colleague you could refer.
    ReferralName,
    /// What has changed since you said no or last wrote.
    WhatChanged,
    /// What you enjoyed in the interview, as a thank-you mentions it.
    InterviewHighlight,
    /// Whether a thank-you mentions it: `"yes"` or `"no"`.
    MentionInterviewHighlight,
    /// Whether the message names the other employer: `"yes"`, or kept
    /// confidential (the default, as the articles advise).
    NameOtherEmployer,
}

impl MessageField {
    /// Every field, in the order the studio asks for them.
    pub const ALL: [MessageField; 24] = [
        MessageField::Company,
        MessageField::ContactName,
        MessageField::ContactEmail,
        MessageField::ManagerName,
        MessageField::Role,
        MessageField::YourName,
        MessageField::InterviewDate,
        MessageField::DecisionDate,
        MessageField::Deadline,
        MessageField::StartDate,
        MessageField::InWriting,
        MessageField::ItemsToNegotiate,
        MessageField::CompetingDeadline,
        MessageField::CompetingEmployer,
        MessageField::MobilityConstraint,
        MessageField::ChangeThatWouldMatter,
        MessageField::TransitionPlan,
        MessageField::LastWorkingDay,
        MessageField::FeedbackPoint,
        MessageField::ReferralName,
        MessageField::WhatChanged,
        MessageField::InterviewHighlight,
        MessageField::MentionInterviewHighlight,
        MessageField::NameOtherEmployer,
    ];

    /// The field's name: its `{slot}` in templates and its key among the
    /// studio's stored notes (`"contact_name"`). Stored data depends on it.
    pub fn name(self) -> &'static str {
        match self {
            MessageField::Company => "company",
            MessageField::ContactName => "contact_name",
            MessageField::ContactEmail => "contact_email",
            MessageField::ManagerName => "manager_name",
            MessageField::Role => "role",
            MessageField::YourName => "your_name",
            MessageField::InterviewDate => "interview_date",
            MessageField::DecisionDate => "decision_date",
            MessageField::Deadline => "deadline",
            MessageField::StartDate => "start_date",
            MessageField::InWriting => "in_writing",
            MessageField::ItemsToNegotiate => "items_to_negotiate",
            MessageField::CompetingDeadline => "competing_deadline",
            MessageField::CompetingEmployer => "competing_employer",
            MessageField::MobilityConstraint => "mobility_constraint",
            MessageField::ChangeThatWouldMatter => "change_that_would_matter",
            MessageField::TransitionPlan => "transition_plan",
            MessageField::LastWorkingDay => "last_working_day",
            MessageField::FeedbackPoint => "feedback_point",
            MessageField::ReferralName => "referral_name",
            MessageField::WhatChanged => "what_changed",
            MessageField::InterviewHighlight => "interview_highlight",
            MessageField::MentionInterviewHighlight => "mention_interview_highlight",
            MessageField::NameOtherEmployer => "name_other_employer",
        }
    }

    /// The field called `name`, if any.
    pub fn from_name(name: &str) -> Option<MessageField> {
        MessageField::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The label the screen asks with.
    pub fn label(self) -> &'static str {
        self.words().0
    }

    /// The hint under the label.
    pub fn hint(self) -> &'static str {
        self.words().1
    }

    fn words(self) -> (&'static str, &'static str) {
        match self {
            MessageField::Company => ("Company", "The employer the message is about."),
            MessageField::ContactName => ("Contact name", "Who you are writing to, as you would greet them."),
            MessageField::ContactEmail => ("Contact's email (optional)", "Used when you open the message in your mail app."),
            MessageField::ManagerName => ("Your manager's name", "Who you tell at your current employer, as you would greet them. Kept with your current role's contacts."),
            MessageField::Role => ("Role", "The job title, as they wrote it."),
            MessageField::YourName => ("Your name", "For the sign-off. Kept for every message."),
            MessageField::InterviewDate => ("Interview date", "As you would write it, for example Tuesday 3 March."),
            MessageField::DecisionDate => ("When they said they would decide", "As you would write it."),
            MessageField::Deadline => ("The date you ask to reply by", "As you would write it."),
            MessageField::StartDate => ("Start date", "The agreed or proposed first day."),
            MessageField::InWriting => ("What must be in writing", "What the written offer has to confirm before you accept, separated by commas, for example relocation support, the remote days."),
            MessageField::ItemsToNegotiate => ("What to negotiate", "One to three items, separated by commas, for example the base salary, relocation support."),
            MessageField::CompetingDeadline => ("The other employer's deadline", "When you have to answer the other offer."),
            MessageField::CompetingEmployer => ("The other employer", "Only written into the message because you chose to name them."),
            MessageField::MobilityConstraint => ("What your situation requires", "For example visa sponsorship and a start after June."),
            MessageField::ChangeThatWouldMatter => ("The one change that would matter", "For example a fully remote contract."),
            MessageField::TransitionPlan => ("Your handover plan", "How you will hand over your current work."),
            MessageField::LastWorkingDay => ("Your last working day", "As you would write it."),
            MessageField::FeedbackPoint => ("The one observation to share", "Constructive and specific."),
            MessageField::ReferralName => ("Who you would refer", "A colleague who could fit the role."),
            MessageField::WhatChanged => ("What has changed", "Since you said no or last wrote."),
            MessageField::InterviewHighlight => ("What you enjoyed in the interview", "One short phrase, as the thank-you should say it."),
            MessageField::MentionInterviewHighlight => ("Mention what you enjoyed in the interview", "Leave it out if it reads as a private note."),
            MessageField::NameOtherEmployer => ("Name the other employer", "Off unless you choose it: the other company's name usually stays confidential."),
        }
    }

    /// Whether the studio asks for it under "Who it is for" (the records
    /// every message uses) rather than among the message's own details.
    pub fn is_recipient(self) -> bool {
        matches!(
            self,
            MessageField::Company
                | MessageField::ContactName
                | MessageField::ContactEmail
                | MessageField::ManagerName
                | MessageField::Role
                | MessageField::YourName
        )
    }

    /// Whether the studio asks for it as who a message of `kind` is for: a
    /// message to your current employer is for your manager, any other for
    /// the contact at the employer it is about.
    pub fn addresses(self, kind: MessageKind) -> bool {
        match self {
            MessageField::YourName => true,
            MessageField::ManagerName => kind.to_current_employer(),
            field => field.is_recipient() && !kind.to_current_employer(),
        }
    }

    /// Whether a draft can show it as a `[gap]`: every field a template
    /// fills, not the email (the mail app's) nor the thank-you's own choices.
    pub fn can_be_a_gap(self) -> bool {
        !matches!(
            self,
            MessageField::ContactEmail
                | MessageField::InterviewHighlight
                | MessageField::MentionInterviewHighlight
                | MessageField::NameOtherEmployer
        )
    }

    /// The `[placeholder]` a draft shows while the field is empty.
    fn marker(self) -> String {
        match self {
            // Missing only when the user chose to name the other employer
            // and has not typed the name yet.
            MessageField::CompetingEmployer => placeholder("other_offer"),
            field => placeholder(field.name()),
        }
    }

    /// The field as stored for opportunity `id`, as typed ("" when unset).
    pub fn read(self, workspace: &Workspace, id: &str) -> String {
        let contact = || {
            workspace
                .contacts
                .iter()
                .find(|c| c.opportunity_id.as_deref() == Some(id))
        };
        match self {
            MessageField::Company => workspace.opportunity(id).map(|o| o.employer.clone()),
            MessageField::Role => workspace.opportunity(id).map(|o| o.role.clone()),
            MessageField::YourName => Some(workspace.settings.your_name.clone()),
            MessageField::ContactName => contact().map(|c| c.name.clone()),
            MessageField::ManagerName => {
                return MessageField::ContactName.read(workspace, Workspace::CURRENT_ROLE_ID)
            }
            MessageField::ContactEmail => contact().map(|c| c.email.clone()),
            detail => workspace
                .message_details
                .get(id)
                .and_then(|d| d.get(detail.name()))
                .cloned(),
        }
        .unwrap_or_default()
    }

    /// Saves `value` for opportunity `id` where the field lives: the records,
    /// or the studio's notes (an empty value removes the note). A contact is
    /// created with `new_id` when the opportunity has none yet.
    pub fn write(
        self,
        workspace: &mut Workspace,
        id: &str,
        value: String,
        new_id: impl FnOnce() -> String,
    ) {
        match self {
            MessageField::Company | MessageField::Role => {
                if let Some(o) = workspace.opportunity_mut(id) {
                    let record = if self == MessageField::Company {
                        &mut o.employer
                    } else {
                        &mut o.role
                    };
                    *record = value;
                }
            }
            MessageField::YourName => workspace.settings.your_name = value,
            MessageField::ManagerName => MessageField::ContactName.write(
                workspace,
                Workspace::CURRENT_ROLE_ID,
                value,
                new_id,
            ),
            MessageField::ContactName | MessageField::ContactEmail => {
                let position = workspace
                    .contacts
                    .iter()
                    .position(|c| c.opportunity_id.as_deref() == Some(id));
                let index = position.unwrap_or_else(|| {
                    let company = if id == Workspace::CURRENT_ROLE_ID {
                        Some(&workspace.current_role)
                    } else {
                        workspace.opportunity(id)
                    }
                    .map(|o| o.employer.clone())
                    .unwrap_or_default();
                    workspace.contacts.push(Contact {
                        id: new_id(),
                        company,
                        opportunity_id: Some(id.to_string()),
                        ..Contact::default()
                    });
                    workspace.contacts.len() - 1
                });
                let contact = &mut workspace.contacts[index];
                if self == MessageField::ContactName {
                    contact.name = value;
                } else {
                    contact.email = value;
                }
            }
            detail => {
                let details = workspace.message_details.entry(id.to_string()).or_default();
                if value.trim().is_empty() {
                    details.remove(detail.name());
                } else {
                    details.insert(detail.name().to_string(), value);
                }
                if details.is_empty() {
                    workspace.message_details.remove(id);
                }
            }
        }
    }

    /// Puts what the user typed into the fields a draft is filled from.
    pub fn set(self, fields: &mut MessageFields, value: &str) {
        let value = value.trim().to_string();
        match self {
            MessageField::YourName => fields.your_name = value,
            MessageField::ContactName => fields.contact_name = value,
            MessageField::ManagerName => fields.manager_name = value,
            MessageField::Company => fields.company = value,
            MessageField::Role => fields.role = value,
            MessageField::InterviewDate => fields.interview_date = value,
            MessageField::DecisionDate => fields.decision_date = value,
            MessageField::Deadline => fields.deadline = value,
            MessageField::StartDate => fields.start_date = value,
            MessageField::InWriting => fields.in_writing = comma_list(&value),
            MessageField::InterviewHighlight => {
                // Typed for the message itself, so meant to be in it (unless
                // the user also turned the mention off).
                fields.interview_highlight = value;
                fields.mention_interview_highlight = true;
            }
            MessageField::MentionInterviewHighlight => {
                fields.mention_interview_highlight = value != "no";
            }
            MessageField::NameOtherEmployer => fields.disclose_competing_employer = value == "yes",
            MessageField::ItemsToNegotiate => fields.items_to_negotiate = comma_list(&value),
            MessageField::CompetingDeadline => fields.competing_deadline = value,
            MessageField::CompetingEmployer => fields.competing_employer = value,
            MessageField::MobilityConstraint => fields.mobility_constraint = value,
            MessageField::ChangeThatWouldMatter => fields.change_that_would_matter = value,
            MessageField::TransitionPlan => fields.transition_plan = value,
            MessageField::LastWorkingDay => fields.last_working_day = value,
            MessageField::FeedbackPoint => fields.feedback_point = value,
            MessageField::ReferralName => fields.referral_name = value,
            MessageField::WhatChanged => fields.what_changed = value,
            // The mail app's address is not part of the text.
            MessageField::ContactEmail => {}
        }
    }
}

/// The items of a comma-separated list, trimmed, without empty ones.
fn comma_list(value: &str) -> Vec<String> {
    value
        .split(',')
        .map(|item| item.trim().to_string())
        .filter(|item| !item.is_empty())
        .collect()
}

/// The fields a draft still shows as `[placeholders]`, each once, in the
/// order of [`MessageField::ALL`]. The `[reason]` gap is not listed: the
/// reason is chosen from its own list.
pub fn gaps(subject: &str, body: &str) -> Vec<MessageField> {
    MessageField::ALL
        .into_iter()
        .filter(|field| field.can_be_a_gap())
        .filter(|field| {
            let marker = field.marker();
            subject.contains(&marker) || body.contains(&marker)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Opportunity;

    #[test]
    fn names_round_trip_and_are_unique() {
        for field in MessageField::ALL {
            assert_eq!(MessageField::from_name(field.name()), Some(field));
            assert!(!field.label().is_empty() && !field.hint().is_empty());
        }
        assert_eq!(MessageField::from_name("contact-name"), None);
    }

    #[test]
    fn every_gap_field_is_a_slot_the_templates_fill() {
        // A field that can be a gap must be a slot MessageFields knows, or
        // the draft would show its placeholder even when typed in.
        let mut fields = MessageFields::default();
        for field in MessageField::ALL.into_iter().filter(|f| f.can_be_a_gap()) {
            field.set(&mut fields, "x");
            let name = match field {
                MessageField::CompetingEmployer => {
                    fields.disclose_competing_employer = true;
                    "other_offer"
                }
                other => other.name(),
            };
            assert!(fields.slot(name).is_some(), "{field:?} fills no slot");
        }
    }

    #[test]
    fn each_field_is_written_where_it_lives_and_read_back() {
        let mut ws = Workspace::default();
        ws.opportunities.push(Opportunity::new("a"));
        for (i, field) in MessageField::ALL.into_iter().enumerate() {
            let value = format!("value {i}");
            field.write(&mut ws, "a", value.clone(), || "new".into());
            assert_eq!(field.read(&ws, "a"), value, "{field:?}");
        }
        assert_eq!(ws.opportunities[0].employer, "value 0");
        assert_eq!(ws.opportunities[0].role, "value 4");
        assert_eq!(ws.settings.your_name, "value 5");
        assert_eq!(ws.contacts.len(), 2, "one contact holds name and email");
        assert_eq!(
            (ws.contacts[0].name.as_str(), ws.contacts[0].email.as_str()),
            ("value 1", "value 2")
        );
        // Your manager is the current role's contact.
        assert_eq!(
            (
                ws.contacts[1].name.as_str(),
                ws.contacts[1].opportunity_id.as_deref()
            ),
            ("value 3", Some(Workspace::CURRENT_ROLE_ID))
        );
        assert_eq!(ws.message_details["a"]["start_date"], "value 9");
        // Clearing a note removes it, and the last one takes the map entry.
        for field in MessageField::ALL.into_iter().filter(|f| !f.is_recipient()) {
            field.write(&mut ws, "a", "  ".into(), || unreachable!());
        }
        assert!(ws.message_details.is_empty());
    }

    #[test]
    fn gaps_name_each_field_once() {
        let found = gaps(
            "[company]",
            "[contact name] and [company] [reason] [competing employer]",
        );
        assert_eq!(
            found,
            [
                MessageField::Company,
                MessageField::ContactName,
                MessageField::CompetingEmployer
            ]
        );
    }

    #[test]
    fn the_other_employer_is_named_only_by_choice() {
        let mut fields = MessageFields {
            competing_employer: "Globex".into(),
            ..MessageFields::default()
        };
        assert_eq!(fields.slot("other_offer").as_deref(), Some("another offer"));
        MessageField::NameOtherEmployer.set(&mut fields, "yes");
        assert_eq!(
            fields.slot("other_offer").as_deref(),
            Some("an offer from Globex")
        );
        MessageField::NameOtherEmployer.set(&mut fields, "no");
        assert_eq!(fields.slot("other_offer").as_deref(), Some("another offer"));
    }

    #[test]
    fn lists_split_on_commas() {
        let mut fields = MessageFields::default();
        MessageField::ItemsToNegotiate.set(&mut fields, "pay, , title ");
        assert_eq!(fields.items_to_negotiate, ["pay", "title"]);
    }
}
