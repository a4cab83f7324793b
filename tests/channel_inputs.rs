//! The channel advice reads the opportunity's real inputs and the user's own
//! settings: the process run mostly in writing, the rounds threshold the
//! engine uses, and "I would rather write than call" as kept in Settings.
//! Each row names the article its expectation comes from.

use crossroads::core::message_kind::{Channel, MessageKind};
use crossroads::core::model::{Opportunity, Settings, Stage};
use crossroads::core::studio::from_workspace::situation_for;
use crossroads::core::studio::{advise_channel, ChannelAdvice};

fn offer(rounds: u8) -> Opportunity {
    let mut o = Opportunity::new("x");
    o.stage = Stage::WrittenOffer;
    o.offer_in_writing = true;
    for _ in 0..rounds {
        o.add_round(None);
    }
    o
}

fn advice(o: &Opportunity, settings: &Settings) -> ChannelAdvice {
    advise_channel(&situation_for(o, settings))
}

#[test]
fn channel_advice_follows_the_records_and_the_settings() {
    let defaults = Settings::default();
    let two_rounds_is_many = Settings {
        call_after_interview_rounds: 2,
        ..Settings::default()
    };
    let writer = Settings {
        prefers_writing: true,
        ..Settings::default()
    };
    let written = Opportunity {
        written_process: true,
        ..offer(4)
    };
    let spoken_with_recruiter = Opportunity {
        verbal_negotiation: true,
        recruiter_involved: true,
        ..offer(1)
    };
    let verbal_offer_with_recruiter = Opportunity {
        stage: Stage::VerbalOffer,
        offer_in_writing: false,
        recruiter_involved: true,
        ..offer(1)
    };
    // (case, article, opportunity, settings, channel, also)
    let rows = [
        (
            "four rounds, nothing in writing: call",
            "003: a call when the manager invested multiple rounds",
            offer(4),
            &defaults,
            Channel::Call,
            None,
        ),
        (
            "four rounds, the process ran mostly in writing: email",
            "003: email when the exchange was primarily written",
            written,
            &defaults,
            Channel::Email,
            None,
        ),
        (
            "two rounds with the default threshold of three: email",
            "001: email is clear and least intrusive",
            offer(2),
            &defaults,
            Channel::Email,
            None,
        ),
        (
            "two rounds when the user counts two as many: call",
            "003: multiple rounds, by the user's own count",
            offer(2),
            &two_rounds_is_many,
            Channel::Call,
            None,
        ),
        (
            "four rounds, the user would rather write: email",
            "001: your own comfort counts",
            offer(4),
            &writer,
            Channel::Email,
            None,
        ),
        (
            "terms discussed by phone, recruiter involved: call, and a note to the recruiter",
            "003: call after a verbal negotiation; 001: coordinate with the recruiter",
            spoken_with_recruiter,
            &defaults,
            Channel::Call,
            Some(MessageKind::RecruiterNote),
        ),
        (
            "verbal offer, recruiter involved: call, and a note to the recruiter",
            "002: a call for a verbal offer; 001: coordinate with the recruiter",
            verbal_offer_with_recruiter,
            &defaults,
            Channel::Call,
            Some(MessageKind::RecruiterNote),
        ),
    ];
    for (case, article, o, settings, channel, also) in rows {
        let got = advice(&o, settings);
        assert_eq!(got.channel, channel, "{case} ({article}): {}", got.why);
        assert_eq!(got.also, also, "{case} ({article})");
    }
}

#[test]
fn the_advisor_reads_the_same_threshold_as_the_settings() {
    for threshold in 1..=6u8 {
        let settings = Settings {
            call_after_interview_rounds: threshold,
            ..Settings::default()
        };
        for rounds in 0..=8u8 {
            let situation = situation_for(&offer(rounds), &settings);
            assert_eq!(situation.call_after_rounds, u32::from(threshold));
            let calls = advise_channel(&situation).channel == Channel::Call;
            assert_eq!(
                calls,
                rounds >= threshold,
                "{rounds} rounds, threshold {threshold}"
            );
        }
    }
}
