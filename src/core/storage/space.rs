//! Warning well before the browser's storage for the app runs out.
//!
//! The workspace lives in `localStorage`, which browsers cap per site at
//! about 5 MB whatever the disk holds (`navigator.storage.estimate()` reports
//! the quota of the other stores, not this cap). Some count each UTF-16 code
//! unit as two bytes, so the cap can be as low as 2.5 million characters;
//! the warning starts at half of that, leaving room for months of use.

use crate::core::model::Workspace;
use crate::core::number::fixed;

/// The smallest cap a browser puts on the stored text, in UTF-16 code
/// units (5 MB at two bytes each).
pub const STORAGE_CAP_UNITS: usize = 2_500_000;

/// Warn from this size: half the smallest cap.
pub const WARN_FROM_UNITS: usize = STORAGE_CAP_UNITS / 2;

/// What to say when the stored text is `units` long (UTF-16 code units, as
/// browsers count it), or `None` while there is plenty of room. Says how
/// full it is and what to export or remove, by what the workspace holds.
pub fn space_warning(units: usize, workspace: &Workspace) -> Option<String> {
    if units < WARN_FROM_UNITS {
        return None;
    }
    let megabytes = fixed(units as f64 * 2.0 / 1_000_000.0, 1);
    let settled = workspace
        .all_opportunities()
        .filter(|o| o.stage.is_settled())
        .count();
    let messages = workspace.sent_messages.len();
    let mut parts = Vec::new();
    if messages > 0 {
        parts.push(format!(
            "sent messages you no longer need ({messages} kept)"
        ));
    }
    if settled > 0 {
        parts.push(format!("closed opportunities ({settled})"));
    }
    let what = if parts.is_empty() {
        "what you no longer need".to_string()
    } else {
        parts.join(" and ")
    };
    Some(format!(
        "Your data takes about {megabytes} MB of the roughly 5 MB this browser keeps for Crossroads. \
         Export a backup now, then make room by deleting {what}; the backup keeps them. \
         Archiving tidies the lists but does not free space."
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Opportunity, SentMessage, Stage};

    #[test]
    fn warns_from_half_the_smallest_cap_and_names_what_to_remove() {
        let mut w = Workspace::default();
        assert_eq!(space_warning(0, &w), None);
        assert_eq!(space_warning(WARN_FROM_UNITS - 1, &w), None);
        let plain = space_warning(WARN_FROM_UNITS, &w).unwrap();
        assert!(plain.contains("about 2.5 MB"), "{plain}");
        assert!(
            plain.contains("deleting what you no longer need"),
            "{plain}"
        );
        assert!(plain.contains("Export a backup now"), "{plain}");

        w.sent_messages.push(SentMessage::default());
        w.opportunities.push(Opportunity {
            stage: Stage::Declined,
            ..Opportunity::new("a")
        });
        w.opportunities.push(Opportunity::new("b"));
        w.archived_opportunities.push(Opportunity {
            stage: Stage::Withdrawn,
            ..Opportunity::new("c")
        });
        let named = space_warning(STORAGE_CAP_UNITS, &w).unwrap();
        assert!(named.contains("about 5.0 MB"), "{named}");
        assert!(
            named
                .contains("sent messages you no longer need (1 kept) and closed opportunities (2)"),
            "{named}"
        );
    }
}
