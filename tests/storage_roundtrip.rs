//! Hostile text survives storage, export and import byte for byte.

use crossroads::core::date::Date;
use crossroads::core::model::{Contact, Opportunity, SentMessage, Workspace};
use crossroads::core::storage::{export_json, load_stored, parse_import, Incoming, LoadOutcome};

fn hostile_inputs() -> Vec<String> {
    let text = include_str!("fixtures/hostile-inputs.json");
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    value["inputs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect()
}

fn hostile_workspace() -> Workspace {
    let mut w = Workspace::default();
    for (i, text) in hostile_inputs().into_iter().enumerate() {
        w.opportunities.push(Opportunity {
            id: format!("o{i}"),
            employer: text.clone(),
            role: text.clone(),
            notes: text.clone(),
            ..Opportunity::default()
        });
        w.contacts.push(Contact {
            id: format!("c{i}"),
            name: text.clone(),
            notes: text.clone(),
            ..Contact::default()
        });
        w.sent_messages.push(SentMessage {
            id: format!("m{i}"),
            subject: text.clone(),
            body: text.clone(),
            ..SentMessage::default()
        });
        w.goals.one_year.push_str(&text);
    }
    w
}

#[test]
fn hostile_text_round_trips_through_storage_exactly() {
    let w = hostile_workspace();
    let stored = serde_json::to_string(&w).unwrap();
    assert_eq!(load_stored(Some(&stored)), LoadOutcome::Ok(w));
}

#[test]
fn hostile_text_round_trips_through_export_and_import_exactly() {
    let w = hostile_workspace();
    let today = Date::from_ymd(2026, 11, 22).unwrap();
    match parse_import(export_json(&w, today).as_bytes()) {
        Ok(Incoming::Plain { workspace, .. }) => assert_eq!(workspace, w),
        other => panic!("{other:?}"),
    }
}
