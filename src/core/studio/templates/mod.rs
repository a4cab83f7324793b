//! The template for every [`MessageKind`], kept as data, and the one function
//! that renders any of them.
//!
//! Each template is a handful of short texts with `{slot}` markers: a subject,
//! an opening in three tones, the core of the message, an optional reason, a
//! closing in three tones and a two-sentence short form. Rendering fills the
//! slots from [`MessageFields`] and lays the parts out as an email or, for the
//! call and video scripts, as spoken prompts: the opening, the decision, what
//! to say if they ask why, what to say if they counter on the call, and the
//! close.
//!
//! The tables live in one file per family of situations, named for what they
//! hold.

mod after;
mod declines;
mod follow_up;
mod offer;
mod paths;
mod spoken;

use serde::{Deserialize, Serialize};

use super::fields::{Goodwill, MessageFields, Reason};
use super::fill::fill;
use super::tone::Tone;
use crate::core::message_kind::{Channel, MessageKind};

/// Where a template's reason sentence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ReasonSlot {
    /// The message gives no reason.
    Absent,
    /// The situation is the reason (a decline for role fit says so).
    Fixed(Reason),
    /// The user picks the reason; until they do, the draft shows `[reason]`.
    Required,
    /// The user may pick a reason; without one, no reason sentence is written.
    Optional,
    /// The reason the user picked, or the one the recommendation suggests
    /// (both arrive in `MessageFields::reason`), else this one.
    Chosen(Reason),
}

/// How a template closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Closing {
    /// Its own closing line, one per tone (`[warm, neutral, formal]`).
    Text([&'static str; 3]),
    /// One of the goodwill closes a decline offers; the composer lets the user
    /// swap it for another.
    Goodwill(Goodwill),
}

/// One situation the studio covers, with its text as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Template {
    /// The message this template writes.
    pub kind: MessageKind,
    /// The situation, as the studio lists it.
    pub label: &'static str,
    /// One line on when to use it.
    pub when: &'static str,
    /// The channels it suits, best first.
    pub channels: &'static [Channel],
    /// Whether it is a script to speak rather than text to send.
    pub spoken: bool,
    pub(crate) subject: &'static str,
    /// `[warm, neutral, formal]`; for a decline this is the gratitude.
    pub(crate) opening: [&'static str; 3],
    /// The substance; for a decline, the one decision sentence.
    pub(crate) core: &'static str,
    pub(crate) reason: ReasonSlot,
    pub(crate) closing: Closing,
    pub(crate) short: &'static str,
}

/// The prompt before what to say when they ask for the reason.
pub const ASKED_WHY: &str = "If they ask why: ";
/// The prompt before what to say when they offer new terms on the call.
pub const COUNTERED: &str = "If they counter on the call: ";
/// On a call asking for time, the prompt before what to say when they
/// cannot give it.
pub const NO_MORE_TIME: &str = "If they cannot move the date: ";

/// A rendered message, ready to check, copy or send.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The message it was rendered from.
    pub kind: MessageKind,
    /// The email subject line; empty for a spoken script.
    pub subject: String,
    /// The text: an email body, or prompts for a call.
    pub body: String,
}

impl Draft {
    /// Subject and body as one plain text, for a .txt download.
    pub fn plain_text(&self) -> String {
        if self.subject.is_empty() {
            self.body.clone()
        } else {
            format!("Subject: {}\n\n{}", self.subject, self.body)
        }
    }
}

/// Every template, grouped by family. Exactly one per kind (tested).
fn all_templates() -> impl Iterator<Item = &'static Template> {
    follow_up::TEMPLATES
        .iter()
        .chain(offer::TEMPLATES)
        .chain(declines::TEMPLATES)
        .chain(spoken::TEMPLATES)
        .chain(after::TEMPLATES)
        .chain(paths::TEMPLATES)
}

/// The templates grouped as the studio lists them: a heading for each family
/// of situations and its templates, in order.
pub fn families() -> [(&'static str, &'static [Template]); 6] {
    [
        ("After an interview", follow_up::TEMPLATES),
        ("Answering an offer", offer::TEMPLATES),
        ("Saying no", declines::TEMPLATES),
        ("Calls and their written confirmation", spoken::TEMPLATES),
        ("Later on", after::TEMPLATES),
        ("When plans change", paths::TEMPLATES),
    ]
}

/// The template for `kind`.
pub fn template(kind: MessageKind) -> &'static Template {
    all_templates()
        .find(|template| template.kind == kind)
        // Guarded by `every_kind_has_exactly_one_template`.
        .expect("every MessageKind has a template")
}

impl Template {
    /// The goodwill close this template uses by default, if it closes with one.
    pub fn default_goodwill(&self) -> Option<Goodwill> {
        match self.closing {
            Closing::Goodwill(goodwill) => Some(goodwill),
            Closing::Text(_) => None,
        }
    }

    /// The reason this template gives by default, given what the user chose.
    /// `None` means no reason sentence; `Some(Reason::None)` never appears.
    /// A required reason the user has not picked yet also gives `None` here;
    /// the rendered draft shows it as a `[reason]` gap.
    pub fn default_reason(&self, fields: &MessageFields) -> Option<Reason> {
        let chosen = fields.reason.filter(|reason| *reason != Reason::None);
        match self.reason {
            ReasonSlot::Absent => None,
            ReasonSlot::Fixed(reason) => Some(reason),
            ReasonSlot::Required | ReasonSlot::Optional => chosen,
            ReasonSlot::Chosen(default) => match fields.reason {
                Some(Reason::None) => None,
                _ => Some(chosen.unwrap_or(default)),
            },
        }
    }

    /// The filled subject line; empty for a spoken script.
    pub fn subject_text(&self, fields: &MessageFields) -> String {
        fill(self.subject, fields)
    }

    /// The filled opening in `tone`.
    pub(crate) fn opening_text(&self, tone: Tone, fields: &MessageFields) -> String {
        fill(self.opening[tone.index()], fields)
    }

    /// The filled core. For a script, the decision is followed by the
    /// prompts for the two replies a call most often brings, one per line, so
    /// every way of laying out the parts (the rendered script, the composer)
    /// keeps them next to the decision they answer.
    pub(crate) fn core_text(&self, fields: &MessageFields) -> String {
        let core = fill(self.core, fields);
        match spoken::prompts(self, fields) {
            Some((why, counter_prompt, counter)) => format!(
                "{core}\n{ASKED_WHY}{}\n{counter_prompt}{}",
                fill(why, fields),
                fill(counter, fields)
            ),
            None => core,
        }
    }

    /// The filled reason sentence, or `None` when the message gives none.
    /// A required reason the user has not chosen shows as `[reason]`.
    pub(crate) fn reason_text(&self, fields: &MessageFields) -> Option<String> {
        match (self.reason, self.default_reason(fields)) {
            (ReasonSlot::Required, None) if fields.reason != Some(Reason::None) => {
                Some(super::fields::placeholder("reason"))
            }
            (_, reason) => reason.and_then(|reason| reason_sentence(reason, fields)),
        }
    }

    /// The filled closing in `tone`.
    pub(crate) fn closing_text(&self, tone: Tone, fields: &MessageFields) -> String {
        match self.closing {
            Closing::Text(lines) => fill(lines[tone.index()], fields),
            Closing::Goodwill(goodwill) => goodwill_sentence(goodwill, tone, fields),
        }
    }
}

/// Whether a draft of `kind` filled from `fields` speaks of the other offer,
/// so the user may choose to name that employer.
pub fn mentions_other_offer(kind: MessageKind, fields: &MessageFields) -> bool {
    let unnamed = MessageFields {
        disclose_competing_employer: false,
        ..fields.clone()
    };
    render(kind, Tone::Neutral, &unnamed)
        .body
        .contains("another offer")
}

/// The one-sentence reason, filled; `None` for [`Reason::None`].
pub fn reason_sentence(reason: Reason, fields: &MessageFields) -> Option<String> {
    reason.template().map(|text| fill(text, fields))
}

/// The goodwill close in `tone`, filled.
pub fn goodwill_sentence(goodwill: Goodwill, tone: Tone, fields: &MessageFields) -> String {
    fill(goodwill.template(tone), fields)
}

/// Renders `kind` in `tone`: subject plus a full body (greeting, opening, core,
/// reason, closing, sign-off), or for a spoken script the opening, decision and
/// close prompts.
pub fn render(kind: MessageKind, tone: Tone, fields: &MessageFields) -> Draft {
    let template = template(kind);
    let core = match template.reason_text(fields) {
        Some(reason) => format!("{} {reason}", template.core_text(fields)),
        None => template.core_text(fields),
    };
    let sections = [
        template.opening_text(tone, fields),
        core,
        template.closing_text(tone, fields),
    ];
    finish(template, tone, fields, &sections)
}

/// Renders the two-sentence form of `kind`, for when time is short. Written
/// messages keep the greeting and sign-off of `tone`.
pub fn render_short(kind: MessageKind, tone: Tone, fields: &MessageFields) -> Draft {
    let template = template(kind);
    let body = fill(template.short, fields);
    let body = if template.spoken {
        body
    } else {
        join_paragraphs([
            fill(tone.greeting(kind), fields),
            body,
            fill(tone.sign_off(), fields),
        ])
    };
    Draft {
        kind,
        subject: written_subject(template, fields),
        body,
    }
}

/// Lays out `[opening, core, closing]` for `template`: as an email with
/// greeting and sign-off, or as labelled prompts for a call.
pub(crate) fn finish(
    template: &Template,
    tone: Tone,
    fields: &MessageFields,
    [opening, core, closing]: &[String; 3],
) -> Draft {
    let body = if template.spoken {
        // A script is read aloud: three prompts, one per line, so the user can
        // glance at it mid-call.
        format!("Opening: {opening}\nDecision: {core}\nClose: {closing}")
    } else {
        join_paragraphs([
            fill(tone.greeting(template.kind), fields),
            opening.clone(),
            core.clone(),
            closing.clone(),
            fill(tone.sign_off(), fields),
        ])
    };
    Draft {
        kind: template.kind,
        subject: written_subject(template, fields),
        body,
    }
}

fn written_subject(template: &Template, fields: &MessageFields) -> String {
    if template.spoken {
        String::new()
    } else {
        template.subject_text(fields)
    }
}

/// Joins non-empty paragraphs with a blank line between them.
pub(crate) fn join_paragraphs(paragraphs: impl IntoIterator<Item = String>) -> String {
    paragraphs
        .into_iter()
        .map(|paragraph| paragraph.trim().to_string())
        .filter(|paragraph| !paragraph.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_exactly_one_template() {
        for kind in MessageKind::ALL {
            let count = all_templates().filter(|t| t.kind == kind).count();
            assert_eq!(count, 1, "{kind:?}");
        }
        assert_eq!(all_templates().count(), MessageKind::ALL.len());
    }

    #[test]
    fn every_template_names_a_channel_and_a_use() {
        for kind in MessageKind::ALL {
            let t = template(kind);
            assert!(!t.channels.is_empty(), "{kind:?}");
            assert!(!t.label.is_empty() && !t.when.is_empty(), "{kind:?}");
            assert_eq!(t.spoken, t.subject.is_empty(), "{kind:?}");
        }
    }

    #[test]
    fn declines_close_with_goodwill_and_speak_their_decision_in_the_core() {
        for kind in MessageKind::ALL.into_iter().filter(|k| k.is_decline()) {
            assert!(template(kind).default_goodwill().is_some(), "{kind:?}");
        }
    }

    #[test]
    fn a_required_reason_shows_a_gap_until_chosen() {
        let t = template(MessageKind::WithdrawWithReason);
        let mut fields = MessageFields::default();
        assert_eq!(t.reason_text(&fields).as_deref(), Some("[reason]"));
        fields.reason = Some(Reason::None);
        assert_eq!(t.reason_text(&fields), None);
        fields.reason = Some(Reason::PersonalCircumstances);
        assert!(t.reason_text(&fields).unwrap().contains("circumstances"));
    }

    #[test]
    fn a_chosen_reason_follows_the_fields_and_falls_back_to_its_default() {
        let t = template(MessageKind::DeclineRoleFit);
        let mut fields = MessageFields::default();
        assert_eq!(t.default_reason(&fields), Some(Reason::RoleNotRightFit));
        fields.reason = Some(Reason::CultureAndValues);
        assert_eq!(t.default_reason(&fields), Some(Reason::CultureAndValues));
        fields.reason = Some(Reason::None);
        assert_eq!(t.default_reason(&fields), None);
        assert_eq!(t.reason_text(&fields), None);
    }

    #[test]
    fn scripts_are_prompts_without_a_subject() {
        let draft = render(
            MessageKind::CallScript,
            Tone::Warm,
            &MessageFields::default(),
        );
        assert!(draft.subject.is_empty());
        assert!(draft.body.starts_with("Opening: "));
        assert!(draft.body.contains("\nDecision: "));
        assert!(draft.body.contains("\nClose: "));
    }

    #[test]
    fn scripts_prepare_for_why_and_for_a_counter_in_that_order() {
        let lines = |kind, fields: &MessageFields| {
            render(kind, Tone::Neutral, fields)
                .body
                .lines()
                .map(|line| line.split(": ").next().unwrap_or("").to_string())
                .collect::<Vec<_>>()
        };
        for kind in MessageKind::ALL.into_iter().filter(|k| template(*k).spoken) {
            // Asking for time has no counter to meet, only a date that
            // cannot move.
            let counter = if kind == MessageKind::ExplodingOfferCallScript {
                "If they cannot move the date"
            } else {
                "If they counter on the call"
            };
            assert_eq!(
                lines(kind, &MessageFields::default()),
                ["Opening", "Decision", "If they ask why", counter, "Close"],
                "{kind:?}"
            );
        }
    }

    #[test]
    fn the_why_line_follows_the_chosen_reason() {
        let mut fields = crate::core::studio::fields::test_fields();
        let why = |fields: &MessageFields| {
            render(MessageKind::WithdrawCallScript, Tone::Warm, fields)
                .body
                .lines()
                .find_map(|l| l.strip_prefix(ASKED_WHY).map(str::to_string))
                .unwrap()
        };
        let no_reason = why(&fields);
        fields.reason = Some(Reason::None);
        assert_eq!(why(&fields), no_reason);
        fields.reason = Some(Reason::Schedule);
        assert_eq!(
            Some(why(&fields)),
            reason_sentence(Reason::Schedule, &fields)
        );
        assert_ne!(why(&fields), no_reason);
    }

    #[test]
    fn a_counter_on_the_call_is_asked_for_in_writing_unless_committed_elsewhere() {
        let mut fields = crate::core::studio::fields::test_fields();
        fields.counter_window = "two days".into();
        for kind in [MessageKind::CallScript, MessageKind::WithdrawVideoScript] {
            let counter = |fields: &MessageFields| {
                render(kind, Tone::Formal, fields)
                    .body
                    .lines()
                    .find_map(|l| l.strip_prefix(COUNTERED).map(str::to_string))
                    .unwrap()
            };
            fields.reason = Some(Reason::Growth);
            let open = counter(&fields);
            assert!(open.starts_with("Thank you"), "{kind:?}: {open}");
            assert!(
                open.contains("in writing") && open.contains("within two days"),
                "{open}"
            );
            fields.reason = Some(Reason::AcceptedAnotherOffer);
            let firm = counter(&fields);
            assert!(firm.starts_with("Thank you"), "{kind:?}: {firm}");
            assert!(firm.contains("my decision stands") && !firm.contains("in writing"));
        }
    }

    /// Every piece of text a source of prose holds, with `{slots}` unfilled:
    /// one source per template, per goodwill close and per reason, so a
    /// goodwill close shared by several declines counts once.
    fn prose_sources() -> Vec<(String, Vec<&'static str>)> {
        let mut sources: Vec<(String, Vec<&'static str>)> = all_templates()
            .map(|t| {
                let mut texts = vec![t.subject, t.core, t.short];
                texts.extend(t.opening);
                if let Closing::Text(lines) = t.closing {
                    texts.extend(lines);
                }
                (format!("{:?}", t.kind), texts)
            })
            .collect();
        for goodwill in Goodwill::ALL {
            let texts = Tone::ALL.iter().map(|&t| goodwill.template(t)).collect();
            sources.push((format!("{goodwill:?}"), texts));
        }
        for reason in Reason::ALL {
            sources.push((
                format!("{reason:?}"),
                reason.template().into_iter().collect(),
            ));
        }
        sources
    }

    /// The closing lines and the last sentence of the short form of each
    /// template, and each goodwill close: where stock phrases gather.
    fn closing_sources() -> Vec<(String, Vec<String>)> {
        let mut sources: Vec<(String, Vec<String>)> = all_templates()
            .map(|t| {
                let mut texts: Vec<String> = match t.closing {
                    Closing::Text(lines) => lines.iter().map(|l| l.to_string()).collect(),
                    Closing::Goodwill(_) => Vec::new(),
                };
                let last = t
                    .short
                    .rsplit(['.', '?', ';'])
                    .map(str::trim)
                    .find(|s| !s.is_empty());
                texts.extend(last.map(str::to_string));
                (format!("{:?}", t.kind), texts)
            })
            .collect();
        for goodwill in Goodwill::ALL {
            let texts = Tone::ALL
                .iter()
                .map(|&t| goodwill.template(t).to_string())
                .collect();
            sources.push((format!("{goodwill:?}"), texts));
        }
        sources
    }

    fn words(text: &str) -> Vec<String> {
        text.to_lowercase()
            .split(|c: char| {
                !(c.is_alphanumeric() || c == '\'' || c == '{' || c == '}' || c == '_')
            })
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The sources whose texts contain `phrase`, as whole words.
    fn sources_with<T: AsRef<str>>(sources: &[(String, Vec<T>)], phrase: &str) -> Vec<String> {
        let phrase = words(phrase);
        sources
            .iter()
            .filter(|(_, texts)| {
                texts
                    .iter()
                    .any(|t| words(t.as_ref()).windows(phrase.len()).any(|w| w == phrase))
            })
            .map(|(name, _)| name.clone())
            .collect()
    }

    #[test]
    fn stock_phrases_appear_in_two_places_at_most() {
        let sources = prose_sources();
        for phrase in [
            "paths cross again",
            "every success",
            "continued success",
            "stay in touch",
            "keep in touch",
            "wish you well",
            "all the best",
            "best of luck",
            "good luck",
            "welcome the chance",
            "look forward to",
            "a pleasure to meet",
        ] {
            let found = sources_with(&sources, phrase);
            assert!(found.len() <= 2, "\"{phrase}\" in {found:?}");
        }
    }

    #[test]
    fn no_three_word_phrase_of_substance_repeats_across_closings() {
        // Words that carry no phrasing of their own: a three-word run made
        // mostly of these ("I would be") is grammar, not a stock phrase.
        const GRAMMAR: &[&str] = &[
            "i", "you", "we", "me", "my", "the", "a", "an", "to", "and", "for", "of", "with", "be",
            "would", "will", "am", "is", "are", "was", "it", "in", "on", "at", "this", "that",
            "your", "our", "us", "all", "any", "from", "so", "as", "again", "thank", "thanks",
            "have", "has", "can", "could", "if", "or", "by", "about",
        ];
        let sources = closing_sources();
        let mut seen: std::collections::BTreeMap<Vec<String>, Vec<String>> = Default::default();
        for (name, texts) in &sources {
            let mut mine = std::collections::BTreeSet::new();
            for text in texts {
                for run in words(text).windows(3) {
                    let substance = run
                        .iter()
                        .filter(|w| !GRAMMAR.contains(&w.as_str()) && !w.starts_with('{'))
                        .count();
                    if substance >= 2 {
                        mine.insert(run.to_vec());
                    }
                }
            }
            for run in mine {
                seen.entry(run).or_default().push(name.clone());
            }
        }
        let repeated: Vec<_> = seen.iter().filter(|(_, names)| names.len() > 2).collect();
        assert!(repeated.is_empty(), "{repeated:?}");
    }

    #[test]
    fn only_an_acceptance_presumes_a_yes() {
        let acceptances = [
            MessageKind::ConditionalAcceptance,
            MessageKind::WrittenAcceptance,
        ];
        let sources: Vec<(String, Vec<&str>)> = prose_sources()
            .into_iter()
            .filter(|(name, _)| acceptances.iter().all(|k| format!("{k:?}") != *name))
            // Rewritten on the negotiation branch of issue 11; drop this
            // exception once it is merged.
            .filter(|(name, _)| name != "NegotiationAsk")
            .collect();
        for phrase in [
            "before i confirm",
            "before i sign",
            "before i accept",
            "once i accept",
            "when i join",
            "once i start",
        ] {
            let found = sources_with(&sources, phrase);
            assert!(found.is_empty(), "\"{phrase}\" in {found:?}");
        }
    }
}
