//! Messages while an offer is on the table: time, deadlines, terms, and saying yes.

use super::{Closing, ReasonSlot, Template};
use crate::core::message_kind::{Channel, MessageKind};

pub(super) const TEMPLATES: &[Template] = &[
    Template {
        kind: MessageKind::AskForTime,
        label: "Asking for more time, with a date",
        when: "As soon as an offer arrives with too short a window: three to seven business days is usual, one to two weeks for a move abroad.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        subject: "{role} offer: my reply by {deadline}",
        opening: [
            "Thank you for the offer for the {role} role; it was very good news to receive.",
            "Thank you for the offer for the {role} role at {company}.",
            "Thank you for your offer for the {role} position at {company}.",
        ],
        core: "I want to give it the careful review it deserves, so I would like to reply by {deadline}. Does that work for the team?",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "If it helps in the meantime, I am happy to talk through any questions.",
            "In the meantime, I am happy to answer any questions.",
            "Please let me know if there is anything you need from me in the meantime.",
        ]),
        short: "Thank you for the offer for the {role} role. Could I give you my answer by {deadline}?",
    },
    Template {
        kind: MessageKind::CompetingDeadline,
        label: "Telling them about a competing deadline",
        when: "When another employer has made a firm offer and needs an answer before this one decides.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        subject: "{role}: a question about timing",
        opening: [
            "Thank you again for the conversations about the {role} role.",
            "Thank you for your time on the {role} role so far.",
            "Thank you for your continued consideration for the {role} position.",
        ],
        core: "I have received {other_offer}, and I need to give my answer by {competing_deadline}. I am very interested in the role at {company}, so I wanted you to hear this from me first. Could you confirm your timeline, or tell me whether a decision before then is possible?",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Thanks for understanding, and I hope we can make the timing work.",
            "I appreciate your help with the timing.",
            "I appreciate your help and would be grateful for an early reply.",
        ]),
        short: "Thank you for your time so far; I have received {other_offer} with a deadline of {competing_deadline}. Could you tell me whether a decision on the {role} role is possible before then?",
    },
    Template {
        kind: MessageKind::NegotiationAsk,
        label: "Negotiation ask (one to three items)",
        when: "After a written offer, when a few named terms stand between you and a yes.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        subject: "{role} offer: a few points to discuss",
        opening: [
            "Thank you for the offer for the {role} role. I am excited about the work and about joining the team.",
            "Thank you for the offer for the {role} role at {company}. I am keen on the role and would like to make it work.",
            "Thank you for your offer for the {role} position at {company}. I remain very interested in joining the team.",
        ],
        // The asks are the user's, one per line with their reason; the move
        // is mentioned only when there is one.
        core: "I would like to discuss the following with you:\n{asks}\n\n{move_clause}Could we find a time to talk about it?",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I am keen to find an arrangement that works for both of us.",
            "I look forward to hearing your thoughts.",
            "I look forward to your response and to an agreement that suits both sides.",
        ]),
        short: "Thank you for the offer for the {role} role; I am excited about it and would like to discuss {items_to_negotiate}. Could we find a time to talk it through?",
    },
    Template {
        kind: MessageKind::MobilityQuestions,
        label: "Asking visa and relocation questions in writing",
        when: "Before you commit to a role that needs a visa or a move: get the answers on paper.",
        channels: &[Channel::Email],
        spoken: false,
        // Asked before an offer as often as after one, so it never assumes
        // there is an offer to thank them for.
        subject: "{role}: visa and relocation questions",
        opening: [
            "Thank you for the conversations about the {role} role. Before I decide, I want to understand the move itself.",
            "Thank you for your time on the {role} role. Before I decide, I have a few questions about the move.",
            "Thank you for your consideration for the {role} position. Before I reach a decision, I would be grateful for written answers to a few questions about the move.",
        ],
        core: "Could you confirm:\n- which visa type the company will sponsor, and who pays the application fees;\n- the expected processing time and a realistic start date;\n- what temporary housing and relocation support is included;\n- what happens if sponsorship is delayed or refused?",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Thanks for helping me get this right.",
            "Thank you; having these points in writing will let me decide quickly.",
            "Thank you; written confirmation of these points will allow me to respond promptly.",
        ]),
        short: "Thank you for your time on the {role} role; before I decide, could you confirm in writing the visa type, who pays the fees, the timeline and the housing support? I would also like to know what happens if sponsorship is delayed or refused.",
    },
    Template {
        kind: MessageKind::ConditionalAcceptance,
        label: "Accepting once the terms are in writing",
        when: "When you are ready to say yes, provided what you agreed appears in the written offer.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "{role} offer: ready to accept once confirmed in writing",
        opening: [
            "Thank you for working through the details with me. I am delighted to say I am ready to accept the {role} role.",
            "Thank you for working through the details with me. I am ready to accept the {role} role.",
            "Thank you for your flexibility in our discussions. I am pleased to confirm that I intend to accept the {role} position.",
        ],
        core: "Before I sign, could you confirm in writing {in_writing}, along with {start_date_phrase}? Once I have it, I will confirm straight away.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I am looking forward to getting started.",
            "I am glad we found a way to make this work.",
            "Thank you for your patience while we settle the details.",
        ]),
        short: "Thank you for working through the details with me; I am ready to accept the {role} role once {in_writing} and {start_date_phrase} are in the written offer. Could you send the updated version?",
    },
    Template {
        kind: MessageKind::WrittenAcceptance,
        label: "Accepting in writing with a start date",
        when: "Once the written offer holds everything you need.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "Accepting the {role} offer",
        opening: [
            "Thank you for the offer. I am very happy to accept the {role} role at {company}.",
            "Thank you for the offer. I am pleased to accept the {role} role at {company}.",
            "Thank you for your offer. I am pleased to formally accept the {role} position at {company}.",
        ],
        core: "I confirm the terms in the written offer and a start date of {start_date}. Please let me know what you need from me before then, such as paperwork or checks.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I am looking forward to working with you and the team.",
            "I am excited to join the team.",
            "It will be a pleasure to join {company}.",
        ]),
        short: "Thank you for the offer; I am pleased to accept the {role} role with a start date of {start_date}. What will you need from me before then?",
    },
    Template {
        kind: MessageKind::CounterofferInWriting,
        label: "Asking for a counteroffer in writing",
        when: "When new terms come up in conversation: get them in writing, then take 24 to 72 hours to weigh them.",
        channels: &[Channel::Email],
        spoken: false,
        subject: "{role}: the revised terms in writing",
        opening: [
            "Thank you for coming back to me with new terms for the {role} role.",
            "Thank you for the revised terms for the {role} role.",
            "Thank you for your revised proposal for the {role} position.",
        ],
        core: "So that I can weigh them properly, could you send the revised offer in writing? I will review it against what matters most to me and reply by {deadline}.",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "I appreciate the effort you have put into this.",
            "I appreciate the time you have put into this.",
            "I appreciate the consideration you have given this.",
        ]),
        short: "Thank you for the revised terms for the {role} role. Could you send them in writing so that I can reply by {deadline}?",
    },
    Template {
        kind: MessageKind::OpenReply,
        label: "Open reply naming the one change that would matter",
        when: "When you lean towards no, but one specific change would turn it into a yes.",
        channels: &[Channel::Email, Channel::Call],
        spoken: false,
        subject: "{role} offer: the one change that would make it work",
        opening: [
            "Thank you for the offer and for the time you have spent with me on the {role} role.",
            "Thank you for the offer for the {role} role.",
            "Thank you for your offer for the {role} position.",
        ],
        core: "Before I make a final decision, I want to be clear about what would change it: {change_that_would_matter}. If that is possible, I would be glad to go ahead. Could you let me know by {deadline}?",
        reason: ReasonSlot::Absent,
        closing: Closing::Text([
            "Whatever the answer, thank you for being so open with me.",
            "Whatever the answer, I appreciate how open the process has been.",
            "Whatever the outcome, I appreciate the openness of the process.",
        ]),
        short: "Thank you for the offer for the {role} role; one change would make it work for me: {change_that_would_matter}. Could you let me know by {deadline} whether that is possible?",
    },
];
