//! The app's state: one workspace signal, and everything else derived from it.
//!
//! The engine is pure and fast (well under a millisecond for ten opportunities),
//! so the whole assessment is a memo recomputed on every change rather than
//! pieces kept in step by hand.

mod today;

use leptos::prelude::*;

use crate::core::assess::{assess, Assessment};
use crate::core::date::Date;
use crate::core::model::{Opportunity, Workspace};

pub use today::today;

/// Shared app state, handed down as context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Everything the user keeps. The single source of truth.
    pub workspace: RwSignal<Workspace>,
    /// The user's calendar date when the app started.
    pub today: Signal<Date>,
    /// The engine's view of the workspace, derived.
    pub assessment: Memo<Assessment>,
}

impl AppState {
    /// Creates the state around `workspace` and provides it as context.
    pub fn provide(workspace: Workspace) -> AppState {
        let workspace = RwSignal::new(workspace);
        let today = Signal::stored(today());
        let assessment = Memo::new(move |_| workspace.with(|w| assess(w, today.get())));
        let state = AppState {
            workspace,
            today,
            assessment,
        };
        provide_context(state);
        state
    }

    /// An opportunity's title ("Role at Employer"), read reactively; empty
    /// once it is deleted.
    pub fn title_of(&self, id: &str) -> String {
        self.workspace
            .with(|w| w.opportunity(id).map(|o| o.title()).unwrap_or_default())
    }

    /// Changes one opportunity in place; does nothing if it no longer exists.
    pub fn update_opportunity(&self, id: &str, change: impl FnOnce(&mut Opportunity)) {
        self.workspace.update(|w| {
            if id == Workspace::CURRENT_ROLE_ID {
                change(&mut w.current_role);
            } else if let Some(opportunity) = w.opportunity_mut(id) {
                change(opportunity);
            }
        });
    }
}

/// The app state from context.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

/// A fresh id for a new record (opportunity, contact, message).
pub fn new_id() -> String {
    window()
        .crypto()
        .map(|c| c.random_uuid())
        .unwrap_or_else(|_| format!("id-{}", js_sys::Date::now() as u64))
}
