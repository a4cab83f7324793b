//! After the decision: feedback, referrals, keeping in touch, reopening, and
//! resigning from the current job.

use super::{Closing, ReasonSlot, Template};
use crate::core::message_kind::{Channel, MessageKind};

pub(super) const TEMPLATES: &[Template] = &[
    Template {
        kind: MessageKind::Feedback,
        label: "Feedback when asked",
        when: "Only when they ask, and only what would help the next candidate.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        subject: "Feedback on the {role} process",
        opening: [
            "Thanks for asking for my thoughts; I am glad to help.",
            "Thank you for asking for feedback on the process.",
            "Thank you for inviting my feedback on the recruitment process.",
        ],
        core: "One suggestion that could help future candidates: {feedback_point}.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Thanks again for the conversations, and good luck with the search.",
            "Thank you again, and I wish you well with the search.",
            "Thank you again for the opportunity, and I hope the appointment goes smoothly.",
        ]),
        short: "Thank you for asking for feedback; one suggestion that could help future candidates is {feedback_point}. I wish you well with the search.",
    },
    Template {
        kind: MessageKind::Referral,
        label: "Offering a referral",
        when: "When you decline but know someone who would suit the role.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "A possible candidate for the {role} role",
        opening: [
            "Thank you again for being so understanding about my decision.",
            "Thank you again for your understanding about my decision.",
            "Thank you again for your understanding regarding my decision.",
        ],
        core: "I have been thinking about who would suit the {role} role, and {referral_name} came to mind. If it would help, I am glad to introduce you.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Whatever you decide, I hope the search goes well.",
            "Good luck with the rest of the search.",
            "I hope you find the right person for the role.",
        ]),
        short: "Thank you again for your understanding about my decision; {referral_name} could be a strong candidate for the {role} role. I am glad to introduce you if it would help.",
    },
    Template {
        kind: MessageKind::StayInTouch,
        label: "Staying in touch a few months later",
        when: "About three months after declining, or six to twelve after withdrawing: a light note that asks for nothing.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Catching up",
        opening: [
            "I hope you and the team are well. Thank you again for the conversations about the {role} role.",
            "I hope all is well at {company}. Thank you again for the time you gave me during the {role} process.",
            "I trust all is well at {company}. I remain grateful for the time you gave me during the {role} process.",
        ],
        core: "A short update from my side: {what_changed}. I have been following the team's news with interest.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "It would be good to hear how things are going with you.",
            "I would be glad to hear how things are going.",
            "I would welcome the opportunity to hear how things are progressing.",
        ]),
        short: "Thank you again for your time during the {role} process; a short update from me: {what_changed}. I would be glad to hear how things are going at {company}.",
    },
    Template {
        kind: MessageKind::Reopen,
        label: "Reopening a conversation after saying no",
        when: "When something has changed on your side or theirs, and the role or a similar one may still be open.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Reconnecting about roles at {company}",
        opening: [
            "Thank you again for how kindly you took my decision about the {role} role.",
            "Thank you again for your understanding when I stepped back from the {role} role.",
            "Thank you again for your understanding regarding my decision on the {role} position.",
        ],
        core: "Something has changed since then: {what_changed}. If the role, or a similar one, is still open, I would like to talk again. I understand if the team has moved on.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Either way, I am glad we stayed in touch.",
            "It would be good to hear your thoughts.",
            "I would value your view on whether the timing could work.",
        ]),
        short: "Thank you again for your understanding about my decision on the {role} role; since then, {what_changed}. If the role or a similar one is open, I would be glad to talk again.",
    },
    Template {
        kind: MessageKind::Resignation,
        label: "Resignation notice with a transition plan",
        when: "Once the new offer is signed: to your current manager, in person first if you can, then in writing.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Resignation: notice and handover",
        opening: [
            "Thank you for everything I have learned working with you.",
            "Thank you for the support and the opportunities I have had in this role.",
            "I am grateful for the opportunities and support I have received during my time here.",
        ],
        core: "Please take this as my notice of resignation. My last working day will be {last_working_day}. To hand over well, I propose the following: {transition_plan}.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I will do everything I can to make the handover smooth, and I hope we keep in contact.",
            "I am committed to a smooth handover.",
            "I will do all I can to ensure a smooth transition.",
        ]),
        short: "Thank you for the opportunities I have had here; please take this as my notice, with {last_working_day} as my last working day. I will make the handover smooth, starting with this plan: {transition_plan}.",
    },
];
