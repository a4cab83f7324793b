//! Merging an imported file into what is already here.
//!
//! The policy, also in the README: **merge never changes anything you have.**
//! Opportunities, contacts and sent messages from the file whose id is not
//! here yet are added; the ones you already have stay exactly as they are.
//! Your priorities, settings, goals, lines and current role stay as well —
//! unless you have not set them yet, then the file's are used. Checked
//! checklist items and done follow-ups are combined. To take a file exactly
//! as it is, choose "Replace" instead.

use crate::core::model::{Contact, Opportunity, SentMessage, Workspace};

/// Anything kept in a list and known by a stable id.
pub(crate) trait Record: Clone + PartialEq {
    /// The stable id.
    fn id(&self) -> &str;
}

impl Record for Opportunity {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Record for Contact {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Record for SentMessage {
    fn id(&self) -> &str {
        &self.id
    }
}

/// The records of `incoming` whose id `ours` does not have.
pub(crate) fn new_records<'a, T: Record>(ours: &[T], incoming: &'a [T]) -> Vec<&'a T> {
    incoming
        .iter()
        .filter(|r| !ours.iter().any(|o| o.id() == r.id()))
        .collect()
}

fn add_new<T: Record>(ours: &mut Vec<T>, incoming: &[T]) {
    let added: Vec<T> = new_records(ours, incoming).into_iter().cloned().collect();
    ours.extend(added);
}

/// Takes the file's value for a section only when ours is still the default.
fn fill_if_unset<T: PartialEq + Clone>(ours: &mut T, incoming: &T, default: &T) {
    if ours == default {
        *ours = incoming.clone();
    }
}

/// Merges `incoming` (an imported file) into `ours` by the policy above.
pub fn merge_import(ours: &Workspace, incoming: &Workspace) -> Workspace {
    let default = Workspace::default();
    let mut merged = ours.clone();
    // An id is here whether it is in the lists or in the archive.
    let here: Vec<Opportunity> = ours.all_opportunities().cloned().collect();
    let (lists, archive) = (
        new_records(&here, &incoming.opportunities),
        new_records(&here, &incoming.archived_opportunities),
    );
    merged.opportunities.extend(lists.into_iter().cloned());
    merged
        .archived_opportunities
        .extend(archive.into_iter().cloned());
    add_new(&mut merged.contacts, &incoming.contacts);
    add_new(&mut merged.sent_messages, &incoming.sent_messages);
    fill_if_unset(&mut merged.settings, &incoming.settings, &default.settings);
    fill_if_unset(
        &mut merged.priorities,
        &incoming.priorities,
        &default.priorities,
    );
    fill_if_unset(
        &mut merged.non_negotiables,
        &incoming.non_negotiables,
        &default.non_negotiables,
    );
    fill_if_unset(
        &mut merged.walk_away_line,
        &incoming.walk_away_line,
        &default.walk_away_line,
    );
    fill_if_unset(
        &mut merged.accept_line,
        &incoming.accept_line,
        &default.accept_line,
    );
    fill_if_unset(&mut merged.goals, &incoming.goals, &default.goals);
    fill_if_unset(
        &mut merged.current_role,
        &incoming.current_role,
        &default.current_role,
    );
    merged
        .follow_ups_done
        .extend(incoming.follow_ups_done.iter().cloned());
    for (opportunity, items) in &incoming.checklist {
        merged
            .checklist
            .entry(opportunity.clone())
            .or_default()
            .extend(items.iter().cloned());
    }
    for (key, details) in &incoming.message_details {
        merged
            .message_details
            .entry(key.clone())
            .or_insert_with(|| details.clone());
    }
    for (key, draft) in &incoming.drafts {
        merged
            .drafts
            .entry(key.clone())
            .or_insert_with(|| draft.clone());
    }
    // Real data merged into the demo is no longer the demo.
    merged.is_sample = ours.is_sample && incoming.is_sample;
    merged
}

#[cfg(test)]
// Tests build workspaces step by step, as the app does.
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::*;

    fn opportunity(id: &str, employer: &str) -> Opportunity {
        Opportunity {
            id: id.into(),
            employer: employer.into(),
            ..Opportunity::default()
        }
    }

    #[test]
    fn adds_what_is_new_and_changes_nothing_that_is_here() {
        let mut ours = Workspace::default();
        ours.opportunities = vec![opportunity("a", "Mine"), opportunity("b", "Bee")];
        ours.goals.one_year = "My goal".into();
        ours.set_checked("a", "x", true);
        let mut file = Workspace::default();
        file.opportunities = vec![opportunity("a", "Theirs"), opportunity("c", "Sea")];
        file.contacts = vec![Contact {
            id: "k".into(),
            name: "Kim".into(),
            ..Contact::default()
        }];
        file.goals.one_year = "Their goal".into();
        file.walk_away_line = 30.0;
        file.set_checked("a", "y", true);

        let merged = merge_import(&ours, &file);
        let employers: Vec<_> = merged
            .opportunities
            .iter()
            .map(|o| o.employer.as_str())
            .collect();
        assert_eq!(employers, ["Mine", "Bee", "Sea"]);
        assert_eq!(merged.contacts.len(), 1);
        assert_eq!(merged.goals.one_year, "My goal", "a set section stays ours");
        assert_eq!(
            merged.walk_away_line, 30.0,
            "an unset section takes the file's"
        );
        assert!(merged.is_checked("a", "x") && merged.is_checked("a", "y"));
    }

    #[test]
    fn merging_a_file_twice_changes_nothing_more() {
        let mut file = Workspace::default();
        file.opportunities = vec![opportunity("a", "A")];
        let once = merge_import(&Workspace::default(), &file);
        assert_eq!(merge_import(&once, &file), once);
    }
}
