//! What a message is filled from: the user's records, flattened into plain
//! strings the studio can drop into a template.
//!
//! The studio deliberately does not read the decision engine's model. The UI
//! (or a glue function) copies what it knows into [`MessageFields`], with dates
//! already formatted for display, so the two halves can change independently.
//! An empty string means "not known yet": the draft then shows a visible
//! placeholder such as `[contact name]`, and the checker flags it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::counter;
use super::negotiation;
use super::tone::Tone;
use crate::core::model::Rationale;
use crate::core::text::{join_words, join_words_with};

/// Everything a template may need, as display-ready text.
///
/// Every field is optional in practice: leave it empty (the default) when it
/// is not known, and the draft shows a placeholder instead.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MessageFields {
    /// The user's own name, for the sign-off.
    pub your_name: String,
    /// The person the message is addressed to (the recruiter, for a note through one).
    pub contact_name: String,
    /// Your manager at your current employer, whom a resignation greets.
    pub manager_name: String,
    /// The employer the message is about.
    pub company: String,
    /// The role applied for or offered.
    pub role: String,
    /// When the interview took place, formatted for display.
    pub interview_date: String,
    /// When the employer said they would decide, formatted for display.
    pub decision_date: String,
    /// The date the user asks to reply by, or the offer's deadline.
    pub deadline: String,
    /// The agreed or proposed start date.
    pub start_date: String,
    /// What must be confirmed in writing before accepting, each in the
    /// user's or the engine's words ("relocation support").
    pub in_writing: Vec<String>,
    /// What the user most enjoyed hearing about at the interview, as a short
    /// clause from their own notes ("the new pricing platform").
    pub interview_highlight: String,
    /// Whether a thank-you mentions [`interview_highlight`](Self::interview_highlight).
    /// The notes are the user's own, so they reach a message only while this
    /// is set, and the user can turn it off.
    pub mention_interview_highlight: bool,
    /// How long the user takes to weigh new terms, in words ("three days");
    /// empty means the usual 72 hours.
    pub counter_window: String,
    /// The one to three terms the user wants to improve, in the user's words
    /// ("the base salary", "relocation support").
    pub items_to_negotiate: Vec<String>,
    /// The user's one-line reason for an item of
    /// [`items_to_negotiate`](Self::items_to_negotiate), keyed by the item's
    /// text; an item without one is asked for without a reason.
    pub ask_reasons: BTreeMap<String, String>,
    /// Whether the job means moving country: only then does a negotiation
    /// mention what the move involves.
    pub international_move: bool,
    /// The brief reason chosen for a decline or withdrawal, if any.
    pub reason: Option<Reason>,
    /// When another employer needs an answer, formatted for display.
    pub competing_deadline: String,
    /// Whether the user chose to name the competing employer.
    pub disclose_competing_employer: bool,
    /// The competing employer's name. Only written into a message when
    /// [`disclose_competing_employer`](Self::disclose_competing_employer) is set.
    pub competing_employer: String,
    /// What the user's situation requires ("visa sponsorship and a start after
    /// June"), used by the mobility reason.
    pub mobility_constraint: String,
    /// The one change that would make the offer work ("a fully remote contract").
    pub change_that_would_matter: String,
    /// How the user will hand over their current work, for a resignation.
    pub transition_plan: String,
    /// The last working day at the current employer, formatted for display.
    pub last_working_day: String,
    /// The one constructive observation to share when feedback is requested.
    pub feedback_point: String,
    /// A colleague the user could refer for the role.
    pub referral_name: String,
    /// What has changed since the user declined or last wrote.
    pub what_changed: String,
    /// Whether the user signed the contract they are taking back, so the
    /// message names the signed contract and not only a spoken yes.
    pub contract_signed: bool,
    /// What a counter-proposal asks for, each part as the message says it
    /// ("a base salary of €64,000"), from the negotiation plan.
    pub counter_asks: Vec<String>,
    /// The reason the counter-proposal gives, as the user picked it.
    pub counter_rationale: Rationale,
    /// The market range for base pay as a message says it ("between €60,000
    /// and €70,000"); empty when none was entered.
    pub market_range: String,
    /// What about the scope justifies the ask, in the user's words.
    pub scope: String,
    /// What to propose if base pay cannot move, each as the message says it.
    pub trade_offs: Vec<String>,
}

impl MessageFields {
    /// The text to write for a named slot, or `None` if the slot is known but
    /// empty. Unknown slot names also give `None`, so a typo in a template shows
    /// up as a placeholder rather than silently vanishing.
    pub(crate) fn slot(&self, name: &str) -> Option<String> {
        let text = match name {
            "your_name" => self.your_name.clone(),
            "contact_name" => self.contact_name.clone(),
            "manager_name" => self.manager_name.clone(),
            "company" => self.company.clone(),
            "role" => self.role.clone(),
            "interview_date" => self.interview_date.clone(),
            "decision_date" => self.decision_date.clone(),
            "deadline" => self.deadline.clone(),
            "start_date" => self.start_date.clone(),
            "start_date_phrase" => return Some(self.start_date_phrase()),
            "in_writing" => self.in_writing_list(),
            "interview_highlight" => return Some(self.interview_highlight_sentence()),
            "counter_window" => return Some(self.counter_window_words()),
            "items_to_negotiate" => join_words(&self.items_to_negotiate),
            "competing_deadline" => self.competing_deadline.clone(),
            "mobility_constraint" => self.mobility_constraint.clone(),
            "change_that_would_matter" => self.change_that_would_matter.clone(),
            "transition_plan" => self.transition_plan.clone(),
            "last_working_day" => self.last_working_day.clone(),
            "feedback_point" => self.feedback_point.clone(),
            "referral_name" => self.referral_name.clone(),
            "what_changed" => self.what_changed.clone(),
            "acceptance" => return Some(self.acceptance().to_string()),
            "other_offer" => return self.other_offer(),
            "asks" => return Some(self.asks()),
            "counter_ask" => join_words(&self.counter_asks),
            // The next four may be empty: each is a sentence that is only
            // there when the plan gives it something to say.
            "counter_rationale" => return Some(counter::rationale_sentence(self)),
            "trade_off_clause" => return Some(counter::trade_off_clause(self)),
            "bridge" => return Some(counter::bridge(self)),
            "no_bridge" => return Some(counter::no_bridge(self)),
            // May be empty: a local job's negotiation says nothing about a move.
            "move_clause" => return Some(negotiation::move_clause(self.international_move).into()),
            _ => return None,
        };
        let trimmed = text.trim();
        (!trimmed.is_empty()).then(|| trimmed.to_string())
    }

    /// The items to negotiate as a list, one line each with its reason, or
    /// the `[items to negotiate]` gap when there are none.
    fn asks(&self) -> String {
        let items: Vec<(String, String)> = self
            .items_to_negotiate
            .iter()
            .map(|item| {
                let reason = self.ask_reasons.get(item).cloned().unwrap_or_default();
                (item.clone(), reason)
            })
            .collect();
        match negotiation::ask_lines(&items) {
            lines if lines.is_empty() => placeholder("items_to_negotiate"),
            lines => lines,
        }
    }

    /// "a start date of 6 April" when the start date is known; otherwise a
    /// request for theirs, so an acceptance never shows a gap where the
    /// employer is the one who knows the answer.
    fn start_date_phrase(&self) -> String {
        match self.start_date.trim() {
            "" => "the start date you have in mind".to_string(),
            date => format!("a start date of {date}"),
        }
    }

    /// What must be in writing, as one list: the recommendation's list, or
    /// else what was negotiated. Three or more items that hold their own
    /// commas are separated by semicolons so the list still reads.
    fn in_writing_list(&self) -> String {
        let items = if self.in_writing.iter().any(|i| !i.trim().is_empty()) {
            &self.in_writing
        } else {
            &self.items_to_negotiate
        };
        let count = items.iter().filter(|i| !i.trim().is_empty()).count();
        if count > 2 && items.iter().any(|item| item.contains(',')) {
            join_words_with(items, "; ", "; and ")
        } else {
            join_words(items)
        }
    }

    /// " I especially enjoyed hearing about …." (with its leading space, to
    /// follow another sentence), or nothing when there is no highlight or the
    /// user left it out.
    fn interview_highlight_sentence(&self) -> String {
        let highlight = self.interview_highlight.trim();
        if !self.mention_interview_highlight || highlight.is_empty() {
            return String::new();
        }
        format!(" I especially enjoyed hearing about {highlight}.")
    }

    /// The counteroffer window in words, "three days" unless the user's
    /// settings say otherwise (72 hours is the usual upper end).
    fn counter_window_words(&self) -> String {
        match self.counter_window.trim() {
            "" => "three days".to_string(),
            words => words.to_string(),
        }
    }

    /// What taking back an acceptance takes back: the yes alone, or the
    /// signed contract with it.
    fn acceptance(&self) -> &'static str {
        if self.contract_signed {
            "my acceptance and the contract I signed"
        } else {
            "my acceptance"
        }
    }

    /// "another offer", or "an offer from Acme" when the user chose to name
    /// the competing employer. Naming is opt-in because the articles advise
    /// keeping the other employer confidential by default.
    pub(crate) fn other_offer(&self) -> Option<String> {
        if !self.disclose_competing_employer {
            return Some("another offer".to_string());
        }
        let name = self.competing_employer.trim();
        (!name.is_empty()).then(|| format!("an offer from {name}"))
    }
}

/// The placeholder shown for an empty slot: the slot name in brackets, with
/// spaces, so the user sees exactly what to fill in (`[contact name]`).
pub fn placeholder(slot: &str) -> String {
    // `other_offer` is only ever missing when the user chose to name the
    // other employer but has not typed the name yet.
    let label = match slot {
        "other_offer" => "competing employer",
        other => other,
    };
    format!("[{}]", label.replace('_', " "))
}

pub use crate::core::message_kind::DeclineReason as Reason;

impl Reason {
    /// The one-sentence template for this reason, with `{slots}`; `None` for
    /// [`Reason::None`].
    pub(crate) fn template(self) -> Option<&'static str> {
        Some(match self {
            Reason::AcceptedAnotherOffer => "I have accepted {other_offer}.",
            Reason::RoleNotRightFit => {
                "The role sits further from the direction I want my work to take."
            }
            Reason::EmploymentModel => {
                "I am looking for direct, permanent employment, and this role works on different terms."
            }
            Reason::MobilityConstraints => {
                "My situation calls for {mobility_constraint}, which this role cannot include."
            }
            Reason::Compensation => "The package remains below the level I need to make the move.",
            Reason::PersonalCircumstances => "My personal circumstances have changed.",
            Reason::StayingInCurrentRole => "I am staying in my current role.",
            Reason::CultureAndValues => {
                "I have realised I am looking for a different way of working from the one this team has."
            }
            Reason::Schedule => {
                "The hours and working pattern of the role do not fit what I need."
            }
            Reason::Growth => {
                "I am looking for a development path closer to my own plans for the coming years."
            }
            Reason::Location => "The location does not fit my circumstances.",
            Reason::None => return None,
        })
    }
}

/// The goodwill close that ends a decline or withdrawal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Goodwill {
    /// Ask to stay in touch.
    StayInTouch,
    /// Offer to suggest someone for the role.
    OfferReferral,
    /// Wish the team well.
    WishThemWell,
}

impl Goodwill {
    /// Every close, in the order the studio offers them.
    pub const ALL: [Goodwill; 3] = [
        Goodwill::StayInTouch,
        Goodwill::OfferReferral,
        Goodwill::WishThemWell,
    ];

    /// A short label for a picker.
    pub fn label(self) -> &'static str {
        match self {
            Goodwill::StayInTouch => "Stay in touch",
            Goodwill::OfferReferral => "Offer a referral",
            Goodwill::WishThemWell => "Wish them well",
        }
    }

    /// The closing sentence in the given tone, with `{slots}`.
    pub(crate) fn template(self, tone: Tone) -> &'static str {
        match (self, tone) {
            (Goodwill::StayInTouch, Tone::Warm) => {
                "I enjoyed getting to know you and the team, and I would like to stay in touch."
            }
            (Goodwill::StayInTouch, Tone::Neutral) => {
                "I would be glad to keep in touch as our work goes on."
            }
            (Goodwill::StayInTouch, Tone::Formal) => {
                "I would welcome the chance to remain in contact with you and the team at {company}."
            }
            (Goodwill::OfferReferral, Tone::Warm) => {
                "If it helps, I would be happy to suggest someone from my network for the role."
            }
            (Goodwill::OfferReferral, Tone::Neutral) => {
                "If it is useful, I can refer a colleague who could be a strong fit for the role."
            }
            (Goodwill::OfferReferral, Tone::Formal) => {
                "Should it be useful, I would be pleased to refer a suitable candidate from my network."
            }
            (Goodwill::WishThemWell, Tone::Warm) => {
                "I wish you and the team every success with what you are building."
            }
            (Goodwill::WishThemWell, Tone::Neutral) => {
                "Wishing you and the team at {company} all the best."
            }
            (Goodwill::WishThemWell, Tone::Formal) => {
                "I wish you and {company} continued success."
            }
        }
    }
}

/// The fields the studio's unit tests fill their templates from.
#[cfg(test)]
pub(crate) fn test_fields() -> MessageFields {
    MessageFields {
        your_name: "Ana Ruiz".into(),
        contact_name: "Tom".into(),
        company: "Fabrikam".into(),
        role: "QA Lead".into(),
        ..MessageFields::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn competing_employer_is_named_only_when_chosen() {
        let mut fields = MessageFields {
            competing_employer: "Globex".into(),
            ..MessageFields::default()
        };
        assert_eq!(fields.slot("other_offer").as_deref(), Some("another offer"));
        fields.disclose_competing_employer = true;
        assert_eq!(
            fields.slot("other_offer").as_deref(),
            Some("an offer from Globex")
        );
        fields.competing_employer.clear();
        assert_eq!(fields.slot("other_offer"), None);
    }

    #[test]
    fn a_list_of_items_with_commas_uses_semicolons() {
        let fields = MessageFields {
            in_writing: vec![
                "visa sponsorship, with what happens if it is refused".into(),
                "relocation support".into(),
                "the start date".into(),
            ],
            ..MessageFields::default()
        };
        assert_eq!(
            fields.slot("in_writing").as_deref(),
            Some("visa sponsorship, with what happens if it is refused; relocation support; and the start date")
        );
    }

    #[test]
    fn two_items_join_with_and_even_with_commas() {
        let fields = MessageFields {
            in_writing: vec![
                "visa sponsorship, in full".into(),
                "relocation support".into(),
            ],
            ..MessageFields::default()
        };
        assert_eq!(
            fields.slot("in_writing").as_deref(),
            Some("visa sponsorship, in full and relocation support")
        );
    }

    #[test]
    fn what_must_be_in_writing_falls_back_to_what_was_negotiated() {
        let mut fields = MessageFields {
            items_to_negotiate: vec!["the base salary".into()],
            ..MessageFields::default()
        };
        assert_eq!(
            fields.slot("in_writing").as_deref(),
            Some("the base salary")
        );
        fields.in_writing = vec!["relocation support".into()];
        assert_eq!(
            fields.slot("in_writing").as_deref(),
            Some("relocation support")
        );
        fields.in_writing.clear();
        fields.items_to_negotiate.clear();
        assert_eq!(fields.slot("in_writing"), None);
    }

    #[test]
    fn an_unknown_start_date_is_asked_for_rather_than_left_open() {
        let mut fields = MessageFields::default();
        assert_eq!(
            fields.slot("start_date_phrase").as_deref(),
            Some("the start date you have in mind")
        );
        assert_eq!(fields.slot("start_date"), None);
        fields.start_date = "Monday 4 May".into();
        assert_eq!(
            fields.slot("start_date_phrase").as_deref(),
            Some("a start date of Monday 4 May")
        );
    }

    #[test]
    fn the_interview_highlight_appears_only_while_chosen() {
        let mut fields = MessageFields {
            interview_highlight: "the new pricing platform".into(),
            ..MessageFields::default()
        };
        assert_eq!(fields.slot("interview_highlight").as_deref(), Some(""));
        fields.mention_interview_highlight = true;
        assert_eq!(
            fields.slot("interview_highlight").as_deref(),
            Some(" I especially enjoyed hearing about the new pricing platform.")
        );
        fields.interview_highlight = "  ".into();
        assert_eq!(fields.slot("interview_highlight").as_deref(), Some(""));
    }

    #[test]
    fn blank_fields_count_as_missing() {
        let fields = MessageFields {
            role: "   ".into(),
            ..MessageFields::default()
        };
        assert_eq!(fields.slot("role"), None);
        assert_eq!(placeholder("contact_name"), "[contact name]");
    }
}
