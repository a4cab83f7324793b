//! Forms described as data. A field says what it is (id, label, hint, the
//! kind of control) and which part of a record it reads and writes; the UI
//! renders every field with one generic component. A screen is a list of
//! sections, so a new field costs a line of data, and labels, hints and
//! validation messages have one home that native tests can read.

pub mod contingency;
pub mod offer_parts;
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
    /// Text that is read as something else (a list of yearly percentages):
    /// kept as typed while it does not read, like a number.
    Parsed,
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
        matches!(
            self,
            Control::Number { .. } | Control::Date | Control::Parsed
        )
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

/// Drop-down choices for an enum listed in order (its `ALL`): the stored
/// value is the position, which costs no serde code per enum.
pub fn in_order<T: Copy>(all: &[T], label: fn(T) -> &'static str) -> Vec<Choice> {
    all.iter()
        .enumerate()
        .map(|(i, v)| (i.to_string(), label(*v)))
        .collect()
}

/// The position of `value` in `all`, as a drop-down holds it.
pub fn position_text<T: PartialEq>(all: &[T], value: &T) -> String {
    optional_text(all.iter().position(|v| v == value))
}

/// The value at the position a drop-down sent; only a tampered page sends
/// another.
pub fn at_position<T: Copy>(all: &[T], text: &str) -> Result<T, String> {
    text.parse::<usize>()
        .ok()
        .and_then(|i| all.get(i).copied())
        .ok_or_else(|| "Choose one of the options".to_string())
}

/// A record kept in a list on an opportunity (a round, a condition).
trait Row {
    fn row_id(&self) -> &str;
    fn has_own_words(&self) -> bool;
}

impl Row for Round {
    fn row_id(&self) -> &str {
        &self.id
    }
    fn has_own_words(&self) -> bool {
        !self.notes.trim().is_empty()
    }
}

impl Row for Contingency {
    fn row_id(&self) -> &str {
        &self.id
    }
    fn has_own_words(&self) -> bool {
        !self.note.trim().is_empty()
    }
}

fn find<'a, R: Row>(rows: &'a [R], id: &str) -> Option<&'a R> {
    rows.iter().find(|r| r.row_id() == id)
}

fn find_mut<'a, R: Row>(rows: &'a mut [R], id: &str) -> Option<&'a mut R> {
    rows.iter_mut().find(|r| r.row_id() == id)
}

/// A list of records on an opportunity, each row found by its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum List {
    /// The interview rounds.
    Rounds,
    /// The conditions of the offer.
    Conditions,
}

impl List {
    /// The ids of its rows, in order.
    pub fn ids(self, o: &Opportunity) -> Vec<String> {
        match self {
            List::Rounds => o.rounds.iter().map(|r| r.id.clone()).collect(),
            List::Conditions => o.contingencies.iter().map(|c| c.id.clone()).collect(),
        }
    }

    /// Whether the row holds words the user wrote, so removing it is
    /// confirmed first.
    pub fn has_own_words(self, o: &Opportunity, id: &str) -> bool {
        match self {
            List::Rounds => find(&o.rounds, id).is_some_and(Row::has_own_words),
            List::Conditions => find(&o.contingencies, id).is_some_and(Row::has_own_words),
        }
    }

    /// Adds an empty row: a round with the next free "round-N" id, or a
    /// condition with `new_id`.
    pub fn add(self, o: &mut Opportunity, new_id: String) {
        match self {
            List::Rounds => {
                o.add_round(None);
            }
            List::Conditions => o.contingencies.push(Contingency {
                id: new_id,
                ..Contingency::default()
            }),
        }
    }

    /// Removes the row.
    pub fn remove(self, o: &mut Opportunity, id: &str) {
        match self {
            List::Rounds => o.rounds.retain(|r| r.id != id),
            List::Conditions => o.contingencies.retain(|c| c.id != id),
        }
    }
}

/// A field of one row of a [`List`], read and written as text like an
/// [`opportunity::OpportunityField`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKey {
    /// A field of a round.
    Round(round::RoundField),
    /// A field of a condition.
    Condition(contingency::ContingencyField),
}

impl RowKey {
    /// The field's value in the row `id`, or `None` when the row is gone.
    pub fn read(self, o: &Opportunity, id: &str) -> Option<String> {
        match self {
            RowKey::Round(f) => find(&o.rounds, id).map(|r| f.read(r)),
            RowKey::Condition(f) => find(&o.contingencies, id).map(|c| f.read(c)),
        }
    }

    /// Stores the text in the row `id`, or says what is wrong with it (and
    /// changes nothing). A row that is gone takes nothing.
    pub fn write(self, o: &mut Opportunity, id: &str, text: &str) -> Result<(), String> {
        match self {
            RowKey::Round(f) => find_mut(&mut o.rounds, id).map_or(Ok(()), |r| f.write(r, text)),
            RowKey::Condition(f) => {
                find_mut(&mut o.contingencies, id).map_or(Ok(()), |c| f.write(c, text))
            }
        }
    }
}

impl From<round::RoundField> for RowKey {
    fn from(f: round::RoundField) -> RowKey {
        RowKey::Round(f)
    }
}

impl From<contingency::ContingencyField> for RowKey {
    fn from(f: contingency::ContingencyField) -> RowKey {
        RowKey::Condition(f)
    }
}
