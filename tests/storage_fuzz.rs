//! Fuzzing everything that reads data from outside the app: the stored
//! document (load and migrate), picked files (plain and encrypted exports,
//! bare documents), and the studio's message fields read from imported
//! notes. Arbitrary bytes, arbitrary JSON, and real fixtures with arbitrary
//! values grafted in anywhere must never panic, must always end in a named
//! outcome, and must never change what is stored: a rejected text comes back
//! byte for byte, and an accepted one saves back exactly as it was read.
//!
//! The seed is fixed and the case counts are bounded so `cargo test` stays
//! quick. A longer run, with another seed:
//!
//! ```sh
//! CROSSROADS_FUZZ_CASES=20000 CROSSROADS_FUZZ_SEED=7 cargo test --release --test storage_fuzz
//! ```

use crossroads::core::model::{Workspace, CURRENT_VERSION};
use crossroads::core::storage::{
    base64_decode, base64_encode, load_stored, merge_import, migrate, parse_import, stamped,
    ImportError, Incoming, Lineage, LoadOutcome, IV_LEN,
};
use crossroads::core::studio::message_field::gaps;
use crossroads::core::studio::MessageField;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Runs `strategy` through `check` with the fixed seed (or
/// `CROSSROADS_FUZZ_SEED`) for `cases` cases (or `CROSSROADS_FUZZ_CASES`).
fn fuzz<S: Strategy>(cases: u32, strategy: S, check: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let cases = env("CROSSROADS_FUZZ_CASES").map_or(cases, |n| n as u32);
    let seed = env("CROSSROADS_FUZZ_SEED").unwrap_or(15);
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config {
        cases,
        failure_persistence: None,
        max_shrink_iters: 1024,
        ..Config::default()
    };
    let mut runner =
        TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &bytes));
    if let Err(failure) = runner.run(&strategy, check) {
        panic!("{failure}");
    }
}

fn fixtures() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.starts_with("workspace-v") || n.starts_with("export-v"))
        .map(|n| (n.clone(), std::fs::read_to_string(dir.join(&n)).unwrap()))
        .collect();
    found.sort();
    found
}

/// Every key any fixture uses, plus the envelope's: grafted values land on
/// names the readers look for, not only on names they ignore.
fn known_keys() -> Vec<String> {
    fn walk(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(o) => o.iter().for_each(|(k, v)| {
                out.insert(k.clone());
                walk(v, out);
            }),
            Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut keys = BTreeSet::new();
    for (_, text) in fixtures() {
        walk(&serde_json::from_str(&text).unwrap(), &mut keys);
    }
    for k in ["cipher", "kdf", "iterations", "salt", "iv", "data", "build"] {
        keys.insert(k.into());
    }
    keys.into_iter().collect()
}

/// Short strings the readers treat specially.
fn telling_string() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,12}",
        prop::sample::select(vec![
            "",
            "crossroads",
            "export",
            "encrypted-export",
            "AES-GCM-256",
            "PBKDF2-SHA-256",
            "2026-11-22",
            "2026-02-30",
            "0000-01-01",
            "9999-12-31",
            "-1",
            "1e400",
            "email",
            "exploring",
            "offer",
            "round-1",
            "sample-northwind",
            "a:thank_you",
            "AAAA",
            "AAAAAAAAAAAAAAAA",
            "%%",
            "\u{feff}",
            "\u{0}",
        ])
        .prop_map(String::from),
    ]
}

fn number() -> impl Strategy<Value = Value> {
    prop_oneof![
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite", |f| serde_json::Number::from_f64(f)
            .map(Value::Number)),
        (0u64..10).prop_map(Value::from),
        Just(Value::from(u64::from(CURRENT_VERSION) + 1)),
    ]
}

/// Arbitrary JSON values, nested a few levels, keyed by names the app knows
/// as often as by noise.
fn json(keys: Vec<String>) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        number(),
        telling_string().prop_map(Value::from),
    ];
    let key = prop_oneof![prop::sample::select(keys), ".{0,8}"];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// JSON pointers to every node of `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(o) => o.iter().for_each(|(k, v)| {
            pointers(
                v,
                format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                out,
            )
        }),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}

/// A fixture with one node replaced by `graft` (or removed, when `graft` is
/// absent and the node is in an object).
fn grafted(text: &str, pick: usize, graft: Option<Value>) -> String {
    let mut doc: Value = serde_json::from_str(text).unwrap();
    let mut all = Vec::new();
    pointers(&doc, String::new(), &mut all);
    let at = &all[pick % all.len()];
    match graft {
        Some(value) => *doc.pointer_mut(at).unwrap() = value,
        None => {
            if let Some((parent, key)) = at.rsplit_once('/') {
                if let Some(Value::Object(o)) = doc.pointer_mut(parent) {
                    o.remove(&key.replace("~1", "/").replace("~0", "~"));
                }
            }
        }
    }
    doc.to_string()
}

/// The load rules: a named outcome; a rejected text kept byte for byte; an
/// accepted one read back identically after a save (so loading changes
/// nothing by itself, and a save writes back what was read).
fn check_load(text: &str) -> Result<(), TestCaseError> {
    // The next save starts from whatever revision the stored text names.
    let parent = Lineage::read(text).rev;
    match load_stored(Some(text)) {
        LoadOutcome::Ok(w) => {
            prop_assert_eq!(w.version, CURRENT_VERSION);
            let saved = stamped(&w, 1, "r1", parent);
            prop_assert_eq!(Lineage::read(&saved).rev, Some("r1"));
            let LoadOutcome::Ok(again) = load_stored(Some(&saved)) else {
                return Err(TestCaseError::fail("a saved workspace did not load"));
            };
            let (a, b) = (
                serde_json::to_value(&w).unwrap(),
                serde_json::to_value(&again).unwrap(),
            );
            prop_assert!(
                same_data(&a, &b),
                "saved and read back differs: {} vs {}",
                a,
                b
            );
        }
        outcome @ (LoadOutcome::Corrupt { .. }
        | LoadOutcome::WrongShape { .. }
        | LoadOutcome::NewerVersion { .. }) => {
            prop_assert_eq!(outcome.original(), Some(text));
        }
        LoadOutcome::Unavailable => prop_assert!(false, "only the browser says Unavailable"),
    }
    Ok(())
}

/// Equal, but for the last bits of numbers with 17 significant digits:
/// serde_json reads those to the nearest double or the one next to it (its
/// exact reader, `float_roundtrip`, would cost the app download size), so a
/// number like 9078133117930774016 may come back one unit in the last place
/// apart. No number a person types or the app computes from typed figures
/// has that many digits.
fn same_data(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => {
                x == y || (x - y).abs() <= 4.0 * f64::EPSILON * x.abs().max(y.abs())
            }
            _ => x == y,
        },
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| same_data(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| same_data(v, w)))
        }
        _ => a == b,
    }
}

/// The import rules: a named outcome with a message that says nothing
/// changed; an accepted envelope is one the browser can decrypt; merging an
/// accepted file into a workspace keeps every record already there.
fn check_import(bytes: &[u8], here: &Workspace) -> Result<(), TestCaseError> {
    match parse_import(bytes) {
        Ok(Incoming::Plain { workspace, .. }) => {
            prop_assert_eq!(workspace.version, CURRENT_VERSION);
            let merged = merge_import(here, &workspace);
            for o in &here.opportunities {
                prop_assert!(merged.opportunities.iter().any(|m| m.id == o.id));
            }
            prop_assert!(merged.contacts.len() >= here.contacts.len());
            prop_assert!(merged.sent_messages.len() >= here.sent_messages.len());
        }
        Ok(Incoming::Encrypted(envelope)) => {
            prop_assert_eq!(envelope.iv_bytes().map(|iv| iv.len()), Some(IV_LEN));
            prop_assert!(envelope.salt_bytes().is_some_and(|s| s.len() >= 8));
            prop_assert!(envelope.ciphertext().is_some());
            prop_assert!((1..=10_000_000).contains(&envelope.iterations));
        }
        Err(error) => {
            let message = error.to_string();
            prop_assert!(message.ends_with("Nothing was changed."), "{}", message);
            if let ImportError::TooLarge { .. } = error {
                prop_assert!(bytes.len() > crossroads::core::storage::MAX_IMPORT_BYTES);
            }
        }
    }
    Ok(())
}

fn sample() -> Workspace {
    Workspace::sample(crossroads::core::date::Date::from_ymd(2026, 11, 22).unwrap())
}

#[test]
fn arbitrary_bytes_load_and_import_to_a_named_outcome() {
    let here = sample();
    fuzz(400, prop::collection::vec(any::<u8>(), 0..600), |bytes| {
        check_load(&String::from_utf8_lossy(&bytes))?;
        check_import(&bytes, &here)
    });
}

#[test]
fn arbitrary_json_loads_and_imports_to_a_named_outcome() {
    let here = sample();
    fuzz(600, json(known_keys()), |value| {
        let text = value.to_string();
        check_load(&text)?;
        check_import(text.as_bytes(), &here)?;
        // The same value as a workspace, an export and an encrypted envelope.
        let mut export = serde_json::json!({
            "app": "crossroads", "kind": "export", "schema_version": CURRENT_VERSION,
            "exported_on": "2026-11-22", "workspace": value.clone(),
        });
        check_import(export.to_string().as_bytes(), &here)?;
        export["kind"] = Value::from("encrypted-export");
        if let Value::Object(fields) = &value {
            for (k, v) in fields {
                export[k.as_str()] = v.clone();
            }
        }
        check_import(export.to_string().as_bytes(), &here)
    });
}

#[test]
fn every_fixture_with_any_node_replaced_or_removed_loads_and_imports_to_a_named_outcome() {
    let files = fixtures();
    let here = sample();
    let strategy = (
        0..files.len(),
        any::<usize>(),
        prop::option::weighted(0.85, json(known_keys())),
        prop::option::weighted(0.1, number()),
    );
    let seen = std::sync::Mutex::new(BTreeSet::new());
    fuzz(1500, strategy, |(file, pick, graft, version)| {
        let mut text = grafted(&files[file].1, pick, graft);
        // Now and then the version itself is what changed.
        if let Some(version) = version {
            let mut doc: Value = serde_json::from_str(&text).unwrap();
            for at in ["/version", "/schema_version", "/workspace/version"] {
                if let Some(v) = doc.pointer_mut(at) {
                    *v = version.clone();
                }
            }
            text = doc.to_string();
        }
        let outcome = match load_stored(Some(&text)) {
            LoadOutcome::Ok(_) => "ok",
            LoadOutcome::WrongShape { .. } => "wrong shape",
            LoadOutcome::NewerVersion { .. } => "newer version",
            _ => "other",
        };
        seen.lock().unwrap().insert(outcome);
        check_load(&text)?;
        check_import(text.as_bytes(), &here)
    });
    // The grafts reach every way a readable document can go.
    let seen = seen.into_inner().unwrap();
    for outcome in ["ok", "wrong shape", "newer version"] {
        assert!(seen.contains(outcome), "no case ended {outcome}: {seen:?}");
    }
}

#[test]
fn an_encrypted_envelope_with_any_field_changed_is_opened_or_refused_by_name() {
    let good = serde_json::json!({
        "app": "crossroads", "kind": "encrypted-export", "schema_version": CURRENT_VERSION,
        "cipher": "AES-GCM-256", "kdf": "PBKDF2-SHA-256", "iterations": 600000,
        "salt": base64_encode(&[7; 16]), "iv": base64_encode(&[9; 12]), "data": base64_encode(b"ciphertext and tag"),
    });
    let fields = [
        "schema_version",
        "cipher",
        "kdf",
        "iterations",
        "salt",
        "iv",
        "data",
    ];
    let value = prop_oneof![
        json(vec!["x".into()]),
        prop::collection::vec(any::<u8>(), 0..40).prop_map(|b| Value::from(base64_encode(&b))),
        ".{0,30}".prop_map(Value::from),
    ];
    let here = sample();
    fuzz(
        800,
        (
            prop::sample::subsequence(fields.to_vec(), 1..4),
            prop::collection::vec(value, 3),
        ),
        |(changed, values)| {
            let mut envelope = good.clone();
            for (field, value) in changed.iter().zip(values) {
                envelope[*field] = value;
            }
            check_import(envelope.to_string().as_bytes(), &here)
        },
    );
}

#[test]
fn migrating_any_object_from_any_past_version_ends_in_the_current_version_or_a_reason() {
    let strategy = (1..CURRENT_VERSION.max(2), json(known_keys()));
    fuzz(600, strategy, |(from, value)| {
        let Value::Object(document) = value else {
            return Ok(());
        };
        match migrate(document, from) {
            Ok(migrated) => prop_assert_eq!(&migrated["version"], &Value::from(CURRENT_VERSION)),
            Err(reason) => prop_assert!(!reason.is_empty()),
        }
        Ok(())
    });
}

/// Any text as a save's revision or parent (another tab, or a hand-edited
/// store, may put anything there): the document still loads as itself, and
/// the revision reads back whenever it needs no escaping in JSON, as every
/// revision the app makes (a UUID).
#[test]
fn any_revision_in_front_of_a_save_loads_and_plain_ones_read_back() {
    let w = sample();
    let stored = stamped(&w, 1, "r", None);
    let rest = stored.split_once("\"version\"").unwrap().1;
    fuzz(
        300,
        (telling_string(), telling_string()),
        |(rev, parent)| {
            let quoted = |s: &str| serde_json::to_string(s).unwrap();
            let text = format!(
                "{{\"build\":1,\"rev\":{},\"parent\":{},\"version\"{rest}",
                quoted(&rev),
                quoted(&parent)
            );
            prop_assert_eq!(load_stored(Some(&text)), LoadOutcome::Ok(w.clone()));
            let read = Lineage::read(&text);
            let plain = |s: &str| !s.contains(['"', '\\']) && !s.chars().any(char::is_control);
            if plain(&rev) {
                prop_assert_eq!(read.rev, Some(rev.as_str()));
            }
            if plain(&parent) {
                prop_assert_eq!(read.parent, Some(parent.as_str()));
            }
            Ok(())
        },
    );
}

#[test]
fn base64_reads_any_text_and_round_trips_any_bytes() {
    fuzz(
        800,
        (".{0,64}", prop::collection::vec(any::<u8>(), 0..64)),
        |(text, bytes)| {
            let _ = base64_decode(&text);
            prop_assert_eq!(base64_decode(&base64_encode(&bytes)), Some(bytes));
            Ok(())
        },
    );
}

#[test]
fn the_message_fields_read_any_imported_notes_and_never_change_them() {
    // The studio's notes come from stored and imported data: any map, any id.
    let notes = prop::collection::btree_map(
        prop_oneof![Just("sample-northwind".to_string()), ".{0,6}"],
        prop::collection::btree_map(
            prop_oneof![
                prop::sample::select(MessageField::ALL.map(MessageField::name).to_vec())
                    .prop_map(String::from),
                ".{0,8}"
            ],
            ".{0,20}",
            0..6,
        ),
        0..4,
    );
    let strategy = (
        notes,
        prop_oneof![Just("sample-northwind".to_string()), ".{0,6}"],
        ".{0,40}",
        ".{0,40}",
    );
    fuzz(600, strategy, |(notes, id, subject, body)| {
        let mut w = sample();
        w.message_details = notes;
        let before: BTreeMap<_, _> = w.message_details.clone();
        for field in MessageField::ALL {
            let value = field.read(&w, &id);
            if !matches!(
                field,
                MessageField::Company
                    | MessageField::Role
                    | MessageField::YourName
                    | MessageField::ContactName
                    | MessageField::ContactEmail
                    | MessageField::ManagerName
            ) {
                let stored = w.message_details.get(&id).and_then(|d| d.get(field.name()));
                prop_assert_eq!(stored.cloned().unwrap_or_default(), value);
            }
            prop_assert_eq!(MessageField::from_name(field.name()), Some(field));
        }
        prop_assert_eq!(&w.message_details, &before, "reading changes nothing");
        if let Some(field) = MessageField::from_name(&subject) {
            prop_assert_eq!(field.name(), subject.as_str());
        }
        // Gaps are `[placeholders]`: text without a bracket has none.
        let found = gaps(&subject, &body);
        prop_assert!(found.iter().all(|f| f.can_be_a_gap()));
        if !subject.contains('[') && !body.contains('[') {
            prop_assert!(found.is_empty());
        }
        Ok(())
    });
}
