//! When the last backup was made, and when to remind the user to make one.
//!
//! Some browsers clear a site's data after a week or so without a visit, so
//! an export kept elsewhere is the only copy that is truly safe.

use crate::core::date::Date;
use crate::core::model::Workspace;
use serde::{Deserialize, Serialize};

/// Remind after this many days with data and no backup.
pub const BACKUP_REMINDER_DAYS: i32 = 30;

/// Bookkeeping kept beside the workspace (under its own storage key, so it is
/// never part of an export).
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq, Eq)]
#[serde(default)]
pub struct StorageMeta {
    /// The day of the last export.
    pub last_backup: Option<Date>,
    /// The first day this browser held the user's own data.
    pub data_since: Option<Date>,
}

/// Whether the workspace holds anything the user entered (the untouched
/// default and the demo data do not count).
pub fn has_user_data(workspace: &Workspace) -> bool {
    !workspace.is_sample && *workspace != Workspace::default()
}

impl StorageMeta {
    /// Reads the stored text; anything unreadable counts as no bookkeeping.
    pub fn parse(text: Option<&str>) -> StorageMeta {
        text.and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or_default()
    }

    /// The text to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Notes that the workspace holds (or no longer holds) user data today.
    /// Returns whether anything changed, so the caller knows to store it.
    pub fn note_data(&mut self, has_data: bool, today: Date) -> bool {
        let next = if has_data {
            self.data_since.or(Some(today))
        } else {
            None
        };
        let changed = next != self.data_since;
        self.data_since = next;
        changed
    }

    /// Whether to remind: there has been data for at least
    /// [`BACKUP_REMINDER_DAYS`] days and no backup within that many days.
    pub fn needs_reminder(&self, today: Date) -> bool {
        let Some(since) = self.data_since else {
            return false;
        };
        let reference = self.last_backup.map_or(since, |b| b.max(since));
        reference.days_until(today) >= BACKUP_REMINDER_DAYS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(n: i32) -> Date {
        Date::from_ymd(2026, 1, 1).unwrap().add_days(n)
    }

    #[test]
    fn reminds_after_thirty_days_with_data_and_no_backup() {
        let rows = [
            // (data since, last backup, today, remind?)
            (None, None, 100, false),
            (Some(0), None, 29, false),
            (Some(0), None, 30, true),
            (Some(0), Some(10), 39, false),
            (Some(0), Some(10), 40, true),
            (Some(50), Some(10), 79, false),
            (Some(50), Some(10), 80, true),
        ];
        for (since, backup, today, remind) in rows {
            let meta = StorageMeta {
                data_since: since.map(day),
                last_backup: backup.map(day),
            };
            assert_eq!(
                meta.needs_reminder(day(today)),
                remind,
                "{since:?} {backup:?} {today}"
            );
        }
    }

    #[test]
    fn notes_when_data_first_appears_and_when_it_goes() {
        let mut meta = StorageMeta::default();
        assert!(!meta.note_data(false, day(0)));
        assert!(meta.note_data(true, day(3)));
        assert!(!meta.note_data(true, day(9)), "the first day stays");
        assert_eq!(meta.data_since, Some(day(3)));
        assert!(meta.note_data(false, day(10)));
        assert_eq!(StorageMeta::parse(Some(&meta.to_json())), meta);
        assert_eq!(StorageMeta::parse(Some("garbage")), StorageMeta::default());
    }

    #[test]
    fn the_default_and_the_demo_are_not_user_data() {
        assert!(!has_user_data(&Workspace::default()));
        assert!(!has_user_data(&Workspace::sample(day(0))));
        let mut w = Workspace::default();
        w.goals.one_year = "x".into();
        assert!(has_user_data(&w));
    }
}
