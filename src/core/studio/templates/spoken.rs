//! Delivering a decision by voice: the call and video scripts, and the
//! written confirmation that always follows them.

use super::{Closing, ReasonSlot, Template};
use crate::core::message_kind::{Channel, MessageKind};

pub(super) const TEMPLATES: &[Template] = &[
    Template {
        kind: MessageKind::CallScript,
        label: "Phone-call script",
        when: "When the hiring manager invested heavily (several rounds or a verbal negotiation) and should hear it from you.",
        channels: &[Channel::Call],
        spoken: true,
        subject: "",
        opening: [
            "Hi {contact_name}, thank you for taking my call, and for all the time you and the team put into the process.",
            "Hello {contact_name}, thank you for making time to talk, and for the time you invested in the process.",
            "Hello {contact_name}, thank you for speaking with me, and for the consideration you have given my application.",
        ],
        core: "I wanted you to hear it from me directly: I have decided to decline the offer for the {role} role.",
        reason: ReasonSlot::Optional,
        closing: Closing::Text([
            "I will send a short email to confirm. I enjoyed meeting the team, and I hope we stay in touch.",
            "I will follow up with a short email to confirm. I hope our paths cross again.",
            "I will confirm this in writing today. I wish you and {company} continued success.",
        ]),
        short: "Thank you for the time you invested in the process; I have decided to decline the offer for the {role} role. I will confirm by email, and I hope we stay in touch.",
    },
    Template {
        kind: MessageKind::CallConfirmation,
        label: "Written confirmation after a call",
        when: "Straight after a call or video call: the same decision, in writing, for the record.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Confirming our conversation about the {role} role",
        opening: [
            "Thank you for taking the time to speak with me today.",
            "Thank you for speaking with me today.",
            "Thank you for speaking with me earlier today.",
        ],
        core: "As I said on the call, I have decided to decline the offer for the {role} role.",
        reason: ReasonSlot::Optional,
        closing: Closing::Text([
            "I enjoyed working with you on this and hope we stay in touch.",
            "I appreciated our conversations and hope our paths cross again.",
            "I am grateful for your consideration and wish you and {company} continued success.",
        ]),
        short: "Thank you for speaking with me today; as discussed, I am declining the offer for the {role} role. I hope our paths cross again.",
    },
    Template {
        kind: MessageKind::VideoScript,
        label: "Video-call script",
        when: "When a call is expected but seeing each other matters, such as a remote team across time zones.",
        channels: &[Channel::Video],
        spoken: true,
        subject: "",
        opening: [
            "Hi {contact_name}, thanks for making time for a video call, and for all the time you and the team gave me.",
            "Hello {contact_name}, thank you for making time for a video call, and for the time you invested in the process.",
            "Hello {contact_name}, thank you for meeting with me, and for the consideration you have given my application.",
        ],
        core: "I wanted to tell you face to face: I have decided not to accept the offer for the {role} role.",
        reason: ReasonSlot::Optional,
        closing: Closing::Text([
            "I will send a short email afterwards to confirm. It was a pleasure to meet the team, and I would like to stay in touch.",
            "I will send a short email to confirm. I hope we can stay in touch.",
            "I will confirm this in writing after our call. I wish you and the team continued success.",
        ]),
        short: "Thank you for meeting with me and for the time you invested; I have decided not to accept the offer for the {role} role. I will confirm by email, and I hope we stay in touch.",
    },
];
