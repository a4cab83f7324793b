//! What a negotiation raises, stated in the employer's terms.
//!
//! The user decides what can be raised: a criterion they marked
//! [`negotiable`](crate::core::model::Priority::negotiable) is raised when the
//! engine's negotiation points at it (by criterion id only) or when they wrote
//! an [`Ask`] for it. Each item is said as the ask itself — "a base salary of
//! €65,000", "more days working from home" — with the one-line reason the
//! user wrote, if any.
//!
//! The engine's gap labels ("Base pay: 52000, below your floor of 60000", a
//! concern's own words) are for the user's eyes: nothing here reads them, so
//! they cannot reach a draft.
//!
//! ```
//! use crossroads::core::studio::negotiation::format_money;
//!
//! assert_eq!(format_money(65_000.0, "EUR"), "€65,000");
//! assert_eq!(format_money(120_000.0, "CHF"), "CHF 120,000");
//! ```

use super::fields::MessageFields;
use crate::core::model::{
    criterion, Ask, Axis, Opportunity, PayPart, Priority, Settings, Workspace,
};
use crate::core::money::{self, field_text};
use crate::core::number::whole;
use crate::core::recommend::Action;
use crate::core::text::lowercase_first;

/// One thing to raise with the employer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NegotiationItem {
    /// The criterion it is about.
    pub criterion_id: String,
    /// The criterion's name, as the user calls it (for the screen, not the message).
    pub name: String,
    /// The ask, as the message says it: "a base salary of €65,000".
    pub ask: String,
    /// The user's one-line reason, trimmed, without a final full stop; empty for none.
    pub reason: String,
    /// Whether the engine's negotiation points at this criterion (rather than
    /// only the user's own ask).
    pub from_gap: bool,
    /// Whether an amount of money makes sense for it (pay, rewards, a
    /// relocation or learning budget, a custom pay criterion).
    pub takes_amount: bool,
}

/// The currency an opportunity's figures are in: its own code, or the home
/// currency when it has none.
pub fn offer_currency<'a>(opportunity: &'a Opportunity, settings: &'a Settings) -> &'a str {
    crate::core::negotiation_plan::currency_of(opportunity, settings)
}

/// The part of the negotiation plan that holds the amount for a criterion's
/// ask: base pay and relocation keep their figures in the plan, beside the
/// floor and the target; every other criterion keeps its amount in its ask.
pub fn planned_part(criterion_id: &str) -> Option<PayPart> {
    match criterion_id {
        criterion::BASE_PAY => Some(PayPart::Base),
        criterion::MOBILITY => Some(PayPart::Relocation),
        _ => None,
    }
}

/// The amount asked for on `criterion_id`, in major units of `currency`:
/// from the plan for base pay and relocation, else from the ask.
pub fn ask_amount(opportunity: &Opportunity, criterion_id: &str, currency: &str) -> Option<f64> {
    match planned_part(criterion_id) {
        Some(part) => {
            let ask = opportunity.negotiation.line(part).ask;
            (!ask.is_zero()).then(|| ask.to_major_f64(currency))
        }
        None => opportunity
            .asks
            .get(criterion_id)
            .and_then(|a| a.amount)
            .map(|m| m.to_major_f64(currency)),
    }
}

/// The amount asked for on `criterion_id` as its form field shows it.
pub fn ask_amount_text(opportunity: &Opportunity, criterion_id: &str, currency: &str) -> String {
    match planned_part(criterion_id) {
        Some(part) => field_text(opportunity.negotiation.line(part).ask, currency),
        None => ask_amount(opportunity, criterion_id, currency)
            .map(crate::core::number::money)
            .unwrap_or_default(),
    }
}

/// An amount as a message writes money, in whole units with thousands
/// separators: "€65,000", "$90,000", "£55,000", "¥6,500,000", "CHF 120,000".
/// A code without a common symbol goes first, as English business writing
/// does; an empty or malformed code gives the bare number ("65,000").
pub fn format_money(amount: f64, currency: &str) -> String {
    let rounded = whole(amount);
    let sign = if rounded < 0 { "-" } else { "" };
    let digits = grouped(rounded.unsigned_abs());
    let code = currency.trim().to_ascii_uppercase();
    let symbol = match code.as_str() {
        "EUR" => Some('€'),
        "USD" => Some('$'),
        "GBP" => Some('£'),
        "JPY" => Some('¥'),
        "INR" => Some('₹'),
        _ => None,
    };
    match symbol {
        Some(symbol) => format!("{sign}{symbol}{digits}"),
        None if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) => {
            format!("{code} {sign}{digits}")
        }
        None => format!("{sign}{digits}"),
    }
}

/// 1234567 → "1,234,567".
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Whether the default criteria include `id`.
fn is_default(id: &str) -> bool {
    use criterion::*;
    [
        RESPONSIBILITIES,
        TRAJECTORY,
        BASE_PAY,
        TOTAL_REWARDS,
        MANAGER_TEAM,
        CULTURE,
        FLEXIBILITY,
        LOCATION,
        LEARNING,
        EMPLOYMENT,
        MOBILITY,
        WORK_LIFE,
    ]
    .contains(&id)
}

/// Whether an amount of money makes sense as the ask for `priority`.
pub fn takes_amount(priority: &Priority) -> bool {
    use criterion::*;
    match priority.id.as_str() {
        BASE_PAY | TOTAL_REWARDS | MOBILITY | LEARNING => true,
        id => !is_default(id) && priority.axis == Axis::Compensation,
    }
}

/// What to ask for on a default criterion when the user wrote nothing, in
/// the words an employer uses; `None` for a criterion of the user's own.
pub fn default_term(criterion_id: &str) -> Option<&'static str> {
    use criterion::*;
    Some(match criterion_id {
        BASE_PAY => "a higher base salary",
        TOTAL_REWARDS => "a larger bonus or equity grant",
        FLEXIBILITY => "more days working from home",
        LOCATION => "help with the commute, such as a travel allowance",
        MOBILITY => "relocation support",
        EMPLOYMENT => "a direct, permanent contract",
        LEARNING => "a learning budget",
        RESPONSIBILITIES => "a clearer scope for the role",
        TRAJECTORY => "a clear path to the next level",
        MANAGER_TEAM => "more time with my future manager and team before I start",
        CULTURE => "a conversation about how the team works day to day",
        WORK_LIFE => "more predictable working hours",
        _ => return None,
    })
}

/// The ask for `priority` as the message says it: `amount` in `currency`
/// when the criterion takes one and the user gave one, else the user's own
/// term, else the app's wording for the criterion.
pub fn ask_phrase(
    priority: &Priority,
    ask: Option<&Ask>,
    amount: Option<f64>,
    currency: &str,
) -> String {
    let amount = amount.filter(|x| x.is_finite() && *x > 0.0 && takes_amount(priority));
    if let Some(amount) = amount {
        let money = format_money(amount, currency);
        return match priority.id.as_str() {
            criterion::BASE_PAY => format!("a base salary of {money}"),
            criterion::TOTAL_REWARDS => format!("{money} a year in bonus and equity"),
            criterion::MOBILITY => format!("a relocation allowance of {money}"),
            criterion::LEARNING => format!("a learning budget of {money} a year"),
            _ => {
                let name = lowercase_first(&priority.name);
                format!("{} of {money}", with_article(&name))
            }
        };
    }
    let term = ask.map_or("", |a| trim_sentence(&a.term));
    if !term.is_empty() {
        return term.to_string();
    }
    match default_term(&priority.id) {
        Some(term) => term.to_string(),
        None => format!("a change to {}", with_the(&lowercase_first(&priority.name))),
    }
}

/// The items a negotiation with `opportunity` raises, in order: the
/// criteria the engine's negotiation points at (`action`, most important
/// first), then the other criteria the user wrote an ask for, in priority
/// order. Only criteria marked negotiable are raised, each once.
pub fn items_to_raise(
    workspace: &Workspace,
    opportunity: &Opportunity,
    action: Option<&Action>,
) -> Vec<NegotiationItem> {
    let from_gaps: Vec<&str> = match action {
        Some(Action::Negotiate { gaps, .. }) => gaps
            .iter()
            .filter_map(|gap| gap.criterion_id.as_deref())
            .collect(),
        _ => Vec::new(),
    };
    let priorities = &workspace.priorities;
    let currency = offer_currency(opportunity, &workspace.settings);
    let asked = priorities
        .criteria
        .iter()
        .filter(|p| opportunity.asks.contains_key(&p.id))
        .map(|p| p.id.as_str());
    let mut items: Vec<NegotiationItem> = Vec::new();
    for id in from_gaps.iter().copied().chain(asked) {
        let Some(priority) = priorities.get(id).filter(|p| p.negotiable) else {
            continue;
        };
        if items.iter().any(|item| item.criterion_id == id) {
            continue;
        }
        let ask = opportunity.asks.get(id);
        items.push(NegotiationItem {
            criterion_id: id.to_string(),
            name: priority.name.trim().to_string(),
            ask: ask_phrase(
                priority,
                ask,
                ask_amount(opportunity, id, currency),
                currency,
            ),
            reason: ask.map_or("", |a| trim_sentence(&a.reason)).to_string(),
            from_gap: from_gaps.contains(&id),
            takes_amount: takes_amount(priority),
        });
    }
    items
}

/// Writes the items into the fields a negotiation is drafted from: each ask
/// as an item to negotiate, its reason beside it, and whether there is a
/// move to mention.
pub fn write_asks(fields: &mut MessageFields, items: &[NegotiationItem], international_move: bool) {
    fields.items_to_negotiate = items.iter().map(|item| item.ask.clone()).collect();
    // `extend` inserts one by one; `collect` into a map would compile in a
    // sort of its own for this element type.
    fields.ask_reasons.clear();
    fields.ask_reasons.extend(
        items
            .iter()
            .filter(|item| !item.reason.is_empty())
            .map(|item| (item.ask.clone(), item.reason.clone())),
    );
    fields.international_move = international_move;
}

/// The negotiable criteria the user could still add an ask for: those not
/// already raised, in priority order, as `(id, name)`.
pub fn more_to_ask(workspace: &Workspace, raised: &[NegotiationItem]) -> Vec<(String, String)> {
    workspace
        .priorities
        .criteria
        .iter()
        .filter(|p| p.negotiable && !raised.iter().any(|item| item.criterion_id == p.id))
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect()
}

/// Which part of an [`Ask`] the user is editing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskPart {
    /// The amount, typed as a number.
    Amount,
    /// The ask in words.
    Term,
    /// The one-line reason.
    Reason,
}

/// Applies what the user typed into one part of the ask for `criterion_id`,
/// creating the ask if needed. An amount must read as money in `currency`
/// (empty clears it); for base pay and relocation it goes into the
/// negotiation plan ([`planned_part`]). A term or reason is kept as typed,
/// on one line. Returns what to tell the user when the text cannot be used,
/// and then changes nothing.
pub fn edit_ask(
    opportunity: &mut Opportunity,
    criterion_id: &str,
    part: AskPart,
    text: &str,
    currency: &str,
) -> Result<(), &'static str> {
    let amount = match part {
        AskPart::Amount => Some(money::parse(text, currency)?),
        AskPart::Term | AskPart::Reason => None,
    };
    if let (Some(amount), Some(line)) = (amount, planned_part(criterion_id)) {
        opportunity.negotiation.line_mut(line).ask = amount;
    }
    let ask = opportunity
        .asks
        .entry(criterion_id.to_string())
        .or_default();
    let one_line = || text.replace(['\n', '\r'], " ");
    match (part, amount) {
        (AskPart::Amount, Some(amount)) if planned_part(criterion_id).is_none() => {
            ask.amount = (!amount.is_zero()).then_some(amount);
        }
        (AskPart::Amount, _) => {}
        (AskPart::Term, _) => ask.term = one_line(),
        (AskPart::Reason, _) => ask.reason = one_line(),
    }
    Ok(())
}

/// The studio's edit of one part of an ask for opportunity `opportunity_id`
/// (see [`edit_ask`]). From then on the asks decide the items to negotiate,
/// so a list the user once typed into the draft's "What to negotiate" field
/// is dropped rather than left to override them. Unknown ids change nothing.
pub fn set_ask(
    workspace: &mut Workspace,
    opportunity_id: &str,
    criterion_id: &str,
    part: AskPart,
    text: &str,
) -> Result<(), &'static str> {
    let currency = crate::core::negotiation_plan::currency_of_id(workspace, opportunity_id);
    let Some(opportunity) = workspace.opportunity_mut(opportunity_id) else {
        return Ok(());
    };
    edit_ask(opportunity, criterion_id, part, text, &currency)?;
    drop_typed_items(workspace, opportunity_id);
    Ok(())
}

/// Starts raising `criterion_id` with an empty ask (the app's wording until
/// the user writes their own), or stops raising it with `raise` false.
pub fn set_raised(
    workspace: &mut Workspace,
    opportunity_id: &str,
    criterion_id: &str,
    raise: bool,
) {
    let Some(opportunity) = workspace.opportunity_mut(opportunity_id) else {
        return;
    };
    if raise {
        opportunity
            .asks
            .entry(criterion_id.to_string())
            .or_default();
    } else {
        opportunity.asks.remove(criterion_id);
    }
    drop_typed_items(workspace, opportunity_id);
}

fn drop_typed_items(workspace: &mut Workspace, opportunity_id: &str) {
    if let Some(details) = workspace.message_details.get_mut(opportunity_id) {
        details.remove("items_to_negotiate");
        if details.is_empty() {
            workspace.message_details.remove(opportunity_id);
        }
    }
}

/// Determiners a name may already start with, so no article is added.
const DETERMINERS: [&str; 9] = [
    "a", "an", "the", "my", "our", "your", "more", "some", "extra",
];

fn starts_with_determiner(noun: &str) -> bool {
    let first = noun.split_whitespace().next().unwrap_or("");
    DETERMINERS.iter().any(|d| first.eq_ignore_ascii_case(d))
}

/// "sign-on bonus" → "a sign-on bonus", "equity grant" → "an equity grant".
fn with_article(noun: &str) -> String {
    if starts_with_determiner(noun) {
        return noun.to_string();
    }
    let vowel = noun
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

/// "team size" → "the team size"; "my commute" stays.
fn with_the(noun: &str) -> String {
    if starts_with_determiner(noun) {
        noun.to_string()
    } else {
        format!("the {noun}")
    }
}

/// Trimmed, without a final full stop: the text goes inside a sentence.
fn trim_sentence(text: &str) -> &str {
    text.trim().trim_end_matches('.').trim_end()
}

/// The sentence a negotiation adds when the job means moving country,
/// followed by a space so the next sentence can follow it; empty for a local
/// job, which has no move to talk about.
pub fn move_clause(international_move: bool) -> &'static str {
    if international_move {
        "Because the job means moving abroad, I have also thought through what the move involves, and I am happy to share the details. "
    } else {
        ""
    }
}

/// The asks as the message lists them: one line each, "- " then the ask
/// with a capital, then the reason when there is one.
pub fn ask_lines(items: &[(String, String)]) -> String {
    items
        .iter()
        .filter(|(ask, _)| !ask.trim().is_empty())
        .map(|(ask, reason)| {
            let ask = capitalised(ask.trim());
            match trim_sentence(reason) {
                "" => format!("- {ask}."),
                reason => format!("- {ask}: {reason}."),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_follow_the_first_sound_and_keep_determiners() {
        assert_eq!(with_article("sign-on bonus"), "a sign-on bonus");
        assert_eq!(with_article("equity grant"), "an equity grant");
        assert_eq!(with_article("my allowance"), "my allowance");
        assert_eq!(with_the("team size"), "the team size");
        assert_eq!(with_the("our budget"), "our budget");
    }

    #[test]
    fn grouping_puts_a_comma_every_three_digits() {
        let rows = [
            (0, "0"),
            (999, "999"),
            (1_000, "1,000"),
            (65_000, "65,000"),
            (1_234_567, "1,234,567"),
        ];
        for (n, expected) in rows {
            assert_eq!(grouped(n), expected);
        }
    }

    #[test]
    fn ask_lines_capitalise_and_end_each_line() {
        let items = vec![
            (
                "a base salary of €65,000".to_string(),
                "Similar roles pay this.".to_string(),
            ),
            ("relocation support".to_string(), String::new()),
        ];
        assert_eq!(
            ask_lines(&items),
            "- A base salary of €65,000: Similar roles pay this.\n- Relocation support."
        );
    }
}
