//! The word lists the checker scans for. Terms are lowercase; a trailing `*`
//! matches any ending; a space matches any whitespace. Kept apart from the
//! rules so they can grow without touching the logic.

/// Words that thank.
pub(crate) const GRATITUDE: &[&str] = &["thank*", "grateful", "gratitude", "appreciat*"];

/// Phrases that state a decision to say no.
pub(crate) const DECISION: &[&str] = &[
    "declin*",
    "withdraw*",
    "turn down",
    "turning down",
    "not accept*",
    "not be accepting",
    "won't be accepting",
    "cannot accept",
    "can't accept",
    "unable to accept",
    "not able to accept",
    "not in a position to accept",
    "not to go ahead",
    "not go ahead",
    "not be going ahead",
    "not to continue",
    "not continue",
    "not be continuing",
    "not to proceed",
    "not proceed*",
    "not be proceeding",
    "not to move forward",
    "not move forward",
    "not moving forward",
    "not be moving forward",
    "decision stands",
];

/// Words that make a decision sound open to change.
pub(crate) const HEDGES: &[&str] = &[
    "maybe",
    "perhaps",
    "possibly",
    "probably",
    "might",
    "i think",
    "i guess",
    "i feel like",
    "i'm not sure",
    "not sure",
    "unsure",
    "for now",
    "for the time being",
    "kind of",
    "sort of",
    "leaning",
    "tentatively",
];

/// Time qualifiers. Neutral in a reason ("at this time I need a role with
/// visa sponsorship", as the mobility advice puts it), but attached to the
/// decision ("I will decline at this time") or followed by a "but" they
/// leave a window to accept later, which a decline should not.
pub(crate) const TIME_QUALIFIERS: &[&str] =
    &["at this time", "at the moment", "at present", "right now"];

/// Words that, after a time qualifier in the same sentence, turn it into a
/// maybe-later ("at the moment, but …").
pub(crate) const BUT: &[&str] = &["but", "however", "though", "although", "yet"];

/// Words that point at a reason. Used only to count reason sentences in a
/// decline, so the list errs towards the phrasings a reason usually takes.
pub(crate) const REASON_MARKERS: &[&str] = &[
    "because",
    "due to",
    "since",
    "as a result",
    "reason*",
    "accepted another",
    "accepted an",
    "accepted a",
    "right fit",
    "good fit",
    "not a fit",
    "align*",
    "direction",
    "employment",
    "contract*",
    "fixed-term",
    "fixed term",
    "agency",
    "visa*",
    "sponsor*",
    "relocat*",
    "compensation",
    "salary",
    "package",
    "circumstances",
    "family",
    "commute",
];

/// Criticism of the employer or its people: never in a message that should
/// leave the door open.
pub(crate) const CRITICISM: &[&str] = &[
    "disorgani*",
    "unorgani*",
    "unprofessional*",
    "toxic*",
    "rude*",
    "lowball*",
    "low-ball*",
    "insult*",
    "incompeten*",
    "chaotic",
    "chaos",
    "arrogan*",
    "dishonest*",
    "ridiculous*",
    "unacceptable",
    "terrible",
    "awful",
    "horrible",
    "hostile",
    "dysfunction*",
    "shady",
    "clueless",
    "micromanag*",
    "condescend*",
    "disrespect*",
    "sloppy",
    "a mess",
    "waste of time",
    "wasted my time",
    "red flag*",
    "poorly run",
    "poorly organi*",
    "badly run",
    "disappointing",
    "disappointed",
    "underpa*",
    "exploitative",
    "greedy",
    "stingy",
    "cheap",
    "liar*",
    "lied",
];

/// Apologies. One is fine; two or more sound as if saying no were a fault.
pub(crate) const APOLOGIES: &[&str] = &[
    "sorry",
    "apologi*",
    "apology",
    "regret*",
    "i'm afraid",
    "forgive me",
];

/// Phrases that close with goodwill.
pub(crate) const GOODWILL: &[&str] = &[
    "stay in touch",
    "keep in touch",
    "remain in touch",
    "stay connected",
    "keep the door open",
    "wish you",
    "wishing you",
    "every success",
    "continued success",
    "best of luck",
    "good luck",
    "paths cross",
    "refer*",
    "suggest someone",
    "introduc*",
    "look forward",
    "hope we",
    "hope to",
    "hope our",
    "welcome the chance",
];

/// Phrases that point at another offer, where figures would disclose it.
pub(crate) const OTHER_OFFER: &[&str] = &[
    "another offer",
    "other offer",
    "competing",
    "another company",
    "other company",
    "another employer",
    "other employer",
    "elsewhere",
    "another role",
    "another position",
    "another opportunity",
];
