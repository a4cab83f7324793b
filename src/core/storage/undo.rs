//! Undo for the last deletion of an opportunity, a contact or a sent message.
//!
//! A [`Deletion`] holds everything the delete removed and where it was, so
//! restoring puts it back in its place. It is plain data, so the UI can keep
//! the last one in a signal and any screen can offer "Undo".

use crate::core::model::{Contact, Opportunity, SentMessage, Workspace};
use crate::core::studio::DraftEdits;
use std::collections::{BTreeMap, BTreeSet};

/// What an opportunity leaves elsewhere in the workspace, under its id:
/// ticked checklist items, message details, edited drafts and follow-ups
/// marked done. Deleting the opportunity takes them too (nothing is left
/// behind to export), and undo puts them back.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Belongings {
    checked: Option<BTreeSet<String>>,
    details: Option<BTreeMap<String, String>>,
    drafts: Vec<(String, DraftEdits)>,
    follow_ups_done: Vec<String>,
}

impl Belongings {
    /// Takes everything stored under opportunity `id` out of `workspace`.
    fn take(workspace: &mut Workspace, id: &str) -> Belongings {
        fn starting<'a>(keys: impl Iterator<Item = &'a String>, prefix: &str) -> Vec<String> {
            keys.filter(|k| k.starts_with(prefix)).cloned().collect()
        }
        let drafts = starting(workspace.drafts.keys(), &format!("{id}/"));
        let follow_ups_done = starting(workspace.follow_ups_done.iter(), &format!("{id}:"));
        for step in &follow_ups_done {
            workspace.follow_ups_done.remove(step);
        }
        Belongings {
            checked: workspace.checklist.remove(id),
            details: workspace.message_details.remove(id),
            drafts: drafts
                .into_iter()
                .filter_map(|k| workspace.drafts.remove(&k).map(|d| (k, d)))
                .collect(),
            follow_ups_done,
        }
    }

    /// Puts them back under opportunity `id`.
    fn restore(self, workspace: &mut Workspace, id: &str) {
        if let Some(items) = self.checked {
            workspace.checklist.insert(id.to_string(), items);
        }
        if let Some(details) = self.details {
            workspace.message_details.insert(id.to_string(), details);
        }
        workspace.drafts.extend(self.drafts);
        workspace.follow_ups_done.extend(self.follow_ups_done);
    }
}

/// Something the user deleted, kept until the next deletion replaces it.
// One is kept at a time; a Box would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Deletion {
    /// An opportunity, with everything stored under its id.
    Opportunity {
        /// The opportunity.
        record: Opportunity,
        /// Its position in the list.
        index: usize,
        /// Its checklist ticks, message details, drafts and follow-ups done.
        belongings: Belongings,
    },
    /// A contact.
    Contact {
        /// The contact.
        record: Contact,
        /// Its position in the list.
        index: usize,
    },
    /// A sent message.
    Message {
        /// The message.
        record: SentMessage,
        /// Its position in the list.
        index: usize,
    },
}

fn remove_at<T>(list: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> Option<(T, usize)> {
    let index = list.iter().position(matches)?;
    Some((list.remove(index), index))
}

impl Deletion {
    /// Deletes the opportunity with this id; `None` when there is none.
    pub fn opportunity(workspace: &mut Workspace, id: &str) -> Option<Deletion> {
        let (record, index) = remove_at(&mut workspace.opportunities, |o| o.id == id)?;
        let belongings = Belongings::take(workspace, id);
        Some(Deletion::Opportunity {
            record,
            index,
            belongings,
        })
    }

    /// Deletes the contact with this id.
    pub fn contact(workspace: &mut Workspace, id: &str) -> Option<Deletion> {
        let (record, index) = remove_at(&mut workspace.contacts, |c| c.id == id)?;
        Some(Deletion::Contact { record, index })
    }

    /// Deletes the sent message with this id.
    pub fn message(workspace: &mut Workspace, id: &str) -> Option<Deletion> {
        let (record, index) = remove_at(&mut workspace.sent_messages, |m| m.id == id)?;
        Some(Deletion::Message { record, index })
    }

    /// Puts the deleted record back where it was. If a record with the same
    /// id has appeared since (another tab), the workspace is left alone.
    pub fn restore(self, workspace: &mut Workspace) {
        fn put<T>(list: &mut Vec<T>, record: T, index: usize, exists: bool) {
            if !exists {
                list.insert(index.min(list.len()), record);
            }
        }
        match self {
            Deletion::Opportunity {
                record,
                index,
                belongings,
            } => {
                let exists = workspace.opportunity(&record.id).is_some();
                if !exists {
                    belongings.restore(workspace, &record.id);
                }
                put(&mut workspace.opportunities, record, index, exists);
            }
            Deletion::Contact { record, index } => {
                let exists = workspace.contacts.iter().any(|c| c.id == record.id);
                put(&mut workspace.contacts, record, index, exists);
            }
            Deletion::Message { record, index } => {
                let exists = workspace.sent_messages.iter().any(|m| m.id == record.id);
                put(&mut workspace.sent_messages, record, index, exists);
            }
        }
    }

    /// "You deleted the opportunity “Acme — Analyst”."
    pub fn describe(&self) -> String {
        match self {
            Deletion::Opportunity { record, .. } => {
                let name = [record.employer.trim(), record.role.trim()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" — ");
                named("opportunity", &name)
            }
            Deletion::Contact { record, .. } => named("contact", record.name.trim()),
            Deletion::Message { record, .. } => named("sent message", record.subject.trim()),
        }
    }
}

fn named(what: &str, name: &str) -> String {
    if name.is_empty() {
        let article = if what.starts_with('o') { "an" } else { "a" };
        format!("You deleted {article} {what} without a name.")
    } else {
        format!("You deleted the {what} “{name}”.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;

    fn sample() -> Workspace {
        let mut w = Workspace::sample(Date::from_ymd(2026, 3, 2).unwrap());
        w.sent_messages.push(SentMessage {
            id: "m1".into(),
            ..SentMessage::default()
        });
        w
    }

    #[test]
    fn every_kind_of_deletion_restores_exactly() {
        let original = sample();
        let middle = original.opportunities[1].id.clone();
        let mut w = original.clone();
        w.set_checked(&middle, "written_offer", true);
        let with_check = w.clone();
        let d = Deletion::opportunity(&mut w, &middle).unwrap();
        assert!(w.opportunity(&middle).is_none());
        assert!(!w.is_checked(&middle, "written_offer"));
        d.restore(&mut w);
        assert_eq!(w, with_check);

        let contact = original.contacts[0].id.clone();
        let mut w = original.clone();
        let d = Deletion::contact(&mut w, &contact).unwrap();
        assert!(d.describe().contains("Sam Ortega"));
        d.restore(&mut w);
        assert_eq!(w, original);

        let mut w = original.clone();
        let d = Deletion::message(&mut w, "m1").unwrap();
        assert!(w.sent_messages.iter().all(|m| m.id != "m1"));
        d.restore(&mut w);
        assert_eq!(w, original);

        assert_eq!(Deletion::contact(&mut w, "nobody"), None);
    }

    #[test]
    fn an_opportunity_takes_what_is_stored_under_its_id_and_undo_brings_it_back() {
        let mut w = sample();
        let (gone, kept) = (w.opportunities[0].id.clone(), w.opportunities[1].id.clone());
        for id in [&gone, &kept] {
            w.set_checked(id, "written_offer", true);
            w.message_details
                .entry(id.clone())
                .or_default()
                .insert("start_date".into(), "1 May".into());
            w.drafts
                .insert(format!("{id}/decline_offer"), DraftEdits::default());
            w.follow_ups_done.insert(format!("{id}:offer_deadline"));
        }
        let before = w.clone();
        let d = Deletion::opportunity(&mut w, &gone).unwrap();

        let mentions = |w: &Workspace, id: &str| {
            w.checklist.contains_key(id)
                || w.message_details.contains_key(id)
                || w.drafts.keys().any(|k| k.starts_with(&format!("{id}/")))
                || w.follow_ups_done
                    .iter()
                    .any(|k| k.starts_with(&format!("{id}:")))
        };
        assert!(!mentions(&w, &gone), "nothing of the deleted one is left");
        assert!(mentions(&w, &kept), "the other opportunity keeps its own");
        assert_eq!(w.drafts.len(), 1);
        let others_done = before
            .follow_ups_done
            .iter()
            .filter(|k| !k.starts_with(&format!("{gone}:")));
        assert!(others_done.eq(w.follow_ups_done.iter()));

        d.restore(&mut w);
        assert_eq!(w, before);
    }

    #[test]
    fn describes_in_plain_words() {
        let mut w = Workspace::default();
        w.opportunities.push(Opportunity {
            id: "a".into(),
            employer: "Acme".into(),
            role: "Analyst".into(),
            ..Opportunity::default()
        });
        w.contacts.push(Contact {
            id: "k".into(),
            ..Contact::default()
        });
        assert_eq!(
            Deletion::opportunity(&mut w, "a").unwrap().describe(),
            "You deleted the opportunity “Acme — Analyst”."
        );
        assert_eq!(
            Deletion::contact(&mut w, "k").unwrap().describe(),
            "You deleted a contact without a name."
        );
    }
}
