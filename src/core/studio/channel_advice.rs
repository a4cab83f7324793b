//! Which channel should carry a decision: email, call, video, or the
//! recruiter, and a plain-English reason why.
//!
//! The rules, in order (each is one function in [`RULES`]), from the source
//! articles:
//! 1. Terms were discussed by voice and a recruiter is involved: call the
//!    hiring contact, and send the recruiter a note as well (001, 003).
//! 2. A recruiter ran the process: go through the recruiter (001).
//! 3. The offer came by voice, or terms were negotiated by voice: call
//!    (002, 003).
//! 4. The process ran mostly in writing: email (001, 003).
//! 5. The team invested heavily — at least the user's own number of
//!    interview rounds (`Settings::call_after_interview_rounds`): call (001, 003).
//! 6. Otherwise: email, the clear and least intrusive default (001, 002).
//!
//! A call becomes a video call when seeing each other matters (a remote team,
//! time zones; 003). If the user prefers writing, a call or video suggestion
//! turns into an email with the call offered as the alternative (001: your
//! own comfort counts). A call or video is always confirmed in writing
//! afterwards (001, 003).

use serde::{Deserialize, Serialize};

use crate::core::message_kind::{Channel, MessageKind};
use crate::core::model::{Opportunity, Settings, Stage as OpportunityStage, WorkArrangement};

/// Where the process stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Interviews done or under way, no offer yet.
    BeforeOffer,
    /// An offer made by voice, not yet on paper.
    VerbalOffer,
    /// A written offer.
    WrittenOffer,
    /// They came back with new terms.
    Counteroffer,
}

/// How the user feels about delivering news by voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Comfort {
    /// Would rather write.
    PrefersWriting,
    /// Happy to call.
    #[default]
    FineWithCalls,
}

/// What the advisor needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Situation {
    /// Where the process stands.
    pub stage: Stage,
    /// How many interview rounds the team ran.
    pub interview_rounds: u32,
    /// From this many rounds on, the team's investment calls for a personal
    /// conversation: the user's `Settings::call_after_interview_rounds`, the
    /// same number the engine uses.
    pub call_after_rounds: u32,
    /// Whether any terms were negotiated by voice.
    pub verbal_negotiation: bool,
    /// Whether a recruiter stood between the user and the employer.
    pub recruiter_in_between: bool,
    /// Whether the employer ran the process mostly in writing (emails, an
    /// applicant portal).
    pub hr_run_written_process: bool,
    /// Whether the team is remote or across time zones, so seeing each other matters.
    pub remote_team: bool,
    /// The user's comfort with calls.
    pub comfort: Comfort,
}

/// The suggested channel, why, and what to prepare.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelAdvice {
    /// The channel to use.
    pub channel: Channel,
    /// Why, answer first, in plain English.
    pub why: String,
    /// A reasonable second choice, if there is one.
    pub alternative: Option<Channel>,
    /// The script to prepare for a call or video call.
    pub script: Option<MessageKind>,
    /// The written confirmation to send after a call or video call.
    pub confirmation: Option<MessageKind>,
    /// A second message to send as well: the note to the recruiter when the
    /// news goes to the hiring contact directly but a recruiter is involved.
    #[serde(default)]
    pub also: Option<MessageKind>,
}

/// One rule: advice if it applies to the situation.
type ChannelRule = fn(&Situation) -> Option<ChannelAdvice>;

/// The rules in the order they are tried; the first that applies decides.
pub const RULES: [ChannelRule; 5] = [
    spoken_terms_with_recruiter,
    through_recruiter,
    spoken_terms,
    written_process,
    heavy_investment,
];

/// How the channel advisor sees an opportunity, with the user's own
/// threshold for "many rounds" and their choice to write rather than call.
pub fn situation_for(o: &Opportunity, settings: &Settings) -> Situation {
    let stage = match o.stage {
        OpportunityStage::VerbalOffer => Stage::VerbalOffer,
        OpportunityStage::WrittenOffer => Stage::WrittenOffer,
        OpportunityStage::Counteroffer => Stage::Counteroffer,
        OpportunityStage::Exploring | OpportunityStage::Interviewing => Stage::BeforeOffer,
        // Settled: judge by whether an offer was ever made.
        _ if o.dates.offer.is_some() || o.offer_in_writing => Stage::WrittenOffer,
        _ => Stage::BeforeOffer,
    };
    Situation {
        stage,
        interview_rounds: u32::try_from(o.round_count()).unwrap_or(u32::MAX),
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

/// Suggests how to deliver the decision in `situation`, and why.
pub fn advise_channel(situation: &Situation) -> ChannelAdvice {
    RULES
        .iter()
        .find_map(|rule| rule(situation))
        .unwrap_or_else(|| plain_email(situation))
}

/// Why the terms call for a voice conversation, if they were discussed by voice.
fn spoken_reason(situation: &Situation) -> Option<&'static str> {
    if situation.stage == Stage::VerbalOffer {
        Some("The offer came by voice, so they will expect to hear back the same way.")
    } else if situation.verbal_negotiation {
        Some("You negotiated by voice, and a conversation honours that effort.")
    } else {
        None
    }
}

/// Rule 1: terms discussed by voice with the hiring contact while a
/// recruiter is involved. The conversation was with the hiring contact, so
/// the news goes to them the same way; the recruiter hears it in a note so
/// nobody learns it second-hand.
fn spoken_terms_with_recruiter(situation: &Situation) -> Option<ChannelAdvice> {
    if !situation.recruiter_in_between {
        return None;
    }
    let because = spoken_reason(situation)?;
    let mut advice = voice_advice(situation, because);
    advice.why.push_str(
        " A recruiter is involved too: send them a short note as well, so they hear it from you.",
    );
    advice.also = Some(MessageKind::RecruiterNote);
    Some(advice)
}

/// Rule 2: a recruiter ran the process and nothing was agreed by voice.
fn through_recruiter(situation: &Situation) -> Option<ChannelAdvice> {
    situation.recruiter_in_between.then(|| ChannelAdvice {
        channel: Channel::Recruiter,
        why: "Tell the recruiter first. They ran the process, they will pass it on, \
              and they keep the relationship in good shape for you."
            .into(),
        alternative: Some(Channel::Email),
        script: None,
        confirmation: None,
        also: None,
    })
}

/// Rule 3: the offer or the negotiation was by voice.
fn spoken_terms(situation: &Situation) -> Option<ChannelAdvice> {
    spoken_reason(situation).map(|because| voice_advice(situation, because))
}

/// Rule 4: the employer ran the process mostly in writing.
fn written_process(situation: &Situation) -> Option<ChannelAdvice> {
    situation.hr_run_written_process.then(|| {
        email(
            situation,
            "Send an email. They ran the process in writing, and an email gives them a clear record.",
        )
    })
}

/// Rule 5: the team gave at least the user's own number of rounds.
fn heavy_investment(situation: &Situation) -> Option<ChannelAdvice> {
    (situation.interview_rounds >= situation.call_after_rounds).then(|| {
        let because = format!(
            "The team gave you {} interview rounds, and hearing it from you honours that time.",
            situation.interview_rounds
        );
        voice_advice(situation, &because)
    })
}

/// The default: email, worded for the stage.
fn plain_email(situation: &Situation) -> ChannelAdvice {
    let why = match situation.stage {
        Stage::BeforeOffer => {
            "Send an email. Withdrawing before an offer is normally done in writing: \
             it is clear and respects their time."
        }
        Stage::Counteroffer => {
            "Reply by email. New terms belong in writing, and so does your answer."
        }
        Stage::VerbalOffer | Stage::WrittenOffer => {
            "Send an email. It is clear, leaves a record, and is the least intrusive choice."
        }
    };
    email(situation, why)
}

fn voice_advice(situation: &Situation, because: &str) -> ChannelAdvice {
    let (channel, script, how) = if situation.remote_team {
        (
            Channel::Video,
            MessageKind::VideoScript,
            "Use a video call, since seeing each other matters with a remote team.",
        )
    } else {
        (Channel::Call, MessageKind::CallScript, "Call them.")
    };
    if situation.comfort == Comfort::PrefersWriting {
        return ChannelAdvice {
            channel: Channel::Email,
            why: format!(
                "Email is fine, since you prefer writing. {because} \
                 So keep the email personal and offer a short call if they would like one."
            ),
            alternative: Some(channel),
            script: None,
            confirmation: None,
            also: None,
        };
    }
    ChannelAdvice {
        channel,
        why: format!("{how} {because} Send the written confirmation straight after."),
        alternative: Some(Channel::Email),
        script: Some(script),
        confirmation: Some(MessageKind::CallConfirmation),
        also: None,
    }
}

fn email(situation: &Situation, why: &str) -> ChannelAdvice {
    ChannelAdvice {
        channel: Channel::Email,
        why: why.into(),
        alternative: (situation.comfort == Comfort::FineWithCalls).then_some(Channel::Call),
        script: None,
        confirmation: None,
        also: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn situation(stage: Stage) -> Situation {
        Situation {
            stage,
            interview_rounds: 2,
            call_after_rounds: 3,
            verbal_negotiation: false,
            recruiter_in_between: false,
            hr_run_written_process: false,
            remote_team: false,
            comfort: Comfort::FineWithCalls,
        }
    }

    struct Row {
        name: &'static str,
        /// The article (seed file) the expectation comes from.
        article: &'static str,
        situation: Situation,
        channel: Channel,
        script: Option<MessageKind>,
        also: Option<MessageKind>,
    }

    #[test]
    fn rules_from_the_articles() {
        let base = situation(Stage::WrittenOffer);
        let call = Some(MessageKind::CallScript);
        let note = Some(MessageKind::RecruiterNote);
        let rows = [
            Row {
                name: "HR-run written process: email",
                article: "001: email for HR-managed processes; 003: when the exchange was mostly written",
                situation: Situation { hr_run_written_process: true, ..base },
                channel: Channel::Email,
                script: None,
                also: None,
            },
            Row {
                name: "mostly written, even after many rounds: email",
                article: "003: email when the recruitment exchange was primarily written",
                situation: Situation {
                    hr_run_written_process: true,
                    interview_rounds: 5,
                    ..base
                },
                channel: Channel::Email,
                script: None,
                also: None,
            },
            Row {
                name: "light process, written offer: email",
                article: "001: email is clear and less intrusive; 002: email first",
                situation: base,
                channel: Channel::Email,
                script: None,
                also: None,
            },
            Row {
                name: "many rounds: call",
                article: "003: a call when the hiring manager invested multiple rounds",
                situation: Situation { interview_rounds: 4, ..base },
                channel: Channel::Call,
                script: call,
                also: None,
            },
            Row {
                name: "the rounds threshold is the user's: 2 rounds, threshold 2",
                article: "003: multiple rounds (the number is the user's setting)",
                situation: Situation {
                    interview_rounds: 2,
                    call_after_rounds: 2,
                    ..base
                },
                channel: Channel::Call,
                script: call,
                also: None,
            },
            Row {
                name: "the rounds threshold is the user's: 4 rounds, threshold 5",
                article: "003: multiple rounds (the number is the user's setting)",
                situation: Situation {
                    interview_rounds: 4,
                    call_after_rounds: 5,
                    ..base
                },
                channel: Channel::Email,
                script: None,
                also: None,
            },
            Row {
                name: "verbal negotiation: call, even in a written process",
                article: "003: a call if you negotiated verbally at any stage",
                situation: Situation {
                    verbal_negotiation: true,
                    hr_run_written_process: true,
                    ..base
                },
                channel: Channel::Call,
                script: call,
                also: None,
            },
            Row {
                name: "verbal offer: call",
                article: "002: a call if they extended a verbal offer",
                situation: situation(Stage::VerbalOffer),
                channel: Channel::Call,
                script: call,
                also: None,
            },
            Row {
                name: "many rounds, remote team: video",
                article: "003: video when a call is expected across time zones",
                situation: Situation {
                    interview_rounds: 3,
                    remote_team: true,
                    ..base
                },
                channel: Channel::Video,
                script: Some(MessageKind::VideoScript),
                also: None,
            },
            Row {
                name: "recruiter, nothing said by voice: through the recruiter",
                article: "001: if a recruiter facilitated the process, coordinate with them",
                situation: Situation {
                    recruiter_in_between: true,
                    interview_rounds: 4,
                    ..base
                },
                channel: Channel::Recruiter,
                script: None,
                also: None,
            },
            Row {
                name: "negotiated by voice with a recruiter involved: call, and a note to the recruiter",
                article: "003: call after a verbal negotiation; 001: coordinate with the recruiter",
                situation: Situation {
                    recruiter_in_between: true,
                    verbal_negotiation: true,
                    ..base
                },
                channel: Channel::Call,
                script: call,
                also: note,
            },
            Row {
                name: "verbal offer with a recruiter involved: call, and a note to the recruiter",
                article: "002: a call for a verbal offer; 001: coordinate with the recruiter",
                situation: Situation {
                    recruiter_in_between: true,
                    ..situation(Stage::VerbalOffer)
                },
                channel: Channel::Call,
                script: call,
                also: note,
            },
            Row {
                name: "negotiated by voice, recruiter, prefers writing: email, and the note",
                article: "001: balance respect with your own comfort; coordinate with the recruiter",
                situation: Situation {
                    recruiter_in_between: true,
                    verbal_negotiation: true,
                    comfort: Comfort::PrefersWriting,
                    ..base
                },
                channel: Channel::Email,
                script: None,
                also: note,
            },
            Row {
                name: "before an offer, light process: email",
                article: "002: email is the standard channel for withdrawing",
                situation: situation(Stage::BeforeOffer),
                channel: Channel::Email,
                script: None,
                also: None,
            },
            Row {
                name: "counteroffer after written exchange: email",
                article: "001: ask for the counteroffer in writing",
                situation: situation(Stage::Counteroffer),
                channel: Channel::Email,
                script: None,
                also: None,
            },
            Row {
                name: "prefers writing: email, call offered as the alternative",
                article: "001: balance respect for the employer with your own comfort",
                situation: Situation {
                    interview_rounds: 5,
                    comfort: Comfort::PrefersWriting,
                    ..base
                },
                channel: Channel::Email,
                script: None,
                also: None,
            },
        ];
        for row in rows {
            let advice = advise_channel(&row.situation);
            let name = format!("{} ({})", row.name, row.article);
            assert_eq!(advice.channel, row.channel, "{name}");
            assert_eq!(advice.script, row.script, "{name}");
            assert_eq!(advice.also, row.also, "{name}");
            assert!(!advice.why.is_empty(), "{name}");
            assert!(!advice.why.contains('!'), "{name}");
            if row.also.is_some() {
                assert!(advice.why.contains("recruiter"), "{name}: {}", advice.why);
            }
        }
    }

    #[test]
    fn a_call_or_video_is_always_confirmed_in_writing() {
        for rounds in 0..6 {
            for remote in [false, true] {
                for recruiter in [false, true] {
                    let advice = advise_channel(&Situation {
                        interview_rounds: rounds,
                        remote_team: remote,
                        recruiter_in_between: recruiter,
                        verbal_negotiation: rounds % 2 == 0,
                        ..situation(Stage::WrittenOffer)
                    });
                    let spoken = matches!(advice.channel, Channel::Call | Channel::Video);
                    assert_eq!(
                        spoken,
                        advice.confirmation == Some(MessageKind::CallConfirmation)
                    );
                    assert_eq!(spoken, advice.script.is_some());
                }
            }
        }
    }

    #[test]
    fn preferring_writing_keeps_the_call_as_the_alternative() {
        let advice = advise_channel(&Situation {
            verbal_negotiation: true,
            comfort: Comfort::PrefersWriting,
            ..situation(Stage::WrittenOffer)
        });
        assert_eq!(advice.alternative, Some(Channel::Call));
        assert!(advice.why.contains("negotiated by voice"));
    }

    #[test]
    fn the_why_names_the_rounds() {
        let advice = advise_channel(&Situation {
            interview_rounds: 4,
            ..situation(Stage::WrittenOffer)
        });
        assert!(advice.why.contains("4 interview rounds"), "{}", advice.why);
    }
}
