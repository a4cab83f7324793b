//! What a file holds, said before anything changes.

use super::merge::new_records;
use crate::core::model::Workspace;

/// "1 opportunity", "3 opportunities", "no opportunities".
pub fn count_phrase(n: usize, one: &str, many: &str) -> String {
    match n {
        0 => format!("no {many}"),
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// "2 opportunities, 1 contact and no sent messages": what a workspace holds.
pub fn contents_phrase(workspace: &Workspace) -> String {
    counts_phrase(
        workspace.all_opportunities().count(),
        workspace.contacts.len(),
        workspace.sent_messages.len(),
    )
}

fn counts_phrase(opportunities: usize, contacts: usize, messages: usize) -> String {
    format!(
        "{}, {} and {}",
        count_phrase(opportunities, "opportunity", "opportunities"),
        count_phrase(contacts, "contact", "contacts"),
        count_phrase(messages, "sent message", "sent messages"),
    )
}

/// Counts of what an imported file holds and what a merge would add.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportPreview {
    /// Opportunities in the file.
    pub opportunities: usize,
    /// Contacts in the file.
    pub contacts: usize,
    /// Sent messages in the file.
    pub messages: usize,
    /// Opportunities a merge would add.
    pub new_opportunities: usize,
    /// Contacts a merge would add.
    pub new_contacts: usize,
    /// Sent messages a merge would add.
    pub new_messages: usize,
}

impl ImportPreview {
    /// Compares a file's workspace with the one here.
    pub fn of(incoming: &Workspace, ours: &Workspace) -> ImportPreview {
        ImportPreview {
            opportunities: incoming.all_opportunities().count(),
            contacts: incoming.contacts.len(),
            messages: incoming.sent_messages.len(),
            new_opportunities: incoming
                .all_opportunities()
                .filter(|o| ours.all_opportunities().all(|here| here.id != o.id))
                .count(),
            new_contacts: new_records(&ours.contacts, &incoming.contacts).len(),
            new_messages: new_records(&ours.sent_messages, &incoming.sent_messages).len(),
        }
    }

    /// "This file holds 2 opportunities, 1 contact and no sent messages."
    pub fn holds(&self) -> String {
        format!(
            "This file holds {}.",
            counts_phrase(self.opportunities, self.contacts, self.messages)
        )
    }

    /// What "Merge" would do, in one sentence.
    pub fn merge_adds(&self) -> String {
        format!(
            "Merge adds {} that you do not have yet; everything you have stays as it is.",
            counts_phrase(self.new_opportunities, self.new_contacts, self.new_messages)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::model::Opportunity;

    #[test]
    fn counts_what_the_file_holds_and_what_is_new() {
        let file = Workspace::sample(Date::from_ymd(2026, 3, 2).unwrap());
        let mut ours = Workspace::default();
        ours.opportunities.push(file.opportunities[0].clone());
        ours.opportunities.push(Opportunity {
            id: "mine".into(),
            ..Opportunity::default()
        });
        let p = ImportPreview::of(&file, &ours);
        assert_eq!((p.opportunities, p.new_opportunities), (3, 2));
        assert_eq!(
            p.holds(),
            "This file holds 3 opportunities, 1 contact and 2 sent messages."
        );
        assert!(p
            .merge_adds()
            .starts_with("Merge adds 2 opportunities, 1 contact and 2 sent messages"));
    }
}
