//! Forms described as data. A field says what it is (id, label, hint, the
//! kind of control) and which part of a record it reads and writes; the UI
//! renders every field with one generic component. A screen is a list of
//! sections, so a new field costs a line of data, and labels, hints and
//! validation messages have one home that native tests can read.

pub mod contingency;
pub mod opportunity;
pub mod round;
mod slug;

pub use slug::{from_slug, slug_of};

use crate::core::model::{Contingency, Opportunity, Round};

/// One choice of a drop-down: the stored value and its label.
pub type Choice = (String, &'static str);

/// The kind of control a field is shown as.
#[derive(Clone, Copy)]
pub enum Control {
    /// One line of text; `autocomplete` is the browser's autofill hint.
    Text {
        /// The autofill hint ("organization", "off").
        autocomplete: &'static str,
    },
    /// A number typed as text: kept as typed while it does not read.
    Number {
        /// Whether fractions are expected (the phone's decimal keyboard).
        decimal: bool,
    },
    /// A date (the browser's date picker).
    Date,
    /// A drop-down with these choices.
    Choice(fn() -> Vec<Choice>),
    /// A checkbox: "true" when ticked, "" when not.
    Flag,
    /// Several lines of the user's own words (notes).
    Paragraph,
}

impl Control {
    /// Whether what the user types is parsed, so it is kept as typed until
    /// it reads (rewriting "2," to "2" under the cursor would fight them).
    pub fn is_parsed(self) -> bool {
        matches!(self, Control::Number { .. } | Control::Date)
    }
}

/// A field of a form: what the user sees, and the `key` that reads and
/// writes the record.
pub struct Field<K: 'static> {
    /// Which part of the record it edits.
    pub key: K,
    /// The control's id, unique on the page (tests and labels use it).
    pub id: &'static str,
    /// The visible label.
    pub label: &'static str,
    /// A hint under the label; empty for none.
    pub hint: &'static str,
    /// How it is edited.
    pub control: Control,
}

/// A field, as a constant.
pub const fn field<K>(
    key: K,
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    control: Control,
) -> Field<K> {
    Field {
        key,
        id,
        label,
        hint,
        control,
    }
}

/// A group of fields under a legend.
pub struct Section<K: 'static> {
    /// The group's legend.
    pub legend: &'static str,
    /// Its fields, in order.
    pub fields: &'static [Field<K>],
}

/// A drop-down's value read back; only a tampered page sends another.
fn pick<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    from_slug(text).ok_or_else(|| "Choose one of the options".to_string())
}

/// An optional whole number or date as field text.
pub fn optional_text<T: ToString>(x: Option<T>) -> String {
    x.map(|x| x.to_string()).unwrap_or_default()
}

/// A flag's stored text.
pub fn flag_text(on: bool) -> String {
    if on {
        "true".to_string()
    } else {
        String::new()
    }
}

/// Drop-down choices from an enum's values and labels (the stored value is
/// the serde name, as in saved data).
pub fn choices<T: serde::Serialize>(items: &[(T, &'static str)]) -> Vec<Choice> {
    items.iter().map(|(v, l)| (slug_of(v), *l)).collect()
}

/// Adds `id` to a list of ids (criteria, people) when `on`, removes it when
/// not; never adds it twice, and keeps the order the user ticked them in.
pub fn toggle(list: &mut Vec<String>, id: &str, on: bool) {
    let present = list.iter().any(|x| x == id);
    if on && !present {
        list.push(id.to_string());
    } else if !on {
        list.retain(|x| x != id);
    }
}

/// A record kept in a list on an opportunity (a round, a condition), found
/// by its id.
pub trait Row: Clone + PartialEq + Send + Sync + 'static {
    /// Its id, unique in its list.
    fn row_id(&self) -> &str;
    /// The list it belongs to.
    fn rows(o: &Opportunity) -> &Vec<Self>;
    /// The list it belongs to, to change.
    fn rows_mut(o: &mut Opportunity) -> &mut Vec<Self>;
    /// Whether it holds words the user wrote, so removing it is confirmed
    /// first.
    fn has_own_words(&self) -> bool;
}

/// A field of a [`Row`]: reads and writes it as text, as
/// [`opportunity::OpportunityField`] does for an opportunity.
pub trait RowField<R>: Copy + Send + Sync + 'static {
    /// The field's value as the control shows it.
    fn read(self, row: &R) -> String;
    /// Stores the text, or says what is wrong with it (and changes nothing).
    fn write(self, row: &mut R, text: &str) -> Result<(), String>;
}

impl Row for Round {
    fn row_id(&self) -> &str {
        &self.id
    }
    fn rows(o: &Opportunity) -> &Vec<Round> {
        &o.rounds
    }
    fn rows_mut(o: &mut Opportunity) -> &mut Vec<Round> {
        &mut o.rounds
    }
    fn has_own_words(&self) -> bool {
        !self.notes.trim().is_empty()
    }
}

impl Row for Contingency {
    fn row_id(&self) -> &str {
        &self.id
    }
    fn rows(o: &Opportunity) -> &Vec<Contingency> {
        &o.contingencies
    }
    fn rows_mut(o: &mut Opportunity) -> &mut Vec<Contingency> {
        &mut o.contingencies
    }
    fn has_own_words(&self) -> bool {
        !self.note.trim().is_empty()
    }
}

impl RowField<Round> for round::RoundField {
    fn read(self, row: &Round) -> String {
        round::RoundField::read(self, row)
    }
    fn write(self, row: &mut Round, text: &str) -> Result<(), String> {
        round::RoundField::write(self, row, text)
    }
}

impl RowField<Contingency> for contingency::ContingencyField {
    fn read(self, row: &Contingency) -> String {
        contingency::ContingencyField::read(self, row)
    }
    fn write(self, row: &mut Contingency, text: &str) -> Result<(), String> {
        contingency::ContingencyField::write(self, row, text)
    }
}
