//! The arithmetic of a negotiation plan: what each figure changes against
//! the current role and the best competing offer, the ask the plan suggests
//! from the target and the market range, and how typed text becomes a
//! change to the plan.
//!
//! Figures are [`Money`] in the offer's currency. A figure from another
//! record (the current role, a competing offer) is compared only when it is
//! in the same currency, or when both records carry the rate the user
//! entered for their currency.
//!
//! ```
//! use crossroads::core::model::PlanLine;
//! use crossroads::core::money::Money;
//! use crossroads::core::negotiation_plan::suggest_ask;
//!
//! let line = PlanLine {
//!     floor: Money::major(60_000, "EUR"),
//!     target: Money::major(64_000, "EUR"),
//!     market_low: Money::major(58_000, "EUR"),
//!     market_high: Money::major(70_000, "EUR"),
//!     ..PlanLine::default()
//! };
//! let s = suggest_ask(&line, "EUR").unwrap();
//! assert_eq!(s.amount, Money::major(68_000, "EUR"));
//! assert!(!s.above_range);
//! ```

use crate::core::model::{
    Compensation, Opportunity, PayPart, PlanLine, Rationale, Settings, TradeOff, TradeOffChoice,
    Workspace,
};
use crate::core::money::{self, percent_change, Money};

/// How much above the target a suggested ask goes, in percent: room to be
/// met part of the way and still land on the target.
pub const ROOM_PERCENT: i64 = 5;

/// The currency an opportunity's figures are in: its own code, or the home
/// currency when it has none.
pub fn currency_of<'a>(opportunity: &'a Opportunity, settings: &'a Settings) -> &'a str {
    match opportunity.compensation.currency.trim() {
        "" => settings.currency.trim(),
        code => code,
    }
}

/// [`currency_of`] the opportunity `id` (the home currency for an unknown id).
pub fn currency_of_id(ws: &Workspace, id: &str) -> String {
    match ws.opportunity(id) {
        Some(o) => currency_of(o, &ws.settings).to_string(),
        None => ws.settings.currency.trim().to_string(),
    }
}

/// What the offer itself pays for `part`, per year for equity (the grant
/// spread evenly over its vesting years), in minor units of the offer's
/// currency as stored.
pub fn offered(c: &Compensation, part: PayPart) -> Money {
    match part {
        PayPart::Base => c.base,
        PayPart::SignOn => c.sign_on,
        PayPart::Bonus => c.target_bonus,
        PayPart::Equity => Money(c.equity.grant.0 / c.equity.schedule().len().max(1) as i64),
        PayPart::Relocation => c.relocation_allowance,
    }
}

/// The parts of the pay a plan for `o` shows: base pay always, the others
/// when the offer includes them or the user already wrote a figure for them.
pub fn parts_in_play(o: &Opportunity) -> Vec<PayPart> {
    PayPart::ALL
        .into_iter()
        .filter(|&part| {
            part == PayPart::Base
                || !offered(&o.compensation, part).is_zero()
                || *o.negotiation.line(part) != PlanLine::default()
        })
        .collect()
}

/// A change from one figure to another.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    /// The difference, negative when the figure is lower.
    pub amount: Money,
    /// The difference in percent of the first figure; `None` when it is zero.
    pub percent: Option<f64>,
}

/// The change from `from` to `to`.
pub fn change(from: Money, to: Money) -> Change {
    Change {
        amount: to.minus(from),
        percent: percent_change(from, to),
    }
}

/// `amount`, held by a record paid in `from` (rate: home units per unit, as
/// the user entered it), in the currency `to` of a record with `to_rate`.
/// `None` when the currencies differ and a rate is missing.
pub fn convert(
    amount: Money,
    (from, from_rate): (&str, Option<f64>),
    (to, to_rate): (&str, Option<f64>),
) -> Option<Money> {
    if from.trim().eq_ignore_ascii_case(to.trim()) {
        return Some(amount);
    }
    let usable = |r: Option<f64>| r.filter(|r| r.is_finite() && *r > 0.0);
    let (a, b) = (usable(from_rate)?, usable(to_rate)?);
    Some(Money::from_major_f64(amount.to_major_f64(from) * a / b, to))
}

/// What `other` pays for `part`, in the currency of `o`.
fn pay_in(
    other: &Opportunity,
    o: &Opportunity,
    part: PayPart,
    settings: &Settings,
) -> Option<Money> {
    let from = currency_of(other, settings);
    let to = currency_of(o, settings);
    // Stored pay is in minor units of the record's own code (hundredths when
    // it has none); the plan's figures are in those of `from` (the home
    // currency then), which differ for a home currency without cents.
    let stored = offered(&other.compensation, part);
    let amount = Money::from_major_f64(stored.to_major_f64(&other.compensation.currency), from);
    if amount.is_zero() {
        return None;
    }
    convert(
        amount,
        (from, other.compensation.exchange_rate),
        (to, o.compensation.exchange_rate),
    )
}

/// The best competing offer for `o`: the other open offer paying the most
/// base (in `o`'s currency), ignoring offers whose pay cannot be compared.
pub fn best_competing<'a>(ws: &'a Workspace, o: &Opportunity) -> Option<&'a Opportunity> {
    ws.opportunities
        .iter()
        .filter(|other| other.id != o.id && other.stage.has_offer())
        .filter_map(|other| Some((pay_in(other, o, PayPart::Base, &ws.settings)?, other)))
        .max_by_key(|(pay, _)| *pay)
        .map(|(_, other)| other)
}

/// A figure of the plan against the current role and the best competing
/// offer, for the same part of the pay.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Against {
    /// Against what the current role pays; `None` when it pays nothing
    /// for this part or cannot be compared.
    pub current: Option<Change>,
    /// Against the best competing offer.
    pub competing: Option<Change>,
}

/// `figure` for `part` of offer `o` against the current role and the best
/// competing offer.
pub fn against(ws: &Workspace, o: &Opportunity, part: PayPart, figure: Money) -> Against {
    if figure.is_zero() {
        return Against::default();
    }
    let versus =
        |other: &Opportunity| pay_in(other, o, part, &ws.settings).map(|x| change(x, figure));
    Against {
        current: versus(&ws.current_role),
        competing: best_competing(ws, o).and_then(versus),
    }
}

/// The ask the plan suggests for one part, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The amount to ask for; never below the floor.
    pub amount: Money,
    /// Why, in plain words.
    pub reasoning: String,
    /// Whether it is above the top of the market range.
    pub above_range: bool,
}

/// Rounds up to a figure people say: the nearest 1,000 from 20,000 up, the
/// nearest 100 below that (in major units of `currency`).
fn round_up(amount: Money, currency: &str) -> Money {
    let step_major = if amount.to_major_f64(currency) >= 20_000.0 {
        1000
    } else {
        100
    };
    let step = Money::major(step_major, currency).0.max(1);
    Money(
        amount
            .0
            .div_euclid(step)
            .saturating_add(i64::from(amount.0 % step != 0))
            * step,
    )
}

/// `(low, high)` of the range, in order; `None` when no top was entered.
fn range(line: &PlanLine) -> Option<(Money, Money)> {
    let (a, b) = (line.market_low, line.market_high);
    match (a.is_zero(), b.is_zero()) {
        (_, true) if a.is_zero() => None,
        (false, true) => Some((a, a)),
        _ => Some((a.min(b), a.max(b))),
    }
}

/// Whether `amount` is above the top of the market range of `line`.
pub fn is_above_range(line: &PlanLine, amount: Money) -> bool {
    range(line).is_some_and(|(_, high)| amount > high)
}

/// The ask the plan suggests for `line`: the target plus [`ROOM_PERCENT`],
/// rounded up, held at the top of the market range when the target is
/// inside it; the top of the range when there is no target; never below
/// the floor. `None` when there is neither a target nor a range.
pub fn suggest_ask(line: &PlanLine, currency: &str) -> Option<Suggestion> {
    suggest_ask_in(line, currency, &|m| message_money(m, currency))
}

/// An amount as a message writes it ("€65,000"): what the plan says when no
/// screen formatter is given.
fn message_money(m: Money, currency: &str) -> String {
    crate::core::studio::negotiation::format_money(m.to_major_f64(currency), currency)
}

/// [`suggest_ask`], with amounts in its reasoning written by `say` (the
/// screen passes the browser's locale formatting).
pub fn suggest_ask_in(
    line: &PlanLine,
    currency: &str,
    say: &dyn Fn(Money) -> String,
) -> Option<Suggestion> {
    let range = range(line);
    let (mut amount, mut reasoning) = match (line.target.is_zero(), range) {
        (true, None) => return None,
        (true, Some((_, high))) => (
            high,
            format!("The top of the market range you found ({}): you can come down from there, not go up.", say(high)),
        ),
        (false, range) => {
            let room = Money(line.target.0.saturating_mul(100 + ROOM_PERCENT) / 100);
            let room = round_up(room, currency);
            match range {
                Some((_, high)) if line.target <= high && room > high => (
                    high,
                    format!("Your target, with room to be met part of the way, held at the top of the market range ({}) so the figure is easy to justify.", say(high)),
                ),
                _ => (
                    room,
                    format!("Your target plus {ROOM_PERCENT}%, rounded up: room to be met part of the way and still reach {}.", say(line.target)),
                ),
            }
        }
    };
    if !line.floor.is_zero() && amount < line.floor {
        amount = line.floor;
        reasoning = "Your floor, because anything lower is an offer you would turn down.".into();
    }
    Some(Suggestion {
        amount,
        reasoning,
        above_range: is_above_range(line, amount),
    })
}

/// What the plan shows under one part's figures, in plain words.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineSummary {
    /// The suggested ask as text ("€68,000"), and why; `None` without a
    /// target or a range.
    pub suggestion: Option<(Money, String, String)>,
    /// A caution when the ask is above the top of the market range.
    pub above_range: Option<String>,
    /// The ask and the target against the current role and the best
    /// competing offer, one line each.
    pub changes: Vec<String>,
}

impl LineSummary {
    /// The summary as the plan lists it under the figures: the suggestion
    /// with its reasoning, the caution, then the changes.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .suggestion
            .iter()
            .map(|(_, amount, why)| format!("Suggested ask: {amount}. {why}"))
            .collect();
        out.extend(self.above_range.iter().cloned());
        out.extend(self.changes.iter().cloned());
        out
    }
}

/// "+€16,150 a year (+32.3%)", or "−€4,000 (−6.1%)" for a one-time part.
pub fn change_words(c: Change, part: PayPart, currency: &str) -> String {
    change_words_in(c, part, &|m| message_money(m, currency))
}

/// [`change_words`], with the amount written by `say`.
pub fn change_words_in(c: Change, part: PayPart, say: &dyn Fn(Money) -> String) -> String {
    let sign = if c.amount.0 < 0 { "−" } else { "+" };
    let money = say(Money(c.amount.0.abs()));
    let per = if part.yearly() { " a year" } else { "" };
    match c.percent {
        // `fixed`, not `{:.1}`: the float formatter costs kilobytes of wasm.
        Some(p) => format!(
            "{sign}{money}{per} ({sign}{}%)",
            crate::core::number::fixed(p.abs(), 1)
        ),
        None => format!("{sign}{money}{per}"),
    }
}

/// The suggestion, the above-range caution and the changes for `part` of
/// the plan of `o`.
pub fn summarise(ws: &Workspace, o: &Opportunity, part: PayPart) -> LineSummary {
    let currency = currency_of(o, &ws.settings);
    summarise_in(ws, o, part, &|m| message_money(m, currency))
}

/// [`summarise`], with every amount written by `say` in the offer's
/// currency (the screen passes the browser's locale formatting).
pub fn summarise_in(
    ws: &Workspace,
    o: &Opportunity,
    part: PayPart,
    say: &dyn Fn(Money) -> String,
) -> LineSummary {
    let currency = currency_of(o, &ws.settings);
    let line = o.negotiation.line(part);
    let suggestion =
        suggest_ask_in(line, currency, say).map(|s| (s.amount, say(s.amount), s.reasoning));
    let above_range = range(line).filter(|_| is_above_range(line, line.ask)).map(|(_, high)| {
        format!(
            "Your ask is above the top of the market range ({}): be ready to say why the role is worth more.",
            say(high)
        )
    });
    let competing = best_competing(ws, o).map(Opportunity::employer_name);
    let mut changes = Vec::new();
    for (name, figure) in [("Your ask", line.ask), ("Your target", line.target)] {
        let a = against(ws, o, part, figure);
        if let Some(c) = a.current {
            changes.push(format!(
                "{name} against your current role: {}",
                change_words_in(c, part, say)
            ));
        }
        if let (Some(c), Some(employer)) = (a.competing, competing) {
            changes.push(format!(
                "{name} against the best competing offer ({employer}): {}",
                change_words_in(c, part, say)
            ));
        }
    }
    LineSummary {
        suggestion,
        above_range,
        changes,
    }
}

/// Which figure of a plan line the user is editing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// The floor.
    Floor,
    /// The target.
    Target,
    /// The ask.
    Ask,
    /// The low end of the market range.
    MarketLow,
    /// The high end of the market range.
    MarketHigh,
}

impl Figure {
    /// Every figure, in the order the plan shows them.
    pub const ALL: [Figure; 5] = [
        Figure::Floor,
        Figure::Target,
        Figure::Ask,
        Figure::MarketLow,
        Figure::MarketHigh,
    ];

    /// The field's label.
    pub fn label(self) -> &'static str {
        match self {
            Figure::Floor => "Your floor (private)",
            Figure::Target => "Your target (private)",
            Figure::Ask => "Your ask",
            Figure::MarketLow => "Market range: low",
            Figure::MarketHigh => "Market range: high",
        }
    }

    /// A stable name for field ids.
    pub fn slug(self) -> &'static str {
        match self {
            Figure::Floor => "floor",
            Figure::Target => "target",
            Figure::Ask => "ask",
            Figure::MarketLow => "low",
            Figure::MarketHigh => "high",
        }
    }

    /// The amount in `line`.
    pub fn of(self, line: &PlanLine) -> Money {
        match self {
            Figure::Floor => line.floor,
            Figure::Target => line.target,
            Figure::Ask => line.ask,
            Figure::MarketLow => line.market_low,
            Figure::MarketHigh => line.market_high,
        }
    }

    fn of_mut(self, line: &mut PlanLine) -> &mut Money {
        match self {
            Figure::Floor => &mut line.floor,
            Figure::Target => &mut line.target,
            Figure::Ask => &mut line.ask,
            Figure::MarketLow => &mut line.market_low,
            Figure::MarketHigh => &mut line.market_high,
        }
    }
}

/// Applies a figure typed for `part` of the plan of opportunity `id`,
/// read by the one money parser in the offer's currency (empty clears it).
/// Unknown ids change nothing; text that is not an amount changes nothing
/// and says why.
pub fn set_figure(
    ws: &mut Workspace,
    id: &str,
    part: PayPart,
    figure: Figure,
    text: &str,
) -> Result<(), &'static str> {
    let currency = currency_of_id(ws, id);
    let Some(o) = ws.opportunity_mut(id) else {
        return Ok(());
    };
    let amount = money::parse(text, &currency)?;
    *figure.of_mut(o.negotiation.line_mut(part)) = amount;
    Ok(())
}

/// Sets where the market range for `part` came from (kept on one line).
pub fn set_market_source(ws: &mut Workspace, id: &str, part: PayPart, text: &str) {
    if let Some(o) = ws.opportunity_mut(id) {
        o.negotiation.line_mut(part).market_source = text.replace(['\n', '\r'], " ");
    }
}

/// Sets the reason the counter-proposal gives. Choosing a competing offer
/// picks the best one until the user picks another.
pub fn set_rationale(ws: &mut Workspace, id: &str, rationale: Rationale) {
    let best = ws
        .opportunity(id)
        .and_then(|o| best_competing(ws, o))
        .map(|b| b.id.clone());
    if let Some(o) = ws.opportunity_mut(id) {
        o.negotiation.rationale = rationale;
        if rationale == Rationale::CompetingOffer && o.negotiation.competing_id.is_empty() {
            o.negotiation.competing_id = best.unwrap_or_default();
        }
    }
}

/// The other open offers a counter-proposal to `o` may point at, as
/// `(id, title)`.
pub fn competing_choices(ws: &Workspace, o: &Opportunity) -> Vec<(String, String)> {
    ws.opportunities
        .iter()
        .filter(|other| other.id != o.id && other.stage.has_offer())
        .map(|other| (other.id.clone(), other.title()))
        .collect()
}

/// The competing offer the plan of `o` points at, if it is still another
/// open offer in the workspace.
pub fn chosen_competing<'a>(ws: &'a Workspace, o: &Opportunity) -> Option<&'a Opportunity> {
    if o.negotiation.rationale != Rationale::CompetingOffer {
        return None;
    }
    ws.opportunities.iter().find(|other| {
        other.id == o.negotiation.competing_id && other.id != o.id && other.stage.has_offer()
    })
}

/// Chooses (or with `on` false, drops) a trade-off, keeping its detail.
pub fn set_trade_off(ws: &mut Workspace, id: &str, kind: TradeOff, on: bool) {
    let Some(o) = ws.opportunity_mut(id) else {
        return;
    };
    let list = &mut o.negotiation.trade_offs;
    match (on, list.iter().position(|t| t.kind == kind)) {
        (true, None) => list.push(TradeOffChoice {
            kind,
            detail: String::new(),
        }),
        (false, Some(at)) => {
            list.remove(at);
        }
        _ => {}
    }
}

/// Sets the specifics of a chosen trade-off (choosing it if needed), on one
/// line.
pub fn set_trade_off_detail(ws: &mut Workspace, id: &str, kind: TradeOff, text: &str) {
    set_trade_off(ws, id, kind, true);
    if let Some(t) = ws
        .opportunity_mut(id)
        .and_then(|o| o.negotiation.trade_offs.iter_mut().find(|t| t.kind == kind))
    {
        t.detail = text.replace(['\n', '\r'], " ");
    }
}

/// Sets what about the scope justifies the ask (one line).
pub fn set_scope(ws: &mut Workspace, id: &str, text: &str) {
    if let Some(o) = ws.opportunity_mut(id) {
        o.negotiation.scope = text.replace(['\n', '\r'], " ");
    }
}

/// Points the competing-offer reason at opportunity `competing_id`.
pub fn set_competing(ws: &mut Workspace, id: &str, competing_id: &str) {
    if let Some(o) = ws.opportunity_mut(id) {
        o.negotiation.competing_id = competing_id.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_up_goes_to_a_figure_people_say() {
        for (minor, currency, want) in [
            (6_720_000, "EUR", 6_800_000),
            (6_800_000, "EUR", 6_800_000),
            (1_234_500, "EUR", 1_240_000),
            (8_123_456, "JPY", 8_124_000),
            (0, "EUR", 0),
        ] {
            assert_eq!(
                round_up(Money(minor), currency),
                Money(want),
                "{minor} {currency}"
            );
        }
    }
}
