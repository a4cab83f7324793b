//! The decline composer: a decline or withdrawal as four parts the user can
//! see and edit one by one: gratitude, one clear decision, an optional brief
//! reason, and a goodwill close.
//!
//! The parts start from the template for the kind, so an untouched composer
//! produces exactly what [`render`](super::render) does; the user can then
//! pick a different reason or close, or rewrite any part by hand.

use serde::{Deserialize, Serialize};

use super::fields::{Goodwill, MessageFields, Reason};
use super::fill::fill;
use super::templates::{goodwill_sentence, join_paragraphs, reason_sentence, template, Draft};
use super::tone::Tone;
use crate::core::message_kind::MessageKind;

/// A decline or withdrawal, part by part. Every field is plain text the UI
/// may show in its own box and let the user edit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclineParts {
    /// Which message this is.
    pub kind: MessageKind,
    /// The subject line (empty for a spoken script).
    pub subject: String,
    /// "Dear …," (empty for a spoken script).
    pub greeting: String,
    /// Thanks for their time and the offer.
    pub gratitude: String,
    /// The one sentence that says no.
    pub decision: String,
    /// One short neutral reason, or `None` to give none.
    pub reason: Option<String>,
    /// Stay in touch, offer a referral, or wish them well.
    pub close: String,
    /// "Kind regards, …" (empty for a spoken script).
    pub sign_off: String,
}

impl DeclineParts {
    /// The parts as the template for `kind` suggests them in `tone`: its
    /// gratitude and decision, the reason the situation implies (or the one in
    /// `fields`), and its default goodwill close.
    pub fn suggested(kind: MessageKind, tone: Tone, fields: &MessageFields) -> DeclineParts {
        let template = template(kind);
        DeclineParts {
            kind,
            subject: if template.spoken {
                String::new()
            } else {
                template.subject_text(fields)
            },
            greeting: if template.spoken {
                String::new()
            } else {
                fill(tone.greeting(kind), fields)
            },
            gratitude: template.opening_text(tone, fields),
            decision: template.core_text(fields),
            reason: template.reason_text(fields),
            close: template.closing_text(tone, fields),
            sign_off: if template.spoken {
                String::new()
            } else {
                fill(tone.sign_off(), fields)
            },
        }
    }

    /// Replaces the reason with the chosen one; [`Reason::None`] removes it.
    pub fn set_reason(&mut self, reason: Reason, fields: &MessageFields) {
        self.reason = reason_sentence(reason, fields);
    }

    /// Replaces the close with the chosen goodwill line in `tone`.
    pub fn set_close(&mut self, goodwill: Goodwill, tone: Tone, fields: &MessageFields) {
        self.close = goodwill_sentence(goodwill, tone, fields);
    }

    /// The final message text: greeting, gratitude, decision and reason,
    /// close, sign-off. An empty part leaves no gap; a spoken script keeps its
    /// prompt layout.
    pub fn join(&self) -> String {
        let decision = match self.reason.as_deref().map(str::trim) {
            Some(reason) if !reason.is_empty() => {
                format!("{} {reason}", self.decision.trim())
            }
            _ => self.decision.trim().to_string(),
        };
        if template(self.kind).spoken {
            return format!(
                "Opening: {}\nDecision: {decision}\nClose: {}",
                self.gratitude.trim(),
                self.close.trim()
            );
        }
        join_paragraphs([
            self.greeting.clone(),
            self.gratitude.clone(),
            decision,
            self.close.clone(),
            self.sign_off.clone(),
        ])
    }

    /// The joined message as a [`Draft`].
    pub fn draft(&self) -> Draft {
        Draft {
            kind: self.kind,
            subject: self.subject.clone(),
            body: self.join(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::studio::render;

    fn fields() -> MessageFields {
        crate::core::studio::fields::test_fields()
    }

    #[test]
    fn untouched_parts_join_to_the_rendered_template() {
        for kind in MessageKind::ALL {
            for tone in Tone::ALL {
                let parts = DeclineParts::suggested(kind, tone, &fields());
                assert_eq!(
                    parts.draft(),
                    render(kind, tone, &fields()),
                    "{kind:?} {tone:?}"
                );
            }
        }
    }

    #[test]
    fn choosing_no_reason_removes_the_reason_sentence() {
        let mut parts =
            DeclineParts::suggested(MessageKind::DeclineRoleFit, Tone::Neutral, &fields());
        let reason = parts.reason.clone().expect("role fit gives a reason");
        assert!(parts.join().contains(&reason));
        parts.set_reason(Reason::None, &fields());
        assert_eq!(parts.reason, None);
        assert!(!parts.join().contains(&reason));
        assert!(!parts.join().contains("  "));
    }

    #[test]
    fn a_new_close_replaces_the_old_one() {
        let mut parts =
            DeclineParts::suggested(MessageKind::WithdrawNoReason, Tone::Warm, &fields());
        parts.set_close(Goodwill::OfferReferral, Tone::Warm, &fields());
        assert!(parts.join().contains("suggest someone from my network"));
        assert!(!parts.join().contains("every success"));
    }
}
