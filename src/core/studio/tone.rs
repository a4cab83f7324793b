//! The three registers every written template comes in.

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

    /// The greeting line, with `{slots}`.
    pub(crate) fn greeting(self) -> &'static str {
        match self {
            Tone::Warm => "Hi {contact_name},",
            Tone::Neutral => "Hello {contact_name},",
            Tone::Formal => "Dear {contact_name},",
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
