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
    assert_eq!(is_kept(&rest, &imported, "workspace"), Ok(()));
}
