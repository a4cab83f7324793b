//! The migration harness: a fixture saved by every version of the app that
//! ever stored data must still load, unchanged in substance, into the current
//! shape. When `CURRENT_VERSION` is bumped, keep the old fixtures, add the
//! new one, and these tests check the whole chain.

use crossroads::core::model::{Workspace, CURRENT_VERSION};
use crossroads::core::storage::{load_stored, parse_import, Incoming, LoadOutcome};
use serde_json::Value;
use std::path::PathBuf;

fn fixture(name: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read_to_string(path).ok()
}

/// Records in a raw document, whatever its version.
fn raw_count(doc: &Value, field: &str) -> usize {
    doc.get(field).and_then(Value::as_array).map_or(0, Vec::len)
}

fn load_ok(text: &str, name: &str) -> Workspace {
    match load_stored(Some(text)) {
        LoadOutcome::Ok(w) => w,
        other => panic!("{name} did not load: {other:?}"),
    }
}

#[test]
fn every_past_version_has_a_fixture_that_loads_into_the_current_shape() {
    for version in 1..=CURRENT_VERSION {
        let name = format!("workspace-v{version}.json");
        let text = fixture(&name).unwrap_or_else(|| panic!("tests/fixtures/{name} is missing"));
        let raw: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(raw["version"], version, "{name} says its own version");
        let loaded = load_ok(&text, &name);
        assert_eq!(loaded.version, CURRENT_VERSION);
        // Migration moves data, it never drops records.
        assert_eq!(
            loaded.opportunities.len(),
            raw_count(&raw, "opportunities"),
            "{name}"
        );
        assert_eq!(loaded.contacts.len(), raw_count(&raw, "contacts"), "{name}");
        assert_eq!(
            loaded.sent_messages.len(),
            raw_count(&raw, "sent_messages"),
            "{name}"
        );
        // Saving what was loaded and loading it again changes nothing.
        let saved = serde_json::to_string(&loaded).unwrap();
        assert_eq!(load_ok(&saved, &name), loaded);
    }
}

/// Every key and value of `stored` is in `saved` (which may have more).
fn is_kept(stored: &Value, saved: &Value, path: &str) -> Result<(), String> {
    match (stored, saved) {
        (Value::Object(a), Value::Object(b)) => a.iter().try_for_each(|(k, v)| {
            let next = format!("{path}.{k}");
            b.get(k)
                .ok_or(format!("{next} was dropped"))
                .and_then(|w| is_kept(v, w, &next))
        }),
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => a
            .iter()
            .zip(b)
            .enumerate()
            .try_for_each(|(i, (v, w))| is_kept(v, w, &format!("{path}[{i}]"))),
        (a, b) if a == b => Ok(()),
        (a, b) => Err(format!("{path} changed from {a} to {b}")),
    }
}

#[test]
fn the_current_fixture_keeps_every_field_it_stored() {
    // A renamed or removed field makes this fail: that change needs a new
    // version, a migration and a fixture, not a silent loss of stored data.
    // New fields with defaults are fine and need nothing.
    let name = format!("workspace-v{CURRENT_VERSION}.json");
    let text = fixture(&name).unwrap();
    let loaded = load_ok(&text, &name);
    let raw: Value = serde_json::from_str(&text).unwrap();
    let saved = serde_json::to_value(&loaded).unwrap();
    assert_eq!(is_kept(&raw, &saved, "workspace"), Ok(()));
}

#[test]
fn every_past_export_format_still_imports() {
    for version in 1..=CURRENT_VERSION {
        let name = format!("export-v{version}.json");
        let text = fixture(&name).unwrap_or_else(|| panic!("tests/fixtures/{name} is missing"));
        let raw: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(raw["schema_version"], version);
        match parse_import(text.as_bytes()) {
            Ok(Incoming::Plain {
                workspace,
                exported_on,
            }) => {
                assert_eq!(workspace.version, CURRENT_VERSION);
                assert_eq!(
                    workspace.opportunities.len(),
                    raw_count(&raw["workspace"], "opportunities")
                );
                assert!(exported_on.is_some());
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn no_fixture_claims_a_version_this_build_does_not_know() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(v) = name
            .strip_prefix("workspace-v")
            .and_then(|s| s.strip_suffix(".json"))
        {
            let v: u32 = v.parse().unwrap();
            assert!((1..=CURRENT_VERSION).contains(&v), "{name}");
        }
    }
}

#[test]
fn the_interview_count_and_date_of_version_2_become_the_rounds_of_version_3() {
    // Version 3 replaced two fields with a list; what they said must survive.
    let text = fixture("workspace-v2.json").unwrap();
    let raw: Value = serde_json::from_str(&text).unwrap();
    let loaded = load_ok(&text, "workspace-v2.json");
    let raw_opportunities = raw["opportunities"].as_array().unwrap();
    assert!(raw_opportunities
        .iter()
        .any(|o| o["interview_rounds"].as_u64() > Some(1)));
    for (stored, o) in raw_opportunities.iter().zip(&loaded.opportunities) {
        let count = stored["interview_rounds"].as_u64().unwrap_or(0) as usize;
        let date = stored["dates"]["interview"].as_str();
        let expected = if date.is_some() { count.max(1) } else { count };
        assert_eq!(o.round_count(), expected, "{}", o.id);
        assert_eq!(
            o.latest_round_date().map(|d| d.to_string()).as_deref(),
            date,
            "{}",
            o.id
        );
    }
    // Export files of version 2 go through the same step.
    let export = fixture("export-v2.json").unwrap();
    let Ok(Incoming::Plain { workspace, .. }) = parse_import(export.as_bytes()) else {
        panic!("export-v2.json did not import");
    };
    assert!(workspace.opportunities.iter().any(|o| o.round_count() > 1));
}

#[test]
fn the_float_amounts_of_version_3_become_the_same_amounts_in_minor_units() {
    // Version 4 stores money as whole cents (or yen, or fils): no amount may
    // move by more than the rounding to its minor unit, and a yearly equity
    // figure becomes a grant worth the same each year over four years.
    use crossroads::core::money::Money;
    use crossroads::core::worth::equity_by_year;
    let text = fixture("workspace-v3.json").unwrap();
    let raw: Value = serde_json::from_str(&text).unwrap();
    let loaded = load_ok(&text, "workspace-v3.json");
    let stored = raw["opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .chain([&raw["current_role"]]);
    let now = loaded.opportunities.iter().chain([&loaded.current_role]);
    let mut seen = 0;
    for (s, o) in stored.zip(now) {
        let c = &s["compensation"];
        let minor = |key: &str| Money((c[key].as_f64().unwrap_or(0.0) * 100.0).round() as i64);
        let n = &o.compensation;
        assert_eq!(n.base, minor("base"), "{}", o.id);
        assert_eq!(n.target_bonus, minor("target_bonus"), "{}", o.id);
        assert_eq!(n.benefits_per_year, minor("benefits_per_year"), "{}", o.id);
        assert_eq!(n.sign_on, minor("sign_on"), "{}", o.id);
        assert_eq!(n.relocation_allowance, minor("relocation_allowance"));
        assert_eq!(n.relocation_cost, minor("relocation_cost"));
        assert_eq!(n.commute_cost_per_year, minor("commute_cost_per_year"));
        assert_eq!(equity_by_year(&n.equity), [minor("equity_per_year"); 4]);
        seen += usize::from(!n.base.is_zero());
    }
    assert!(seen >= 2, "the fixture has amounts to check");
    // A v3 document with equity, in a currency without cents and one without a code.
    let doc = r#"{"version": 3, "settings": {"currency": "EUR"},
        "opportunities": [
            {"id": "a", "compensation": {"base": 8000000.0, "equity_per_year": 250000.0, "currency": "JPY"}},
            {"id": "b", "compensation": {"base": 61000.5, "equity_per_year": 1234.56}}]}"#;
    let w = load_ok(doc, "inline v3");
    assert_eq!(w.opportunities[0].compensation.base, Money(8_000_000));
    assert_eq!(
        equity_by_year(&w.opportunities[0].compensation.equity),
        [Money(250_000); 4]
    );
    assert_eq!(w.opportunities[1].compensation.base, Money(6_100_050));
    assert_eq!(
        equity_by_year(&w.opportunities[1].compensation.equity),
        [Money(123_456); 4]
    );
}

#[test]
fn the_version_4_export_carries_the_new_money_fields() {
    use crossroads::core::model::{CompanyStage, NonNegotiable, RequiredFact};
    use crossroads::core::money::Money;
    let text = fixture("export-v4.json").unwrap();
    let Ok(Incoming::Plain { workspace, .. }) = parse_import(text.as_bytes()) else {
        panic!("export-v4.json did not import");
    };
    let c = &workspace.opportunities[0].compensation;
    assert_eq!(c.currency, "GBP");
    assert_eq!(
        c.exchange_rate_date.map(|d| d.to_string()).as_deref(),
        Some("2026-11-20")
    );
    assert_eq!(c.equity.vesting_percentages, [5, 15, 40, 40]);
    assert_eq!(c.equity.cliff_months, 12);
    assert_eq!(c.equity.stage, CompanyStage::LatePrivate);
    assert_eq!(c.sign_on_clawback_months, 12);
    assert_eq!(c.tax_rate, Some(40.0));
    assert!(workspace
        .non_negotiables
        .contains(&NonNegotiable::Requires {
            fact: RequiredFact::MinimumBase {
                amount: Money::major(55_000, "EUR")
            }
        }));
}
