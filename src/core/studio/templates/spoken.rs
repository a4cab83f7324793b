//! Delivering a decision by voice: the call and video scripts, and the
//! written confirmation that always follows them, each in a form for
//! declining an offer and a form for withdrawing before one.
//!
//! A script also prepares the two replies a call most often brings: "may I
//! ask why?" and new terms put on the table there and then.

use super::{Closing, ReasonSlot, Template, COUNTERED, NO_MORE_TIME};
use crate::core::message_kind::{Channel, MessageKind};
use crate::core::studio::fields::{MessageFields, Reason};

pub(super) const TEMPLATES: &[Template] = &[
    Template {
        kind: MessageKind::CallScript,
        label: "Phone-call script: declining an offer",
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
        // The reason waits for the question: see "If they ask why".
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I will send a short email to confirm. The conversations with your team meant a lot to me.",
            "I will follow up with a short email to confirm, and I hope we can talk again some time.",
            "I will confirm this in writing today. Please pass my thanks to your colleagues.",
        ]),
        short: "Thank you for the time you invested in the process; I have decided to decline the offer for the {role} role. I will confirm by email later today.",
    },
    Template {
        kind: MessageKind::VideoScript,
        label: "Video-call script: declining an offer",
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
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I will email you afterwards to confirm. Meeting the team was a real pleasure.",
            "A short email confirming this will follow after the call.",
            "I will put this in writing once we finish. Thank you again for your courtesy throughout.",
        ]),
        short: "Thank you for meeting with me and for the time you invested; I have decided not to accept the offer for the {role} role. A short email confirming it will follow after the call.",
    },
    Template {
        kind: MessageKind::CallConfirmation,
        label: "Written confirmation after a call: declining",
        when: "Straight after a call or video call in which you declined: the same decision, in writing, for the record.",
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
            "I enjoyed working with you on this and would be glad to hear from you in future.",
            "I appreciated our conversations and wish you a good search for the role.",
            "I remain grateful for your consideration, and I wish {company} well.",
        ]),
        short: "Thank you for speaking with me today; as discussed, I am declining the offer for the {role} role. I am glad we had the chance to talk it through.",
    },
    Template {
        kind: MessageKind::WithdrawCallScript,
        label: "Phone-call script: withdrawing before an offer",
        when: "When you are stepping out before an offer after several rounds, and the people who interviewed you should hear it from you.",
        channels: &[Channel::Call],
        spoken: true,
        subject: "",
        opening: [
            "Hi {contact_name}, thank you for taking my call, and for the time you and the team have given me.",
            "Hello {contact_name}, thank you for making time to talk, and for the interviews so far.",
            "Hello {contact_name}, thank you for speaking with me, and for considering my application.",
        ],
        core: "I wanted you to hear it from me directly: I have decided to withdraw my application for the {role} role.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I will follow this call with an email. Meeting the team was a pleasure.",
            "I will send a short note afterwards, so you have it in writing.",
            "I will confirm my decision by email today. I am grateful for the time you have given me.",
        ]),
        short: "Thank you for the time you and the team have given me; I have decided to withdraw my application for the {role} role. I will send a short note afterwards, so you have it in writing.",
    },
    Template {
        kind: MessageKind::WithdrawVideoScript,
        label: "Video-call script: withdrawing before an offer",
        when: "When a call is expected but you work across distances, such as a remote team: tell them face to face before an offer.",
        channels: &[Channel::Video],
        spoken: true,
        subject: "",
        opening: [
            "Hi {contact_name}, thanks for joining me on video, and for the time you and the team have given me.",
            "Hello {contact_name}, thank you for joining a video call, and for the interviews so far.",
            "Hello {contact_name}, thank you for meeting with me, and for considering my application.",
        ],
        core: "I wanted to tell you face to face: I have decided to withdraw my application for the {role} role.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I will write to you afterwards to confirm. I enjoyed getting to know the team.",
            "I will confirm it by email after the call.",
            "I will confirm my decision in writing today, with my thanks to everyone involved.",
        ]),
        short: "Thank you for meeting with me and for the interviews so far; I have decided to withdraw my application for the {role} role. I will confirm it by email after the call.",
    },
    Template {
        kind: MessageKind::WithdrawConfirmation,
        label: "Written confirmation after a call: withdrawing",
        when: "Straight after a call or video call in which you withdrew: the same decision, in writing, for the record.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Confirming our conversation about the {role} role",
        opening: [
            "Thank you for taking my call today.",
            "Thank you for talking with me today.",
            "Thank you for taking the time to talk with me today.",
        ],
        core: "As I mentioned on the call, I am withdrawing my application for the {role} role.",
        reason: ReasonSlot::Optional,
        closing: Closing::Text([
            "Meeting you and the team was a pleasure.",
            "I appreciated the conversations we had along the way.",
            "I am grateful for the time you gave my application.",
        ]),
        short: "Thank you for talking with me today; as I mentioned, I am withdrawing my application for the {role} role. Meeting you and the team was a pleasure.",
    },
];

/// What to say when they ask why: the reason chosen for the message, in one
/// sentence, or a polite line that gives none. Never more than one reason.
const NO_REASON_REPLY: &str =
    "The decision comes down to what suits me next, and I would rather not go into detail.";

/// Replies to new terms offered on the call, `[open, firm]`. Open: thank
/// them, ask for it in writing and name when they will hear back (the user's
/// counteroffer window). Firm: when the user has committed elsewhere, there is
/// nothing left to weigh.
const DECLINE_COUNTER: [&str; 2] = [
    "Thank you, I appreciate that. Could you send it to me in writing? I will give it proper thought and reply within {counter_window}.",
    "Thank you, that means a lot, but I have already committed elsewhere, so my decision stands.",
];

/// The same for a withdrawal, which has no offer to improve: an invitation
/// to put anything concrete in writing, or the firm line.
const WITHDRAW_COUNTER: [&str; 2] = [
    "Thank you, that is kind of you. If there is something specific you would like me to consider, please send it in writing and I will reply within {counter_window}.",
    "Thank you, I appreciate it, but I have committed elsewhere, so my decision stands.",
];

/// Why take back an acceptance, when no reason was chosen: honest that
/// something changed, without the detail that would invite a debate.
const BACK_OUT_NO_REASON: &str =
    "My circumstances changed after I said yes, and I would rather not go into detail.";

/// Taking back an acceptance, or staying put: the decision is made, and
/// better terms on the call do not reopen it.
const BACK_OUT_COUNTER: &str =
    "Thank you, I appreciate that, but I have made my decision, and I would rather not keep you waiting on it.";
const STAYING_COUNTER: &str =
    "Thank you, that is generous, but I have chosen to stay where I am, and that choice stands.";

/// Asking for time on an offer about to expire: why, and what to say if
/// they cannot give it.
const EXPLODING_WHY: &str =
    "A choice of this size deserves a few days, and I would rather give you a considered answer than a rushed one.";
const EXPLODING_NO_MORE_TIME: &str =
    "I understand. Could we agree on the latest time that works for you, so I can give you a clear answer by then?";

/// The two prompts a script adds after its decision line, as text with
/// `{slots}` still to fill: `(if they ask why, the second prompt, what to
/// say to it)`. The second prompt is a counter on the call, or for a call
/// asking for time, a date that cannot move. `None` for a written template.
pub(super) fn prompts(
    template: &Template,
    fields: &MessageFields,
) -> Option<(&'static str, &'static str, &'static str)> {
    if !template.spoken {
        return None;
    }
    let kind = template.kind;
    if kind == MessageKind::ExplodingOfferCallScript {
        return Some((EXPLODING_WHY, NO_MORE_TIME, EXPLODING_NO_MORE_TIME));
    }
    let unexplained = if kind == MessageKind::BackOutCallScript {
        BACK_OUT_NO_REASON
    } else {
        NO_REASON_REPLY
    };
    let why = fields
        .reason
        .and_then(|reason| reason.template())
        .unwrap_or(unexplained);
    let firm = fields.reason == Some(Reason::AcceptedAnotherOffer);
    let counter = match kind {
        MessageKind::BackOutCallScript => BACK_OUT_COUNTER,
        MessageKind::StayingCallScript => STAYING_COUNTER,
        _ if kind.is_withdrawal() => WITHDRAW_COUNTER[usize::from(firm)],
        _ => DECLINE_COUNTER[usize::from(firm)],
    };
    Some((why, COUNTERED, counter))
}
