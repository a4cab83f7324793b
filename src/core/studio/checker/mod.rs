//! The draft checker: reads any draft, the user's own edits included, and
//! returns findings that mark the words at fault, say why, and suggest a fix.
//!
//! The rules come from the source articles: thank them; say no once, plainly;
//! give at most one short, neutral reason; never criticise; keep it short;
//! leave nothing unfilled; do not apologise repeatedly; keep the other employer
//! confidential unless you chose otherwise; close with goodwill; give an email
//! a subject. Rules about saying no apply only to declines and withdrawals.
//!
//! Whatever the kind, a message never gives away what is the user's alone:
//! their floor, scores, weights and decision lines, private notes, or another
//! employer's name and figures ([`Rule::PrivateDetail`], from the
//! [`PrivateTerms`] of the workspace, so hand edits are checked too).
//!
//! ```
//! use crossroads::core::message_kind::{Channel, MessageKind};
//! use crossroads::core::studio::{check, CheckContext, Rule};
//!
//! let body = "Hi Jo,\n\nThank you for the offer. Maybe I will decline it for now.\n\nI wish you well.";
//! let context = CheckContext::new(MessageKind::DeclineRoleFit, Channel::Email);
//! let findings = check("Your offer", body, &context);
//! let hedges: Vec<&str> = findings
//!     .iter()
//!     .filter(|f| f.rule == Rule::Hedge)
//!     .map(|f| &body[f.range.clone()])
//!     .collect();
//! assert_eq!(hedges, ["Maybe", "for now"]);
//! ```

mod lists;
pub(crate) mod scan;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::fields::MessageFields;
use super::privacy::{PrivateKind, PrivateTerms};
use crate::core::message_kind::{Channel, MessageKind};
use scan::{contains_any, find_all, find_term, money_figures, placeholders, sentences, words};

/// A reason given in more words than this is over-explaining.
pub const MAX_REASON_WORDS: usize = 25;

/// Which rule a finding breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// The message thanks them.
    Gratitude,
    /// A decline states its decision once, in one sentence.
    OneDecision,
    /// A decline does not hedge.
    Hedge,
    /// A decline gives at most one short reason.
    ReasonLength,
    /// No criticism of the employer or its people.
    Criticism,
    /// Within the length that suits the channel.
    Length,
    /// No unfilled `[placeholders]`.
    Unfilled,
    /// At most one apology.
    ApologyStacking,
    /// The other employer's name and figures stay private unless chosen.
    CompetitorDisclosed,
    /// A decline ends with goodwill.
    GoodwillClose,
    /// An email has a subject line.
    Subject,
    /// Nothing private: no floor, score, weight, decision line, private
    /// note, or other employer's name or figure the user did not choose to share.
    PrivateDetail,
}

impl Rule {
    /// A short label for the finding list.
    pub fn label(self) -> &'static str {
        match self {
            Rule::Gratitude => "Thanks",
            Rule::OneDecision => "One clear decision",
            Rule::Hedge => "No hedging",
            Rule::ReasonLength => "One short reason at most",
            Rule::Criticism => "No criticism",
            Rule::Length => "Length",
            Rule::Unfilled => "Unfilled field",
            Rule::ApologyStacking => "Too many apologies",
            Rule::CompetitorDisclosed => "Other employer kept private",
            Rule::GoodwillClose => "Goodwill close",
            Rule::Subject => "Subject line",
            Rule::PrivateDetail => "Private detail",
        }
    }
}

/// Which text a finding points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Location {
    /// The subject line.
    Subject,
    /// The body.
    Body,
}

/// One problem in a draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule broken.
    pub rule: Rule,
    /// Subject or body.
    pub location: Location,
    /// Byte range of the words at fault, always on char boundaries. Empty
    /// when something is missing: it then marks where it belongs (the start
    /// for thanks or a decision, the end for a close).
    pub range: Range<usize>,
    /// Why it matters, in plain words.
    pub reason: String,
    /// What to do instead.
    pub fix: String,
}

impl Finding {
    /// The words this finding marks, from the subject or body it was found in.
    /// Empty when it marks where something is missing.
    pub fn marked<'a>(&self, subject: &'a str, body: &'a str) -> &'a str {
        let text = match self.location {
            Location::Subject => subject,
            Location::Body => body,
        };
        text.get(self.range.clone()).unwrap_or("")
    }
}

/// What the checker needs to know besides the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckContext {
    /// The kind of message: decline rules apply only to declines.
    pub kind: MessageKind,
    /// How it will be sent: sets the length limit and whether a subject is needed.
    pub channel: Channel,
    /// The competing employer's name, if there is one.
    pub competing_employer: String,
    /// Whether the user chose to name the competing employer.
    pub disclose_competing_employer: bool,
    /// What the message must not give away, from the workspace. Empty in a
    /// context built without one; scores and decision lines are still found
    /// by their wording.
    pub private: PrivateTerms,
}

impl CheckContext {
    /// A context with no competing employer.
    pub fn new(kind: MessageKind, channel: Channel) -> CheckContext {
        CheckContext {
            kind,
            channel,
            competing_employer: String::new(),
            disclose_competing_employer: false,
            private: PrivateTerms::default(),
        }
    }

    /// A context carrying the competing employer and the disclosure choice
    /// from `fields`.
    pub fn from_fields(
        kind: MessageKind,
        channel: Channel,
        fields: &MessageFields,
    ) -> CheckContext {
        CheckContext {
            competing_employer: fields.competing_employer.trim().to_string(),
            disclose_competing_employer: fields.disclose_competing_employer,
            ..CheckContext::new(kind, channel)
        }
    }

    /// The context for a message drafted from the workspace: the competing
    /// employer and the disclosure choice from `fields`, and what must stay
    /// private from `private` (see [`PrivateTerms::for_message`]).
    pub fn for_message(
        kind: MessageKind,
        channel: Channel,
        fields: &MessageFields,
        private: &PrivateTerms,
    ) -> CheckContext {
        CheckContext {
            private: private.clone(),
            ..CheckContext::from_fields(kind, channel, fields)
        }
    }
}

/// The most words a message should run to on `channel`: short for a no,
/// roomier for questions and acceptances, and a spoken script that fits a
/// two-minute call.
pub fn word_limit(kind: MessageKind, channel: Channel) -> usize {
    match channel {
        Channel::Call | Channel::Video => 160,
        Channel::Email | Channel::Recruiter if kind.checked_as_no() => 150,
        Channel::Email | Channel::Recruiter => 220,
    }
}

/// Checks a draft and returns its findings, subject findings first, each group
/// in text order. An empty list means the draft passes.
pub fn check(subject: &str, body: &str, context: &CheckContext) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (location, text) in [(Location::Subject, subject), (Location::Body, body)] {
        check_unfilled(location, text, &mut findings);
        check_criticism(location, text, &mut findings);
        check_competitor(location, text, context, &mut findings);
        check_private(location, text, context, &mut findings);
    }
    check_subject(subject, context, &mut findings);
    check_gratitude(body, &mut findings);
    check_apologies(body, &mut findings);
    check_length(body, context, &mut findings);
    if context.kind.checked_as_no() {
        check_decision(body, context.kind, &mut findings);
        check_hedges(body, &mut findings);
        check_reasons(body, &mut findings);
        check_goodwill(body, &mut findings);
    }
    crate::core::sort::sort_by_key(&mut findings, |f| {
        (f.location, f.range.start, f.range.end, f.rule)
    });
    findings
}

fn finding(
    rule: Rule,
    location: Location,
    range: Range<usize>,
    reason: String,
    fix: &str,
) -> Finding {
    Finding {
        rule,
        location,
        range,
        reason,
        fix: fix.to_string(),
    }
}

fn check_unfilled(location: Location, text: &str, out: &mut Vec<Finding>) {
    for range in placeholders(text) {
        let reason = format!("{} is still a placeholder.", &text[range.clone()]);
        out.push(finding(
            Rule::Unfilled,
            location,
            range,
            reason,
            "Fill in the detail, or rewrite the sentence without it.",
        ));
    }
}

fn check_criticism(location: Location, text: &str, out: &mut Vec<Finding>) {
    flag_each(
        Rule::Criticism,
        location,
        text,
        lists::CRITICISM,
        "criticises the employer; it can close a door you may want later.",
        "Leave it out. If they ask for feedback, offer one constructive suggestion then.",
        out,
    );
}

/// One finding per occurrence of any of `terms`, quoting the words found.
fn flag_each(
    rule: Rule,
    location: Location,
    text: &str,
    terms: &[&str],
    why: &str,
    fix: &str,
    out: &mut Vec<Finding>,
) {
    for range in find_all(text, terms) {
        let reason = format!("\"{}\" {why}", &text[range.clone()]);
        out.push(finding(rule, location, range, reason, fix));
    }
}

fn check_competitor(
    location: Location,
    text: &str,
    context: &CheckContext,
    out: &mut Vec<Finding>,
) {
    if context.disclose_competing_employer {
        return;
    }
    let name = context.competing_employer.trim();
    // A one-letter "name" would match ordinary words.
    if name.chars().count() >= 2 {
        for range in find_term(text, name) {
            out.push(finding(
                Rule::CompetitorDisclosed,
                location,
                range,
                format!("This names {name}, which you chose to keep private."),
                "Say \"another offer\" instead, or choose to name them.",
            ));
        }
    }
    for sentence in sentences(text) {
        let words = &text[sentence.clone()];
        if !contains_any(words, lists::OTHER_OFFER) {
            continue;
        }
        for figure in money_figures(words) {
            let range = sentence.start + figure.start..sentence.start + figure.end;
            out.push(finding(
                Rule::CompetitorDisclosed,
                location,
                range,
                "This gives a figure from the other offer, which you chose to keep private.".into(),
                "Leave the number out; the deadline is enough to make your point.",
            ));
        }
    }
}

/// One finding per private detail, except where the competitor rule already
/// marks the same words or the user chose to name the competing employer.
fn check_private(location: Location, text: &str, context: &CheckContext, out: &mut Vec<Finding>) {
    let competitor = context.competing_employer.trim();
    for found in context.private.find(text) {
        let chosen = context.disclose_competing_employer
            && !competitor.is_empty()
            && found
                .employer
                .as_deref()
                .is_some_and(|e| e.eq_ignore_ascii_case(competitor));
        let already = out.iter().any(|f| {
            f.rule == Rule::CompetitorDisclosed
                && f.location == location
                && f.range.start < found.range.end
                && found.range.start < f.range.end
        });
        if chosen || already {
            continue;
        }
        let words = &text[found.range.clone()];
        let what = &found.what;
        let (reason, fix) = match found.kind {
            PrivateKind::Figure => (
                format!("\"{words}\" is {what}, which this employer should not see."),
                "Leave the figure out; state only what you are asking for.",
            ),
            PrivateKind::Employer => (
                format!(
                    "\"{words}\" is {what}, which stays private unless you choose to name them."
                ),
                "Say \"another employer\" or \"another offer\" instead.",
            ),
            PrivateKind::Note => (
                format!("This repeats {what}, which stays private."),
                "Take it out, or make the point in words you are happy for them to read.",
            ),
            PrivateKind::Scoring => (
                format!("\"{words}\" gives away {what}, which stays private."),
                "Take it out; give your ask or your decision without the scoring behind it.",
            ),
        };
        out.push(finding(
            Rule::PrivateDetail,
            location,
            found.range,
            reason,
            fix,
        ));
    }
}

fn check_subject(subject: &str, context: &CheckContext, out: &mut Vec<Finding>) {
    let needs_subject = matches!(context.channel, Channel::Email | Channel::Recruiter);
    if needs_subject && subject.trim().is_empty() {
        out.push(finding(
            Rule::Subject,
            Location::Subject,
            0..0,
            "An email without a subject is easy to miss or misfile.".into(),
            "Add a short subject that names the role.",
        ));
    }
}

fn check_gratitude(body: &str, out: &mut Vec<Finding>) {
    if !contains_any(body, lists::GRATITUDE) {
        out.push(finding(
            Rule::Gratitude,
            Location::Body,
            first_sentence_start(body),
            "The message does not thank them for their time.".into(),
            "Open with a sentence of thanks for their time or the offer.",
        ));
    }
}

fn check_apologies(body: &str, out: &mut Vec<Finding>) {
    let apologies = find_all(body, lists::APOLOGIES);
    if apologies.len() < 2 {
        return;
    }
    let count = apologies.len();
    for range in apologies {
        out.push(finding(
            Rule::ApologyStacking,
            Location::Body,
            range,
            format!("{count} apologies make a normal decision sound like a fault."),
            "Keep one at most; thanks carry the courtesy better.",
        ));
    }
}

fn check_length(body: &str, context: &CheckContext, out: &mut Vec<Finding>) {
    let limit = word_limit(context.kind, context.channel);
    let all = words(body);
    if all.len() > limit {
        let end = body.trim_end().len();
        out.push(finding(
            Rule::Length,
            Location::Body,
            all[limit].start..end,
            format!(
                "{} words; for this message by {} aim for {limit} or fewer. Long explanations invite debate.",
                all.len(),
                context.channel.label().to_lowercase()
            ),
            "Cut the explanation to its essentials: thanks, the point, one reason at most, a close.",
        ));
    }
}

fn check_decision(body: &str, kind: MessageKind, out: &mut Vec<Finding>) {
    let deciding: Vec<Range<usize>> = sentences(body)
        .into_iter()
        .filter(|s| contains_any(&body[s.clone()], lists::DECISION))
        .collect();
    let example = if matches!(
        kind,
        MessageKind::WithdrawNoReason
            | MessageKind::WithdrawWithReason
            | MessageKind::WithdrawKeepInTouch
    ) {
        "Add one plain sentence, such as \"I have decided to withdraw my application.\""
    } else {
        "Add one plain sentence, such as \"I have decided to decline the offer.\""
    };
    match deciding.len() {
        0 => out.push(finding(
            Rule::OneDecision,
            Location::Body,
            first_sentence_start(body),
            "No sentence states your decision, so it can be misread.".into(),
            example,
        )),
        1 => {}
        count => {
            for range in deciding.into_iter().skip(1) {
                out.push(finding(
                    Rule::OneDecision,
                    Location::Body,
                    range,
                    format!("The decision appears in {count} sentences; once is clearer."),
                    "Keep the clearest decision sentence and remove this one.",
                ));
            }
        }
    }
}

const HEDGE_FIX: &str = "Remove it and state the decision plainly: \"I have decided…\"";

fn check_hedges(body: &str, out: &mut Vec<Finding>) {
    flag_each(
        Rule::Hedge,
        Location::Body,
        body,
        lists::HEDGES,
        "makes the decision sound open to change.",
        HEDGE_FIX,
        out,
    );
    for sentence in sentences(body) {
        let words = &body[sentence.clone()];
        let on_decision = contains_any(words, lists::DECISION);
        for found in find_all(words, lists::TIME_QUALIFIERS) {
            let but_after = contains_any(&words[found.end..], lists::BUT);
            if on_decision || but_after {
                let range = sentence.start + found.start..sentence.start + found.end;
                let reason = format!(
                    "\"{}\" ties the decision to now, which suggests you might accept later.",
                    &body[range.clone()]
                );
                out.push(finding(
                    Rule::Hedge,
                    Location::Body,
                    range,
                    reason,
                    HEDGE_FIX,
                ));
            }
        }
    }
}

fn check_reasons(body: &str, out: &mut Vec<Finding>) {
    let reasons: Vec<Range<usize>> = sentences(body)
        .into_iter()
        .filter(|s| contains_any(&body[s.clone()], lists::REASON_MARKERS))
        .collect();
    for (index, range) in reasons.iter().enumerate() {
        // A short form often joins thanks and reason with a semicolon; only
        // the clause that gives the reason counts towards its length.
        let count = body[range.clone()]
            .split(';')
            .filter(|clause| contains_any(clause, lists::REASON_MARKERS))
            .map(|clause| words(clause).len())
            .max()
            .unwrap_or(0);
        if index > 0 {
            out.push(finding(
                Rule::ReasonLength,
                Location::Body,
                range.clone(),
                "A second reason reads as an argument and invites a counteroffer.".into(),
                "Keep one short reason, or none.",
            ));
        } else if count > MAX_REASON_WORDS {
            out.push(finding(
                Rule::ReasonLength,
                Location::Body,
                range.clone(),
                format!("This reason runs to {count} words; over-explaining invites debate."),
                "Say it in one short sentence, or leave the reason out.",
            ));
        }
    }
}

fn check_goodwill(body: &str, out: &mut Vec<Finding>) {
    if !contains_any(body, lists::GOODWILL) {
        let end = body.trim_end().len();
        out.push(finding(
            Rule::GoodwillClose,
            Location::Body,
            end..end,
            "The message ends without goodwill, which can read as closing the door.".into(),
            "End with a line that stays in touch, offers a referral, or wishes them well.",
        ));
    }
}

/// An empty range where the first sentence starts: where missing thanks or a
/// missing decision would go.
fn first_sentence_start(body: &str) -> Range<usize> {
    let start = sentences(body).first().map_or(0, |s| s.start);
    start..start
}
