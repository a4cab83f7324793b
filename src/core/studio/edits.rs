//! What the user changed in a draft, kept apart from the template so the
//! untouched parts keep following the records (and the tone) while the
//! edited parts stay exactly as typed, until the user resets to the template.
//!
//! A rewrite of the whole body wins over the four parts, so changing a part
//! afterwards has to drop it: [`DraftEdits::would_discard`] says when a
//! [`PartEdit`] would do that, so the screen can ask first, and
//! [`EditHistory`] keeps the edits as they were before each change, so any
//! change, a reset to the template included, can be undone.

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

/// A change to the four parts of a decline: rewriting one, or picking a
/// reason or a goodwill close from the lists. Each rebuilds the message from
/// the parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartEdit {
    /// The part, as the user rewrote it.
    Text(Part, String),
    /// A reason picked from the list; the reason sentence follows it.
    Reason(Reason),
    /// A goodwill close picked from the list; the close follows it.
    Goodwill(Goodwill),
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

    /// The fields a call or video script delivering this draft is filled
    /// from: with the reason the message of `kind` gives (the one chosen
    /// here, else its default), so "if they ask why" on the call says what
    /// the written message says, and a message that gives no reason keeps
    /// it to itself on the call too.
    pub fn script_fields(&self, kind: MessageKind, fields: &MessageFields) -> MessageFields {
        let mut fields = fields.clone();
        // As the four parts do: a reason chosen here replaces any default.
        fields.reason = match self.reason {
            Some(Reason::None) => None,
            Some(reason) => Some(reason),
            None => template(kind).default_reason(&fields),
        };
        fields
    }

    /// Rewrites one part. The whole-body edit is dropped, so the message is
    /// rebuilt from the parts and the change shows; a screen goes through
    /// [`DraftEdits::edit_part`] after asking when
    /// [`DraftEdits::would_discard`] says so.
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

    /// Makes a change to the parts. A rewrite of the whole body is dropped
    /// with it, so the message is rebuilt from the parts and the change
    /// shows: ask first when [`DraftEdits::would_discard`] says so. An edit
    /// that changes no part changes nothing, the body included.
    pub fn edit_part(&mut self, edit: PartEdit) {
        if self.changes_parts(&edit) {
            self.apply_part(edit);
        }
    }

    fn apply_part(&mut self, edit: PartEdit) {
        match edit {
            PartEdit::Text(part, text) => self.set_part(part, text),
            PartEdit::Reason(reason) => self.choose_reason(reason),
            PartEdit::Goodwill(goodwill) => self.choose_goodwill(goodwill),
        }
    }

    /// Whether the whole body was rewritten by hand (it then wins over the
    /// parts, the tone and the short form).
    pub fn has_body_edit(&self) -> bool {
        self.body.is_some()
    }

    /// Whether making `edit` would throw away the user's rewrite of the whole
    /// body. An edit that changes nothing (the same text, the reason already
    /// chosen) discards nothing: it is not made at all.
    pub fn would_discard(&self, edit: &PartEdit) -> bool {
        self.has_body_edit() && self.changes_parts(edit)
    }

    /// Whether `edit` changes anything but the body.
    fn changes_parts(&self, edit: &PartEdit) -> bool {
        let mut after = self.clone();
        after.apply_part(edit.clone());
        after.body.clone_from(&self.body);
        after != *self
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

/// What one change to a draft did, to name it when offering to undo it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    /// Typed in one of the four parts.
    Part(Part),
    /// Typed in the subject line.
    Subject,
    /// Typed in the whole message.
    Body,
    /// Chose another tone.
    Tone,
    /// Turned the short form on or off.
    ShortForm,
    /// Chose another way to send it.
    Channel,
    /// Picked another reason from the list.
    Reason,
    /// Picked another goodwill close from the list.
    Goodwill,
    /// A change to the parts replaced the hand-edited message.
    ReplacedBody,
    /// Went back to the template's text.
    Reset,
    /// Several things at once.
    Several,
}

impl Step {
    /// The step a change from `before` to `after` was; `None` when nothing
    /// changed.
    pub fn between(before: &DraftEdits, after: &DraftEdits) -> Option<Step> {
        if before == after {
            return None;
        }
        let mut reset = before.clone();
        reset.reset_text();
        if *after == reset {
            return Some(Step::Reset);
        }
        if before.has_body_edit() && !after.has_body_edit() {
            return Some(Step::ReplacedBody);
        }
        // A picked reason or close also clears its rewritten sentence, so
        // those are looked at before the single text that changed.
        let changed: Vec<Step> = [
            (before.reason != after.reason, Step::Reason),
            (before.goodwill != after.goodwill, Step::Goodwill),
            (before.tone != after.tone, Step::Tone),
            (before.short != after.short, Step::ShortForm),
            (before.channel != after.channel, Step::Channel),
            (
                before.gratitude != after.gratitude,
                Step::Part(Part::Gratitude),
            ),
            (
                before.decision != after.decision,
                Step::Part(Part::Decision),
            ),
            (
                before.reason_text != after.reason_text,
                Step::Part(Part::Reason),
            ),
            (before.close != after.close, Step::Part(Part::Close)),
            (before.subject != after.subject, Step::Subject),
            (before.body != after.body, Step::Body),
        ]
        .into_iter()
        .filter_map(|(differs, step)| differs.then_some(step))
        .collect();
        Some(match changed[..] {
            [step] => step,
            [Step::Reason, Step::Part(Part::Reason)] => Step::Reason,
            [Step::Goodwill, Step::Part(Part::Close)] => Step::Goodwill,
            _ => Step::Several,
        })
    }

    /// Whether this is typing, which comes a letter at a time and is undone
    /// as one step per text.
    pub fn is_typing(self) -> bool {
        matches!(self, Step::Part(_) | Step::Subject | Step::Body)
    }

    /// The change as a noun phrase, for "Undo …" and "Undone: …".
    pub fn what(self) -> &'static str {
        match self {
            Step::Part(Part::Gratitude) => "your changes to the gratitude",
            Step::Part(Part::Decision) => "your changes to the decision",
            Step::Part(Part::Reason) => "your changes to the reason",
            Step::Part(Part::Close) => "your changes to the close",
            Step::Subject => "your changes to the subject",
            Step::Body => "your changes to the message",
            Step::Tone => "the change of tone",
            Step::ShortForm => "the change of form",
            Step::Channel => "the change of channel",
            Step::Reason => "the change of reason",
            Step::Goodwill => "the change of close",
            Step::ReplacedBody => "the rebuild from the four parts",
            Step::Reset => "the reset to the template",
            Step::Several => "the last change",
        }
    }

    /// What to tell the user straight after the change, or `None` for
    /// typing (announcing every pause in typing would only get in the way).
    pub fn announcement(self) -> Option<&'static str> {
        Some(match self {
            Step::Tone => "You changed the tone.",
            Step::ShortForm => "You changed the form.",
            Step::Channel => "You changed how to send it.",
            Step::Reason => "You chose another reason.",
            Step::Goodwill => "You chose another close.",
            Step::ReplacedBody => {
                "Your edits to the whole message were replaced by the four parts."
            }
            Step::Reset => "The draft is back to the template.",
            Step::Several => "The draft changed.",
            Step::Part(_) | Step::Subject | Step::Body => return None,
        })
    }
}

/// The most steps [`EditHistory`] keeps; the oldest go first.
pub const HISTORY_LIMIT: usize = 50;

/// What happened last, for the screen to announce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Latest {
    /// A change was made.
    Did(Step),
    /// A change was undone.
    Undid(Step),
}

impl Latest {
    /// The words for a polite live region; `None` for typing.
    pub fn announcement(self) -> Option<String> {
        match self {
            Latest::Did(step) => step.announcement().map(str::to_string),
            Latest::Undid(Step::ReplacedBody) => {
                Some("Your edits to the whole message are back.".to_string())
            }
            Latest::Undid(step) => Some(format!("Undone: {}.", step.what())),
        }
    }
}

/// Undo for one draft's edits: the edits as they were before each change,
/// newest last, at most [`HISTORY_LIMIT`]. Typing in one text is one step
/// until something else changes. It lives as long as the screen: the
/// workspace keeps only the edits themselves.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EditHistory {
    past: Vec<(Step, DraftEdits)>,
    /// The edits after the last change this history saw; a draft that has
    /// changed since (in another tab) no longer leads back through `past`.
    seen: Option<DraftEdits>,
    latest: Option<Latest>,
}

impl EditHistory {
    /// Notes a change from `before` to `after`.
    pub fn record(&mut self, before: &DraftEdits, after: &DraftEdits) {
        if self.seen.as_ref().is_some_and(|seen| seen != before) {
            self.past.clear();
        }
        let Some(step) = Step::between(before, after) else {
            return;
        };
        let same_typing =
            step.is_typing() && self.past.last().is_some_and(|(last, _)| *last == step);
        if !same_typing {
            self.past.push((step, before.clone()));
            if self.past.len() > HISTORY_LIMIT {
                self.past.remove(0);
            }
        }
        self.seen = Some(after.clone());
        self.latest = Some(Latest::Did(step));
    }

    /// The step "Undo" would take back, if the draft is still `current`.
    pub fn next_undo(&self, current: &DraftEdits) -> Option<Step> {
        if self.seen.as_ref() != Some(current) {
            return None;
        }
        self.past.last().map(|(step, _)| *step)
    }

    /// Takes back the last step: the edits to restore, and what they undo.
    /// `None` when there is nothing to undo, or the draft has changed
    /// elsewhere since (the history is then forgotten rather than applied to
    /// edits it never saw).
    pub fn undo(&mut self, current: &DraftEdits) -> Option<(Step, DraftEdits)> {
        if self.next_undo(current).is_none() {
            self.past.clear();
            return None;
        }
        let (step, before) = self.past.pop()?;
        self.seen = Some(before.clone());
        self.latest = Some(Latest::Undid(step));
        Some((step, before))
    }

    /// What happened last, if anything.
    pub fn latest(&self) -> Option<Latest> {
        self.latest
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

    /// For every written no and every reason the user can choose (or
    /// none): the call script's answer to "may I ask why?" is the reason
    /// sentence the written message gives, and when the message gives none,
    /// the script gives none either.
    #[test]
    fn a_script_gives_the_reason_its_message_gives() {
        use crate::core::studio::templates::{reason_sentence, ASKED_WHY};
        let base = fields();
        let written_nos = MessageKind::ALL
            .into_iter()
            .filter(|k| k.is_decline() && !template(*k).spoken);
        for kind in written_nos {
            for chosen in std::iter::once(None).chain(Reason::ALL.into_iter().map(Some)) {
                let edits = DraftEdits {
                    reason: chosen,
                    ..DraftEdits::default()
                };
                let body = edits.compose(kind, &base).body;
                let script_fields = edits.script_fields(kind, &base);
                let script = render(MessageKind::CallScript, Tone::Neutral, &script_fields).body;
                let why = script
                    .lines()
                    .find_map(|line| line.strip_prefix(ASKED_WHY))
                    .expect("a script prepares for the question");
                let sentences: Vec<String> = Reason::ALL
                    .into_iter()
                    .filter_map(|r| reason_sentence(r, &script_fields))
                    .collect();
                let given = sentences.iter().find(|s| body.contains(s.as_str()));
                match given {
                    Some(sentence) => assert_eq!(why, sentence, "{kind:?} {chosen:?}"),
                    None => assert!(
                        !sentences.iter().any(|s| s == why),
                        "{kind:?} {chosen:?}: the message gives no reason, the script says {why}"
                    ),
                }
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
    fn a_part_edit_over_a_rewritten_body_is_flagged_and_brings_the_parts_back() {
        let kind = MessageKind::DeclineRoleFit;
        let mut edits = DraftEdits {
            body: Some("My own words.".into()),
            ..DraftEdits::default()
        };
        let edit = PartEdit::Goodwill(Goodwill::WishThemWell);
        assert!(edits.would_discard(&edit));
        assert_eq!(edits.compose(kind, &fields()).body, "My own words.");
        edits.edit_part(edit);
        assert!(!edits.has_body_edit());
        let rebuilt = edits.compose(kind, &fields());
        assert_eq!(Some(rebuilt.body), rebuilt.parts.map(|p| p.join()));
    }

    #[test]
    fn an_edit_that_changes_nothing_keeps_the_rewritten_body() {
        let mut edits = DraftEdits {
            reason: Some(Reason::RoleNotRightFit),
            gratitude: Some("Thanks.".into()),
            body: Some("Mine.".into()),
            ..DraftEdits::default()
        };
        for same in [
            PartEdit::Reason(Reason::RoleNotRightFit),
            PartEdit::Text(Part::Gratitude, "Thanks.".into()),
        ] {
            assert!(!edits.would_discard(&same), "{same:?}");
            edits.edit_part(same);
            assert_eq!(edits.body.as_deref(), Some("Mine."));
        }
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
