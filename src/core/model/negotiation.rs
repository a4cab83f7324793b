//! The negotiation plan for one offer: for each part of the pay the user's
//! floor (private), target and ask, a market range and where it came from;
//! the reason the counter-proposal gives; and what to propose instead when
//! base pay cannot move.
//!
//! Every amount is [`Money`] in the offer's currency. What the message may
//! say is decided in the studio: the ask, the rationale picked and the
//! trade-offs. The floor and the target stay with the user.

use crate::core::money::Money;
use serde::{Deserialize, Serialize};

/// A part of the pay a plan can hold figures for.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum PayPart {
    /// Base pay per year.
    Base,
    /// A one-time sign-on payment.
    SignOn,
    /// The target bonus per year.
    Bonus,
    /// Equity vesting per year.
    Equity,
    /// A one-time relocation allowance.
    Relocation,
}

impl PayPart {
    /// Every part, base first.
    pub const ALL: [PayPart; 5] = [
        PayPart::Base,
        PayPart::SignOn,
        PayPart::Bonus,
        PayPart::Equity,
        PayPart::Relocation,
    ];

    /// The part's name on screen.
    pub fn label(self) -> &'static str {
        match self {
            PayPart::Base => "Base pay",
            PayPart::SignOn => "Sign-on payment",
            PayPart::Bonus => "Bonus",
            PayPart::Equity => "Equity",
            PayPart::Relocation => "Relocation allowance",
        }
    }

    /// A stable name for field ids and stored keys (`"sign_on"`).
    pub fn slug(self) -> &'static str {
        match self {
            PayPart::Base => "base",
            PayPart::SignOn => "sign_on",
            PayPart::Bonus => "bonus",
            PayPart::Equity => "equity",
            PayPart::Relocation => "relocation",
        }
    }

    /// Whether the amount is paid every year (base, bonus, equity) rather
    /// than once (sign-on, relocation).
    pub fn yearly(self) -> bool {
        matches!(self, PayPart::Base | PayPart::Bonus | PayPart::Equity)
    }
}

/// The user's figures for one part of the pay. Zero means "not entered".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct PlanLine {
    /// The least the user would take. Private: never in a message.
    pub floor: Money,
    /// What the user hopes to settle on. Private unless it is also the ask.
    pub target: Money,
    /// What the user asks for; the counter-proposal states it.
    pub ask: Money,
    /// The low end of the market range the user found.
    pub market_low: Money,
    /// The high end of that range.
    pub market_high: Money,
    /// Where the range came from, in the user's words (a survey, a recruiter,
    /// a friend in the field). Private: only the range may be said.
    pub market_source: String,
}

/// The short reason the counter-proposal gives for the ask.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Rationale {
    /// Not chosen yet: the message states the ask without a reason.
    #[default]
    None,
    /// The market range for similar roles.
    MarketRange,
    /// The scope of the role as discussed.
    Scope,
    /// A competing offer (disclosed because the user chose it).
    CompetingOffer,
}

impl Rationale {
    /// Every rationale, in the order the plan offers them.
    pub const ALL: [Rationale; 4] = [
        Rationale::None,
        Rationale::MarketRange,
        Rationale::Scope,
        Rationale::CompetingOffer,
    ];

    /// A short label for a picker.
    pub fn label(self) -> &'static str {
        match self {
            Rationale::None => "No reason, just the figure",
            Rationale::MarketRange => "The market range for similar roles",
            Rationale::Scope => "The scope of the role",
            Rationale::CompetingOffer => "A competing offer",
        }
    }

    /// A stable name for a picker's value.
    pub fn slug(self) -> &'static str {
        match self {
            Rationale::None => "none",
            Rationale::MarketRange => "market_range",
            Rationale::Scope => "scope",
            Rationale::CompetingOffer => "competing_offer",
        }
    }
}

/// Something to propose when base pay cannot move.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
pub enum TradeOff {
    /// A sign-on payment.
    SignOn,
    /// An early pay review.
    ReviewDate,
    /// A different start date.
    StartDate,
    /// More days working from home.
    RemoteDays,
    /// A different job title.
    Title,
    /// Relocation support.
    Relocation,
    /// More paid leave.
    ExtraLeave,
}

impl TradeOff {
    /// Every trade-off, in the order the plan offers them.
    pub const ALL: [TradeOff; 7] = [
        TradeOff::SignOn,
        TradeOff::ReviewDate,
        TradeOff::StartDate,
        TradeOff::RemoteDays,
        TradeOff::Title,
        TradeOff::Relocation,
        TradeOff::ExtraLeave,
    ];

    /// A short label for a checkbox.
    pub fn label(self) -> &'static str {
        match self {
            TradeOff::SignOn => "A sign-on payment",
            TradeOff::ReviewDate => "An early pay review",
            TradeOff::StartDate => "A different start date",
            TradeOff::RemoteDays => "More days from home",
            TradeOff::Title => "A different title",
            TradeOff::Relocation => "Relocation support",
            TradeOff::ExtraLeave => "Extra paid leave",
        }
    }

    /// A stable name for field ids.
    pub fn slug(self) -> &'static str {
        match self {
            TradeOff::SignOn => "sign_on",
            TradeOff::ReviewDate => "review_date",
            TradeOff::StartDate => "start_date",
            TradeOff::RemoteDays => "remote_days",
            TradeOff::Title => "title",
            TradeOff::Relocation => "relocation",
            TradeOff::ExtraLeave => "extra_leave",
        }
    }
}

/// One trade-off the user chose, with its detail in their words ("after six
/// months", "Senior Analyst"); empty for the app's wording.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(default)]
pub struct TradeOffChoice {
    /// What to propose.
    pub kind: TradeOff,
    /// The specifics, as they would read in a sentence.
    pub detail: String,
}

impl Default for TradeOffChoice {
    fn default() -> Self {
        TradeOffChoice {
            kind: TradeOff::SignOn,
            detail: String::new(),
        }
    }
}

/// The negotiation plan for one offer.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Default)]
#[serde(default)]
pub struct NegotiationPlan {
    /// Base pay per year.
    pub base: PlanLine,
    /// A one-time sign-on payment.
    pub sign_on: PlanLine,
    /// The target bonus per year.
    pub bonus: PlanLine,
    /// Equity vesting per year.
    pub equity: PlanLine,
    /// A one-time relocation allowance.
    pub relocation: PlanLine,
    /// The reason the counter-proposal gives.
    pub rationale: Rationale,
    /// What about the scope justifies the ask, in the user's words, for
    /// [`Rationale::Scope`] ("leading the new data platform").
    pub scope: String,
    /// The competing offer behind [`Rationale::CompetingOffer`]: another
    /// opportunity's id. Its employer is named only if the user chooses to.
    pub competing_id: String,
    /// What to propose if base pay cannot move, in the user's order.
    pub trade_offs: Vec<TradeOffChoice>,
}

impl NegotiationPlan {
    /// The figures for `part`.
    pub fn line(&self, part: PayPart) -> &PlanLine {
        match part {
            PayPart::Base => &self.base,
            PayPart::SignOn => &self.sign_on,
            PayPart::Bonus => &self.bonus,
            PayPart::Equity => &self.equity,
            PayPart::Relocation => &self.relocation,
        }
    }

    /// The figures for `part`, to change.
    pub fn line_mut(&mut self, part: PayPart) -> &mut PlanLine {
        match part {
            PayPart::Base => &mut self.base,
            PayPart::SignOn => &mut self.sign_on,
            PayPart::Bonus => &mut self.bonus,
            PayPart::Equity => &mut self.equity,
            PayPart::Relocation => &mut self.relocation,
        }
    }

    /// The trade-off of `kind`, if chosen.
    pub fn trade_off(&self, kind: TradeOff) -> Option<&TradeOffChoice> {
        self.trade_offs.iter().find(|t| t.kind == kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_round_trips_and_loads_from_nothing() {
        let mut plan = NegotiationPlan::default();
        plan.base.ask = Money(6_500_000);
        plan.rationale = Rationale::CompetingOffer;
        plan.trade_offs.push(TradeOffChoice {
            kind: TradeOff::ReviewDate,
            detail: "after six months".into(),
        });
        let json = serde_json::to_string(&plan).unwrap();
        assert!(json.contains(r#""ask":6500000"#), "{json}");
        assert!(json.contains(r#""kind":"review_date""#), "{json}");
        assert_eq!(
            serde_json::from_str::<NegotiationPlan>(&json).unwrap(),
            plan
        );
        assert_eq!(
            serde_json::from_str::<NegotiationPlan>("{}").unwrap(),
            NegotiationPlan::default()
        );
    }

    #[test]
    fn every_part_has_its_own_line() {
        let mut plan = NegotiationPlan::default();
        for (i, part) in PayPart::ALL.into_iter().enumerate() {
            plan.line_mut(part).ask = Money(i as i64 + 1);
        }
        for (i, part) in PayPart::ALL.into_iter().enumerate() {
            assert_eq!(plan.line(part).ask, Money(i as i64 + 1), "{part:?}");
        }
    }
}
