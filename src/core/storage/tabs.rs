//! Two tabs of the app writing the same storage.
//!
//! When another tab saves, this tab receives its stored workspace
//! (`theirs`) while it may hold changes of its own not yet saved (`ours`).
//! Both started from `base`: the document this tab last saved or loaded, or,
//! when the two tabs saved at the same moment without seeing each other's
//! save, the one this tab's save replaced (see [`super::Lineage`]).
//! The merge is per record:
//!
//! - a record (opportunity, contact, sent message) changed in only one tab
//!   takes that tab's version — so edits to different records both survive;
//! - a record changed in both takes this tab's version: the tab that saves
//!   last wins, record by record (this tab saves right after merging);
//! - a record deleted in one tab and edited in the other is kept, edited,
//!   so nothing typed is lost;
//! - the other parts (settings, priorities, goals, lines, current role) are
//!   treated as one record each; checklists and done follow-ups combine
//!   additions and removals from both tabs; message-studio details and
//!   drafts merge key by key like records.

use super::merge::Record;
use crate::core::model::Workspace;
use std::collections::{BTreeMap, BTreeSet};

fn pick<'a, T: PartialEq>(
    base: Option<&T>,
    ours: Option<&'a T>,
    theirs: Option<&'a T>,
) -> Option<&'a T> {
    if ours == base {
        theirs
    } else if theirs == base {
        ours
    } else {
        // Changed in both: ours saves last. A deletion never beats an edit.
        ours.or(theirs)
    }
}

fn find<'a, T: Record>(list: &'a [T], id: &str) -> Option<&'a T> {
    list.iter().find(|r| r.id() == id)
}

fn merge_records<T: Record>(base: &[T], ours: &[T], theirs: &[T]) -> Vec<T> {
    // Our order first, then records only the other tab has, in its order.
    let mut ids: Vec<&str> = ours.iter().map(Record::id).collect();
    for r in theirs.iter().chain(base) {
        if !ids.contains(&r.id()) {
            ids.push(r.id());
        }
    }
    ids.into_iter()
        .filter_map(|id| pick(find(base, id), find(ours, id), find(theirs, id)).cloned())
        .collect()
}

fn merge_section<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours == base {
        theirs.clone()
    } else {
        ours.clone()
    }
}

fn merge_set<T: Ord + Clone>(
    base: &BTreeSet<T>,
    ours: &BTreeSet<T>,
    theirs: &BTreeSet<T>,
) -> BTreeSet<T> {
    // `extend` inserts one by one; `collect` would compile in another sort.
    let mut merged = BTreeSet::new();
    merged.extend(
        ours.union(theirs)
            .filter(|x| !base.contains(x) || (ours.contains(x) && theirs.contains(x)))
            .cloned(),
    );
    merged
}

/// Per key, like records: a key changed in one tab takes that tab's value.
fn merge_map<V: PartialEq + Clone>(
    base: &BTreeMap<String, V>,
    ours: &BTreeMap<String, V>,
    theirs: &BTreeMap<String, V>,
) -> BTreeMap<String, V> {
    let mut merged = BTreeMap::new();
    for k in base.keys().chain(ours.keys()).chain(theirs.keys()) {
        if merged.contains_key(k) {
            continue;
        }
        if let Some(v) = pick(base.get(k), ours.get(k), theirs.get(k)) {
            merged.insert(k.clone(), v.clone());
        }
    }
    merged
}

fn checklist_pairs(w: &Workspace) -> BTreeSet<(String, String)> {
    let mut pairs = BTreeSet::new();
    pairs.extend(
        w.checklist
            .iter()
            .flat_map(|(o, items)| items.iter().map(move |i| (o.clone(), i.clone()))),
    );
    pairs
}

/// Merges the other tab's stored workspace with ours, record by record (see
/// the module docs for the policy).
pub fn merge_from_other_tab(base: &Workspace, ours: &Workspace, theirs: &Workspace) -> Workspace {
    let mut merged = Workspace {
        version: theirs.version.max(ours.version),
        is_sample: merge_section(&base.is_sample, &ours.is_sample, &theirs.is_sample),
        settings: merge_section(&base.settings, &ours.settings, &theirs.settings),
        priorities: merge_section(&base.priorities, &ours.priorities, &theirs.priorities),
        non_negotiables: merge_section(
            &base.non_negotiables,
            &ours.non_negotiables,
            &theirs.non_negotiables,
        ),
        walk_away_line: merge_section(
            &base.walk_away_line,
            &ours.walk_away_line,
            &theirs.walk_away_line,
        ),
        accept_line: merge_section(&base.accept_line, &ours.accept_line, &theirs.accept_line),
        goals: merge_section(&base.goals, &ours.goals, &theirs.goals),
        current_role: merge_section(&base.current_role, &ours.current_role, &theirs.current_role),
        opportunities: merge_records(
            &base.opportunities,
            &ours.opportunities,
            &theirs.opportunities,
        ),
        archived_opportunities: merge_records(
            &base.archived_opportunities,
            &ours.archived_opportunities,
            &theirs.archived_opportunities,
        ),
        contacts: merge_records(&base.contacts, &ours.contacts, &theirs.contacts),
        sent_messages: merge_records(
            &base.sent_messages,
            &ours.sent_messages,
            &theirs.sent_messages,
        ),
        follow_ups_done: merge_set(
            &base.follow_ups_done,
            &ours.follow_ups_done,
            &theirs.follow_ups_done,
        ),
        checklist: Default::default(),
        message_details: merge_map(
            &base.message_details,
            &ours.message_details,
            &theirs.message_details,
        ),
        drafts: merge_map(&base.drafts, &ours.drafts, &theirs.drafts),
    };
    for (opportunity, item) in merge_set(
        &checklist_pairs(base),
        &checklist_pairs(ours),
        &checklist_pairs(theirs),
    ) {
        merged
            .checklist
            .entry(opportunity)
            .or_default()
            .insert(item);
    }
    merged
}

#[cfg(test)]
// Tests build workspaces step by step, as the app does.
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::*;
    use crate::core::model::{Contact, Opportunity};

    fn opportunity(id: &str, notes: &str) -> Opportunity {
        Opportunity {
            id: id.into(),
            notes: notes.into(),
            ..Opportunity::default()
        }
    }

    fn base() -> Workspace {
        let mut w = Workspace::default();
        w.opportunities = vec![
            opportunity("a", "a0"),
            opportunity("b", "b0"),
            opportunity("c", "c0"),
        ];
        w.set_checked("a", "x", true);
        w
    }

    fn notes(w: &Workspace) -> Vec<(&str, &str)> {
        w.opportunities
            .iter()
            .map(|o| (o.id.as_str(), o.notes.as_str()))
            .collect()
    }

    #[test]
    fn edits_to_different_records_both_survive() {
        let base = base();
        let mut ours = base.clone();
        ours.opportunity_mut("a").unwrap().notes = "a-ours".into();
        let mut theirs = base.clone();
        theirs.opportunity_mut("b").unwrap().notes = "b-theirs".into();
        let merged = merge_from_other_tab(&base, &ours, &theirs);
        assert_eq!(
            notes(&merged),
            [("a", "a-ours"), ("b", "b-theirs"), ("c", "c0")]
        );
    }

    #[test]
    fn the_same_record_changed_in_both_keeps_this_tabs_version() {
        let base = base();
        let mut ours = base.clone();
        ours.opportunity_mut("a").unwrap().notes = "ours".into();
        let mut theirs = base.clone();
        theirs.opportunity_mut("a").unwrap().notes = "theirs".into();
        assert_eq!(
            notes(&merge_from_other_tab(&base, &ours, &theirs))[0],
            ("a", "ours")
        );
    }

    #[test]
    fn with_no_changes_here_the_other_tab_wins_whole() {
        let base = base();
        let mut theirs = base.clone();
        theirs.opportunities.remove(1);
        theirs.opportunities.push(opportunity("d", "new"));
        theirs.goals.one_year = "Lead".into();
        theirs.set_checked("a", "x", false);
        assert_eq!(merge_from_other_tab(&base, &base, &theirs), theirs);
    }

    #[test]
    fn additions_and_deletions_from_both_sides_apply() {
        let base = base();
        let mut ours = base.clone();
        ours.opportunities.retain(|o| o.id != "c");
        ours.contacts.push(Contact {
            id: "k1".into(),
            ..Contact::default()
        });
        ours.set_checked("b", "y", true);
        let mut theirs = base.clone();
        theirs.opportunities.push(opportunity("d", "d0"));
        theirs.contacts.push(Contact {
            id: "k2".into(),
            ..Contact::default()
        });
        theirs.set_checked("a", "x", false);
        let merged = merge_from_other_tab(&base, &ours, &theirs);
        assert_eq!(notes(&merged), [("a", "a0"), ("b", "b0"), ("d", "d0")]);
        let contacts: Vec<_> = merged.contacts.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(contacts, ["k1", "k2"]);
        assert!(!merged.is_checked("a", "x"), "their removal applies");
        assert!(merged.is_checked("b", "y"), "our addition applies");
    }

    #[test]
    fn an_edit_beats_a_deletion_in_the_other_tab() {
        let base = base();
        let mut ours = base.clone();
        ours.opportunity_mut("c").unwrap().notes = "still typing".into();
        let mut theirs = base.clone();
        theirs.opportunities.retain(|o| o.id != "c");
        let merged = merge_from_other_tab(&base, &ours, &theirs);
        assert_eq!(merged.opportunity("c").unwrap().notes, "still typing");
    }

    #[test]
    fn studio_details_merge_key_by_key() {
        let base = base();
        let mut ours = base.clone();
        ours.message_details
            .entry("a".into())
            .or_default()
            .insert("start".into(), "May".into());
        let mut theirs = base.clone();
        theirs
            .message_details
            .entry("b".into())
            .or_default()
            .insert("start".into(), "June".into());
        let merged = merge_from_other_tab(&base, &ours, &theirs);
        assert_eq!(merged.message_details.len(), 2);
    }

    #[test]
    fn sections_follow_the_same_rule() {
        let base = base();
        let mut ours = base.clone();
        ours.goals.one_year = "ours".into();
        let mut theirs = base.clone();
        theirs.walk_away_line = 20.0;
        let merged = merge_from_other_tab(&base, &ours, &theirs);
        assert_eq!(merged.goals.one_year, "ours");
        assert_eq!(merged.walk_away_line, 20.0);
    }
}
