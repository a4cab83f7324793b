//! Migrations: one function for every change in the shape of the stored
//! document, applied in order until the document reaches
//! [`CURRENT_VERSION`].
//!
//! Version 1 is the first shape ever stored. Version 2 gave an opportunity a
//! start date of its own (`dates.start_date`), which the studio used to keep
//! as free text among the message details. Version 3 replaced the count of
//! interview rounds and the one interview date with a list of rounds. Version
//! 4 stored money as whole minor units and equity as a grant that vests. When
//! a field is renamed, moved or changes meaning, bump `CURRENT_VERSION`, add a
//! step here that rewrites the JSON of the old version into the new one, and
//! commit a fixture `tests/fixtures/workspace-v{old}.json` saved by the old
//! version, and the full fixture `workspace-v{new}-full.json` with every
//! field filled in: `tests/storage_migrations.rs` loads every fixture through
//! every step and checks no value is lost outside the places a step lists as
//! rewritten (`REWRITTEN` there). Adding a field with a sensible default needs
//! no migration — every model struct is `#[serde(default)]` — but it needs a
//! value in the current full fixture, or that test fails.

use crate::core::model::CURRENT_VERSION;
use crate::core::money::Money;
use serde_json::{Map, Value};

/// A step that turns a document of one version into the next one.
pub type Migration = fn(Map<String, Value>) -> Result<Map<String, Value>, String>;

/// Every migration as `(from_version, step)`, oldest first. A step from
/// version `n` produces version `n + 1`.
pub const MIGRATIONS: &[(u32, Migration)] = &[
    (1, start_date_into_dates),
    (2, rounds_from_interview_count),
    (3, money_in_minor_units),
];

/// The amounts of a version 3 compensation, each a float in major units.
const V3_AMOUNTS: [&str; 7] = [
    "base",
    "target_bonus",
    "benefits_per_year",
    "sign_on",
    "relocation_allowance",
    "relocation_cost",
    "commute_cost_per_year",
];

/// A stored float in major units of `currency` as whole minor units,
/// rounded to the nearest; anything but a number is left as it was.
fn to_minor(value: &mut Value, currency: &str) {
    if let Some(x) = value.as_f64() {
        *value = Value::from(Money::from_major_f64(x, currency).0);
    }
}

/// The home currency code a stored document's settings name ("" when none).
fn home_currency(document: &Map<String, Value>) -> String {
    document
        .get("settings")
        .and_then(|s| s.get("currency"))
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

/// Version 3 → 4: every amount of a compensation (the current role's and
/// each opportunity's) becomes whole minor units of its currency code
/// (hundredths when it has none, as [`crate::core::money::exponent`] says):
/// 52000.5 euros become 5200050 cents, 8000000 yen stay 8000000. `equity_per_year` becomes a grant vesting evenly over
/// four years with the same value each year. The floor for base pay among
/// the non-negotiables is in the home currency. Negotiation asks are not
/// touched here.
fn money_in_minor_units(document: Map<String, Value>) -> Result<Map<String, Value>, String> {
    let mut document = fold_money_asks(document);
    let home = home_currency(&document);
    let rewrite = |o: &mut Value| {
        let Some(Value::Object(c)) = o.get_mut("compensation") else {
            return;
        };
        let currency = c
            .get("currency")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        for key in V3_AMOUNTS {
            if let Some(v) = c.get_mut(key) {
                to_minor(v, &currency);
            }
        }
        let yearly = c.remove("equity_per_year").and_then(|v| v.as_f64());
        if let Some(yearly) = yearly.filter(|x| *x != 0.0) {
            let grant = Money::from_major_f64(yearly * 4.0, &currency);
            let mut equity = Map::new();
            equity.insert("grant".into(), Value::from(grant.0));
            equity.insert("vesting_years".into(), Value::from(4));
            c.insert("equity".into(), Value::Object(equity));
        }
    };
    if let Some(current) = document.get_mut("current_role") {
        rewrite(current);
    }
    // Archived opportunities are stored at version 3 already: the same records
    // in a list of their own.
    for list in ["opportunities", "archived_opportunities"] {
        if let Some(Value::Array(opportunities)) = document.get_mut(list) {
            opportunities.iter_mut().for_each(rewrite);
        }
    }
    if let Some(Value::Array(rules)) = document.get_mut("non_negotiables") {
        for rule in rules.iter_mut() {
            if rule.get("fact").and_then(Value::as_str) == Some("minimum_base") {
                if let Some(amount) = rule.get_mut("amount") {
                    to_minor(amount, &home);
                }
            }
        }
    }
    Ok(document)
}

/// Version 1 → 2: a start date typed in the studio as a calendar date
/// (`2027-03-01`) becomes the opportunity's `dates.start_date`, so the plan
/// and every message read one value. Free text that is not a date ("early
/// March") stays where it was, as the user wrote it.
fn start_date_into_dates(mut document: Map<String, Value>) -> Result<Map<String, Value>, String> {
    let mut moved = Vec::new();
    if let Some(Value::Object(details)) = document.get_mut("message_details") {
        for (id, slots) in details.iter_mut() {
            let Value::Object(slots) = slots else {
                continue;
            };
            let date = slots
                .get("start_date")
                .and_then(Value::as_str)
                .and_then(|text| crate::core::date::Date::parse(text.trim()).ok());
            if let Some(date) = date {
                slots.remove("start_date");
                moved.push((id.clone(), date));
            }
        }
    }
    if let Some(Value::Array(opportunities)) = document.get_mut("opportunities") {
        for o in opportunities.iter_mut() {
            let Value::Object(o) = o else { continue };
            let id = o.get("id").and_then(Value::as_str).unwrap_or_default();
            let Some((_, date)) = moved.iter().find(|(moved_id, _)| moved_id == id) else {
                continue;
            };
            let date = Value::from(date.to_string());
            match o.get_mut("dates") {
                Some(Value::Object(dates)) => {
                    dates.entry("start_date").or_insert(date);
                }
                _ => {
                    let mut dates = Map::new();
                    dates.insert("start_date".into(), date);
                    o.insert("dates".into(), Value::Object(dates));
                }
            }
        }
    }
    Ok(document)
}

/// Version 2 → 3: `interview_rounds` (a count) and `dates.interview` (the
/// latest interview) become `rounds`, one entry per round, the last one dated
/// with the interview date; the others keep no date, as none was recorded. An
/// interview date without a count is one round. The current role and every
/// opportunity are rewritten; a list of rounds already there is kept. The
/// plan's thank-you step became one per round, so a thank-you marked done
/// moves to the step of the round it was for: the latest.
fn rounds_from_interview_count(
    mut document: Map<String, Value>,
) -> Result<Map<String, Value>, String> {
    let mut latest_round = Vec::new();
    let mut rewrite = |o: &mut Value| {
        let Value::Object(o) = o else { return };
        let id = o.get("id").and_then(Value::as_str).map(str::to_string);
        let count = o
            .remove("interview_rounds")
            .and_then(|n| n.as_u64())
            .unwrap_or(0)
            .min(u64::from(u8::MAX));
        let date = match o.get_mut("dates") {
            Some(Value::Object(dates)) => dates.remove("interview").filter(Value::is_string),
            _ => None,
        };
        let count = if date.is_some() { count.max(1) } else { count };
        if count == 0 || o.get("rounds").is_some_and(Value::is_array) {
            return;
        }
        let rounds = (1..=count)
            .map(|n| {
                let mut round = Map::new();
                round.insert("id".into(), Value::from(format!("round-{n}")));
                if n == count {
                    if let Some(date) = &date {
                        round.insert("date".into(), date.clone());
                    }
                }
                Value::Object(round)
            })
            .collect();
        o.insert("rounds".into(), Value::Array(rounds));
        if let Some(id) = id {
            latest_round.push((id, format!("round-{count}")));
        }
    };
    if let Some(current) = document.get_mut("current_role") {
        rewrite(current);
    }
    if let Some(Value::Array(opportunities)) = document.get_mut("opportunities") {
        opportunities.iter_mut().for_each(&mut rewrite);
    }
    if let Some(Value::Array(done)) = document.get_mut("follow_ups_done") {
        for step in done.iter_mut() {
            let Some(id) = step.as_str().and_then(|s| s.strip_suffix(":thank_you")) else {
                continue;
            };
            if let Some((_, round)) = latest_round.iter().find(|(o, _)| o == id) {
                *step = Value::from([id, "thank_you", round].join(":"));
            }
        }
    }
    Ok(document)
}

/// Part of version 3 → 4 (called from that step): the amounts asked for
/// base pay and relocation move from the asks (`asks.base_pay.amount`,
/// `asks.mobility.amount`, major units as a float) into the negotiation plan
/// (`negotiation.base.ask`, `negotiation.relocation.ask`, whole minor units
/// of the offer's currency, or of the home currency when the offer has
/// none). The ask itself stays, with its words and reason, so the item is
/// still raised; an amount already in the plan is kept. Amounts on other
/// criteria stay on their asks, in the same minor units.
pub fn fold_money_asks(mut document: Map<String, Value>) -> Map<String, Value> {
    const MOVES: [(&str, &str); 2] = [("base_pay", "base"), ("mobility", "relocation")];
    let home = home_currency(&document);
    // Every record with asks: the opportunities, archived or not, and the
    // current role (an opportunity record too).
    let records = document
        .iter_mut()
        .flat_map(|(key, value)| match (key.as_str(), value) {
            ("opportunities" | "archived_opportunities", Value::Array(list)) => {
                list.iter_mut().collect()
            }
            ("current_role", record) => vec![record],
            _ => Vec::new(),
        });
    for o in records {
        let Value::Object(o) = o else { continue };
        let currency = o
            .get("compensation")
            .and_then(|c| c.get("currency"))
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .unwrap_or(&home)
            .to_string();
        let mut moved = Vec::new();
        if let Some(Value::Object(asks)) = o.get_mut("asks") {
            for (criterion, ask) in asks.iter_mut() {
                let Value::Object(ask) = ask else { continue };
                let Some(amount) = ask.remove("amount") else {
                    continue;
                };
                let minor = amount
                    .as_f64()
                    .filter(|a| a.is_finite() && *a > 0.0)
                    .map(|a| crate::core::money::Money::from_major_f64(a, &currency).0);
                match MOVES.iter().find(|(c, _)| c == criterion) {
                    Some((_, part)) => moved.extend(minor.map(|m| (*part, m))),
                    // Every other amount stays on its ask, in minor units too.
                    None => {
                        ask.insert("amount".into(), minor.map_or(Value::Null, Value::from));
                    }
                }
            }
        }
        if moved.is_empty() {
            continue;
        }
        let plan = o
            .entry("negotiation")
            .or_insert_with(|| Value::Object(Map::new()));
        if !plan.is_object() {
            *plan = Value::Object(Map::new());
        }
        let Value::Object(plan) = plan else { continue };
        for (part, minor) in moved {
            let line = plan
                .entry(part)
                .or_insert_with(|| Value::Object(Map::new()));
            if !line.is_object() {
                *line = Value::Object(Map::new());
            }
            if let Value::Object(line) = line {
                let kept = line.get("ask").and_then(Value::as_i64).unwrap_or(0);
                if kept == 0 {
                    line.insert("ask".into(), Value::from(minor));
                }
            }
        }
    }
    document
}

/// Brings a stored document of version `from` up to [`CURRENT_VERSION`].
///
/// Returns the reason when a step cannot make sense of the document, or when
/// no step is known for a version (which a test rules out for every version
/// up to the current one).
pub fn migrate(mut document: Map<String, Value>, from: u32) -> Result<Map<String, Value>, String> {
    let mut version = from;
    while version < CURRENT_VERSION {
        let Some((_, step)) = MIGRATIONS.iter().find(|(v, _)| *v == version) else {
            return Err(format!("no way to update data of version {version}"));
        };
        document = step(document)?;
        version += 1;
        document.insert("version".to_string(), Value::from(version));
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_is_exactly_one_step_for_every_old_version() {
        let mut from: Vec<u32> = MIGRATIONS.iter().map(|(v, _)| *v).collect();
        from.sort_unstable();
        let expected: Vec<u32> = (1..=CURRENT_VERSION)
            .filter(|v| *v != CURRENT_VERSION)
            .collect();
        assert_eq!(
            from, expected,
            "one step from each old version, none from the current one"
        );
    }

    #[test]
    fn money_asks_for_base_pay_and_relocation_move_into_the_plan_in_minor_units() {
        let doc: Map<String, Value> = serde_json::from_str(
            r#"{"version": 3, "settings": {"currency": "JPY"},
                "opportunities": [
                    {"id": "a", "compensation": {"currency": "EUR"},
                     "asks": {"base_pay": {"amount": 65000.5, "term": "", "reason": "scope"},
                              "mobility": {"amount": 8000.0, "term": "", "reason": ""},
                              "learning": {"amount": 1200.0, "term": "", "reason": ""}}},
                    {"id": "b", "compensation": {"currency": ""},
                     "asks": {"base_pay": {"amount": 6500000.0, "term": "", "reason": ""}}},
                    {"id": "c", "negotiation": {"base": {"ask": 7000000, "floor": 6000000}},
                     "compensation": {"currency": "EUR"},
                     "asks": {"base_pay": {"amount": 65000.0, "term": "more", "reason": ""},
                              "flexibility": {"amount": null, "term": "two days", "reason": ""}}},
                    {"id": "d"}]}"#,
        )
        .unwrap();
        let out = fold_money_asks(doc);
        let o = &out["opportunities"];
        assert_eq!(o[0]["negotiation"]["base"]["ask"], 6_500_050);
        assert_eq!(o[0]["negotiation"]["relocation"]["ask"], 800_000);
        assert!(o[0]["asks"]["base_pay"].get("amount").is_none());
        assert_eq!(
            o[0]["asks"]["base_pay"]["reason"], "scope",
            "the words stay"
        );
        assert_eq!(
            o[0]["asks"]["learning"]["amount"], 120_000,
            "other amounts stay on their asks, in cents"
        );
        assert_eq!(
            o[1]["negotiation"]["base"]["ask"], 6_500_000,
            "yen, the home currency"
        );
        assert_eq!(
            o[2]["negotiation"]["base"]["ask"], 7_000_000,
            "the plan's own ask wins"
        );
        assert_eq!(o[2]["negotiation"]["base"]["floor"], 6_000_000);
        assert_eq!(o[2]["asks"]["base_pay"]["term"], "more");
        assert_eq!(o[2]["asks"]["flexibility"]["term"], "two days");
        assert!(o[3].get("negotiation").is_none());
        // What comes out loads as the model reads it.
        let a: crate::core::model::Opportunity = serde_json::from_value(o[0].clone()).unwrap();
        assert_eq!(a.negotiation.base.ask, crate::core::money::Money(6_500_050));
        assert_eq!(a.asks["learning"].amount, Some(Money(120_000)));
    }

    #[test]
    fn a_typed_start_date_moves_into_the_opportunitys_dates() {
        let doc: Map<String, Value> = serde_json::from_str(
            r#"{"version": 1,
                "opportunities": [{"id": "a", "dates": {"offer": "2026-11-02"}}, {"id": "b"}, {"id": "c"}],
                "message_details": {
                    "a": {"start_date": " 2027-01-04 ", "role": "Analyst"},
                    "b": {"start_date": "2027-02-01"},
                    "c": {"start_date": "early March"}}}"#,
        )
        .unwrap();
        let out = migrate(doc, 1).unwrap();
        let o = &out["opportunities"];
        assert_eq!(o[0]["dates"]["start_date"], "2027-01-04");
        assert_eq!(o[0]["dates"]["offer"], "2026-11-02");
        assert_eq!(o[1]["dates"]["start_date"], "2027-02-01");
        assert!(o[2].get("dates").is_none());
        let details = &out["message_details"];
        assert!(details["a"].get("start_date").is_none());
        assert_eq!(details["a"]["role"], "Analyst");
        assert_eq!(details["c"]["start_date"], "early March");
        assert_eq!(out["version"], CURRENT_VERSION);
    }

    #[test]
    fn an_interview_count_and_date_become_that_many_rounds_the_last_one_dated() {
        let doc: Map<String, Value> = serde_json::from_str(
            r#"{"version": 2,
                "current_role": {"id": "current", "interview_rounds": 0, "dates": {"interview": null}},
                "opportunities": [
                    {"id": "a", "interview_rounds": 3, "dates": {"interview": "2026-11-13", "offer": "2026-11-20"}},
                    {"id": "b", "interview_rounds": 0, "dates": {"interview": "2026-11-20"}},
                    {"id": "c", "interview_rounds": 2},
                    {"id": "d"},
                    {"id": "e", "interview_rounds": 999}],
                "follow_ups_done": ["a:thank_you", "a:status_check_first", "d:thank_you", "b:thank_you"]}"#,
        )
        .unwrap();
        let out = migrate(doc, 2).unwrap();
        let o = &out["opportunities"];
        let rounds = |i: usize| o[i]["rounds"].as_array().cloned().unwrap_or_default();
        assert_eq!(rounds(0).len(), 3);
        assert_eq!(rounds(0)[2]["date"], "2026-11-13");
        assert!(rounds(0)[0].get("date").is_none());
        assert_eq!(o[0]["dates"]["offer"], "2026-11-20");
        assert!(o[0]["dates"].get("interview").is_none());
        assert!(o[0].get("interview_rounds").is_none());
        assert_eq!(rounds(1).len(), 1);
        assert_eq!(rounds(1)[0]["date"], "2026-11-20");
        assert_eq!(rounds(2).len(), 2);
        assert!(o[3].get("rounds").is_none());
        assert_eq!(rounds(4).len(), 255);
        assert!(out["current_role"].get("rounds").is_none());
        assert!(out["current_role"].get("interview_rounds").is_none());
        let ids: Vec<_> = rounds(0).iter().map(|r| r["id"].clone()).collect();
        assert_eq!(ids, ["round-1", "round-2", "round-3"]);
        // A thank-you marked done stays done, on the latest round's step;
        // without rounds there is no step to move it to, and it stays as it was.
        assert_eq!(
            out["follow_ups_done"],
            serde_json::json!([
                "a:thank_you:round-3",
                "a:status_check_first",
                "d:thank_you",
                "b:thank_you:round-1"
            ])
        );
        assert_eq!(out["version"], CURRENT_VERSION);
    }

    #[test]
    fn amounts_become_minor_units_of_their_currency_and_equity_a_grant() {
        let doc: Map<String, Value> = serde_json::from_str(
            r#"{"version": 3,
                "settings": {"currency": "JPY"},
                "current_role": {"id": "current", "compensation": {"base": 8000000.0, "currency": ""}},
                "opportunities": [
                    {"id": "a", "compensation": {"base": 52000.5, "target_bonus": 0.1, "sign_on": 3000.0,
                     "equity_per_year": 2500.25, "currency": "eur", "exchange_rate": 160.5},
                     "asks": {"base_pay": {"amount": 60000.5}}},
                    {"id": "b", "compensation": {"base": 1200.125, "equity_per_year": 0.0, "currency": "KWD"}},
                    {"id": "c"}],
                "non_negotiables": [
                    {"kind": "requires", "fact": "minimum_base", "amount": 7500000.4},
                    {"kind": "requires", "fact": "remote_days_at_least", "days": 2}]}"#,
        )
        .unwrap();
        let out = migrate(doc, 3).unwrap();
        // No code: hundredths, whatever the home currency.
        assert_eq!(out["current_role"]["compensation"]["base"], 800_000_000);
        let a = &out["opportunities"][0]["compensation"];
        assert_eq!(a["base"], 5_200_050);
        assert_eq!(a["target_bonus"], 10);
        assert_eq!(a["sign_on"], 300_000);
        assert_eq!(a["exchange_rate"], 160.5);
        assert!(a.get("equity_per_year").is_none());
        assert_eq!(a["equity"]["grant"], 1_000_100);
        assert_eq!(a["equity"]["vesting_years"], 4);
        // The amount asked for base pay moves into the negotiation plan, in
        // cents of the offer's currency; the ask keeps its words.
        assert!(out["opportunities"][0]["asks"]["base_pay"]
            .get("amount")
            .is_none());
        assert_eq!(
            out["opportunities"][0]["negotiation"]["base"]["ask"],
            6_000_050
        );
        let b = &out["opportunities"][1]["compensation"];
        assert_eq!(b["base"], 1_200_125);
        assert!(b.get("equity").is_none());
        assert!(out["opportunities"][2].get("compensation").is_none());
        assert_eq!(out["non_negotiables"][0]["amount"], 7_500_000);
        assert_eq!(out["non_negotiables"][1]["days"], 2);
        assert_eq!(out["version"], 4);
    }

    #[test]
    fn a_current_document_passes_through_unchanged() {
        let mut doc = Map::new();
        doc.insert("version".into(), Value::from(CURRENT_VERSION));
        doc.insert("walk_away_line".into(), Value::from(40));
        assert_eq!(migrate(doc.clone(), CURRENT_VERSION), Ok(doc));
    }
}
