//! Heavy use: a long search's worth of data (200 opportunities, 30 criteria,
//! 500 sent messages, 300 contacts) loads, saves, exports, imports, merges
//! and archives with nothing lost, and its stored size stays well under the
//! point where the app starts warning about space. Figures are printed, not
//! asserted: timings belong to the benchmark (scripts/bench.sh).

#[path = "support/heavy.rs"]
mod heavy;

use crossroads::core::assess::assess;
use crossroads::core::date::Date;
use crossroads::core::model::Stage;
use crossroads::core::storage::{
    export_json, load_stored, merge_import, parse_import, space_warning, stamped, Incoming,
    LoadOutcome, WARN_FROM_UNITS,
};
use heavy::{heavy_workspace, CONTACTS, CRITERIA, MESSAGES, OPPORTUNITIES};

fn today() -> Date {
    Date::from_ymd(2026, 11, 24).unwrap()
}

#[test]
fn the_heavy_workspace_saves_loads_exports_and_imports_whole() {
    let w = heavy_workspace(today());
    assert_eq!(w.opportunities.len(), OPPORTUNITIES);
    assert_eq!(w.priorities.criteria.len(), CRITERIA);
    assert_eq!(w.sent_messages.len(), MESSAGES);
    assert_eq!(w.contacts.len(), CONTACTS);

    let stored = stamped(&w, 1, "r1", None);
    assert_eq!(load_stored(Some(&stored)), LoadOutcome::Ok(w.clone()));
    let units = stored.encode_utf16().count();
    println!(
        "heavy workspace: {units} UTF-16 units stored ({:.0} % of the warning point)",
        100.0 * units as f64 / WARN_FROM_UNITS as f64
    );
    assert_eq!(
        space_warning(units, &w),
        None,
        "a long search fits without a warning"
    );

    let file = export_json(&w, today());
    match parse_import(file.as_bytes()) {
        Ok(Incoming::Plain { workspace, .. }) => assert_eq!(workspace, w),
        other => panic!("the export did not import: {other:?}"),
    }
    // Merging the file into itself adds nothing and changes nothing.
    assert_eq!(merge_import(&w, &w), w);
    // The engine assesses every opportunity.
    let assessment = assess(&w, today());
    assert_eq!(assessment.opportunities.len(), OPPORTUNITIES);
}

#[test]
fn archiving_the_closed_ones_takes_them_out_of_the_engines_work_and_keeps_them_stored() {
    let mut w = heavy_workspace(today());
    let closed: Vec<String> = w
        .opportunities
        .iter()
        .filter(|o| o.stage.is_settled())
        .map(|o| o.id.clone())
        .collect();
    assert!(!closed.is_empty());
    let open = w
        .opportunities
        .iter()
        .find(|o| o.stage == Stage::Interviewing)
        .unwrap()
        .id
        .clone();
    assert!(
        !w.archive(&open),
        "an opportunity in progress is not archived"
    );
    for id in &closed {
        assert!(w.archive(id));
    }
    assert_eq!(w.opportunities.len(), OPPORTUNITIES - closed.len());
    assert_eq!(w.archived_opportunities.len(), closed.len());
    assert_eq!(w.all_opportunities().count(), OPPORTUNITIES);
    let assessment = assess(&w, today());
    assert_eq!(assessment.opportunities.len(), OPPORTUNITIES - closed.len());
    assert!(assessment
        .opportunities
        .iter()
        .all(|a| !closed.contains(&a.opportunity_id)));
    assert!(assessment
        .ranking
        .iter()
        .all(|c| !closed.contains(&c.opportunity_id)));

    // The archive is stored, exported and imported like the rest.
    let stored = stamped(&w, 1, "r1", None);
    assert_eq!(load_stored(Some(&stored)), LoadOutcome::Ok(w.clone()));
    let Ok(Incoming::Plain { workspace, .. }) = parse_import(export_json(&w, today()).as_bytes())
    else {
        panic!("the export did not import");
    };
    assert_eq!(workspace, w);

    // Bringing one back puts it in the lists and the engine's work again.
    assert!(w.unarchive(&closed[0]));
    assert!(!w.unarchive(&closed[0]));
    assert!(assess(&w, today()).for_opportunity(&closed[0]).is_some());
}
