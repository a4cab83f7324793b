//! Forms described as data. A field says what it is (id, label, hint, the
//! kind of control) and which part of a record it reads and writes; the UI
//! renders every field with one generic component. A screen is a list of
//! sections, so a new field costs a line of data, and labels, hints and
//! validation messages have one home that native tests can read.

pub mod opportunity;
mod slug;

pub use slug::{from_slug, slug_of};

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

/// A group of fields under a legend.
pub struct Section<K: 'static> {
    /// The group's legend.
    pub legend: &'static str,
    /// Its fields, in order.
    pub fields: &'static [Field<K>],
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
