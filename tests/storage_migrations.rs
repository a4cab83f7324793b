//! The migration harness: a fixture saved by every version of the app that
//! ever stored data must still load, with nothing it held lost, into the
//! current shape. Everything here is driven by `CURRENT_VERSION` and the file
//! names in `tests/fixtures`:
//!
//! - `workspace-vN.json`: a document as version N stored it (the demo data);
//! - `workspace-vN-full.json`: a document of version N with every field of
//!   every record filled in: no empty list, no empty map, no `null` that some
//!   other record of the same place does not fill;
//! - `export-vN.json`: an export file made by version N.
//!
//! When `CURRENT_VERSION` is bumped: keep every old fixture, add the three
//! of the new version (start the full one with
//! `CROSSROADS_WRITE_FULL_FIXTURE=1 cargo test --test storage_migrations`,
//! which writes the previous full fixture migrated, then fill in the new
//! fields), and list in [`REWRITTEN`] the places the new migration step
//! rewrites on purpose (check their values in a test of their own).

use crossroads::core::model::{Workspace, CURRENT_VERSION};
use crossroads::core::storage::{load_stored, parse_import, ImportError, Incoming, LoadOutcome};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// For each migration step (by the version it starts from), the places in
/// the document it rewrites on purpose: a value there may change or go, and
/// the step's own tests check what becomes of it. `*` stands for one map key
/// (an opportunity id), `[]` for every item of a list.
const REWRITTEN: &[(u32, &[&str])] = &[
    // 1 → 2: a start date typed as a date moves into the opportunity's dates.
    (1, &["message_details.*.start_date"]),
    // 2 → 3: the count of rounds and the interview date become a list of
    // rounds; a thank-you marked done moves to the latest round's step.
    (
        2,
        &[
            "opportunities[].interview_rounds",
            "opportunities[].dates.interview",
            "current_role.interview_rounds",
            "current_role.dates.interview",
            "follow_ups_done[]",
        ],
    ),
    // 3 → 4: money in whole minor units; a yearly equity figure becomes a
    // grant; the floor for base pay in the home currency's minor units.
    // Checked by `the_float_amounts_of_version_3_become_the_same_amounts_in_minor_units`.
    (
        3,
        &[
            "opportunities[].compensation.base",
            "opportunities[].compensation.target_bonus",
            "opportunities[].compensation.equity_per_year",
            "opportunities[].compensation.benefits_per_year",
            "opportunities[].compensation.sign_on",
            "opportunities[].compensation.relocation_allowance",
            "opportunities[].compensation.relocation_cost",
            "opportunities[].compensation.commute_cost_per_year",
            "archived_opportunities[].compensation.base",
            "archived_opportunities[].compensation.target_bonus",
            "archived_opportunities[].compensation.equity_per_year",
            "archived_opportunities[].compensation.benefits_per_year",
            "archived_opportunities[].compensation.sign_on",
            "archived_opportunities[].compensation.relocation_allowance",
            "archived_opportunities[].compensation.relocation_cost",
            "archived_opportunities[].compensation.commute_cost_per_year",
            "current_role.compensation.base",
            "current_role.compensation.target_bonus",
            "current_role.compensation.equity_per_year",
            "current_role.compensation.benefits_per_year",
            "current_role.compensation.sign_on",
            "current_role.compensation.relocation_allowance",
            "current_role.compensation.relocation_cost",
            "current_role.compensation.commute_cost_per_year",
            "non_negotiables[].amount",
            // The amounts asked for base pay and relocation move into the
            // negotiation plan (`fold_money_asks`, tested in migrate.rs).
            "opportunities[].asks.base_pay.amount",
            "opportunities[].asks.mobility.amount",
            "archived_opportunities[].asks.base_pay.amount",
            "archived_opportunities[].asks.mobility.amount",
            // Every other amount asked for stays, in minor units.
            "opportunities[].asks.*.amount",
            "archived_opportunities[].asks.*.amount",
            "current_role.asks.*.amount",
        ],
    ),
];

fn fixtures_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn fixture(name: &str) -> Option<String> {
    std::fs::read_to_string(fixtures_dir().join(name)).ok()
}

/// Every fixture file of a kind (`workspace` or `export`), by version:
/// `(version, file name)`, the plain one before the full one.
fn fixtures(kind: &str) -> Vec<(u32, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(fixtures_dir()).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(rest) = name
            .strip_prefix(&format!("{kind}-v"))
            .and_then(|s| s.strip_suffix(".json"))
        else {
            continue;
        };
        let number = rest.strip_suffix("-full").unwrap_or(rest);
        let version: u32 = number
            .parse()
            .unwrap_or_else(|_| panic!("tests/fixtures/{name}: expected {kind}-vN.json"));
        found.push((version, name));
    }
    found.sort();
    found
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

/// Every place where `saved` does not keep a key or value of `stored` (it
/// may hold more), as `path: what happened`. Paths write list items as `[]`.
fn losses(stored: &Value, saved: &Value, path: &str, out: &mut Vec<(String, String)>) {
    match (stored, saved) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                let next = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match b.get(k) {
                    Some(w) => losses(v, w, &next, out),
                    None => out.push((next, "dropped".into())),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (v, w) in a.iter().zip(b) {
                losses(v, w, &format!("{path}[]"), out);
            }
        }
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => {}
        (a, b) if a == b => {}
        (a, b) => out.push((path.to_string(), format!("changed from {a} to {b}"))),
    }
}

/// Whether `path` is one `pattern` names (`*` matches any one key).
fn matches(pattern: &str, path: &str) -> bool {
    let (p, q): (Vec<_>, Vec<_>) = (pattern.split('.').collect(), path.split('.').collect());
    p.len() == q.len()
        && p.iter()
            .zip(&q)
            .all(|(a, b)| a == b || (a.starts_with('*') && b.ends_with(a.trim_start_matches('*'))))
}

/// The places rewritten on purpose by the steps from `version` on.
fn rewritten_from(version: u32) -> Vec<&'static str> {
    REWRITTEN
        .iter()
        .filter(|(from, _)| *from >= version)
        .flat_map(|(_, paths)| paths.iter().copied())
        .collect()
}

/// Every key path of a document (list items as `[]`), with whether some
/// occurrence holds something: not `null`, not an empty list or map.
fn key_paths(value: &Value, path: &str, out: &mut BTreeMap<String, bool>) {
    let filled = match value {
        Value::Null => false,
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        _ => true,
    };
    if !path.is_empty() {
        *out.entry(path.to_string()).or_default() |= filled;
    }
    match value {
        Value::Object(o) => {
            for (k, v) in o {
                let next = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                key_paths(v, &next, out);
            }
        }
        Value::Array(a) => a
            .iter()
            .for_each(|v| key_paths(v, &format!("{path}[]"), out)),
        _ => {}
    }
}

#[test]
fn every_version_has_its_fixtures_and_each_says_its_own_version() {
    for version in 1..=CURRENT_VERSION {
        for name in [
            format!("workspace-v{version}.json"),
            format!("export-v{version}.json"),
        ] {
            assert!(fixture(&name).is_some(), "tests/fixtures/{name} is missing");
        }
    }
    for (version, name) in fixtures("workspace") {
        let raw: Value = serde_json::from_str(&fixture(&name).unwrap()).unwrap();
        assert_eq!(raw["version"], version, "{name} says its own version");
        assert!(version <= CURRENT_VERSION, "{name} is from the future");
    }
    for (version, name) in fixtures("export") {
        let raw: Value = serde_json::from_str(&fixture(&name).unwrap()).unwrap();
        assert_eq!(
            raw["schema_version"], version,
            "{name} says its own version"
        );
        assert!(version <= CURRENT_VERSION, "{name} is from the future");
    }
}

#[test]
fn every_workspace_fixture_loads_into_the_current_shape_with_nothing_lost() {
    for (version, name) in fixtures("workspace") {
        let text = fixture(&name).unwrap();
        let raw: Value = serde_json::from_str(&text).unwrap();
        let loaded = load_ok(&text, &name);
        assert_eq!(loaded.version, CURRENT_VERSION, "{name}");
        for records in ["opportunities", "contacts", "sent_messages"] {
            let saved = serde_json::to_value(&loaded).unwrap();
            assert_eq!(
                raw_count(&saved, records),
                raw_count(&raw, records),
                "{name}: migration moves data, it never drops {records}"
            );
        }
        // Every value the old version stored is still there, where it was,
        // except in the places a migration step rewrites on purpose.
        let saved = serde_json::to_value(&loaded).unwrap();
        let mut lost = Vec::new();
        losses(&raw, &saved, "", &mut lost);
        let allowed = rewritten_from(version);
        lost.retain(|(path, _)| path != "version" && !allowed.iter().any(|p| matches(p, path)));
        assert!(
            lost.is_empty(),
            "{name} lost data on its way to version {CURRENT_VERSION} \
             (a field renamed, moved or retyped needs a migration step; list what \
             the step rewrites in REWRITTEN):\n{lost:#?}"
        );
        // Saving what was loaded and loading it again changes nothing.
        let resaved = serde_json::to_string(&loaded).unwrap();
        assert_eq!(load_ok(&resaved, &name), loaded, "{name}");
    }
}

#[test]
fn the_full_fixture_of_the_current_version_holds_every_field_the_model_writes() {
    let name = format!("workspace-v{CURRENT_VERSION}-full.json");
    let Some(text) = fixture(&name) else {
        if std::env::var_os("CROSSROADS_WRITE_FULL_FIXTURE").is_some() {
            write_full_fixture_candidate(&name);
        }
        panic!(
            "tests/fixtures/{name} is missing: run this test with \
             CROSSROADS_WRITE_FULL_FIXTURE=1 to start it from the previous \
             version's, then fill in every new field"
        );
    };
    let raw: Value = serde_json::from_str(&text).unwrap();
    let saved = serde_json::to_value(load_ok(&text, &name)).unwrap();

    // Filled in everywhere, so the model's serialisation below reaches every
    // struct and every field of it.
    let mut in_fixture = BTreeMap::new();
    key_paths(&raw, "", &mut in_fixture);
    let empty: Vec<_> = in_fixture.iter().filter(|(_, f)| !**f).collect();
    assert!(
        empty.is_empty(),
        "{name} leaves these empty everywhere; fill each in at least once: {empty:#?}"
    );

    // A field the model writes that the fixture does not hold is new: it
    // needs a value in the full fixture (and, when it replaces an older
    // field, a migration).
    let mut written = BTreeMap::new();
    key_paths(&saved, "", &mut written);
    let new: Vec<_> = written
        .keys()
        .filter(|k| !in_fixture.contains_key(*k))
        .collect();
    assert!(
        new.is_empty(),
        "the model writes fields {name} does not hold: add them to it, with a \
         migration step if they replace something older: {new:#?}"
    );

    // And nothing the fixture holds is lost or changed on the way.
    let mut lost = Vec::new();
    losses(&raw, &saved, "", &mut lost);
    assert!(lost.is_empty(), "{name}: {lost:#?}");
}

/// Writes the previous version's full fixture, migrated, as the start of the
/// current one, for a person to fill in the new fields.
fn write_full_fixture_candidate(name: &str) {
    let previous = format!("workspace-v{}-full.json", CURRENT_VERSION - 1);
    let text = fixture(&previous).unwrap_or_else(|| panic!("{previous} is missing too"));
    let loaded = load_ok(&text, &previous);
    let pretty = serde_json::to_string_pretty(&loaded).unwrap();
    std::fs::write(fixtures_dir().join(name), pretty + "\n").unwrap();
}

#[test]
fn the_past_full_fixtures_cover_every_version_before_the_current_one_from_3() {
    // Full fixtures started with version 3; from then on each version keeps
    // one, so every later migration runs over every field.
    for version in 3..=CURRENT_VERSION {
        let name = format!("workspace-v{version}-full.json");
        assert!(fixture(&name).is_some(), "tests/fixtures/{name} is missing");
    }
}

#[test]
fn every_past_export_imports_into_the_current_version_with_nothing_lost() {
    for (version, name) in fixtures("export") {
        let text = fixture(&name).unwrap();
        let raw: Value = serde_json::from_str(&text).unwrap();
        match parse_import(text.as_bytes()) {
            Ok(Incoming::Plain {
                workspace,
                exported_on,
            }) => {
                assert_eq!(workspace.version, CURRENT_VERSION, "{name}");
                assert_eq!(
                    exported_on.map(|d| d.to_string()).as_deref(),
                    raw["exported_on"].as_str(),
                    "{name}"
                );
                let saved = serde_json::to_value(&workspace).unwrap();
                let mut lost = Vec::new();
                losses(&raw["workspace"], &saved, "", &mut lost);
                let allowed = rewritten_from(version);
                lost.retain(|(path, _)| {
                    path != "version" && !allowed.iter().any(|p| matches(p, path))
                });
                assert!(lost.is_empty(), "{name}: {lost:#?}");
            }
            other => panic!("{name}: {other:?}"),
        }
    }
}

#[test]
fn a_file_or_stored_document_from_a_newer_version_is_refused_with_a_clear_message() {
    let newer = CURRENT_VERSION + 1;
    let current = fixture(&format!("export-v{CURRENT_VERSION}.json")).unwrap();
    let mut file: Value = serde_json::from_str(&current).unwrap();
    file["schema_version"] = Value::from(newer);
    file["workspace"]["version"] = Value::from(newer);
    let error = parse_import(file.to_string().as_bytes()).unwrap_err();
    assert_eq!(error, ImportError::NewerVersion(u64::from(newer)));
    let message = error.to_string();
    assert!(message.contains("newer version of Crossroads"), "{message}");
    assert!(
        message.contains(&format!("data version {newer}")),
        "{message}"
    );
    assert!(message.ends_with("Nothing was changed."), "{message}");

    let stored = file["workspace"].to_string();
    assert_eq!(
        load_stored(Some(&stored)),
        LoadOutcome::NewerVersion {
            original: stored.clone(),
            version: u64::from(newer)
        }
    );
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
fn the_harness_catches_a_lost_field_and_a_new_one() {
    // The checks above must be able to fail: a dropped and a changed value
    // are both reported, and a rewrite listed in REWRITTEN is excused.
    let stored: Value =
        serde_json::from_str(r#"{"a": {"b": 1, "c": [ {"d": "x"} ]}, "e": 2.0}"#).unwrap();
    let saved: Value = serde_json::from_str(r#"{"a": {"c": [ {"d": "y"} ]}, "e": 2}"#).unwrap();
    let mut lost = Vec::new();
    losses(&stored, &saved, "", &mut lost);
    let paths: Vec<_> = lost.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["a.b", "a.c[].d"]);
    assert!(matches(
        "message_details.*.start_date",
        "message_details.o1.start_date"
    ));
    assert!(!matches(
        "message_details.*.start_date",
        "message_details.o1.role"
    ));
    let mut paths = BTreeMap::new();
    key_paths(
        &serde_json::json!({"x": [{"y": null}, {"y": 1}], "z": []}),
        "",
        &mut paths,
    );
    assert_eq!(paths.get("x[].y"), Some(&true));
    assert_eq!(paths.get("z"), Some(&false));
}

#[test]
fn a_version_1_export_imports_into_the_current_version_with_nothing_lost() {
    // Every value a version 1 export holds is in the imported workspace:
    // where it was, or, for what version 3 moved, where it went.
    let text = fixture("export-v1.json").unwrap();
    let raw: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(raw["schema_version"], 1);
    let Ok(Incoming::Plain { workspace, .. }) = parse_import(text.as_bytes()) else {
        panic!("export-v1.json did not import");
    };
    let mut rest = raw["workspace"].clone();
    rest["version"] = CURRENT_VERSION.into();

    // Version 3: the count of rounds and the latest interview's date are the
    // list of rounds, the latest one dated.
    let mut moved = 0;
    let mut check_rounds = |stored: &mut Value, o: &crossroads::core::model::Opportunity| {
        let record = stored.as_object_mut().unwrap();
        let count = record.remove("interview_rounds").and_then(|c| c.as_u64());
        let date = record["dates"]
            .as_object_mut()
            .unwrap()
            .remove("interview")
            .filter(|d| !d.is_null());
        let date = date.as_ref().and_then(Value::as_str);
        let expected = count.unwrap_or(0) as usize;
        let expected = if date.is_some() {
            expected.max(1)
        } else {
            expected
        };
        assert_eq!(o.round_count(), expected, "{}: one round for each", o.id);
        assert_eq!(
            o.latest_round_date().map(|d| d.to_string()).as_deref(),
            date,
            "{}: the latest round keeps the interview's date",
            o.id
        );
        moved += o.round_count();
    };
    let stored = rest["opportunities"].as_array_mut().unwrap();
    assert_eq!(stored.len(), workspace.opportunities.len());
    for (stored, o) in stored.iter_mut().zip(&workspace.opportunities) {
        check_rounds(stored, o);
    }
    check_rounds(&mut rest["current_role"], &workspace.current_role);
    assert!(moved > 1, "the fixture has rounds to move");

    // A thank-you marked done stays done, on the latest round's step.
    let done = rest
        .as_object_mut()
        .unwrap()
        .remove("follow_ups_done")
        .unwrap();
    for id in done.as_array().unwrap().iter().map(|v| v.as_str().unwrap()) {
        let kept = workspace.is_follow_up_done(id)
            || (id.ends_with(":thank_you")
                && workspace
                    .follow_ups_done
                    .iter()
                    .any(|now| now.starts_with(&format!("{id}:round-"))));
        assert!(kept, "{id} is still done");
    }

    let imported = serde_json::to_value(&workspace).unwrap();
    let mut lost = Vec::new();
    losses(&rest, &imported, "", &mut lost);
    // Later steps' rewrites (money into minor units) have tests of their own.
    let later = rewritten_from(3);
    lost.retain(|(path, _)| !later.iter().any(|r| matches(r, path)));
    assert!(lost.is_empty(), "lost on import: {lost:?}");
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
            {"id": "b", "compensation": {"base": 61000.5, "equity_per_year": 1234.56}}],
        "archived_opportunities": [
            {"id": "z", "stage": "declined", "compensation": {"base": 1000.5, "currency": "EUR"}}]}"#;
    let w = load_ok(doc, "inline v3");
    assert_eq!(w.opportunities[0].compensation.base, Money(8_000_000));
    assert_eq!(
        equity_by_year(&w.opportunities[0].compensation.equity),
        [Money(250_000); 4]
    );
    assert_eq!(w.opportunities[1].compensation.base, Money(6_100_050));
    assert_eq!(
        w.archived_opportunities[0].compensation.base,
        Money(100_050),
        "an archived opportunity's amounts move too"
    );
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
