//! When plans change after the usual answers: taking back an acceptance, an
//! offer the employer takes back, picking up a process you left, a
//! counteroffer (from your current employer or from a new one) and an offer
//! that expires too soon to decide well.
//!
//! Each is written for the stage it belongs to (see
//! `message_family::suits`): a message to take back an acceptance speaks of
//! the acceptance, a restatement answers new terms, and the note to the
//! current employer never names the new one.

use super::{Closing, ReasonSlot, Template};
use crate::core::message_kind::{Channel, MessageKind};
use crate::core::studio::fields::{Goodwill, Reason};

pub(super) const TEMPLATES: &[Template] = &[
    Template {
        kind: MessageKind::BackOutCallScript,
        label: "Phone-call script: taking back an acceptance",
        when: "When you said yes (in words or with a signature) and now have to step back: call first, then confirm in writing.",
        channels: &[Channel::Call],
        spoken: true,
        subject: "",
        opening: [
            "Hi {contact_name}, thank you for taking my call, and for the welcome you and the team have given me.",
            "Hello {contact_name}, thank you for making time to talk at short notice.",
            "Hello {contact_name}, thank you for speaking with me, and for the trust you showed in offering me the role.",
        ],
        core: "I owe you a direct answer: I will not be joining as {role}, and I am taking back {acceptance}. I know this comes late and causes you trouble, and I am sorry for that.",
        // The reason waits for the question: see "If they ask why".
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I will put this in an email today, and I will help in any way I can to make the change easier.",
            "You will have it in writing from me today.",
            "A written confirmation will follow today. Thank you for hearing me out.",
        ]),
        short: "Thank you for taking my call; I will not be joining as {role}, and I am taking back {acceptance}. You will have it in writing from me today.",
    },
    Template {
        kind: MessageKind::BackOutConfirmation,
        label: "Written confirmation after taking back an acceptance",
        when: "The same day as the call: the decision in writing, short and without excuses.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Confirming our call about the {role} role",
        opening: [
            "Thank you for hearing me out on the phone today.",
            "Thank you for speaking with me today.",
            "Thank you for taking my call earlier today.",
        ],
        core: "As I said on the call, I will not be joining as {role}, and I am taking back {acceptance}. I understand the trouble this causes, and I am sorry for it.",
        reason: ReasonSlot::Optional,
        closing: Closing::Text([
            "You and the team treated me with real care, and I am grateful for it.",
            "Thank you again for your understanding.",
            "I remain grateful for the courtesy you have shown me.",
        ]),
        short: "Thank you for speaking with me today; as I said, I will not be joining as {role}, and I am taking back {acceptance}. I am sorry for the trouble it causes.",
    },
    Template {
        kind: MessageKind::OfferWithdrawnReply,
        label: "After an offer is withdrawn: the reason, in writing",
        when: "When an employer takes back an offer, above all by phone: ask calmly for the decision and its reason in writing.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "The {role} offer",
        opening: [
            "Thank you for letting me know about the decision on the {role} role.",
            "Thank you for telling me about the change to the {role} offer.",
            "Thank you for informing me of the decision on the {role} position.",
        ],
        core: "For my records, could you confirm in writing that you have withdrawn the offer, and give me the reason? If timing or budget played a part, I would be glad to hear if the role opens again.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Thank you for the time you and the team gave me.",
            "I appreciate your help with this.",
            "I appreciate your assistance with this request.",
        ]),
        short: "Thank you for letting me know about the {role} offer. Could you confirm the withdrawal and its reason in writing, for my records?",
    },
    Template {
        kind: MessageKind::ReopenProcess,
        label: "Picking up a process you stepped back from",
        when: "When your plans change and a process you left may still be open: say you would like to continue, without the story behind it.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "The {role} role at {company}",
        opening: [
            "Thank you again for the time you and the team gave me on the {role} role.",
            "Thank you again for considering me for the {role} role.",
            "Thank you again for your consideration for the {role} position.",
        ],
        core: "My plans have changed since I stepped back, and I would like to pick up our conversation if the role is still open. I understand if you have moved on.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I would be glad of a short reply on where things stand.",
            "A short reply on where things stand would help me plan.",
            "I would appreciate a brief reply on whether the role remains open.",
        ]),
        short: "Thank you again for your time on the {role} role; my plans have changed, and I would like to pick up our conversation if it is still open. I understand if you have moved on.",
    },
    Template {
        kind: MessageKind::DeclineCurrentCounteroffer,
        label: "Turning down your employer's counteroffer",
        when: "When your current employer offers more to keep you and it leaves your reason for leaving untouched: your resignation stands.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        // Sent to the current employer: it never names the new one.
        subject: "My resignation",
        opening: [
            "Thank you for the counteroffer, and for showing how much you value my work.",
            "Thank you for the counteroffer and for the thought behind it.",
            "Thank you for your counteroffer and for the confidence it shows in my work.",
        ],
        core: "I have weighed it with care, and my decision stands: my resignation holds as given.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I will make the handover as smooth as I can, and I hope we part on the best of terms.",
            "I will see the handover through properly, and I hope we stay on good terms.",
            "I will ensure a thorough handover, and I hope we remain on good terms.",
        ]),
        short: "Thank you for the counteroffer; I have weighed it with care, and my decision stands. I will see the handover through, and I hope we part on good terms.",
    },
    Template {
        kind: MessageKind::DeclineStayingInRole,
        label: "Decline: you are staying in your current role",
        when: "When you have decided to stay where you are, after a counteroffer or on reflection.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        subject: "Your offer for the {role} role",
        opening: [
            "Thank you for the offer, and for the warmth you and the team showed me throughout.",
            "Thank you for offering me the {role} role and for your time during the process.",
            "Thank you for your offer for the {role} position and for the care you took over my application.",
        ],
        core: "Having weighed it up, I have decided to decline the offer.",
        reason: ReasonSlot::Fixed(Reason::StayingInCurrentRole),
        closing: Closing::Goodwill(Goodwill::StayInTouch),
        short: "Thank you for offering me the {role} role; I am staying in my current role, so I have decided to decline. I hope we cross paths again.",
    },
    Template {
        kind: MessageKind::StayingCallScript,
        label: "Phone-call script: declining because you are staying",
        when: "When the team invested a lot in you and you have decided to stay in your current role: tell them yourself.",
        channels: &[Channel::Call],
        spoken: true,
        subject: "",
        opening: [
            "Hi {contact_name}, thank you for taking my call, and for everything you and the team put into the process.",
            "Hello {contact_name}, thank you for making time to talk, and for your time during the process.",
            "Hello {contact_name}, thank you for speaking with me, and for the care you took over my application.",
        ],
        core: "I wanted you to hear it from me: I am staying in my current role, so I have decided to decline the offer for the {role} role.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "An email will follow later today. Meeting you all was a privilege.",
            "You will have my answer in writing by the end of the day.",
            "I will set this out in writing before the day is over, with thanks to the whole team.",
        ]),
        short: "Thank you for everything you put into the process; I am staying in my current role, so I am declining the offer for the {role} role. You will have it in writing by the end of the day.",
    },
    Template {
        kind: MessageKind::FirmRestatement,
        label: "Firm reply: new terms that leave your reason untouched",
        when: "When they come back with better terms that do not touch the reason behind your no: say so, briefly and kindly.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        subject: "Re: the {role} role",
        opening: [
            "Thank you for the revised offer, and for the effort behind it.",
            "Thank you for the revised terms for the {role} role.",
            "Thank you for your revised offer for the {role} position and the consideration it reflects.",
        ],
        core: "I have weighed the new terms with care. They do not change what my choice rests on, so my decision stands.",
        reason: ReasonSlot::Absent,
        closing: Closing::Goodwill(Goodwill::WishThemWell),
        short: "Thank you for the revised terms; I have weighed them with care, and they leave my reasons as they were, so my decision stands. I wish you and the team a good hire.",
    },
    Template {
        kind: MessageKind::ExplodingOfferCallScript,
        label: "Phone-call script: asking for time on an offer about to expire",
        when: "When your answer is due in less than two business days: ask for time by phone, then confirm in writing.",
        channels: &[Channel::Call],
        spoken: true,
        subject: "",
        opening: [
            "Hi {contact_name}, thank you for the offer, and for taking my call.",
            "Hello {contact_name}, thank you for the offer for the {role} role, and for taking my call.",
            "Hello {contact_name}, thank you for speaking with me, and for your offer for the {role} position.",
        ],
        core: "I am keen on the role and want to give it the attention it deserves, so I would like to give you my answer by {deadline}. Would that work for you?",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Thank you for the room to think; what we agree goes into an email straight after this call.",
            "I will send you the new date by email once we hang up.",
            "I will confirm the agreed date in writing directly after our conversation.",
        ]),
        short: "Thank you for the offer for the {role} role; could I give you my answer by {deadline}? What we agree, I will put in an email after this call.",
    },
    Template {
        kind: MessageKind::ExplodingOfferConfirmation,
        label: "Written confirmation of the time agreed on a call",
        when: "Straight after the call in which you asked for time: the date you will answer by, in writing.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Confirming the timing for the {role} offer",
        opening: [
            "Thank you for talking the timing through with me today.",
            "Thank you for speaking with me today about the timing.",
            "Thank you for discussing the timing of my answer with me today.",
        ],
        core: "To confirm what we discussed, I will give you my answer on the {role} offer by {deadline}. If anything changes on your side before then, please let me know.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I appreciate the room to decide well.",
            "Thank you again for your flexibility.",
            "I appreciate your flexibility on the date.",
        ]),
        short: "Thank you for speaking with me today; as discussed, I will give you my answer on the {role} offer by {deadline}. I appreciate the flexibility.",
    },
];
