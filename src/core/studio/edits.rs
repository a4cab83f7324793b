//! What the user changed in a draft, kept apart from the template so the
//! untouched parts keep following the records (and the tone) while the
//! edited parts stay exactly as typed, until the user resets to the template.

use serde::{Deserialize, Serialize};

use super::compose::DeclineParts;
use super::fields::{Goodwill, MessageFields, Reason};
use super::templates::{render, render_short, template};
use super::tone::Tone;
use crate::core::message_kind::{Channel, MessageKind};

/// The user's choices and edits for one draft (one opportunity and kind).
/// `None` everywhere means "as the template and records say".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DraftEdits {
    /// The tone chosen.
    pub tone: Tone,
    /// Whether the two-sentence short form was chosen.
    pub short: bool,
    /// The channel the user chose over the advisor's suggestion.
    pub channel: Option<Channel>,
    /// The reason chosen for a decline or withdrawal (`Reason::None` gives none).
    pub reason: Option<Reason>,
    /// The goodwill close chosen for a decline or withdrawal.
    pub goodwill: Option<Goodwill>,
    /// The gratitude part, as the user rewrote it.
    pub gratitude: Option<String>,
    /// The decision part, as the user rewrote it.
    pub decision: Option<String>,
    /// The reason sentence, as the user rewrote it.
    pub reason_text: Option<String>,
    /// The goodwill close, as the user rewrote it.
    pub close: Option<String>,
    /// The subject line, as the user rewrote it.
    pub subject: Option<String>,
    /// The whole message body, as the user rewrote it. Wins over the parts.
    pub body: Option<String>,
}

/// One of the four parts of a decline the user can rewrite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// Thanks for their time.
    Gratitude,
    /// The one sentence that says no.
    Decision,
    /// The brief reason.
    Reason,
    /// The goodwill close.
    Close,
}

/// A draft as the screen shows it: the four parts for a decline (when it is
/// written in full), the subject and the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    /// The decline's parts, when the message has them.
    pub parts: Option<DeclineParts>,
    /// The subject line.
    pub subject: String,
    /// The body.
    pub body: String,
}

impl DraftEdits {
    /// Whether the message is shown as four editable parts: a full decline or
    /// withdrawal (the short form is two sentences, not four parts).
    pub fn has_parts(&self, kind: MessageKind) -> bool {
        kind.is_decline() && !self.short
    }

    /// Builds the draft from the template, the records and these edits.
    pub fn compose(&self, kind: MessageKind, fields: &MessageFields) -> Composed {
        let mut fields = fields.clone();
        if let Some(reason) = self.reason {
            fields.reason = Some(reason);
        }
        let (parts, subject, body) = if self.has_parts(kind) {
            let mut parts = DeclineParts::suggested(kind, self.tone, &fields);
            if let Some(reason) = self.reason {
                parts.set_reason(reason, &fields);
            }
            if let Some(goodwill) = self.goodwill {
                parts.set_close(goodwill, self.tone, &fields);
            }
            let keep = |slot: &mut String, edit: &Option<String>| {
                if let Some(text) = edit {
                    slot.clone_from(text);
                }
            };
            keep(&mut parts.gratitude, &self.gratitude);
            keep(&mut parts.decision, &self.decision);
            keep(&mut parts.close, &self.close);
            if let Some(text) = &self.reason_text {
                parts.reason = (!text.trim().is_empty()).then(|| text.clone());
            }
            let joined = parts.join();
            let subject = parts.subject.clone();
            (Some(parts), subject, joined)
        } else {
            let draft = if self.short {
                render_short(kind, self.tone, &fields)
            } else {
                render(kind, self.tone, &fields)
            };
            (None, draft.subject, draft.body)
        };
        Composed {
            parts,
            subject: self.subject.clone().unwrap_or(subject),
            body: self.body.clone().unwrap_or(body),
        }
    }

    /// Rewrites one part. The whole-body edit is dropped, so the message is
    /// rebuilt from the parts and the change shows.
    pub fn set_part(&mut self, part: Part, text: String) {
        let slot = match part {
            Part::Gratitude => &mut self.gratitude,
            Part::Decision => &mut self.decision,
            Part::Reason => &mut self.reason_text,
            Part::Close => &mut self.close,
        };
        *slot = Some(text);
        self.body = None;
    }

    /// Picks a reason from the list; the reason sentence follows it.
    pub fn choose_reason(&mut self, reason: Reason) {
        self.reason = Some(reason);
        self.reason_text = None;
        self.body = None;
    }

    /// Picks a goodwill close from the list; the close follows it.
    pub fn choose_goodwill(&mut self, goodwill: Goodwill) {
        self.goodwill = Some(goodwill);
        self.close = None;
        self.body = None;
    }

    /// Whether any text was rewritten by hand.
    pub fn has_text_edits(&self) -> bool {
        [
            &self.gratitude,
            &self.decision,
            &self.reason_text,
            &self.close,
            &self.subject,
            &self.body,
        ]
        .iter()
        .any(|edit| edit.is_some())
    }

    /// Back to the template's text, keeping the tone, form and channel.
    pub fn reset_text(&mut self) {
        *self = DraftEdits {
            tone: self.tone,
            short: self.short,
            channel: self.channel,
            ..DraftEdits::default()
        };
    }

    /// The channel the checker should judge the text for: a script is spoken,
    /// anything else is written (through the recruiter when that was chosen).
    pub fn check_channel(&self, kind: MessageKind) -> Channel {
        if template(kind).spoken {
            Channel::Call
        } else if self.channel == Some(Channel::Recruiter) {
            Channel::Recruiter
        } else {
            Channel::Email
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields() -> MessageFields {
        crate::core::studio::fields::test_fields()
    }

    #[test]
    fn no_edits_is_the_template() {
        for kind in MessageKind::ALL {
            for short in [false, true] {
                let edits = DraftEdits {
                    short,
                    ..DraftEdits::default()
                };
                let composed = edits.compose(kind, &fields());
                let expected = if short {
                    render_short(kind, Tone::Neutral, &fields())
                } else {
                    render(kind, Tone::Neutral, &fields())
                };
                assert_eq!(composed.body, expected.body, "{kind:?}");
                assert_eq!(composed.subject, expected.subject, "{kind:?}");
            }
        }
    }

    #[test]
    fn an_edited_part_survives_a_tone_change_and_rebuilds_the_body() {
        let mut edits = DraftEdits {
            body: Some("old".into()),
            ..DraftEdits::default()
        };
        edits.set_part(Part::Gratitude, "Thank you so much for the time.".into());
        edits.tone = Tone::Formal;
        let composed = edits.compose(MessageKind::DeclineRoleFit, &fields());
        assert!(composed.body.starts_with("Dear Tom,"));
        assert!(composed.body.contains("Thank you so much for the time."));
    }

    #[test]
    fn choosing_no_reason_drops_the_reason_and_reset_keeps_the_tone() {
        let mut edits = DraftEdits {
            tone: Tone::Warm,
            ..DraftEdits::default()
        };
        edits.choose_reason(Reason::None);
        let composed = edits.compose(MessageKind::DeclineRoleFit, &fields());
        assert_eq!(composed.parts.unwrap().reason, None);
        edits.subject = Some("Mine".into());
        assert!(edits.has_text_edits());
        edits.reset_text();
        assert!(!edits.has_text_edits());
        assert_eq!(edits.tone, Tone::Warm);
        assert_eq!(edits.reason, None);
    }

    #[test]
    fn a_required_reason_fills_once_chosen() {
        let mut edits = DraftEdits::default();
        let gap = edits.compose(MessageKind::WithdrawWithReason, &fields());
        assert!(gap.body.contains("[reason]"));
        edits.choose_reason(Reason::PersonalCircumstances);
        let filled = edits.compose(MessageKind::WithdrawWithReason, &fields());
        assert!(!filled.body.contains("[reason]"));
        assert!(filled.body.contains("circumstances"));
    }
}
