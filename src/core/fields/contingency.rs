//! The fields of one condition of an offer (kind, status, date, private
//! note), as data.

use super::{at_position, field, in_order, optional_text, position_text, Choice, Control, Section};
use crate::core::model::{Contingency, ContingencyKind, ContingencyStatus};
use crate::core::validate;

/// The part of a condition a field edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each name is the field it edits
pub enum ContingencyField {
    Kind,
    Status,
    Date,
    Note,
}

impl ContingencyField {
    /// The field's value as the control shows it.
    pub fn read(self, c: &Contingency) -> String {
        match self {
            ContingencyField::Kind => position_text(&ContingencyKind::ALL, &c.kind),
            ContingencyField::Status => position_text(&ContingencyStatus::ALL, &c.status),
            ContingencyField::Date => optional_text(c.date),
            ContingencyField::Note => c.note.clone(),
        }
    }

    /// Stores what the user typed or chose, or says what is wrong with it
    /// (and changes nothing).
    pub fn write(self, c: &mut Contingency, text: &str) -> Result<(), String> {
        match self {
            ContingencyField::Kind => c.kind = at_position(&ContingencyKind::ALL, text)?,
            ContingencyField::Status => c.status = at_position(&ContingencyStatus::ALL, text)?,
            ContingencyField::Date => c.date = validate::date(text)?,
            ContingencyField::Note => c.note = text.to_string(),
        }
        Ok(())
    }
}

fn kinds() -> Vec<Choice> {
    in_order(&ContingencyKind::ALL, ContingencyKind::label)
}

fn statuses() -> Vec<Choice> {
    in_order(&ContingencyStatus::ALL, ContingencyStatus::label)
}

/// One condition's fields. Ids are suffixes: on the page each is prefixed
/// with the condition's own id.
#[rustfmt::skip]
pub const CONDITION: Section<ContingencyField> = Section {
    legend: "Condition",
    fields: &[
        field(ContingencyField::Kind, "kind", "Condition", "", Control::Choice(kinds)),
        field(ContingencyField::Status, "status", "Where it stands", "", Control::Choice(statuses)),
        field(ContingencyField::Date, "date", "Expected or cleared on", "", Control::Date),
        field(ContingencyField::Note, "note", "Your note", "Private: never written into a message.", Control::Paragraph),
    ],
};
