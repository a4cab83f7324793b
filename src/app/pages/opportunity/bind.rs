//! Ties form fields to one opportunity in the workspace signal: every edit is
//! written straight into the workspace (the durability layer persists it).

use leptos::prelude::*;
use serde::{de::DeserializeOwned, Serialize};

use crate::app::forms::{data_field, from_slug, slug_of, Look};
use crate::app::state::AppState;
use crate::core::fields::opportunity::OpportunityField;
use crate::core::fields::{Field, RowKey, Section};
use crate::core::model::{Opportunity, Workspace};

/// The opportunity (or the current role) a step edits.
#[derive(Clone, Copy)]
pub struct Bind {
    /// The app state.
    pub state: AppState,
    /// The opportunity id ([`Workspace::CURRENT_ROLE_ID`] for the current role).
    pub id: StoredValue<String>,
    /// The opportunity as it is now; `None` once deleted.
    pub opportunity: Memo<Option<Opportunity>>,
}

impl Bind {
    /// Binds to the opportunity `id`.
    pub fn new(state: AppState, id: String) -> Bind {
        let key = id.clone();
        let opportunity = Memo::new(move |_| {
            state.workspace.with(|w| {
                if key == Workspace::CURRENT_ROLE_ID {
                    Some(w.current_role.clone())
                } else {
                    w.opportunity(&key).cloned()
                }
            })
        });
        Bind {
            state,
            id: StoredValue::new(id),
            opportunity,
        }
    }

    /// Whether this is the current role rather than an opportunity.
    pub fn is_current_role(self) -> bool {
        self.id.with_value(|id| id == Workspace::CURRENT_ROLE_ID)
    }

    /// A value read from the opportunity.
    pub fn get<T>(self, read: fn(&Opportunity) -> T) -> Signal<T>
    where
        T: Default + Clone + Send + Sync + 'static,
    {
        let o = self.opportunity;
        Signal::derive(move || o.with(|o| o.as_ref().map(read).unwrap_or_default()))
    }

    /// Changes the opportunity.
    pub fn update(self, change: impl FnOnce(&mut Opportunity)) {
        let id = self.id.get_value();
        self.state.update_opportunity(&id, change);
    }

    /// A callback that writes a value.
    pub fn set<T: Send + Sync + 'static>(self, write: fn(&mut Opportunity, T)) -> Callback<T> {
        Callback::new(move |v| self.update(|o| write(o, v)))
    }

    /// A text field's value and callback.
    pub fn text(
        self,
        read: fn(&Opportunity) -> String,
        write: fn(&mut Opportunity, String),
    ) -> (Signal<String>, Callback<String>) {
        (self.get(read), self.set(write))
    }

    /// A parsed field's callback: stores valid text, returns the message otherwise.
    pub fn parsed<T: 'static, E: ToString + 'static>(
        self,
        parse: fn(&str) -> Result<T, E>,
        write: fn(&mut Opportunity, T),
    ) -> Callback<String, Option<String>> {
        Callback::new(move |text: String| match parse(&text) {
            Ok(v) => {
                self.update(|o| write(o, v));
                None
            }
            Err(e) => Some(e.to_string()),
        })
    }

    /// A drop-down's value and callback, for an enum stored by its serde name.
    pub fn choice<T>(
        self,
        read: fn(&Opportunity) -> T,
        write: fn(&mut Opportunity, T),
    ) -> (Signal<String>, Callback<String>)
    where
        T: Serialize + DeserializeOwned + 'static,
    {
        let o = self.opportunity;
        let value = Signal::derive(move || {
            o.with(|o| o.as_ref().map(|o| slug_of(&read(o))).unwrap_or_default())
        });
        let change = Callback::new(move |slug: String| {
            if let Some(v) = from_slug::<T>(&slug) {
                self.update(|o| write(o, v));
            }
        });
        (value, change)
    }

    /// A field described as data, bound to this opportunity.
    pub fn field(self, field: &'static Field<OpportunityField>) -> AnyView {
        let key = field.key;
        let o = self.opportunity;
        let value =
            Signal::derive(move || o.with(|o| o.as_ref().map(|o| key.read(o)).unwrap_or_default()));
        // Written on a copy first: refused text, or text that changes
        // nothing, never touches the workspace (no save, no re-render).
        let apply = Callback::new(move |text: String| {
            let mut edited = o.get_untracked()?;
            if let Err(problem) = key.write(&mut edited, &text) {
                return Some(problem);
            }
            if o.with_untracked(|now| now.as_ref() != Some(&edited)) {
                self.update(|o| *o = edited);
            }
            None
        });
        let cross = Signal::derive(move || {
            o.with(|o| {
                o.as_ref()
                    .and_then(|o| key.cross_problem(o))
                    .map(str::to_string)
            })
        });
        data_field(Look::from(field), value, apply, cross)
    }

    /// A section of fields under its legend.
    pub fn section(self, section: &'static Section<OpportunityField>) -> AnyView {
        self.section_with(section, ().into_any())
    }

    /// A section of fields under its legend, then `more` inside the same group.
    pub fn section_with(
        self,
        section: &'static Section<OpportunityField>,
        more: AnyView,
    ) -> AnyView {
        view! {
            <fieldset class="group">
                <legend>{section.legend}</legend>
                {section.fields.iter().map(|f| self.field(f)).collect_view()}
                {more}
            </fieldset>
        }
        .into_any()
    }

    /// A field of the row `row_id` of a list, described as data; its id is
    /// prefixed with `prefix`. One function for every list's fields.
    pub fn row_field(
        self,
        row_id: StoredValue<String>,
        prefix: &str,
        look: Look,
        key: RowKey,
    ) -> AnyView {
        let o = self.opportunity;
        let value = Signal::derive(move || {
            o.with(|o| {
                o.as_ref()
                    .and_then(|o| row_id.with_value(|id| key.read(o, id)))
                    .unwrap_or_default()
            })
        });
        let apply = Callback::new(move |text: String| {
            let mut edited = o.get_untracked()?;
            if let Err(problem) = row_id.with_value(|id| key.write(&mut edited, id, &text)) {
                return Some(problem);
            }
            if o.with_untracked(|now| now.as_ref() != Some(&edited)) {
                self.update(|o| *o = edited);
            }
            None
        });
        data_field(look.within(prefix), value, apply, Signal::default())
    }

    /// A checkbox's state and callback.
    pub fn flag(
        self,
        read: fn(&Opportunity) -> bool,
        write: fn(&mut Opportunity, bool),
    ) -> (Signal<bool>, Callback<bool>) {
        (self.get(read), self.set(write))
    }
}

/// Drop-down options for an enum, as (serde name, label).
pub fn options<T: Serialize>(items: &[(T, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(v, l)| (slug_of(v), (*l).to_string()))
        .collect()
}
