//! Thanks and follow-ups while the employer decides.

use super::{Closing, ReasonSlot, Template};
use crate::core::message_kind::{Channel, MessageKind};

pub(super) const TEMPLATES: &[Template] = &[
    Template {
        kind: MessageKind::ThankYou,
        label: "Thank-you after an interview",
        when: "Within a day of the interview, to the people you met.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Thank you: {role} interview",
        opening: [
            "Thank you for the conversation on {interview_date}. It was good to hear how the team works and where the {role} role is heading.",
            "Thank you for meeting me on {interview_date} to talk about the {role} role at {company}.",
            "Thank you for the time you gave me on {interview_date} to discuss the {role} position at {company}.",
        ],
        // The highlight is the user's own note from the interview, a whole
        // sentence or nothing: see `MessageFields::mention_interview_highlight`.
        core: "Our conversation gave me a clearer picture of the role, and my interest has grown.{interview_highlight} If anything further would help the team, I am glad to send it.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Thanks again, and I hope to hear from you soon.",
            "I look forward to the next steps.",
            "I look forward to hearing from you about next steps.",
        ]),
        short: "Thank you for meeting me on {interview_date} about the {role} role. I enjoyed the conversation and look forward to the next steps.",
    },
    Template {
        kind: MessageKind::StatusCheckFirst,
        label: "Status check: first",
        when: "A week after the interview if they gave no date, or two business days after the date they gave.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "{role}: checking in on next steps",
        opening: [
            "Thanks again for the conversation on {interview_date}.",
            "Thank you again for interviewing me on {interview_date} for the {role} role.",
            "Thank you once more for the interview on {interview_date} for the {role} position.",
        ],
        core: "I am writing to ask whether there is any news on next steps, and when you expect the team to decide.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I am still very interested, and happy to help with anything you need from me.",
            "I remain interested in the role and would welcome any news.",
            "I remain very interested in the position and would be grateful for an update.",
        ]),
        short: "Thank you again for the interview on {interview_date}. Could you tell me where things stand on the {role} role?",
    },
    Template {
        kind: MessageKind::StatusCheckSecond,
        label: "Status check: second",
        when: "About a week after the first check, if you have heard nothing.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Following up: {role} at {company}",
        opening: [
            "Thanks for bearing with another note from me about the {role} role.",
            "Thank you for your time; I am following up on my earlier message about the {role} role.",
            "Thank you for your attention; I am writing further to my earlier message about the {role} position.",
        ],
        core: "The role is still high on my list, and any update on timing would help me plan.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I appreciate you keeping me posted.",
            "Thank you for any news you can share.",
            "I would be grateful for any information you are able to share.",
        ]),
        short: "Thank you for your time; I am following up on the {role} role. Any update on timing would help me plan.",
    },
    Template {
        kind: MessageKind::StatusCheckFinal,
        label: "Status check: final",
        when: "A week after the second check: one last note that lets them go gracefully.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "A last check-in on the {role} role",
        opening: [
            "Thank you again for considering me for the {role} role.",
            "Thank you again for considering me for the {role} role at {company}.",
            "Thank you once more for considering my application for the {role} position.",
        ],
        core: "This is my last follow-up. If the team has chosen another candidate, I understand, and a short note would help me plan.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Either way, I enjoyed meeting you all and wish you well with the hire.",
            "Either way, I appreciated the conversations and wish you well with the search.",
            "In any case, I am grateful for your consideration and wish you a successful appointment.",
        ]),
        short: "Thank you again for considering me for the {role} role; this is my last follow-up. If you have moved ahead with someone else, I understand and wish you well.",
    },
    Template {
        kind: MessageKind::AskTimeline,
        label: "Asking for the decision timeline",
        when: "At the end of the interview, or soon after if you did not ask then.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "{role}: timeline for next steps",
        opening: [
            "Thank you for the conversation on {interview_date}; I came away with a much clearer sense of the role.",
            "Thank you for the interview on {interview_date}.",
            "Thank you for the opportunity to interview on {interview_date}.",
        ],
        core: "To plan well on my side, could you tell me when you expect to make a decision, and whether you will need references or anything else from me before then?",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Thanks in advance for letting me know.",
            "Thank you for your help with this.",
            "I would be grateful for a reply at your convenience.",
        ]),
        short: "Thank you for the interview on {interview_date}. Could you tell me when you expect to decide on the {role} role?",
    },
];
