//! The three registers every written template comes in.

use crate::core::message_kind::MessageKind;
use serde::{Deserialize, Serialize};

/// How personal a message sounds. The substance never changes with the tone;
/// only the greeting, the opening, the close and the sign-off do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    /// First names and a friendly close, for a team you got on with.
    Warm,
    /// Plain and courteous: the safe default.
    #[default]
    Neutral,
    /// For HR-run processes and more traditional employers.
    Formal,
}

impl Tone {
    /// All tones, warmest first.
    pub const ALL: [Tone; 3] = [Tone::Warm, Tone::Neutral, Tone::Formal];

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            Tone::Warm => "Warm",
            Tone::Neutral => "Neutral",
            Tone::Formal => "Formal",
        }
    }

    /// Position in per-tone tables (`[warm, neutral, formal]`).
    pub(crate) fn index(self) -> usize {
        match self {
            Tone::Warm => 0,
            Tone::Neutral => 1,
            Tone::Formal => 2,
        }
    }

    /// The greeting line of a message of `kind`, with `{slots}`: the
    /// contact at the employer it is about, or your manager when it goes to
    /// your current employer.
    pub(crate) fn greeting(self, kind: MessageKind) -> &'static str {
        match (self, kind.to_current_employer()) {
            (Tone::Warm, false) => "Hi {contact_name},",
            (Tone::Neutral, false) => "Hello {contact_name},",
            (Tone::Formal, false) => "Dear {contact_name},",
            (Tone::Warm, true) => "Hi {manager_name},",
            (Tone::Neutral, true) => "Hello {manager_name},",
            (Tone::Formal, true) => "Dear {manager_name},",
        }
    }

    /// The sign-off, with `{slots}`.
    pub(crate) fn sign_off(self) -> &'static str {
        match self {
            Tone::Warm => "All the best,\n{your_name}",
            Tone::Neutral => "Kind regards,\n{your_name}",
            Tone::Formal => "Yours sincerely,\n{your_name}",
        }
    }
}
