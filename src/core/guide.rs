//! The guide: the product's advice in short sections, written for the person
//! deciding (calm, plain, second person).
//!
//! The text lives here, not in a component, so any screen can link a "why?"
//! to a section through [`slug_for`] and the tests can check that every link
//! lands somewhere. Slugs are part of the app's addresses (`#/guide/{slug}`),
//! so they never change once published.

/// One short section of the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Section {
    /// Stable address part and heading anchor, e.g. `"timing"`.
    pub slug: &'static str,
    /// The heading.
    pub title: &'static str,
    /// The answer in one sentence, shown first and in the contents.
    pub summary: &'static str,
    /// The explanation, one paragraph per entry.
    pub paragraphs: &'static [&'static str],
    /// Short points worth keeping to hand; may be empty.
    pub points: &'static [&'static str],
    /// Slugs of related sections.
    pub see_also: &'static [&'static str],
}

/// Something another screen may want to explain with a "why?" link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Whether an interview obliges you to anything.
    NotObliged,
    /// Writing down first reactions.
    Reactions,
    /// Facts versus perceptions.
    FactsAndPerceptions,
    /// Ranking what matters.
    Priorities,
    /// Things you will not compromise on.
    NonNegotiables,
    /// The walk-away and accept lines.
    WalkAwayLine,
    /// The decision matrix and its scores.
    Matrix,
    /// The mobility column: visas, relocation, family.
    Mobility,
    /// What saying yes costs you, and what saying no closes.
    OpportunityCost,
    /// Whether a no can be undone.
    Reversibility,
    /// How long to take to decide.
    DecisionWindow,
    /// Asking for more time.
    AskForTime,
    /// When to check in after an interview.
    FollowUps,
    /// Handling a counteroffer.
    Counteroffers,
    /// Email, call, video or recruiter.
    Channel,
    /// How to say no.
    Decline,
    /// Whether to negotiate instead of declining.
    Negotiation,
    /// Questions about a move abroad.
    MobilityQuestions,
    /// Staying in touch after a no.
    KeepInTouch,
    /// Coming back to an employer later.
    Reopen,
    /// The usual ways this goes wrong.
    Mistakes,
    /// Taking back an acceptance, before or after signing.
    BackingOut,
    /// An employer taking back its offer.
    OfferWithdrawn,
    /// A counteroffer from the current employer.
    CurrentEmployerCounteroffer,
    /// Why you started looking, which every counteroffer is checked against.
    LookingReason,
    /// An offer whose answer is due in less than two business days.
    ExplodingOffer,
    /// Several interview rounds, each thanked and followed up in its turn.
    Rounds,
    /// After a yes: the offer's conditions, the notice period and the start date.
    AfterYes,
}

impl Topic {
    /// Every topic, so tests can check each one maps to a section.
    pub const ALL: [Topic; 28] = [
        Topic::NotObliged,
        Topic::Reactions,
        Topic::FactsAndPerceptions,
        Topic::Priorities,
        Topic::NonNegotiables,
        Topic::WalkAwayLine,
        Topic::Matrix,
        Topic::Mobility,
        Topic::OpportunityCost,
        Topic::Reversibility,
        Topic::DecisionWindow,
        Topic::AskForTime,
        Topic::FollowUps,
        Topic::Counteroffers,
        Topic::Channel,
        Topic::Decline,
        Topic::Negotiation,
        Topic::MobilityQuestions,
        Topic::KeepInTouch,
        Topic::Reopen,
        Topic::Mistakes,
        Topic::BackingOut,
        Topic::OfferWithdrawn,
        Topic::CurrentEmployerCounteroffer,
        Topic::LookingReason,
        Topic::ExplodingOffer,
        Topic::Rounds,
        Topic::AfterYes,
    ];
}

/// The guide section that explains `topic`.
pub fn slug_for(topic: Topic) -> &'static str {
    match topic {
        Topic::NotObliged => "not-obliged",
        Topic::Reactions => "first-reactions",
        Topic::FactsAndPerceptions => "facts-and-perceptions",
        Topic::Priorities | Topic::NonNegotiables | Topic::WalkAwayLine => "priorities",
        Topic::Matrix | Topic::Mobility => "matrix",
        Topic::OpportunityCost | Topic::Reversibility => "opportunity-cost",
        Topic::DecisionWindow | Topic::AskForTime | Topic::FollowUps => "timing",
        Topic::Counteroffers => "counteroffers",
        Topic::Channel => "channel",
        Topic::Decline => "four-part-decline",
        Topic::Negotiation => "negotiate-or-decline",
        Topic::MobilityQuestions => "mobility-questions",
        Topic::KeepInTouch | Topic::Reopen => "keeping-in-touch",
        Topic::Mistakes => "common-mistakes",
        Topic::BackingOut => "backing-out",
        Topic::OfferWithdrawn => "offer-withdrawn",
        Topic::CurrentEmployerCounteroffer | Topic::LookingReason => {
            "counteroffer-from-your-employer"
        }
        Topic::ExplodingOffer => "exploding-offer",
        Topic::Rounds => "interview-rounds",
        Topic::AfterYes => "after-yes",
    }
}

/// The section with this slug.
pub fn section(slug: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.slug == slug)
}

/// The section that explains `topic`.
pub fn section_for(topic: Topic) -> Option<&'static Section> {
    section(slug_for(topic))
}

/// The sections before and after `slug`, for previous/next links.
pub fn neighbours(slug: &str) -> (Option<&'static Section>, Option<&'static Section>) {
    match SECTIONS.iter().position(|s| s.slug == slug) {
        Some(i) => (i.checked_sub(1).map(|p| &SECTIONS[p]), SECTIONS.get(i + 1)),
        None => (None, None),
    }
}

/// Every section, in reading order: from the interview to keeping in touch.
pub const SECTIONS: &[Section] = &[
    Section {
        slug: "not-obliged",
        title: "You do not have to say yes",
        summary: "An interview commits you to nothing; until you accept written terms, you are free to weigh, negotiate or decline.",
        paragraphs: &[
            "Both sides use an interview to find out whether the job fits. They learn about you, and you learn about the work, the people and the terms. Taking part is not a promise.",
            "Warm words such as \"we would love to have you\" are encouraging, but they are not an offer. Only a written offer with clear terms, accepted by you, binds either side.",
            "So take the time to decide well. Saying no politely, and early, is part of being professional.",
        ],
        points: &[],
        see_also: &["first-reactions", "priorities", "four-part-decline"],
    },
    Section {
        slug: "first-reactions",
        title: "Write down your reactions within a day",
        summary: "Within 24 hours of an interview, note what excited you, what worried you and anything they promised only vaguely.",
        paragraphs: &[
            "Memory edits itself quickly. A day later, a small worry can grow into a reason, or an exciting moment can hide a real gap.",
            "Write three short lists while it is fresh: what drew you in, what concerned you, and any commitment that was left unclear (a start date, remote days, relocation help). You will use these notes when you score the offer and when you ask questions.",
        ],
        points: &[
            "What excited you",
            "What worried you",
            "What they said but did not pin down",
        ],
        see_also: &["facts-and-perceptions", "priorities"],
    },
    Section {
        slug: "facts-and-perceptions",
        title: "Separate facts from impressions",
        summary: "Sort each concern into something they said or wrote (a fact) and something you sensed (a perception), then check the perceptions.",
        paragraphs: &[
            "A fact is something you can point to: the contract type, the salary in the offer, a visa policy they stated. A perception is an impression: the team seemed tired, the manager seemed rushed.",
            "Perceptions matter, but they can be wrong. Turn each one into a question you can ask, for example by speaking to a future colleague. Decide on facts; use perceptions to decide what to find out.",
        ],
        points: &[],
        see_also: &["first-reactions", "matrix"],
    },
    Section {
        slug: "priorities",
        title: "Priorities, non-negotiables and your walk-away line",
        summary: "Rank what matters most, name the few things you will not give up, and decide in advance the point below which you say no.",
        paragraphs: &[
            "Put what matters in order: the work itself, pay, the team, flexibility, location and so on. The order sets how much each one weighs, so you do not have to invent numbers.",
            "A non-negotiable is something you will not trade away, however good the rest is: direct employment, a visa, a minimum salary. If an offer fails one, the answer is no, or a clear request to fix it.",
            "Your walk-away line is the score below which you would decline even after negotiating. Your accept line is the score at which an offer is good enough to take once the terms are in writing. Set both before you see the numbers, so the offer cannot move them.",
        ],
        points: &[],
        see_also: &["matrix", "negotiate-or-decline"],
    },
    Section {
        slug: "matrix",
        title: "The matrix and the mobility column",
        summary: "Score each option from 0 to 5 on each priority, side by side with your current job, and treat a move abroad as its own column of questions.",
        paragraphs: &[
            "A simple matrix keeps one strong feeling from outweighing everything else. Score each option on each of your priorities, including your current job, so staying is measured fairly too. Leave a score empty when you do not know yet: unknown is not the same as zero.",
            "The totals group into three parts: how well the role fits, what it pays and secures, and how it fits your life. A high total with a failed non-negotiable is still a no.",
            "If the job means moving country, score the mobility support separately: visa sponsorship, relocation help, temporary housing, family visas, a partner's right to work, tax help. Support promised only in conversation counts for little until it is written down.",
        ],
        points: &[],
        see_also: &["mobility-questions", "opportunity-cost"],
    },
    Section {
        slug: "opportunity-cost",
        title: "Opportunity cost and reversibility",
        summary: "Every yes closes other doors; weigh what you gain, what it costs you and whether you could undo the choice later.",
        paragraphs: &[
            "List what you gain by taking the job, what it costs you (time, money, a move, other options you stop pursuing) and what it does to your career in a few years.",
            "Then ask whether the choice can be reversed. Declining an employer that hires often is easy to revisit; leaving a job, or moving country, is much harder to undo. The harder a choice is to reverse, the more it deserves facts in writing first.",
            "Hold each option against where you want to be in one year and in three years. A job that pulls you away from both is rarely worth it, whatever the pay.",
        ],
        points: &[],
        see_also: &["matrix", "keeping-in-touch"],
    },
    Section {
        slug: "timing",
        title: "Timing: how long to take, and when to follow up",
        summary: "Aim to decide within 48 to 72 hours of a written offer; if you need longer, ask for a specific number of days early.",
        paragraphs: &[
            "Once a written offer arrives, a decision within two or three days is normal and respectful. If you need more, ask for it straight away and name the date you will answer by. Asking for time is professional; going quiet is not.",
            "For a local offer, three to seven business days is a reasonable request. When the job means moving country, one to two weeks is reasonable, because visas, housing and family need checking.",
            "After an interview, wait before chasing. If they gave you a date, wait two business days past it. If they gave none, wait a week. If there is still no reply, send a second short note a week later, and a final one a week after that. Then move on.",
        ],
        points: &[
            "Decide within 48–72 hours of a written offer",
            "Ask for 3–7 business days locally, 1–2 weeks for a move abroad",
            "First check: two business days after their date, or one week after the interview",
            "Second and final checks: a week apart",
        ],
        see_also: &["counteroffers", "exploding-offer", "channel"],
    },
    Section {
        slug: "interview-rounds",
        title: "One thank-you for every round",
        summary: "Thank the people you met within a working day of each round, and count your follow-ups from the latest one.",
        paragraphs: &[
            "A process with several rounds is a series of short conversations with different people. Each round deserves its own brief thank-you, sent by the next working day, to the people you met in it: name something specific they told you, so the note could not have been sent to anyone else.",
            "Keep a line of notes after each round while it is fresh: who you met, what they asked, what they left open. Those notes are yours alone; they help you score the offer and prepare the next round, and they never go into a message.",
            "The clock for following up restarts with every round. If they named a day for their decision, wait two business days past it before asking; if they named none, ask for their timeline in the thank-you and check in about a week after the latest round.",
        ],
        points: &[
            "A thank-you per round, by the next working day",
            "Who you met, and what they left open",
            "Follow up from the latest round, not the first",
        ],
        see_also: &["first-reactions", "timing"],
    },
    Section {
        slug: "after-yes",
        title: "Between yes and the first day",
        summary: "Hold the signed offer and its start date in writing, let every condition clear, and only then give notice, with a plan for handing over.",
        paragraphs: &[
            "Many offers depend on something still to come: a background check, references, proof of your right to work, an internal approval or a visa. Ask which ones apply and when each should clear, and keep track of them; until they have, the offer can still fall through.",
            "Resign only once the offer is signed and its conditions have cleared, so you are never left between two jobs. Then tell your manager first, in person or on a call, follow with a short letter, and offer a plan for handing over your work.",
            "Your notice period decides your last working day and so the earliest day you can start. Notice usually runs from the day after you give it; check your contract, and if the start date you agreed comes before your notice ends, agree a later start or ask whether the notice can be shortened.",
        ],
        points: &[
            "The signed offer and the start date in writing",
            "Every condition cleared before you resign",
            "Last day and earliest start from your notice period",
        ],
        see_also: &["backing-out", "counteroffer-from-your-employer", "timing"],
    },
    Section {
        slug: "exploding-offer",
        title: "An offer that expires too soon",
        summary: "When your answer is due in less than two business days, call to ask for more time, then confirm the new date in writing.",
        paragraphs: &[
            "Some offers arrive with a deadline of a day or two. That is rarely enough to weigh the pay, the terms and perhaps a move, and asking for more is normal. The usual request is three to seven business days, or one to two weeks when the job means moving country.",
            "Ask by phone. A call gets an answer at once, while an email can sit unread until the deadline has passed. Say you are keen, that you want to give the offer the attention it deserves, and name the date you will answer by.",
            "Straight after the call, confirm the date you agreed by email, so you both have it on record. If they cannot move at all, decide on what you know by their deadline; pressure to answer at once is itself something to weigh.",
        ],
        points: &[
            "Answer due in under two business days: ask for time",
            "Call first, then confirm the new date by email",
            "Ask for 3–7 business days, or 1–2 weeks for a move abroad",
        ],
        see_also: &["timing", "channel"],
    },
    Section {
        slug: "counteroffers",
        title: "When they come back with more",
        summary: "Ask for any counteroffer in writing, give yourself 24 to 72 hours, and judge it against your priorities rather than the relief of being wanted.",
        paragraphs: &[
            "A better offer after you hesitate or say no is flattering, and it is easy to say yes on the spot. Instead, thank them, ask for the new terms in writing, and say when you will reply.",
            "Then score it like any other offer. If it fixes only what you could negotiate but leaves the reason you said no untouched, your answer stays the same. Avoid rounds of small extras that do not change your decision.",
        ],
        points: &[],
        see_also: &["counteroffer-from-your-employer", "negotiate-or-decline", "timing"],
    },
    Section {
        slug: "counteroffer-from-your-employer",
        title: "When your employer asks you to stay",
        summary: "Check a counteroffer from your current employer against the reason you started looking; if it leaves that reason in place, thank them and let your resignation stand.",
        paragraphs: &[
            "Resigning can bring an offer to keep you: more pay, a new title, a promise. It is flattering, and easy to accept on the spot. Ask for it in writing and give yourself a set time to weigh it, a day to three.",
            "Start from why you began looking. Write it down in a line or two, and name the priorities it touches, before the conversation. A raise does not create a path to grow, and a new title does not change a manager.",
            "Then ask yourself the questions that matter. Why now, and not before you resigned? What exactly changes, from when, and is it in writing? Will the trust between you survive the fact that you were ready to leave? Will the reason you started looking still be there in six months?",
            "If the counteroffer leaves your reason in place, restate your decision: thank them, say your resignation stands, and offer a good handover, with no criticism. If it does answer your reason, weigh it like any other offer, and if you stay, tell the new employer promptly.",
        ],
        points: &[
            "Why now, and not before?",
            "What changes, from when, and in writing?",
            "Will trust survive your having resigned?",
            "Does it fix the reason you started looking?",
        ],
        see_also: &["counteroffers", "opportunity-cost", "four-part-decline"],
    },
    Section {
        slug: "channel",
        title: "Choosing how to tell them",
        summary: "Use email when the process was mostly written; call when people invested a lot of time in you, then confirm by email.",
        paragraphs: &[
            "Email suits short processes and keeps a clear record. A phone call suits a long process, several rounds, or terms you already negotiated by voice: it shows respect for the time they gave. A video call is a good middle way when you have met the team only online.",
            "If a recruiter ran the process, tell the recruiter first and ask them to pass your decision on. Whatever channel you choose, confirm a spoken decision in writing the same day.",
        ],
        points: &[
            "Email: short or mostly written processes",
            "Call: several rounds, or terms negotiated by voice",
            "Video: a relationship built on video calls",
            "Recruiter: when they ran the process",
        ],
        see_also: &["four-part-decline"],
    },
    Section {
        slug: "four-part-decline",
        title: "Saying no in four parts",
        summary: "Thank them, state your decision, give a short reason if you want to, and leave the door open.",
        paragraphs: &[
            "A good decline is short. It thanks them for their time and the offer, says clearly that you are not taking it, gives one honest reason in a sentence (or none), and says you would like to stay in touch.",
            "Do not criticise the company or the people, and do not over-apologise. Send it promptly: the sooner they know, the sooner they can move on, and the better they will remember you.",
        ],
        points: &[
            "Thanks",
            "The decision, said plainly",
            "A brief reason, if you choose",
            "An open door",
        ],
        see_also: &["channel", "keeping-in-touch", "common-mistakes"],
    },
    Section {
        slug: "negotiate-or-decline",
        title: "Negotiate or decline",
        summary: "Negotiate when the gap is something they can change; decline when it is the job itself or one of your non-negotiables.",
        paragraphs: &[
            "Pay, title, remote days, a start date and relocation help can often be changed. If one of these is what holds you back, ask for it clearly before you say no, with a reason tied to the market or the cost of the move.",
            "The nature of the role, the culture, or a missing visa when you need one rarely change. When the gap is of that kind, negotiating only delays a no. Pick the few points that would change your mind and leave the rest.",
        ],
        points: &[],
        see_also: &["priorities", "counteroffers", "four-part-decline"],
    },
    Section {
        slug: "mobility-questions",
        title: "Questions to settle in writing before a move abroad",
        summary: "Before you accept a job in another country, get the visa, relocation and family support written into the offer.",
        paragraphs: &[
            "A move abroad involves more than the job. Promises made in conversation are easy to forget and hard to enforce, so ask for the answers in writing before you sign.",
        ],
        points: &[
            "Will they sponsor your visa, which type, and who pays the fees?",
            "What relocation support is there: allowance, shipping, flights?",
            "Is temporary housing provided when you arrive, and for how long?",
            "Can your family get visas, and may your partner work?",
            "Is there help with tax in both countries?",
            "Is there support for language lessons and settling in?",
            "When would the move happen, and what if the visa is late?",
        ],
        see_also: &["matrix", "timing"],
    },
    Section {
        slug: "backing-out",
        title: "Taking back a yes",
        summary: "You can still step back after accepting, but it costs goodwill: do it only for a real reason, as early as you can, by phone first and in writing after.",
        paragraphs: &[
            "A spoken yes creates an expectation, and a signed contract can create obligations. Until you start you can usually still change your mind, but the employer has stopped its search because of you. Treat backing out as the exception it is.",
            "A real reason is one you can point to: a better offer you hold in writing, or a dealbreaker that came to light only after you said yes. A hope that another process might come good is not enough.",
            "If you signed, read the contract before you act: the notice it asks for, any clause on withdrawing or on the start date, and what happens to a sign-on payment. Where the contract binds you, a short word with an employment adviser is worth it.",
            "Then call, as early as you can: they should hear it from you, not read it. Keep it short, with thanks, the decision, one honest sentence if they ask why, and one apology for the trouble. Confirm in writing the same day.",
        ],
        points: &[
            "A real reason: a written offer, or a confirmed dealbreaker that came up after your yes",
            "Signed: notice, withdrawal and start-date clauses first",
            "Call first, then confirm in writing the same day",
            "Expect it to cost goodwill with this employer for a while",
        ],
        see_also: &["channel", "four-part-decline", "not-obliged"],
    },
    Section {
        slug: "offer-withdrawn",
        title: "When an employer takes back its offer",
        summary: "Ask for the decision and its reason in writing, reopen the doors you had, and tell the others only what they need to know.",
        paragraphs: &[
            "It hurts, and it is seldom about you alone: budgets, approvals and internal candidates change. Stay calm and courteous; how you answer may matter if the role comes back.",
            "Ask them to confirm in writing that they have withdrawn the offer, and why. A record matters when a condition such as a background check or an approval played a part, and it leaves no doubt about where you stand.",
            "Then turn to your other options straight away. Pick up any process you stepped back from, and carry on with the ones still running. They do not need to hear about the withdrawn offer: say only that you would like to continue.",
        ],
        points: &[
            "The withdrawal and its reason, in writing",
            "Reopen the processes you stepped back from",
            "Carry on with the others, and tell them nothing they do not need",
        ],
        see_also: &["keeping-in-touch", "common-mistakes"],
    },
    Section {
        slug: "keeping-in-touch",
        title: "Keeping in touch, and coming back later",
        summary: "After a no, send a light note in about three months; if things change, reopening the conversation after six to twelve months is reasonable.",
        paragraphs: &[
            "A polite decline often leads somewhere later. Connect with the people you met, and around three months on, send a short, useful note: news about your move, or something relevant to their work.",
            "If what stopped you changes, six to twelve months after you declined is a good time to ask whether there is a fit now. Say what changed, briefly, and make it easy for them to say no.",
        ],
        points: &[],
        see_also: &["four-part-decline", "opportunity-cost"],
    },
    Section {
        slug: "common-mistakes",
        title: "Common mistakes",
        summary: "Most regrets come from deciding too fast, waiting too long, or relying on promises that were never written down.",
        paragraphs: &[
            "None of these is a disaster, and each one is easy to avoid once you know it.",
        ],
        points: &[
            "Accepting on the spot, before the terms are in writing",
            "Going silent instead of saying no or asking for time",
            "Trusting verbal promises about relocation or visas",
            "Letting one strong feeling outweigh everything else",
            "Giving long explanations or criticising the employer when declining",
            "Negotiating small extras that would not change your decision",
            "Forgetting to confirm a spoken decision in writing",
        ],
        see_also: &["four-part-decline", "timing", "mobility-questions"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn slugs_are_unique_and_address_safe() {
        let mut seen = HashSet::new();
        for s in SECTIONS {
            assert!(seen.insert(s.slug), "duplicate slug {}", s.slug);
            assert!(
                s.slug.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "slug {} must be lowercase words joined by hyphens",
                s.slug
            );
        }
    }

    #[test]
    fn every_link_target_exists() {
        for s in SECTIONS {
            for target in s.see_also {
                assert!(section(target).is_some(), "{} links to {target}", s.slug);
                assert_ne!(*target, s.slug, "{} links to itself", s.slug);
            }
        }
        for topic in Topic::ALL {
            assert!(section_for(topic).is_some(), "{topic:?}");
        }
    }

    #[test]
    fn every_section_is_reachable_from_a_topic() {
        let linked: HashSet<_> = Topic::ALL.iter().map(|t| slug_for(*t)).collect();
        for s in SECTIONS {
            assert!(linked.contains(s.slug), "no topic leads to {}", s.slug);
        }
    }

    #[test]
    fn text_is_calm_and_complete() {
        for s in SECTIONS {
            assert!(!s.title.is_empty() && !s.summary.is_empty() && !s.paragraphs.is_empty());
            let all = std::iter::once(s.summary)
                .chain(s.paragraphs.iter().copied())
                .chain(s.points.iter().copied());
            for text in all {
                assert!(!text.contains('!'), "no exclamation marks: {text}");
            }
        }
    }

    #[test]
    fn the_timing_section_carries_the_articles_figures() {
        let timing = section(slug_for(Topic::DecisionWindow)).unwrap();
        let text = timing.points.join(" ");
        for figure in [
            "48–72 hours",
            "3–7 business days",
            "1–2 weeks",
            "two business days",
        ] {
            assert!(text.contains(figure), "{figure}");
        }
    }

    #[test]
    fn neighbours_walk_the_reading_order() {
        let (prev, next) = neighbours(SECTIONS[0].slug);
        assert!(prev.is_none());
        assert_eq!(next.unwrap().slug, SECTIONS[1].slug);
        let last = SECTIONS.last().unwrap();
        assert!(neighbours(last.slug).1.is_none());
        assert_eq!(neighbours("nope"), (None, None));
    }
}
