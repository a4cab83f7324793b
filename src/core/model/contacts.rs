//! People met along the way and the messages already sent to them.

use crate::core::date::Date;
use crate::core::message_kind::{Channel, MessageKind};
use serde::{Deserialize, Serialize};

/// Someone at an employer or agency worth keeping in touch with.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Contact {
    /// Stable id, made by the caller.
    pub id: String,
    /// Their name.
    pub name: String,
    /// Their job title.
    pub title: String,
    /// Their company.
    pub company: String,
    /// Their email address, for opening a message in the mail app; empty when unknown.
    pub email: String,
    /// How they prefer to be reached.
    pub channel: Channel,
    /// What you talked about, what they care about.
    pub notes: String,
    /// The opportunity they belong to, if any.
    pub opportunity_id: Option<String>,
}

impl Default for Contact {
    fn default() -> Self {
        Contact {
            id: String::new(),
            name: String::new(),
            title: String::new(),
            company: String::new(),
            email: String::new(),
            channel: Channel::Email,
            notes: String::new(),
            opportunity_id: None,
        }
    }
}

/// A message the user marked as sent, kept as a record.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct SentMessage {
    /// Stable id, made by the caller.
    pub id: String,
    /// Which message it was.
    pub kind: MessageKind,
    /// How it was delivered.
    pub channel: Channel,
    /// When it was sent.
    pub date: Option<Date>,
    /// The opportunity it was about.
    pub opportunity_id: String,
    /// Subject line, for emails.
    pub subject: String,
    /// The text that was sent.
    pub body: String,
}

impl Default for SentMessage {
    fn default() -> Self {
        SentMessage {
            id: String::new(),
            kind: MessageKind::ThankYou,
            channel: Channel::Email,
            date: None,
            opportunity_id: String::new(),
            subject: String::new(),
            body: String::new(),
        }
    }
}
