//! Which channel should carry a decision: email, call, video, or the
//! recruiter, and a plain-English reason why.
//!
//! The rules, in order, from the source articles:
//! 1. A recruiter ran the process: go through the recruiter.
//! 2. The offer came by voice, or terms were negotiated by voice: call.
//! 3. HR ran a written process: email.
//! 4. The team invested heavily (several interview rounds): call.
//! 5. Otherwise: email, the clear and least intrusive default.
//!
//! A call becomes a video call when seeing each other matters (a remote team,
//! time zones). If the user prefers writing, a call or video suggestion turns
//! into an email with the call offered as the alternative. A call or video is
//! always confirmed in writing afterwards.

use serde::{Deserialize, Serialize};

use crate::core::message_kind::{Channel, MessageKind};

/// From this many interview rounds on, the team's investment calls for a
/// personal conversation. A screen and an interview are the norm; a third
/// round means people set aside real time for you.
pub const HEAVY_INVESTMENT_ROUNDS: u32 = 3;

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
    /// Whether any terms were negotiated by voice.
    pub verbal_negotiation: bool,
    /// Whether a recruiter stood between the user and the employer.
    pub recruiter_in_between: bool,
    /// Whether HR ran the process mostly in writing (emails, an applicant portal).
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
}

/// Suggests how to deliver the decision in `situation`, and why.
pub fn advise_channel(situation: &Situation) -> ChannelAdvice {
    if situation.recruiter_in_between {
        return ChannelAdvice {
            channel: Channel::Recruiter,
            why: "Tell the recruiter first. They ran the process, they will pass it on, \
                  and they keep the relationship in good shape for you."
                .into(),
            alternative: Some(Channel::Email),
            script: None,
            confirmation: None,
        };
    }
    match voice_reason(situation) {
        Some(because) => voice_advice(situation, because),
        None => email_advice(situation),
    }
}

/// Why a voice conversation suits this situation, if it does.
fn voice_reason(situation: &Situation) -> Option<String> {
    if situation.stage == Stage::VerbalOffer {
        return Some(
            "The offer came by voice, so they will expect to hear back the same way.".into(),
        );
    }
    if situation.verbal_negotiation {
        return Some("You negotiated by voice, and a conversation honours that effort.".into());
    }
    if situation.hr_run_written_process {
        return None;
    }
    (situation.interview_rounds >= HEAVY_INVESTMENT_ROUNDS).then(|| {
        format!(
            "The team gave you {} interview rounds, and hearing it from you honours that time.",
            situation.interview_rounds
        )
    })
}

fn voice_advice(situation: &Situation, because: String) -> ChannelAdvice {
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
        };
    }
    ChannelAdvice {
        channel,
        why: format!("{how} {because} Send the written confirmation straight after."),
        alternative: Some(Channel::Email),
        script: Some(script),
        confirmation: Some(MessageKind::CallConfirmation),
    }
}

fn email_advice(situation: &Situation) -> ChannelAdvice {
    let why = if situation.hr_run_written_process {
        "Send an email. HR ran the process in writing, and an email gives them a clear record."
    } else {
        match situation.stage {
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
        }
    };
    ChannelAdvice {
        channel: Channel::Email,
        why: why.into(),
        alternative: (situation.comfort == Comfort::FineWithCalls).then_some(Channel::Call),
        script: None,
        confirmation: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn situation(stage: Stage) -> Situation {
        Situation {
            stage,
            interview_rounds: 2,
            verbal_negotiation: false,
            recruiter_in_between: false,
            hr_run_written_process: false,
            remote_team: false,
            comfort: Comfort::FineWithCalls,
        }
    }

    #[test]
    fn rules_from_the_articles() {
        struct Row {
            name: &'static str,
            situation: Situation,
            channel: Channel,
            script: Option<MessageKind>,
        }
        let base = situation(Stage::WrittenOffer);
        let rows = [
            Row {
                name: "HR-run written offer: email",
                situation: Situation {
                    hr_run_written_process: true,
                    ..base
                },
                channel: Channel::Email,
                script: None,
            },
            Row {
                name: "light process, written offer: email",
                situation: base,
                channel: Channel::Email,
                script: None,
            },
            Row {
                name: "many rounds: call",
                situation: Situation {
                    interview_rounds: 4,
                    ..base
                },
                channel: Channel::Call,
                script: Some(MessageKind::CallScript),
            },
            Row {
                name: "verbal negotiation: call, even in an HR-run process",
                situation: Situation {
                    verbal_negotiation: true,
                    hr_run_written_process: true,
                    ..base
                },
                channel: Channel::Call,
                script: Some(MessageKind::CallScript),
            },
            Row {
                name: "verbal offer: call",
                situation: situation(Stage::VerbalOffer),
                channel: Channel::Call,
                script: Some(MessageKind::CallScript),
            },
            Row {
                name: "many rounds, remote team: video",
                situation: Situation {
                    interview_rounds: 3,
                    remote_team: true,
                    ..base
                },
                channel: Channel::Video,
                script: Some(MessageKind::VideoScript),
            },
            Row {
                name: "recruiter in between wins over everything",
                situation: Situation {
                    recruiter_in_between: true,
                    verbal_negotiation: true,
                    ..base
                },
                channel: Channel::Recruiter,
                script: None,
            },
            Row {
                name: "before an offer, light process: email",
                situation: situation(Stage::BeforeOffer),
                channel: Channel::Email,
                script: None,
            },
            Row {
                name: "counteroffer after written exchange: email",
                situation: situation(Stage::Counteroffer),
                channel: Channel::Email,
                script: None,
            },
            Row {
                name: "prefers writing: email, call offered as the alternative",
                situation: Situation {
                    interview_rounds: 5,
                    comfort: Comfort::PrefersWriting,
                    ..base
                },
                channel: Channel::Email,
                script: None,
            },
        ];
        for row in rows {
            let advice = advise_channel(&row.situation);
            assert_eq!(advice.channel, row.channel, "{}", row.name);
            assert_eq!(advice.script, row.script, "{}", row.name);
            assert!(!advice.why.is_empty(), "{}", row.name);
            assert!(!advice.why.contains('!'), "{}", row.name);
        }
    }

    #[test]
    fn a_call_or_video_is_always_confirmed_in_writing() {
        for rounds in 0..6 {
            for remote in [false, true] {
                let advice = advise_channel(&Situation {
                    interview_rounds: rounds,
                    remote_team: remote,
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
