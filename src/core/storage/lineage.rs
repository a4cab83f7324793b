//! Which save a stored document is, and which save it started from.
//!
//! The browser passes one tab's save to the other tabs a moment later, so
//! two tabs saving within that moment each write a document that started
//! from the same earlier save, neither having seen the other's. The tab that
//! then sees the other's document must merge against that shared start,
//! not against its own last save: measured from its own save, what it added
//! looks deleted by the other tab, and the merge would drop it.
//!
//! So every save writes a fresh `rev` and the `parent` it started from in
//! front of the document (beside the build stamp), and each tab keeps the
//! document its own last save started from until it sees another tab's.

use super::merge_from_other_tab;
use crate::core::model::Workspace;

/// The two fields in front of a stored document. Both `None` for documents
/// from before they existed, which merge as they always did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Lineage<'a> {
    /// This save's revision.
    pub rev: Option<&'a str>,
    /// The revision of the document this save started from: empty when
    /// that had none (nothing stored yet, or a save from before revisions).
    pub parent: Option<&'a str>,
}

impl<'a> Lineage<'a> {
    /// Reads the fields [`super::stamped`] writes in front of the workspace
    /// (whose own fields start at `"version"`). Only that short head is
    /// read, so a save costs no second parse of the whole document; a text
    /// with anything else there has no lineage and merges as before.
    pub fn read(text: &'a str) -> Lineage<'a> {
        let head = text.find("\"version\"").map_or("", |end| &text[..end]);
        let field = |key: &str| {
            let start = head.find(key)? + key.len();
            let len = head[start..].find('"')?;
            Some(&head[start..start + len])
        };
        Lineage {
            rev: field("\"rev\":\""),
            parent: field("\"parent\":\""),
        }
    }
}

/// The document this tab's last own save replaced, with its revision (none
/// when it had none): what another tab's save made at the same moment
/// started from.
pub type Replaced = (Option<String>, Workspace);

/// What another tab's save is merged against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Base<'w> {
    /// The document this tab last saw in storage (none after an unreadable
    /// original): the other save came after it.
    Last(Option<&'w Workspace>),
    /// The document this tab's last save replaced: the other tab saved at
    /// the same moment from the same document, without this tab's save.
    Crossed(&'w Workspace),
}

impl Base<'_> {
    /// Merges `theirs` (the other tab's save) into `ours`, record by record
    /// (see `merge_from_other_tab`). Either way this tab saves the merge
    /// next, so a record changed in both keeps this tab's version, which may
    /// hold edits made since its own save: the last save wins, as always.
    pub fn merge(self, ours: &Workspace, theirs: &Workspace) -> Workspace {
        let base = match self {
            Base::Last(base) => base,
            Base::Crossed(base) => Some(base),
        };
        merge_from_other_tab(base.unwrap_or(&Workspace::default()), ours, theirs)
    }
}

/// The base for merging another tab's save (`theirs`, with its lineage)
/// into this tab's: the document this tab last saw in storage (`last`,
/// revision `last_rev`), unless `theirs` started from the one this tab's
/// last save replaced (`replaced`), which means the two saves crossed. A
/// save with this tab's own revision is this tab's, whatever else changed in
/// it.
pub fn merge_base<'w>(
    theirs: Lineage,
    last_rev: Option<&str>,
    last: Option<&'w Workspace>,
    replaced: Option<&'w Replaced>,
) -> Base<'w> {
    match (theirs.parent, replaced) {
        (Some(parent), Some((rev, before)))
            if parent == rev.as_deref().unwrap_or("")
                && Some(parent) != last_rev
                && theirs.rev != last_rev =>
        {
            Base::Crossed(before)
        }
        _ => Base::Last(last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::storage::stamped;

    #[test]
    fn the_head_of_a_stamped_save_is_read_back() {
        let w = Workspace::default();
        let rows = [
            (stamped(&w, 7, "r2", Some("r1")), Some("r2"), Some("r1")),
            (stamped(&w, 7, "r1", None), Some("r1"), Some("")),
            // Saves from before revisions, and texts that are not saves.
            (r#"{"build":7,"version":4}"#.to_string(), None, None),
            (r#"{"version":4,"rev":"late"}"#.to_string(), None, None),
            (r#"{"rev":"no version field"}"#.to_string(), None, None),
            (r#"{"rev":"unterminated"#.to_string(), None, None),
            (String::new(), None, None),
            ("\"version\"".to_string(), None, None),
        ];
        for (text, rev, parent) in rows {
            assert_eq!(Lineage::read(&text), Lineage { rev, parent }, "{text}");
        }
    }

    fn with_opportunity(w: &Workspace, id: &str, employer: &str) -> Workspace {
        let mut w = w.clone();
        let mut o = crate::core::model::Opportunity::new(id.to_string());
        o.employer = employer.to_string();
        w.opportunities.push(o);
        w
    }

    fn employers(w: &Workspace) -> Vec<&str> {
        w.opportunities
            .iter()
            .map(|o| o.employer.as_str())
            .collect()
    }

    const CROSSED: Lineage = Lineage {
        rev: Some("B"),
        parent: Some("0"),
    };

    /// Tab A saved `ours` (rev "A", from "0"); tab B, not having seen it,
    /// saved `theirs` from "0" too, and B's save is the one stored. A then
    /// merges B's save.
    #[test]
    fn crossed_saves_merge_against_the_save_both_started_from() {
        let start = Workspace::default();
        let ours = with_opportunity(&start, "a", "Added in A");
        let theirs = with_opportunity(&start, "b", "Added in B");
        let replaced: Replaced = (Some("0".into()), start.clone());
        let base = merge_base(CROSSED, Some("A"), Some(&ours), Some(&replaced));
        assert_eq!(base, Base::Crossed(&start));
        let merged = base.merge(&ours, &theirs);
        assert_eq!(employers(&merged), ["Added in A", "Added in B"]);

        // Against this tab's own last save, A's addition looks deleted by B:
        // the loss this module exists to prevent.
        let lost = Base::Last(Some(&ours)).merge(&ours, &theirs);
        assert_eq!(employers(&lost), ["Added in B"]);
    }

    #[test]
    fn a_record_both_crossed_saves_changed_keeps_this_tabs_version_which_saves_next() {
        let start = with_opportunity(&Workspace::default(), "x", "Start");
        let ours = with_opportunity(&Workspace::default(), "x", "Written in A");
        let theirs = with_opportunity(&Workspace::default(), "x", "Written in B");
        let replaced: Replaced = (Some("0".into()), start.clone());
        let crossed = merge_base(CROSSED, Some("A"), Some(&ours), Some(&replaced));
        assert_eq!(crossed, Base::Crossed(&start));
        // A saves the merge next: its version, perhaps with edits made since
        // its own save, is the last one saved, as when saves do not cross.
        assert_eq!(employers(&crossed.merge(&ours, &theirs)), ["Written in A"]);
        // A record only the other tab changed takes its version.
        assert_eq!(employers(&crossed.merge(&start, &theirs)), ["Written in B"]);
        // A record one crossed save deleted and the other edited is kept, edited.
        let deleted = Workspace::default();
        for (ours, theirs, kept) in [
            (&deleted, &theirs, "Written in B"),
            (&ours, &deleted, "Written in A"),
        ] {
            assert_eq!(employers(&crossed.merge(ours, theirs)), [kept]);
        }
    }

    /// Two tabs on a fresh browser (nothing stored, so no revision) save at
    /// the same moment: the other's save started from "nothing" too.
    #[test]
    fn crossed_first_saves_merge_against_nothing_stored() {
        let start = Workspace::default();
        let ours = with_opportunity(&start, "a", "Added in A");
        let replaced: Replaced = (None, start.clone());
        let from_nothing = Lineage {
            rev: Some("B"),
            parent: Some(""),
        };
        let base = merge_base(from_nothing, Some("A"), Some(&ours), Some(&replaced));
        assert_eq!(base, Base::Crossed(&start));
        // A save from before revisions (no parent field) is not taken for one.
        let old = Lineage::default();
        let base = merge_base(old, Some("A"), Some(&ours), Some(&replaced));
        assert_eq!(base, Base::Last(Some(&ours)));
    }

    #[test]
    fn any_other_save_merges_against_what_this_tab_last_saw() {
        let last = with_opportunity(&Workspace::default(), "last", "Last");
        let before = Workspace::default();
        let replaced: Replaced = (Some("0".into()), before.clone());
        let from = |parent| Lineage {
            rev: Some("B"),
            parent,
        };
        let rows: [(Lineage, Option<&str>, Option<&Replaced>, Base); 8] = [
            // Started from this tab's save: the usual case.
            (
                from(Some("A")),
                Some("A"),
                Some(&replaced),
                Base::Last(Some(&last)),
            ),
            // From some other save, or from before revisions existed.
            (
                from(Some("X")),
                Some("A"),
                Some(&replaced),
                Base::Last(Some(&last)),
            ),
            (
                from(None),
                Some("A"),
                Some(&replaced),
                Base::Last(Some(&last)),
            ),
            (
                from(Some("")),
                Some("A"),
                Some(&replaced),
                Base::Last(Some(&last)),
            ),
            // This tab has not saved since it last read storage.
            (from(Some("0")), Some("A"), None, Base::Last(Some(&last))),
            // It read "0" itself since: a later save from "0" crossed nothing of ours.
            (
                from(Some("0")),
                Some("0"),
                Some(&replaced),
                Base::Last(Some(&last)),
            ),
            // This tab's own save (its revision), whatever else changed in it.
            (
                Lineage {
                    rev: Some("A"),
                    parent: Some("0"),
                },
                Some("A"),
                Some(&replaced),
                Base::Last(Some(&last)),
            ),
            // Crossed.
            (
                from(Some("0")),
                Some("A"),
                Some(&replaced),
                Base::Crossed(&before),
            ),
        ];
        for (theirs, last_rev, replaced, want) in rows {
            assert_eq!(
                merge_base(theirs, last_rev, Some(&last), replaced),
                want,
                "{theirs:?} after {last_rev:?}"
            );
        }
    }
}
