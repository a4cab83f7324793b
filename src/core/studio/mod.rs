//! The message studio: every message a decision needs, filled from the user's
//! records, checked, and ready to send.
//!
//! - [`templates`]: one template per [`MessageKind`](crate::core::message_kind::MessageKind),
//!   in three [`Tone`]s and a short form, rendered by [`render`] and [`render_short`].
//! - [`compose`]: declines and withdrawals as four editable parts.
//! - [`channel_advice`]: email, call, video or recruiter, and why.
//! - [`checker`]: findings on any draft, with the words at fault marked.
//! - [`privacy`]: what a message to one employer must never give away.
//! - [`negotiation`]: what a negotiation raises, stated as asks.
//! - [`counter`]: what a counter-proposal and its replies say from the plan.
//! - [`mailto`], [`ics`] and [`file_name`]: getting the message and the
//!   follow-up plan out of the app.
//!
//! The studio takes plain [`MessageFields`] rather than the decision engine's
//! model, so either side can change without the other.
//!
//! ```
//! use crossroads::core::message_kind::{Channel, MessageKind};
//! use crossroads::core::studio::{check, render, CheckContext, MessageFields, Tone};
//!
//! let fields = MessageFields {
//!     your_name: "Sam Lee".into(),
//!     contact_name: "Priya".into(),
//!     company: "Northwind".into(),
//!     role: "Data Analyst".into(),
//!     ..MessageFields::default()
//! };
//! let draft = render(MessageKind::DeclineRoleFit, Tone::Neutral, &fields);
//! let context = CheckContext::new(MessageKind::DeclineRoleFit, Channel::Email);
//! assert!(check(&draft.subject, &draft.body, &context).is_empty());
//! ```

pub mod channel_advice;
pub mod checker;
pub mod compose;
pub mod counter;
pub mod edits;
pub mod fields;
pub mod file_name;
mod fill;
pub mod from_workspace;
pub mod highlight;
pub mod ics;
pub mod mailto;
pub mod message_field;
pub mod negotiation;
pub mod privacy;
pub mod sent;
pub mod templates;
pub mod tone;

pub use channel_advice::{advise_channel, ChannelAdvice, Comfort, Situation, Stage};
pub use checker::{check, CheckContext, Finding, Location, Rule};
pub use compose::DeclineParts;
pub use edits::{Composed, DraftEdits, Part};
pub use fields::{Goodwill, MessageFields, Reason};
pub use file_name::download_file_name;
pub use ics::{calendar, CalendarEvent};
pub use mailto::mailto_url;
pub use message_field::MessageField;
pub use sent::mark_sent;
pub use templates::{
    families, mentions_other_offer, render, render_short, template, Draft, Template,
};
pub use tone::Tone;
