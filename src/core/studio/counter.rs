//! The counter-proposal and its replies, in the employer's terms: what the
//! negotiation plan lets a message say, and the sentences built from it.
//!
//! A message says the asks, the market range when the user picked it as the
//! reason, the scope in the user's words, a competing offer (named only when
//! the user chose to name it), and the trade-offs chosen. It never says the
//! floor, the target, where the range came from, or the competing offer's
//! figures: nothing here reads them.

use super::fields::{placeholder, MessageFields};
use super::negotiation::format_money;
use crate::core::model::{Opportunity, PayPart, Rationale, TradeOff, TradeOffChoice};
use crate::core::money::Money;
use crate::core::text::join_words;

/// "€64,000" for an amount of the plan.
fn said(amount: Money, currency: &str) -> String {
    format_money(amount.to_major_f64(currency), currency)
}

/// The ask for one part of the pay, as a message says it.
fn ask_words(part: PayPart, amount: &str) -> String {
    match part {
        PayPart::Base => format!("a base salary of {amount}"),
        PayPart::SignOn => format!("a sign-on payment of {amount}"),
        PayPart::Bonus => format!("a target bonus of {amount} a year"),
        PayPart::Equity => format!("equity worth {amount} a year"),
        PayPart::Relocation => format!("a relocation allowance of {amount}"),
    }
}

/// The asks of `o`'s plan, base first, each as the message says it.
pub fn asks(o: &Opportunity, currency: &str) -> Vec<String> {
    PayPart::ALL
        .into_iter()
        .filter(|&part| !o.negotiation.line(part).ask.is_zero())
        .map(|part| ask_words(part, &said(o.negotiation.line(part).ask, currency)))
        .collect()
}

/// The market range for base pay as a message says it, or empty.
pub fn market_range(o: &Opportunity, currency: &str) -> String {
    let line = &o.negotiation.base;
    let (low, high) = (
        line.market_low.min(line.market_high),
        line.market_low.max(line.market_high),
    );
    match (low.is_zero(), high.is_zero()) {
        (_, true) => String::new(),
        (true, false) => format!("up to {}", said(high, currency)),
        (false, false) if low == high => format!("around {}", said(high, currency)),
        (false, false) => format!(
            "between {} and {}",
            said(low, currency),
            said(high, currency)
        ),
    }
}

/// One trade-off as a message proposes it. Sign-on and relocation use the
/// plan's ask for them when there is one.
fn trade_off_words(choice: &TradeOffChoice, o: &Opportunity, currency: &str) -> String {
    let detail = choice.detail.trim().trim_end_matches('.').trim();
    let planned = |part: PayPart| {
        let ask = o.negotiation.line(part).ask;
        (!ask.is_zero()).then(|| said(ask, currency))
    };
    match (choice.kind, detail) {
        (TradeOff::SignOn, "") => match planned(PayPart::SignOn) {
            Some(amount) => format!("a sign-on payment of {amount}"),
            None => "a sign-on payment".into(),
        },
        (TradeOff::SignOn, d) => format!("a sign-on payment ({d})"),
        (TradeOff::ReviewDate, "") => "an early pay review".into(),
        (TradeOff::ReviewDate, d) => format!("a pay review {d}"),
        (TradeOff::StartDate, "") => "some flexibility on the start date".into(),
        (TradeOff::StartDate, d) => format!("a start date of {d}"),
        (TradeOff::RemoteDays, "") => "more days working from home".into(),
        (TradeOff::RemoteDays, d) => format!("working from home {d}"),
        (TradeOff::Title, "") => "a title that matches the scope".into(),
        (TradeOff::Title, d) => format!("the title {d}"),
        (TradeOff::Relocation, "") => match planned(PayPart::Relocation) {
            Some(amount) => format!("a relocation allowance of {amount}"),
            None => "help with relocation".into(),
        },
        (TradeOff::Relocation, d) => format!("help with relocation ({d})"),
        (TradeOff::ExtraLeave, "") => "extra paid leave".into(),
        (TradeOff::ExtraLeave, d) => format!("extra paid leave ({d})"),
    }
}

/// The trade-offs of `o`'s plan, in the user's order, as a message says them.
pub fn trade_offs(o: &Opportunity, currency: &str) -> Vec<String> {
    o.negotiation
        .trade_offs
        .iter()
        .map(|t| trade_off_words(t, o, currency))
        .collect()
}

/// Writes what the plan of `o` lets a message say into `fields`.
pub fn write_plan(fields: &mut MessageFields, o: &Opportunity, currency: &str) {
    fields.counter_asks = asks(o, currency);
    fields.counter_rationale = o.negotiation.rationale;
    fields.market_range = market_range(o, currency);
    fields.scope = o.negotiation.scope.trim().trim_end_matches('.').to_string();
    fields.trade_offs = trade_offs(o, currency);
}

/// The reason sentence, followed by a space; empty when none was picked.
pub fn rationale_sentence(fields: &MessageFields) -> String {
    let sentence = match fields.counter_rationale {
        Rationale::None => return String::new(),
        Rationale::MarketRange => match fields.market_range.trim() {
            "" => "From what I have found, that is in line with similar roles.".to_string(),
            range => format!("From what I have found, similar roles pay {range}."),
        },
        Rationale::Scope => match fields.scope.trim() {
            "" => "It reflects the scope of the role as we discussed it.".to_string(),
            scope => format!("It reflects the scope we discussed: {scope}."),
        },
        Rationale::CompetingOffer => {
            let offer = fields
                .other_offer()
                .unwrap_or_else(|| placeholder("other_offer"));
            format!(
                "I have {offer} for a comparable role, and I would much rather make this one work."
            )
        }
    };
    sentence + " "
}

/// The trade-offs, offered in case base pay cannot move, followed by a
/// space; empty when none were chosen.
pub fn trade_off_clause(fields: &MessageFields) -> String {
    match join_words(&fields.trade_offs) {
        list if list.is_empty() => String::new(),
        list => format!("If base pay cannot move that far, I would also be open to {list}. "),
    }
}

/// After they met part of the ask: the trade-offs to close the rest, or a
/// question about further room.
pub fn bridge(fields: &MessageFields) -> String {
    match join_words(&fields.trade_offs) {
        list if list.is_empty() => "Is there any further room on base pay?".to_string(),
        list => format!("If base pay cannot move further, could we close the rest with {list}?"),
    }
}

/// After they said no: the trade-offs instead, or time to think it over.
pub fn no_bridge(fields: &MessageFields) -> String {
    match (join_words(&fields.trade_offs), fields.deadline.trim()) {
        (list, _) if !list.is_empty() => {
            format!("Would you be open to {list} instead?")
        }
        (_, "") => {
            "I will think it over and send you my answer by the end of the week.".to_string()
        }
        (_, date) => format!("I will think it over and reply by {date}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::PlanLine;

    fn with_plan(base: PlanLine) -> Opportunity {
        let mut o = Opportunity::new("a");
        o.negotiation.base = base;
        o
    }

    #[test]
    fn the_market_range_reads_in_order_whatever_was_typed() {
        let m = |x: i64| Money::major(x, "EUR");
        let rows = [
            (0, 0, ""),
            (60_000, 70_000, "between €60,000 and €70,000"),
            (70_000, 60_000, "between €60,000 and €70,000"),
            (0, 70_000, "up to €70,000"),
            (65_000, 65_000, "around €65,000"),
        ];
        for (low, high, want) in rows {
            let o = with_plan(PlanLine {
                market_low: m(low),
                market_high: m(high),
                ..PlanLine::default()
            });
            assert_eq!(market_range(&o, "EUR"), want, "{low}–{high}");
        }
    }

    #[test]
    fn trade_offs_take_the_users_detail_or_the_plans_figure() {
        let mut o = Opportunity::new("a");
        o.negotiation.sign_on.ask = Money::major(5_000, "EUR");
        for (kind, detail) in [
            (TradeOff::SignOn, ""),
            (TradeOff::ReviewDate, "after six months."),
            (TradeOff::RemoteDays, "two days a week"),
            (TradeOff::Title, ""),
        ] {
            o.negotiation.trade_offs.push(TradeOffChoice {
                kind,
                detail: detail.into(),
            });
        }
        assert_eq!(
            trade_offs(&o, "EUR"),
            [
                "a sign-on payment of €5,000",
                "a pay review after six months",
                "working from home two days a week",
                "a title that matches the scope",
            ]
        );
    }
}
