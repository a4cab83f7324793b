//! The root of everything the user keeps: what is stored, exported and
//! handed to the engine.

use super::{Contact, Opportunity, Priorities, SentMessage, Settings};
use crate::core::money::{self, Money};
use crate::core::studio::DraftEdits;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The stored-data version this build writes. Older data is migrated on load
/// by the storage layer; the engine only ever sees the current shape.
pub const CURRENT_VERSION: u32 = 4;

/// A fact an opportunity must have for you to take it.
#[derive(Clone, Debug, PartialEq)]
pub enum RequiredFact {
    /// The employer sponsors your visa (only checked for international moves).
    VisaSponsorship,
    /// You are employed by the company itself, not an agency or as a contractor.
    DirectEmployment,
    /// At least this many days a week working from home.
    RemoteDaysAtLeast {
        /// Days a week.
        days: u8,
    },
    /// Relocation support confirmed in writing (only checked for international moves).
    RelocationSupportInWriting,
    /// Base pay at least this much a year, in the home currency.
    MinimumBase {
        /// The floor, in minor units of the home currency.
        amount: Money,
    },
}

/// Something you will not compromise on. Failing one is a dealbreaker.
///
/// Stored as one flat JSON object (see `non_negotiable_json`), e.g.
/// `{"kind": "requires", "fact": "remote_days_at_least", "days": 2}`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(
    try_from = "super::non_negotiable_json::Record",
    into = "super::non_negotiable_json::Record"
)]
pub enum NonNegotiable {
    /// A criterion must score at least `minimum` (out of 5).
    MinimumScore {
        /// The criterion id.
        criterion_id: String,
        /// The lowest acceptable score.
        minimum: u8,
    },
    /// A fact that must be true.
    Requires {
        /// Which fact.
        fact: RequiredFact,
    },
}

impl NonNegotiable {
    /// The rule in plain words, e.g. "Base pay scores at least 3 of 5";
    /// amounts are in `home`, the home currency.
    pub fn describe(&self, priorities: &super::Priorities, home: &str) -> String {
        match self {
            NonNegotiable::MinimumScore {
                criterion_id,
                minimum,
            } => {
                let name = priorities
                    .get(criterion_id)
                    .map_or(criterion_id.as_str(), |p| p.name.as_str());
                format!("{name} scores at least {minimum} of 5")
            }
            NonNegotiable::Requires { fact } => match fact {
                RequiredFact::VisaSponsorship => "Visa sponsorship, for a move abroad".to_string(),
                RequiredFact::DirectEmployment => {
                    "Direct employment (not through an agency or as a contractor)".to_string()
                }
                RequiredFact::RemoteDaysAtLeast { days } => {
                    format!("At least {days} remote days a week")
                }
                RequiredFact::RelocationSupportInWriting => {
                    "Relocation support, for a move abroad".to_string()
                }
                RequiredFact::MinimumBase { amount } => {
                    let amount = money::field_text(*amount, home);
                    format!("Base pay of at least {amount} {} a year", home.trim())
                }
            },
        }
    }
}

/// Where you want to be, so each job can be held against it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Goals {
    /// In one year.
    pub one_year: String,
    /// In three years.
    pub three_years: String,
}

/// Everything the user keeps.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Workspace {
    /// Stored-data version, see [`CURRENT_VERSION`].
    pub version: u32,
    /// Set when this is the demo data, so the UI can label it and offer to clear it.
    pub is_sample: bool,
    /// Calendar and thresholds.
    pub settings: Settings,
    /// What matters, in order.
    pub priorities: Priorities,
    /// What you will not compromise on.
    pub non_negotiables: Vec<NonNegotiable>,
    /// The walk-away line: a total (0–100) below which you would say no even
    /// after negotiating.
    pub walk_away_line: f64,
    /// The accept line: a total (0–100) at or above which an offer is good
    /// enough to take once its terms are in writing.
    pub accept_line: f64,
    /// Goals at one and three years.
    pub goals: Goals,
    /// Your current job, always a column to compare against.
    pub current_role: Opportunity,
    /// The jobs you are considering.
    pub opportunities: Vec<Opportunity>,
    /// Closed opportunities put away by the user: stored and exported, but
    /// out of every list and out of the engine's work until brought back.
    /// Data from before the archive has none.
    pub archived_opportunities: Vec<Opportunity>,
    /// People met along the way.
    pub contacts: Vec<Contact>,
    /// Messages marked as sent.
    pub sent_messages: Vec<SentMessage>,
    /// Ids of follow-up steps marked done.
    pub follow_ups_done: BTreeSet<String>,
    /// Checked checklist item ids, per opportunity id.
    pub checklist: BTreeMap<String, BTreeSet<String>>,
    /// What the user typed in the message studio beyond the records (a start
    /// date, a handover plan …): per opportunity id, slot name → text.
    pub message_details: BTreeMap<String, BTreeMap<String, String>>,
    /// Drafts the user changed in the message studio, per
    /// `"<opportunity id>/<kind slug>"`, kept until they reset to the template.
    pub drafts: BTreeMap<String, DraftEdits>,
}

impl Default for Workspace {
    fn default() -> Self {
        Workspace {
            version: CURRENT_VERSION,
            is_sample: false,
            settings: Settings::default(),
            priorities: Priorities::default(),
            non_negotiables: Vec::new(),
            // Our defaults, not the articles' (they give no figure): half marks
            // is where an offer stops being worth it, three quarters is strong.
            walk_away_line: 50.0,
            accept_line: 75.0,
            goals: Goals::default(),
            current_role: Opportunity {
                id: Workspace::CURRENT_ROLE_ID.to_string(),
                stage: super::Stage::Accepted,
                ..Opportunity::default()
            },
            opportunities: Vec::new(),
            archived_opportunities: Vec::new(),
            contacts: Vec::new(),
            sent_messages: Vec::new(),
            follow_ups_done: BTreeSet::new(),
            checklist: BTreeMap::new(),
            message_details: BTreeMap::new(),
            drafts: BTreeMap::new(),
        }
    }
}

impl Workspace {
    /// The id the current role carries in comparisons.
    pub const CURRENT_ROLE_ID: &'static str = "current";

    /// Changes the home currency, keeping the floor for base pay the same
    /// figure in major units (it is stored in the home currency's minor
    /// units, which differ between, say, EUR and JPY).
    pub fn set_home_currency(&mut self, code: &str) {
        let (before, after) = (
            money::exponent(&self.settings.currency),
            money::exponent(code),
        );
        for rule in &mut self.non_negotiables {
            if let NonNegotiable::Requires {
                fact: RequiredFact::MinimumBase { amount },
            } = rule
            {
                *amount = money::rescale(*amount, before, after);
            }
        }
        self.settings.currency = code.to_string();
    }

    /// The opportunity with this id.
    pub fn opportunity(&self, id: &str) -> Option<&Opportunity> {
        self.opportunities.iter().find(|o| o.id == id)
    }

    /// The opportunity with this id, to change it.
    pub fn opportunity_mut(&mut self, id: &str) -> Option<&mut Opportunity> {
        self.opportunities.iter_mut().find(|o| o.id == id)
    }

    /// Every opportunity kept, in the lists and in the archive.
    pub fn all_opportunities(&self) -> impl Iterator<Item = &Opportunity> {
        self.opportunities
            .iter()
            .chain(&self.archived_opportunities)
    }

    /// Moves a closed opportunity into the archive. Returns whether it moved:
    /// an opportunity still in progress stays where it is.
    pub fn archive(&mut self, id: &str) -> bool {
        let Some(index) = self
            .opportunities
            .iter()
            .position(|o| o.id == id && o.stage.is_settled())
        else {
            return false;
        };
        let o = self.opportunities.remove(index);
        self.archived_opportunities.push(o);
        true
    }

    /// Brings an archived opportunity back, at the end of the list. Returns
    /// whether it was in the archive.
    pub fn unarchive(&mut self, id: &str) -> bool {
        let Some(index) = self.archived_opportunities.iter().position(|o| o.id == id) else {
            return false;
        };
        let o = self.archived_opportunities.remove(index);
        self.opportunities.push(o);
        true
    }

    /// Removes an opportunity and returns it, so the UI can offer an undo.
    pub fn remove_opportunity(&mut self, id: &str) -> Option<Opportunity> {
        let index = self.opportunities.iter().position(|o| o.id == id)?;
        self.checklist.remove(id);
        self.message_details.remove(id);
        let prefix = format!("{id}/");
        self.drafts.retain(|key, _| !key.starts_with(&prefix));
        Some(self.opportunities.remove(index))
    }

    /// Marks a follow-up step done or not done.
    pub fn set_follow_up_done(&mut self, step_id: &str, done: bool) {
        if done {
            self.follow_ups_done.insert(step_id.to_string());
        } else {
            self.follow_ups_done.remove(step_id);
        }
    }

    /// Whether a follow-up step is marked done.
    pub fn is_follow_up_done(&self, step_id: &str) -> bool {
        self.follow_ups_done.contains(step_id)
    }

    /// Checks or unchecks a checklist item for an opportunity.
    pub fn set_checked(&mut self, opportunity_id: &str, item_id: &str, checked: bool) {
        let items = self
            .checklist
            .entry(opportunity_id.to_string())
            .or_default();
        if checked {
            items.insert(item_id.to_string());
        } else {
            items.remove(item_id);
        }
        if items.is_empty() {
            self.checklist.remove(opportunity_id);
        }
    }

    /// Whether a checklist item is checked for an opportunity.
    pub fn is_checked(&self, opportunity_id: &str, item_id: &str) -> bool {
        self.checklist
            .get(opportunity_id)
            .is_some_and(|items| items.contains(item_id))
    }

    /// Messages sent about one opportunity, oldest first as logged.
    pub fn messages_for<'a>(
        &'a self,
        opportunity_id: &'a str,
    ) -> impl Iterator<Item = &'a SentMessage> + 'a {
        self.sent_messages
            .iter()
            .filter(move |m| m.opportunity_id == opportunity_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_partial_json_load() {
        let w: Workspace = serde_json::from_str("{}").unwrap();
        assert_eq!(w, Workspace::default());
        let w: Workspace = serde_json::from_str(
            r#"{"walk_away_line": 40, "non_negotiables": [
                {"kind": "requires", "fact": "remote_days_at_least", "days": 2},
                {"kind": "minimum_score", "criterion_id": "base_pay", "minimum": 3}]}"#,
        )
        .unwrap();
        assert_eq!(w.walk_away_line, 40.0);
        assert_eq!(
            w.non_negotiables[0],
            NonNegotiable::Requires {
                fact: RequiredFact::RemoteDaysAtLeast { days: 2 }
            }
        );
    }

    #[test]
    fn non_negotiables_read_as_plain_words() {
        let p = super::super::Priorities::default();
        let min = NonNegotiable::MinimumScore {
            criterion_id: "base_pay".into(),
            minimum: 3,
        };
        assert_eq!(min.describe(&p, "EUR"), "Base pay scores at least 3 of 5");
        let remote = NonNegotiable::Requires {
            fact: RequiredFact::RemoteDaysAtLeast { days: 2 },
        };
        assert_eq!(remote.describe(&p, "EUR"), "At least 2 remote days a week");
        let floor = NonNegotiable::Requires {
            fact: RequiredFact::MinimumBase {
                amount: Money(5_500_050),
            },
        };
        assert_eq!(
            floor.describe(&p, "EUR"),
            "Base pay of at least 55000.5 EUR a year"
        );
    }

    #[test]
    fn a_new_home_currency_keeps_the_floor_in_major_units() {
        let mut w = Workspace::default();
        w.settings.currency = "EUR".into();
        let floor = |amount| NonNegotiable::Requires {
            fact: RequiredFact::MinimumBase { amount },
        };
        w.non_negotiables = vec![floor(Money(5_500_000))];
        w.set_home_currency("JPY");
        assert_eq!(w.non_negotiables, [floor(Money(55_000))]);
        assert_eq!(w.settings.currency, "JPY");
        w.set_home_currency("USD");
        assert_eq!(w.non_negotiables, [floor(Money(5_500_000))]);
    }

    #[test]
    fn round_trips_through_json() {
        let mut w = Workspace::default();
        w.non_negotiables.push(NonNegotiable::Requires {
            fact: RequiredFact::VisaSponsorship,
        });
        w.set_checked("a", "written_offer", true);
        w.set_follow_up_done("a:thank_you", true);
        let text = serde_json::to_string(&w).unwrap();
        let back: Workspace = serde_json::from_str(&text).unwrap();
        assert_eq!(back, w);
        assert!(back.is_checked("a", "written_offer"));
        assert!(back.is_follow_up_done("a:thank_you"));
    }

    #[test]
    fn unchecking_last_item_leaves_no_empty_entry() {
        let mut w = Workspace::default();
        w.set_checked("a", "x", true);
        w.set_checked("a", "x", false);
        assert!(w.checklist.is_empty());
    }
}
