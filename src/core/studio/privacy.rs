//! What a message to one employer must never say, computed from the
//! workspace, and where a text says it anyway.
//!
//! A message goes to one employer (the *recipient*). Everything else the user
//! keeps stays with the user unless they chose to share it:
//!
//! - **figures**: the floor for base pay (in the home currency, and in the
//!   recipient's currency when a rate is set), and every other employer's pay
//!   figures, the current role's included;
//! - **other employers' names**, the current employer's included;
//! - **private notes**: the free notes, what worried the user, what was left
//!   unclear, concerns, observations, the opportunity-cost ledger and notes on
//!   contacts, for every opportunity; what excited the user too, except for the
//!   message's own opportunity when the user chose to share it ([`Sharing`]);
//! - **how the user scores**: scores ("3 of 5", "scored 4", "72/100"), weights,
//!   and the walk-away and accept lines, found by how they are written.
//!
//! What the user chose to say is never private: the asks they wrote for this
//! opportunity (amounts, terms, reasons), the details they typed in the studio
//! for it, and the recipient's own figures, which the recipient already knows.
//!
//! Numbers are found however they are written (60000, 60,000, 60 000, 60.000,
//! 60k, €60,000, 60 thousand). Figures under [`MIN_FIGURE`] are never matched,
//! so dates, counts and "3 days" are never mistaken for one. Notes are matched
//! by their distinctive runs of words ([`PHRASE_WORDS`] or more), so pasting part of
//! a note is caught as well as the whole.
//!
//! ```
//! use crossroads::core::message_kind::MessageKind;
//! use crossroads::core::model::{NonNegotiable, Opportunity, RequiredFact, Workspace};
//! use crossroads::core::money::Money;
//! use crossroads::core::studio::privacy::{PrivateTerms, Sharing};
//!
//! let mut workspace = Workspace::default();
//! workspace.non_negotiables.push(NonNegotiable::Requires {
//!     fact: RequiredFact::MinimumBase { amount: Money::major(60_000, "EUR") },
//! });
//! workspace.opportunities.push(Opportunity { employer: "Globex".into(), ..Opportunity::new("a") });
//! let terms = PrivateTerms::for_message(&workspace, "a", MessageKind::NegotiationAsk, Sharing::default());
//! let text = "I could not go below 60k.";
//! let found: Vec<&str> = terms.find(text).iter().map(|m| &text[m.range.clone()]).collect();
//! assert_eq!(found, ["60k"]);
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::checker::scan::{find_all, find_term};
use super::fields::MessageFields;
use crate::core::message_kind::MessageKind;
use crate::core::model::{
    Compensation, NonNegotiable, Opportunity, PayPart, Rationale, RequiredFact, Workspace,
};
use crate::core::money::Money;

/// Figures below this are never matched: at that size a number is more
/// likely a date, a count or a duration than someone's pay.
pub const MIN_FIGURE: f64 = 1000.0;

/// A note is matched by runs of at least this many of its words (or whole,
/// when it is shorter).
pub const PHRASE_WORDS: usize = 5;

/// The longest run a phrase grows to while looking for distinctive words.
const MAX_PHRASE_WORDS: usize = 8;

/// What kind of private detail a match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrivateKind {
    /// A figure: the user's floor or another employer's pay.
    Figure,
    /// Another employer's name.
    Employer,
    /// Words from the user's private notes.
    Note,
    /// Scores, weights or the walk-away and accept lines.
    Scoring,
}

/// A figure that must not appear, in hundredths of a unit so the set can be
/// compared exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivateFigure {
    /// The amount × 100.
    pub cents: i64,
    /// What it is, in words for a finding ("your floor for base pay").
    pub what: String,
}

/// Another employer's name as it may be written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivateName {
    /// The spelling to look for.
    pub text: String,
    /// The employer's full name, as the user keeps it.
    pub employer: String,
    /// What it is, in words for a finding.
    pub what: String,
}

/// A distinctive run of words from a private note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivatePhrase {
    /// The words, lowercase, apostrophes dropped, joined by single spaces.
    pub words: String,
    /// Which note it comes from, in words for a finding ("what worried you").
    pub what: String,
}

/// What the user chose to share in this message beyond the defaults.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sharing {
    /// What excited the user after the interview (`reactions.excited` of the
    /// message's own opportunity), for a thank-you note that uses it. The
    /// caller sets it only when the user opted in for this message.
    pub excited: bool,
}

impl Sharing {
    /// What a message of `kind` filled from `fields` shares by the user's
    /// choice: the interview highlight, only in a thank-you that mentions it.
    pub fn chosen(kind: MessageKind, fields: &MessageFields) -> Sharing {
        Sharing {
            excited: kind == MessageKind::ThankYou && fields.mention_interview_highlight,
        }
    }
}

/// Everything a message to one employer must not contain.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivateTerms {
    /// Figures never to state.
    pub figures: Vec<PrivateFigure>,
    /// Other employers' names.
    pub names: Vec<PrivateName>,
    /// Runs of words from private notes.
    pub phrases: Vec<PrivatePhrase>,
    /// Texts that may always be written even where a private name sits inside
    /// them: the recipient's own name, the role, the people written to, the
    /// user's name.
    pub allowed: Vec<String>,
}

/// One private detail found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrivateMatch {
    /// Byte range of the words at fault, on char boundaries.
    pub range: Range<usize>,
    /// What kind of detail it is.
    pub kind: PrivateKind,
    /// What it is, in words ("your floor for base pay").
    pub what: String,
    /// For another employer's name: that employer's full name.
    pub employer: Option<String>,
}

/// The employer a message of `kind` about `about` goes to: the current
/// employer for a resignation or an answer to its counteroffer, else the
/// opportunity itself.
fn recipient<'a>(
    workspace: &'a Workspace,
    about: Option<&'a Opportunity>,
    kind: MessageKind,
) -> Option<&'a Opportunity> {
    if kind.to_current_employer() {
        Some(&workspace.current_role)
    } else {
        about
    }
}

impl PrivateTerms {
    /// What a message of `kind` about opportunity `opportunity_id` must not
    /// say. An unknown id keeps every employer's details private.
    pub fn for_message(
        workspace: &Workspace,
        opportunity_id: &str,
        kind: MessageKind,
        sharing: Sharing,
    ) -> PrivateTerms {
        let about = workspace.opportunity(opportunity_id);
        let to = recipient(workspace, about, kind);
        // Archived ones too: their details are as private as the rest.
        let others: Vec<&Opportunity> = std::iter::once(&workspace.current_role)
            .chain(workspace.all_opportunities())
            .filter(|o| !to.is_some_and(|r| std::ptr::eq(r, *o)))
            .collect();
        let allowed = allowed_texts(workspace, to);
        let chosen = chosen_texts(workspace, about);
        PrivateTerms {
            figures: private_figures(workspace, about, to, &others, &chosen),
            names: private_names(workspace, to, &others),
            phrases: private_phrases(
                workspace,
                about.filter(|_| sharing.excited),
                &allowed,
                &chosen,
            ),
            allowed,
        }
    }

    /// Whether nothing is private (a context built without a workspace).
    pub fn is_empty(&self) -> bool {
        self.figures.is_empty() && self.names.is_empty() && self.phrases.is_empty()
    }

    /// Every private detail in `text`, in text order. Scores, weights and the
    /// decision lines are found by their wording whatever the workspace holds.
    pub fn find(&self, text: &str) -> Vec<PrivateMatch> {
        let allowed: Vec<Range<usize>> = self
            .allowed
            .iter()
            .filter(|a| a.chars().count() >= 2)
            .flat_map(|a| find_term(text, a))
            .collect();
        let inside_allowed =
            |r: &Range<usize>| allowed.iter().any(|a| a.start <= r.start && r.end <= a.end);
        let mut found = Vec::new();
        for name in &self.names {
            for range in find_term(text, &name.text) {
                if !inside_allowed(&range) {
                    found.push(PrivateMatch {
                        range,
                        kind: PrivateKind::Employer,
                        what: name.what.clone(),
                        employer: Some(name.employer.clone()),
                    });
                }
            }
        }
        self.find_figures(text, &mut found);
        self.find_phrases(text, &mut found);
        find_scoring(text, &mut found);
        crate::core::sort::sort_by_key(&mut found, |m| (m.range.start, m.range.end, m.kind));
        found
    }

    fn find_figures(&self, text: &str, found: &mut Vec<PrivateMatch>) {
        for number in written_numbers(text) {
            let hit = self.figures.iter().find(|f| {
                let figure = f.cents as f64 / 100.0;
                (number.value - figure).abs() <= number.tolerance
            });
            if let Some(figure) = hit {
                found.push(PrivateMatch {
                    range: number.range,
                    kind: PrivateKind::Figure,
                    what: figure.what.clone(),
                    employer: None,
                });
            }
        }
    }

    fn find_phrases(&self, text: &str, found: &mut Vec<PrivateMatch>) {
        if self.phrases.is_empty() {
            return;
        }
        // Built with `extend`, which inserts one by one: `collect` into a
        // map or set compiles in a sort of its own per element type.
        let mut by_words: BTreeMap<&str, &str> = BTreeMap::new();
        by_words.extend(
            self.phrases
                .iter()
                .map(|p| (p.words.as_str(), p.what.as_str())),
        );
        let mut lengths: BTreeSet<usize> = BTreeSet::new();
        lengths.extend(self.phrases.iter().map(|p| p.words.split(' ').count()));
        let words = tokens(text);
        // Overlapping runs of one pasted note become one finding.
        let mut hits: Vec<(Range<usize>, &str)> = Vec::new();
        for start in 0..words.len() {
            for &len in &lengths {
                let Some(window) = words.get(start..start + len) else {
                    continue;
                };
                let joined = window
                    .iter()
                    .map(|(_, w)| w.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(what) = by_words.get(joined.as_str()) {
                    hits.push((window[0].0.start..window[len - 1].0.end, what));
                }
            }
        }
        crate::core::sort::sort_by_key(&mut hits, |(r, _)| (r.start, r.end));
        let mut merged: Vec<(Range<usize>, &str)> = Vec::new();
        for (range, what) in hits {
            match merged.last_mut() {
                Some((last, _)) if range.start <= last.end => last.end = last.end.max(range.end),
                _ => merged.push((range, what)),
            }
        }
        found.extend(merged.into_iter().map(|(range, what)| PrivateMatch {
            range,
            kind: PrivateKind::Note,
            what: what.to_string(),
            employer: None,
        }));
    }
}

/// The floors, and every other employer's pay figures, except what the
/// recipient already knows (their own figures) and what the user chose to
/// say (their asks, the numbers in what they typed).
fn private_figures(
    workspace: &Workspace,
    about: Option<&Opportunity>,
    to: Option<&Opportunity>,
    others: &[&Opportunity],
    chosen: &[String],
) -> Vec<PrivateFigure> {
    let mut exempt: Vec<f64> = Vec::new();
    if let Some(r) = to {
        exempt.extend(pay_figures(&r.compensation).into_iter().map(|(_, x)| x));
    }
    if let Some(o) = about {
        let currency = crate::core::negotiation_plan::currency_of(o, &workspace.settings);
        exempt.extend(
            o.asks
                .values()
                .filter_map(|a| a.amount)
                .map(|m| m.to_major_f64(currency)),
        );
        exempt.extend(said_in_plan(workspace, o));
    }
    for text in chosen {
        exempt.extend(written_numbers(text).into_iter().map(|n| n.value));
    }
    let mut figures: Vec<(f64, String)> = Vec::new();
    let rate = to
        .and_then(|r| r.compensation.exchange_rate)
        .filter(|r| r.is_finite() && *r > 0.0 && *r != 1.0);
    for floor in floors(workspace) {
        figures.push((floor, "your floor for base pay".into()));
        if let Some(rate) = rate {
            figures.push((
                floor / rate,
                "your floor for base pay, in their currency".into(),
            ));
        }
    }
    for o in std::iter::once(&workspace.current_role).chain(&workspace.opportunities) {
        figures.extend(plan_figures(
            workspace,
            o,
            about.is_some_and(|a| std::ptr::eq(a, o)),
        ));
    }
    for other in others {
        let current = std::ptr::eq(*other, &workspace.current_role);
        for (field, amount) in pay_figures(&other.compensation) {
            let what = if current {
                format!("your current {field}")
            } else {
                format!("{}'s {field}", other.employer_name())
            };
            figures.push((amount, what));
        }
    }
    figures
        .into_iter()
        .filter(|(amount, _)| amount.is_finite() && *amount >= MIN_FIGURE)
        .filter(|(amount, _)| !exempt.iter().any(|x| (x - amount).abs() < 0.5))
        .map(|(amount, what)| PrivateFigure {
            cents: (amount * 100.0).round() as i64,
            what,
        })
        .collect()
}

/// Every other employer's name, in the ways it may be written.
fn private_names(
    workspace: &Workspace,
    to: Option<&Opportunity>,
    others: &[&Opportunity],
) -> Vec<PrivateName> {
    let recipient_name = to.map_or("", |r| r.employer.trim());
    let mut names = Vec::new();
    for other in others {
        let employer = other.employer.trim();
        if !employer.is_empty() && employer.eq_ignore_ascii_case(recipient_name) {
            continue;
        }
        let (what, who) = if std::ptr::eq(*other, &workspace.current_role) {
            (
                "your current employer's name",
                "someone at your current employer",
            )
        } else {
            (
                "another employer's name",
                "someone you met at another employer",
            )
        };
        let variants = if employer.is_empty() {
            Vec::new()
        } else {
            name_variants(employer)
        };
        names.extend(variants.into_iter().map(|text| PrivateName {
            text,
            employer: employer.to_string(),
            what: what.into(),
        }));
        // The people met there: a resignation must not greet the new
        // employer's hiring manager, even typed in by hand.
        names.extend(
            workspace
                .contacts
                .iter()
                .filter(|c| c.opportunity_id.as_deref() == Some(other.id.as_str()))
                .map(|c| c.name.trim())
                .filter(|name| name.chars().count() > 2)
                .map(|name| PrivateName {
                    text: name.to_string(),
                    employer: employer.to_string(),
                    what: who.into(),
                }),
        );
    }
    names
}

/// The distinctive runs of words of every private note, except runs the
/// user wrote into what they chose to say.
fn private_phrases(
    workspace: &Workspace,
    excited_shared: Option<&Opportunity>,
    allowed: &[String],
    chosen: &[String],
) -> Vec<PrivatePhrase> {
    let common = common_words(allowed);
    let chosen_words: Vec<Vec<String>> = chosen
        .iter()
        .map(|t| tokens(t).into_iter().map(|(_, w)| w).collect())
        .collect();
    let mut seen = BTreeSet::new();
    let mut phrases = Vec::new();
    for (note, what) in notes(workspace, excited_shared) {
        for words in phrases_of(note, &common) {
            let chosen_has = chosen_words
                .iter()
                .any(|c| c.windows(words.len()).any(|w| w == words.as_slice()));
            let joined = words.join(" ");
            if !chosen_has && seen.insert(joined.clone()) {
                phrases.push(PrivatePhrase {
                    words: joined,
                    what: what.to_string(),
                });
            }
        }
    }
    phrases
}

/// What the plan of `o`, the message's own opportunity, lets a message say:
/// its asks, and the market range when the user gives it as the reason (in
/// major units).
fn said_in_plan(workspace: &Workspace, o: &Opportunity) -> Vec<f64> {
    let currency = crate::core::negotiation_plan::currency_of(o, &workspace.settings);
    let plan = &o.negotiation;
    let mut out: Vec<Money> = PayPart::ALL.iter().map(|&p| plan.line(p).ask).collect();
    if plan.rationale == Rationale::MarketRange {
        out.extend([plan.base.market_low, plan.base.market_high]);
    }
    out.into_iter()
        .filter(|m| !m.is_zero())
        .map(|m| m.to_major_f64(currency))
        .collect()
}

/// The figures of `o`'s negotiation plan no employer may see: the floors,
/// the targets and the distance between them; for another opportunity, what
/// was asked of it too (`own` is false).
fn plan_figures(workspace: &Workspace, o: &Opportunity, own: bool) -> Vec<(f64, String)> {
    let currency = crate::core::negotiation_plan::currency_of(o, &workspace.settings);
    let major = |m: Money| m.to_major_f64(currency);
    let mut out = Vec::new();
    for part in PayPart::ALL {
        let line = o.negotiation.line(part);
        let name = part.label().to_lowercase();
        for (amount, what) in [
            (line.floor, format!("your floor for {name}")),
            (line.target, format!("your target for {name}")),
        ] {
            if !amount.is_zero() {
                out.push((major(amount), what));
            }
        }
        if !line.floor.is_zero() && line.target > line.floor {
            out.push((
                major(line.target.minus(line.floor)),
                format!("the distance between your target and floor for {name}"),
            ));
        }
        if !own && !line.ask.is_zero() {
            out.push((
                major(line.ask),
                format!("what you asked {} for", o.employer_name()),
            ));
        }
    }
    out
}

/// The floors for base pay among the user's non-negotiables.
fn floors(workspace: &Workspace) -> impl Iterator<Item = f64> + '_ {
    workspace
        .non_negotiables
        .iter()
        .filter_map(|rule| match rule {
            NonNegotiable::Requires {
                fact: RequiredFact::MinimumBase { amount },
            } => Some(amount.to_major_f64(&workspace.settings.currency)),
            _ => None,
        })
}

/// An offer's pay figures, named, in major units of its currency.
fn pay_figures(c: &Compensation) -> Vec<(&'static str, f64)> {
    let currency = c.currency.as_str();
    [
        ("base pay", c.base),
        ("bonus", c.target_bonus),
        ("equity grant", c.equity.grant),
        ("equity refresher", c.equity.refresher_per_year),
        ("benefits", c.benefits_per_year),
        ("sign-on payment", c.sign_on),
        ("relocation allowance", c.relocation_allowance),
    ]
    .into_iter()
    .filter(|(_, x)| x.0 > 0)
    .map(|(name, x)| (name, x.to_major_f64(currency)))
    .collect()
}

/// The recipient's name, the role, the people written to and the user's own
/// name: always fine to write.
fn allowed_texts(workspace: &Workspace, to: Option<&Opportunity>) -> Vec<String> {
    let mut allowed: Vec<String> = Vec::new();
    if let Some(o) = to {
        allowed.extend(name_variants(o.employer.trim()));
        allowed.push(o.role.trim().to_string());
        allowed.extend(
            workspace
                .contacts
                .iter()
                .filter(|c| c.opportunity_id.as_deref() == Some(o.id.as_str()))
                .map(|c| c.name.trim().to_string()),
        );
    }
    allowed.push(workspace.settings.your_name.trim().to_string());
    allowed.retain(|a| !a.is_empty());
    crate::core::sort::sort(&mut allowed);
    allowed.dedup();
    allowed
}

/// What the user wrote to be said to this employer: their asks and the
/// details they typed in the studio.
fn chosen_texts(workspace: &Workspace, about: Option<&Opportunity>) -> Vec<String> {
    let Some(o) = about else {
        return Vec::new();
    };
    let asks = o
        .asks
        .values()
        .flat_map(|a| [a.term.clone(), a.reason.clone()])
        .chain(std::iter::once(o.negotiation.scope.clone()))
        .chain(o.negotiation.trade_offs.iter().map(|t| t.detail.clone()));
    let typed = workspace
        .message_details
        .get(&o.id)
        .into_iter()
        .flat_map(|details| details.values().cloned());
    asks.chain(typed).filter(|t| !t.trim().is_empty()).collect()
}

/// Every private note in the workspace, with what it is; what excited the
/// user about `excited_shared` is left out, as they chose to share it.
fn notes<'a>(
    workspace: &'a Workspace,
    excited_shared: Option<&Opportunity>,
) -> Vec<(&'a str, &'static str)> {
    let mut out: Vec<(&str, &'static str)> = Vec::new();
    for o in std::iter::once(&workspace.current_role).chain(workspace.all_opportunities()) {
        out.push((&o.notes, "your private notes"));
        out.extend(PayPart::ALL.iter().map(|&p| {
            (
                o.negotiation.line(p).market_source.as_str(),
                "where your market range came from",
            )
        }));
        out.push((&o.reactions.worried, "what worried you"));
        out.push((&o.reactions.unclear_commitments, "what you found unclear"));
        if !excited_shared.is_some_and(|shared| std::ptr::eq(shared, o)) {
            out.push((&o.reactions.excited, "your notes on what excited you"));
        }
        out.extend(
            o.concerns
                .iter()
                .map(|c| (c.text.as_str(), "a concern you noted")),
        );
        out.extend(
            o.observations
                .iter()
                .map(|n| (n.text.as_str(), "an observation you noted")),
        );
        out.extend(
            o.ledger
                .iter()
                .map(|e| (e.text.as_str(), "your opportunity-cost ledger")),
        );
        out.extend(
            o.rounds
                .iter()
                .map(|r| (r.notes.as_str(), "your notes on an interview round")),
        );
        out.extend(
            o.contingencies
                .iter()
                .map(|c| (c.note.as_str(), "your note on a condition of the offer")),
        );
        out.push((&o.looking_reason.text, "why you started looking"));
        out.push((&o.counteroffer.summary, "your summary of a counteroffer"));
    }
    out.extend(
        workspace
            .contacts
            .iter()
            .map(|c| (c.notes.as_str(), "your notes on a contact")),
    );
    out.retain(|(text, _)| !text.trim().is_empty());
    out
}

/// The ways an employer's name is written: in full, without a bracketed
/// remark ("Acme (sample)") and without a legal suffix ("Acme GmbH").
pub fn name_variants(name: &str) -> Vec<String> {
    const SUFFIXES: [&str; 22] = [
        "ltd",
        "ltd.",
        "limited",
        "inc",
        "inc.",
        "incorporated",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "gmbh",
        "llc",
        "plc",
        "ag",
        "se",
        "bv",
        "b.v.",
        "nv",
        "n.v.",
        "sa",
        "s.a.",
    ];
    let mut variants = vec![name.trim().to_string()];
    let mut short = name.trim();
    if let Some(open) = short.find('(') {
        short = short[..open].trim_end();
    }
    if let Some((head, last)) = short.rsplit_once(' ') {
        if SUFFIXES.iter().any(|s| last.eq_ignore_ascii_case(s)) {
            short = head.trim_end().trim_end_matches(',');
        }
    }
    variants.push(short.to_string());
    variants.retain(|v| v.chars().count() >= 2);
    variants.dedup();
    variants
}

/// The words of `text`, lowercase with apostrophes dropped, each with its
/// byte range: runs of letters and digits, joined across an apostrophe.
pub(crate) fn tokens(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize, String)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        let apostrophe_inside = matches!(ch, '\'' | '\u{2019}')
            && current.is_some()
            && chars.peek().is_some_and(|(_, next)| next.is_alphanumeric());
        if ch.is_alphanumeric() {
            let entry = current.get_or_insert((at, at, String::new()));
            entry.1 = at + ch.len_utf8();
            entry.2.extend(ch.to_lowercase());
        } else if !apostrophe_inside {
            if let Some((start, end, word)) = current.take() {
                out.push((start..end, word));
            }
        }
    }
    if let Some((start, end, word)) = current {
        out.push((start..end, word));
    }
    out
}

/// Words too common to make a phrase distinctive, plus the words of the
/// recipient, role and people, which every message about them contains.
fn common_words(allowed: &[String]) -> BTreeSet<String> {
    let mut common: BTreeSet<String> = BTreeSet::new();
    common.extend(COMMON_WORDS.split_whitespace().map(str::to_string));
    for text in allowed {
        common.extend(tokens(text).into_iter().map(|(_, w)| w));
    }
    common
}

/// The runs of words a note is matched by. A note of fewer than
/// [`PHRASE_WORDS`] words is one run (two words at least, one of them
/// distinctive). A longer note gives a run from each word on: at least
/// [`PHRASE_WORDS`] words, grown until it holds two distinctive words.
fn phrases_of(note: &str, common: &BTreeSet<String>) -> Vec<Vec<String>> {
    let words: Vec<String> = tokens(note).into_iter().map(|(_, w)| w).collect();
    let distinctive = |w: &String| !common.contains(w);
    if words.len() < PHRASE_WORDS {
        let ok = words.len() >= 2 && words.iter().any(distinctive);
        return if ok { vec![words] } else { Vec::new() };
    }
    let mut out = Vec::new();
    for start in 0..=words.len() - PHRASE_WORDS {
        let mut count = 0;
        for (offset, word) in words[start..].iter().enumerate().take(MAX_PHRASE_WORDS) {
            if distinctive(word) {
                count += 1;
            }
            if offset + 1 >= PHRASE_WORDS && count >= 2 {
                out.push(words[start..=start + offset].to_vec());
                break;
            }
        }
    }
    if out.is_empty() && words.iter().any(distinctive) && words.len() <= MAX_PHRASE_WORDS {
        // A note of everyday words is still private as a whole.
        out.push(words);
    }
    out
}

/// A number as written in a text, with the value it stands for.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct WrittenNumber {
    /// Where it is, currency symbol included.
    pub range: Range<usize>,
    /// The value ("60k" → 60000).
    pub value: f64,
    /// How far a figure may be from `value` and still be what was meant:
    /// half a unit for a number written out, half the last digit for "60k".
    pub tolerance: f64,
}

const GROUP_SEPARATORS: [char; 6] = [',', '.', ' ', '\u{a0}', '\u{202f}', '\''];

/// Every number in `text`: digits with thousands separators (`,` `.`, a
/// space, an apostrophe), an optional decimal part, and an optional "k" or
/// "thousand".
pub(crate) fn written_numbers(text: &str) -> Vec<WrittenNumber> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |(at, _)| *at);
    let digit = |i: usize| chars.get(i).is_some_and(|(_, c)| c.is_ascii_digit());
    let run = |mut i: usize| {
        let start = i;
        while digit(i) {
            i += 1;
        }
        i - start
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_number = digit(i)
            && (i == 0 || {
                let before = chars[i - 1].1;
                !before.is_alphanumeric() && !matches!(before, '.' | ',')
            });
        if !starts_number {
            i += 1;
            continue;
        }
        let start = i;
        let lead = run(i);
        let mut digits: String = chars[i..i + lead].iter().map(|(_, c)| c).collect();
        i += lead;
        // Thousands groups: the same separator each time, then exactly three digits.
        let mut separator = None;
        if lead <= 3 {
            while let Some(&(_, sep)) = chars.get(i) {
                let same = separator.is_none_or(|s| s == sep);
                if GROUP_SEPARATORS.contains(&sep) && same && run(i + 1) == 3 {
                    separator = Some(sep);
                    digits.extend(chars[i + 1..i + 4].iter().map(|(_, c)| c));
                    i += 4;
                } else {
                    break;
                }
            }
        }
        // Plain digits, read by the one number reader (Rust's own float
        // parser would ship a second one in the app).
        let mut value = crate::core::number::parse(&digits).unwrap_or(0.0);
        // Decimals: the other mark, one or two digits.
        let mut decimals = 0;
        if let Some(&(_, mark)) = chars.get(i) {
            let places = run(i + 1);
            if matches!(mark, '.' | ',') && Some(mark) != separator && (1..=2).contains(&places) {
                let fraction: String = chars[i + 1..i + 1 + places]
                    .iter()
                    .map(|(_, c)| c)
                    .collect();
                value += crate::core::number::parse(&fraction).unwrap_or(0.0)
                    / 10f64.powi(places as i32);
                decimals = places;
                i += 1 + places;
            }
        }
        let mut end = i;
        let mut tolerance = 0.5;
        let rest = &text[end_of(i)..];
        let thousand_word = rest.strip_prefix(' ').is_some_and(|r| {
            r.get(..8)
                .is_some_and(|w| w.eq_ignore_ascii_case("thousand"))
        });
        let k = chars.get(i).is_some_and(|(_, c)| matches!(c, 'k' | 'K'))
            && !chars.get(i + 1).is_some_and(|(_, c)| c.is_alphanumeric());
        if k || thousand_word {
            value *= 1000.0;
            tolerance = 500.0 / 10f64.powi(decimals as i32);
            end = if k { i + 1 } else { i + 9 };
        }
        let mut range_start = end_of(start);
        if start > 0 && matches!(chars[start - 1].1, '€' | '$' | '£' | '¥' | '₹') {
            range_start = chars[start - 1].0;
        }
        out.push(WrittenNumber {
            range: range_start..end_of(end),
            value,
            tolerance,
        });
        i = end;
    }
    out
}

/// Words that give away how the user scores and weighs offers.
const SCORING_TELLS: &[&str] = &[
    "walk-away",
    "walkaway",
    "walk away line",
    "walk away point",
    "accept line",
    "acceptance line",
    "my floor",
    "your floor",
    "salary floor",
    "pay floor",
    "floor of",
    "weighting*",
    "weighted",
    "my weights",
    "decision matrix",
    "scoring",
    "scorecard",
    "my score*",
    "your score*",
    "total score",
    "overall score",
];

/// Words after "3 of 5" that make it a count ("3 of 5 days"), not a score.
const COUNTED: &str =
    "day days weekday weekdays working business week weeks month months year years hour hours \
     round rounds interview interviews people person member members candidate candidates step \
     steps stage stages team teams office offices times";

/// Scores and lines, by how they are written: "3 of 5", "4 out of 5",
/// "72/100", "scored 4", "a score of 3", and the tell-tale words.
fn find_scoring(text: &str, found: &mut Vec<PrivateMatch>) {
    let mut push = |range: Range<usize>| {
        found.push(PrivateMatch {
            range,
            kind: PrivateKind::Scoring,
            what: "how you score and weigh offers".into(),
            employer: None,
        })
    };
    for range in find_all(text, SCORING_TELLS) {
        push(range);
    }
    let words = tokens(text);
    let word = |i: usize| words.get(i).map(|(_, w)| w.as_str());
    let is_number = |i: usize| word(i).is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    for i in 0..words.len() {
        let range_to = |last: usize| words[i].0.start..words[last].0.end;
        // "3 of 5", "4 out of 5", "72 out of 100", unless it counts something.
        if is_number(i) {
            let scale_at = match (word(i + 1), word(i + 2)) {
                (Some("of"), _) => Some(i + 2),
                (Some("out"), Some("of")) => Some(i + 3),
                _ => None,
            };
            if let Some(at) = scale_at.filter(|at| matches!(word(*at), Some("5" | "five" | "100")))
            {
                let counted =
                    word(at + 1).is_some_and(|w| COUNTED.split_whitespace().any(|c| c == w));
                if !counted {
                    push(range_to(at));
                }
            }
            // "72/100".
            let slash = words
                .get(i + 1)
                .is_some_and(|(next, w)| w == "100" && &text[words[i].0.end..next.start] == "/");
            let then = words.get(i + 1).map_or("", |(next, _)| &text[next.end..]);
            if slash && !then.starts_with(['/', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']) {
                push(range_to(i + 1));
            }
        }
        // "scored 4", "rated 3", "a score of 2", "a rating of 4".
        let scored = match (word(i), word(i + 1), word(i + 2)) {
            (Some("scored" | "rated"), _, _) if is_number(i + 1) => Some(i + 1),
            (Some("score" | "rating"), Some("of"), _) if is_number(i + 2) => Some(i + 2),
            _ => None,
        };
        if let Some(last) = scored {
            push(range_to(last));
        }
    }
}

/// Everyday words: a run of them says nothing private on its own.
const COMMON_WORDS: &str =
    "a about after again all also am an and any are as at be been before being best both but \
     by can cant could day days dear did do does dont each even every few first five for \
     forward four from get glad go going good great had has have he hello her here hi him his \
     hope how i id if im in interview into is it its ive job just keep kind know last let \
     like look made make many may me might month months more most much must my need new next \
     no not now of offer on one only or other our out over please pleased position really \
     regards role said same see she should so some stay still such team than thank thanks \
     that the their them then there these they this those three through time to too touch two \
     up us very want was we week weeks well were what when where which while who will wish \
     with work would year years yet you your";

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<(&str, f64)> {
        written_numbers(text)
            .into_iter()
            .map(|n| (&text[n.range], n.value))
            .collect()
    }

    #[test]
    fn numbers_are_read_in_every_common_form() {
        let rows: [(&str, &[(&str, f64)]); 12] = [
            ("60000", &[("60000", 60_000.0)]),
            ("about 60,000.", &[("60,000", 60_000.0)]),
            ("60 000 a year", &[("60 000", 60_000.0)]),
            ("60.000 EUR", &[("60.000", 60_000.0)]),
            ("€60,000", &[("€60,000", 60_000.0)]),
            ("60k", &[("60k", 60_000.0)]),
            ("62.5k", &[("62.5k", 62_500.0)]),
            ("60 thousand", &[("60 thousand", 60_000.0)]),
            ("1'250'000", &[("1'250'000", 1_250_000.0)]),
            ("60,000.50", &[("60,000.50", 60_000.5)]),
            ("3 May 2026", &[("3", 3.0), ("2026", 2026.0)]),
            ("60km away", &[("60", 60.0)]),
        ];
        for (text, expected) in rows {
            assert_eq!(numbers(text), expected, "{text}");
        }
    }

    #[test]
    fn tokens_fold_case_and_apostrophes() {
        let words: Vec<String> = tokens("Don’t PANIC, it's fine")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(words, ["dont", "panic", "its", "fine"]);
    }

    #[test]
    fn names_drop_remarks_and_legal_suffixes() {
        assert_eq!(
            name_variants("Northwind Analytics (sample)"),
            ["Northwind Analytics (sample)", "Northwind Analytics"]
        );
        assert_eq!(name_variants("Globex GmbH"), ["Globex GmbH", "Globex"]);
        assert_eq!(name_variants("Initech"), ["Initech"]);
    }

    #[test]
    fn long_notes_give_runs_with_two_distinctive_words() {
        let common = common_words(&[]);
        let runs: Vec<String> =
            phrases_of("Two reorganisations in three years worried me", &common)
                .into_iter()
                .map(|w| w.join(" "))
                .collect();
        assert_eq!(
            runs,
            [
                "two reorganisations in three years worried",
                "reorganisations in three years worried"
            ]
        );
        // Everyday words alone: the whole note, once.
        assert_eq!(
            phrases_of("I would like to stay in touch", &common).len(),
            0,
            "no distinctive word at all"
        );
        assert_eq!(phrases_of("Long commute", &common), [["long", "commute"]]);
        assert!(phrases_of("Commute", &common).is_empty());
    }
}
