//! One job the user is considering (or their current job): the facts, dates,
//! money, mobility details, first reactions and concerns the engine reasons
//! about.

use super::journey::{Contingency, CounterofferTerms, LookingReason, NoticePeriod, Round};
use super::negotiation::NegotiationPlan;
use crate::core::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the work happens.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum WorkArrangement {
    /// Not known yet.
    #[default]
    Unknown,
    /// Every day at the employer's site.
    OnSite,
    /// Some days at home, some on site.
    Hybrid,
    /// Fully remote.
    Remote,
}

/// Who employs the person, which drives benefits, security and visa options.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum EmploymentModel {
    /// Not known yet.
    #[default]
    Unknown,
    /// Employed directly by the company, open-ended.
    Direct,
    /// Employed by an agency or other third party and placed with the company.
    Agency,
    /// Self-employed contractor.
    Contractor,
    /// Employed directly, but for a fixed term.
    FixedTerm,
}

impl EmploymentModel {
    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            EmploymentModel::Unknown => "not known yet",
            EmploymentModel::Direct => "direct employment",
            EmploymentModel::Agency => "through an agency",
            EmploymentModel::Contractor => "as a contractor",
            EmploymentModel::FixedTerm => "a fixed-term contract",
        }
    }
}

/// How far the process has gone.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Looking into it, no interview yet.
    #[default]
    Exploring,
    /// In interviews.
    Interviewing,
    /// Offer made by word of mouth only.
    VerbalOffer,
    /// Offer received in writing.
    WrittenOffer,
    /// The employer came back with better terms after you declined or pushed back.
    Counteroffer,
    /// You accepted.
    Accepted,
    /// You declined an offer.
    Declined,
    /// You withdrew before an offer.
    Withdrawn,
    /// The employer ended the process.
    ClosedByEmployer,
    /// The employer took back an offer it had made.
    OfferWithdrawn,
    /// You took back an acceptance (before or after signing).
    BackedOut,
}

impl Stage {
    /// Every stage, in the order a process moves through them.
    pub const ALL: [Stage; 11] = [
        Stage::Exploring,
        Stage::Interviewing,
        Stage::VerbalOffer,
        Stage::WrittenOffer,
        Stage::Counteroffer,
        Stage::Accepted,
        Stage::Declined,
        Stage::Withdrawn,
        Stage::ClosedByEmployer,
        Stage::OfferWithdrawn,
        Stage::BackedOut,
    ];

    /// Whether there is an offer on the table (verbal, written or countered).
    pub fn has_offer(self) -> bool {
        matches!(
            self,
            Stage::VerbalOffer | Stage::WrittenOffer | Stage::Counteroffer
        )
    }

    /// Whether the process is still open, so a decision is still to be made.
    pub fn is_active(self) -> bool {
        !self.is_settled()
    }

    /// Whether the process has ended one way or another.
    pub fn is_settled(self) -> bool {
        matches!(
            self,
            Stage::Accepted
                | Stage::Declined
                | Stage::Withdrawn
                | Stage::ClosedByEmployer
                | Stage::OfferWithdrawn
                | Stage::BackedOut
        )
    }

    /// A short label.
    pub fn label(self) -> &'static str {
        match self {
            Stage::Exploring => "Exploring",
            Stage::Interviewing => "Interviewing",
            Stage::VerbalOffer => "Verbal offer",
            Stage::WrittenOffer => "Written offer",
            Stage::Counteroffer => "Counteroffer",
            Stage::Accepted => "Accepted",
            Stage::Declined => "Declined",
            Stage::Withdrawn => "Withdrawn",
            Stage::ClosedByEmployer => "Closed by the employer",
            Stage::OfferWithdrawn => "Offer withdrawn by the employer",
            Stage::BackedOut => "Backed out after accepting",
        }
    }
}

/// The dates that drive the follow-up plan. All optional: the plan falls back
/// to the articles' defaults when one is missing.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct KeyDates {
    /// When the offer (or counteroffer) arrived.
    pub offer: Option<Date>,
    /// The day the employer said they would decide.
    pub employer_decision: Option<Date>,
    /// The day the employer wants an answer to the offer by.
    pub offer_deadline: Option<Date>,
    /// When the process ended (accepted, declined, withdrawn or closed).
    pub closed: Option<Date>,
    /// The agreed or proposed first day in the new job.
    pub start_date: Option<Date>,
    /// When the user said yes to the offer.
    pub accepted: Option<Date>,
    /// When the user signed the contract.
    pub signed: Option<Date>,
    /// On the current role: when notice was (or is to be) handed in.
    pub resignation: Option<Date>,
}

/// Money, in the offer's own currency. Zero means "not entered".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Compensation {
    /// Base pay per year.
    pub base: f64,
    /// Target (not guaranteed) bonus per year.
    pub target_bonus: f64,
    /// Equity value vesting per year.
    pub equity_per_year: f64,
    /// Yearly value of benefits (pension, health, allowances).
    pub benefits_per_year: f64,
    /// One-time sign-on payment.
    pub sign_on: f64,
    /// One-time relocation allowance.
    pub relocation_allowance: f64,
    /// What the move itself would cost you, once.
    pub relocation_cost: f64,
    /// What commuting would cost you per year.
    pub commute_cost_per_year: f64,
    /// Currency code, e.g. "EUR". Empty means the home currency.
    pub currency: String,
    /// Home-currency units per one unit of this currency, entered by the user
    /// (the app never goes online for rates). `None` means 1.
    pub exchange_rate: Option<f64>,
    /// Cost of living where this job is, with home = 100. `None` means no
    /// adjustment.
    pub cost_of_living_index: Option<f64>,
}

impl Default for Compensation {
    fn default() -> Self {
        Compensation {
            base: 0.0,
            target_bonus: 0.0,
            equity_per_year: 0.0,
            benefits_per_year: 0.0,
            sign_on: 0.0,
            relocation_allowance: 0.0,
            relocation_cost: 0.0,
            commute_cost_per_year: 0.0,
            currency: String::new(),
            exchange_rate: None,
            cost_of_living_index: None,
        }
    }
}

/// Whether the employer will sponsor a visa.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum VisaSponsorship {
    /// Not asked or not answered yet.
    #[default]
    Unknown,
    /// Yes, sponsorship is offered.
    Yes,
    /// No sponsorship.
    No,
    /// Offered, but depending on something (approval, budget, a quota).
    Contingent,
}

/// How firmly a kind of support has been promised.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    /// Not asked or not answered yet.
    #[default]
    Unknown,
    /// Not offered.
    None,
    /// Promised in conversation only.
    Verbal,
    /// Confirmed in writing.
    InWriting,
}

impl Support {
    /// Whether anything has been promised at all.
    pub fn is_offered(self) -> bool {
        matches!(self, Support::Verbal | Support::InWriting)
    }
}

/// What an international move involves and what the employer supports.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct MobilityFacts {
    /// Visa sponsorship.
    pub visa_sponsorship: VisaSponsorship,
    /// The visa type, as the employer named it.
    pub visa_type: String,
    /// Who pays the visa fees, as the employer said.
    pub visa_fees_paid_by: String,
    /// Relocation support (allowance, shipping, flights).
    pub relocation_support: Support,
    /// Temporary housing on arrival.
    pub temporary_housing: Support,
    /// Visas for family members.
    pub family_visas: Support,
    /// Right for a partner to work.
    pub partner_work_rights: Support,
    /// Help with cross-border tax.
    pub tax_support: Support,
    /// Language lessons and help settling in.
    pub integration_support: Support,
    /// When the move would happen, as agreed; empty when not discussed.
    pub relocation_timeline: String,
}

/// Notes written soon after an interview, before memory rewrites them.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Reactions {
    /// What excited you.
    pub excited: String,
    /// What worried you.
    pub worried: String,
    /// Anything they promised that was left vague.
    pub unclear_commitments: String,
    /// When these notes were written.
    pub captured_on: Option<Date>,
}

/// Whether a concern is something verifiable or an impression.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum ConcernBasis {
    /// Said or written by the employer, or otherwise verifiable.
    Fact,
    /// An impression or gut feeling that more information could change.
    #[default]
    Perception,
}

/// How much a concern matters.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum ConcernWeight {
    /// Something the employer could change, worth raising.
    #[default]
    Negotiable,
    /// If true, you would not take the job.
    Dealbreaker,
}

/// A worry about an opportunity.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Concern {
    /// Stable id, made by the caller.
    pub id: String,
    /// The concern in the user's words.
    pub text: String,
    /// Fact or perception.
    pub basis: ConcernBasis,
    /// Negotiable or a dealbreaker.
    pub weight: ConcernWeight,
    /// The priority it touches, if any (a criterion id).
    pub criterion_id: Option<String>,
    /// Set once the concern has been cleared up.
    pub resolved: bool,
    /// When it came up, if recorded: a dealbreaker that came up after the
    /// user accepted is a reason to consider backing out.
    pub raised: Option<Date>,
}

/// A neutral note in the facts-versus-perceptions columns.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Observation {
    /// Stable id, made by the caller.
    pub id: String,
    /// What was seen or heard.
    pub text: String,
    /// Fact or perception.
    pub basis: ConcernBasis,
}

/// Which column of the opportunity-cost ledger an entry sits in.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum LedgerKind {
    /// Something you gain by taking the job.
    #[default]
    Benefit,
    /// Something it costs you.
    Cost,
    /// Its effect on your career in the long run.
    LongTermImpact,
}

/// One line of the opportunity-cost ledger.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct LedgerEntry {
    /// Stable id, made by the caller.
    pub id: String,
    /// Benefit, cost or long-term impact.
    pub kind: LedgerKind,
    /// The entry in the user's words.
    pub text: String,
    /// How much it weighs, 1 (a little) to 3 (a lot); long-term impact entries
    /// may be negative (−3…3) when the effect is harmful.
    pub size: i8,
}

/// Whether saying no now could be undone later.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Reversibility {
    /// Not thought about yet.
    #[default]
    Unknown,
    /// The door stays open.
    Yes,
    /// Probably could be reopened.
    Likely,
    /// Probably not.
    Unlikely,
    /// No chance to reopen.
    No,
}

/// How the job fits one of your goals.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Alignment {
    /// Not assessed yet.
    #[default]
    Unknown,
    /// Moves you towards the goal, even a little.
    Advances,
    /// Neither helps nor hinders.
    Neutral,
    /// Works against the goal.
    Conflicts,
}

/// How the job fits your one-year and three-year goals.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct GoalsAlignment {
    /// Fit with the one-year goal.
    pub one_year: Alignment,
    /// Fit with the three-year goal.
    pub three_years: Alignment,
}

impl GoalsAlignment {
    /// Works against a goal and advances neither.
    pub fn conflicts(&self) -> bool {
        let both = [self.one_year, self.three_years];
        both.contains(&Alignment::Conflicts) && !both.contains(&Alignment::Advances)
    }
}

/// A job being considered, or the current job.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Opportunity {
    /// Stable id, made by the caller.
    pub id: String,
    /// The employer's name.
    pub employer: String,
    /// The job title.
    pub role: String,
    /// City or country.
    pub location: String,
    /// On-site, hybrid or remote.
    pub work_arrangement: WorkArrangement,
    /// Days a week you could work from home, when known.
    pub remote_days_per_week: Option<u8>,
    /// Whether taking the job means moving country.
    pub international_move: bool,
    /// Who employs you.
    pub employment_model: EmploymentModel,
    /// How far the process has gone.
    pub stage: Stage,
    /// Interview, offer, decision and deadline dates.
    pub dates: KeyDates,
    /// Whether the current offer or counteroffer is in writing.
    pub offer_in_writing: bool,
    /// Money.
    pub compensation: Compensation,
    /// Visa, relocation and family details.
    pub mobility: MobilityFacts,
    /// Notes written soon after the interview.
    pub reactions: Reactions,
    /// Worries, each a fact or a perception, negotiable or a dealbreaker.
    pub concerns: Vec<Concern>,
    /// The facts-versus-perceptions columns.
    pub observations: Vec<Observation>,
    /// The opportunity-cost ledger.
    pub ledger: Vec<LedgerEntry>,
    /// Whether saying no could be undone later.
    pub reversibility: Reversibility,
    /// Fit with one-year and three-year goals.
    pub goals_alignment: GoalsAlignment,
    /// You have decided you do not want this job.
    pub not_interested: bool,
    /// A recruiter ran or helped with the process.
    pub recruiter_involved: bool,
    /// The interview rounds, past and upcoming, in the order they were added.
    pub rounds: Vec<Round>,
    /// The conditions the offer depends on.
    pub contingencies: Vec<Contingency>,
    /// The user signed the contract (after accepting).
    pub contract_signed: bool,
    /// On the current role: the notice owed after resigning.
    pub notice_period: NoticePeriod,
    /// On the current role: why the user started looking.
    pub looking_reason: LookingReason,
    /// Better terms offered: by the current employer (on the current role) or
    /// by this employer after a no or a push back.
    pub counteroffer: CounterofferTerms,
    /// Terms were already negotiated by voice (so a call is owed when declining,
    /// and the compensation gap has already been tried).
    pub verbal_negotiation: bool,
    /// Scores 0–5 per criterion id. A criterion missing here is *unknown*,
    /// which is not the same as 0.
    pub scores: BTreeMap<String, u8>,
    /// Free notes. Private: never written into a message to an employer.
    pub notes: String,
    /// The employer ran the process mostly in writing (emails, a portal), so
    /// an email is the expected way to answer.
    pub written_process: bool,
    /// What to ask for in a negotiation, per criterion id: the amount or term
    /// and a one-line reason, both the user's own. Only criteria the user
    /// marked negotiable are raised.
    pub asks: BTreeMap<String, Ask>,
    /// The negotiation plan: figures per part of the pay, the reason to give
    /// and the trade-offs. Base pay and relocation amounts live here, not in
    /// [`asks`](Self::asks), which keeps the words and reasons.
    pub negotiation: NegotiationPlan,
}

/// One thing to ask for in a negotiation, stated in the employer's terms.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Ask {
    /// The amount asked for, in the offer's currency, when the item is money.
    pub amount: Option<f64>,
    /// The ask in words when it is not an amount ("three days a week from
    /// home"); empty means the app's wording for the criterion.
    pub term: String,
    /// An optional one-line reason, in the user's words.
    pub reason: String,
}

impl Opportunity {
    /// A new, empty opportunity with the given id.
    pub fn new(id: impl Into<String>) -> Opportunity {
        Opportunity {
            id: id.into(),
            ..Opportunity::default()
        }
    }

    /// The score for a criterion, clamped to 0–5, or `None` when unknown.
    pub fn score(&self, criterion_id: &str) -> Option<u8> {
        self.scores.get(criterion_id).map(|s| (*s).min(5))
    }

    /// Sets (or with `None`, forgets) the score for a criterion.
    pub fn set_score(&mut self, criterion_id: &str, score: Option<u8>) {
        match score {
            Some(s) => {
                self.scores.insert(criterion_id.to_string(), s.min(5));
            }
            None => {
                self.scores.remove(criterion_id);
            }
        }
    }

    /// "Role at Employer", or whichever of the two is filled in.
    pub fn title(&self) -> String {
        match (self.role.trim(), self.employer.trim()) {
            ("", "") => "this opportunity".to_string(),
            (role, "") => role.to_string(),
            ("", employer) => employer.to_string(),
            // `join` sizes the title once; `format!` would grow it three times.
            (role, employer) => [role, employer].join(" at "),
        }
    }

    /// The employer's name, or a neutral stand-in for sentences.
    pub fn employer_name(&self) -> &str {
        match self.employer.trim() {
            "" => "the employer",
            name => name,
        }
    }

    /// Whether the user signed the contract, by the flag or by a signing
    /// date: the engine and every message read this one answer.
    pub fn is_signed(&self) -> bool {
        self.contract_signed || self.dates.signed.is_some()
    }

    /// How many rounds there have been or are planned.
    pub fn round_count(&self) -> usize {
        self.rounds.len()
    }

    /// The date of the latest round, past or upcoming.
    pub fn latest_round_date(&self) -> Option<Date> {
        self.rounds.iter().filter_map(|r| r.date).max()
    }

    /// Adds a round held on `date` with an id no other round has, and
    /// returns that id.
    pub fn add_round(&mut self, date: Option<Date>) -> String {
        let id = (self.rounds.len() + 1..)
            .map(|n| format!("round-{n}"))
            .find(|id| self.rounds.iter().all(|r| &r.id != id))
            .unwrap_or_default();
        self.rounds.push(Round::on(id.clone(), date));
        id
    }

    /// Dates the latest round, the last one in the list (a new round when
    /// there is none and `date` is set). Clearing the date keeps the round.
    pub fn set_latest_round_date(&mut self, date: Option<Date>) {
        match self.rounds.last_mut() {
            Some(round) => round.date = date,
            None if date.is_some() => {
                self.add_round(date);
            }
            None => {}
        }
    }

    /// Unresolved concerns.
    pub fn open_concerns(&self) -> impl Iterator<Item = &Concern> {
        self.concerns.iter().filter(|c| !c.resolved)
    }

    /// Benefits minus costs in the ledger, with long-term impact counted as entered.
    pub fn ledger_balance(&self) -> i32 {
        self.ledger
            .iter()
            .map(|e| {
                let size = i32::from(e.size);
                match e.kind {
                    LedgerKind::Benefit => size.abs(),
                    LedgerKind::Cost => -size.abs(),
                    LedgerKind::LongTermImpact => size,
                }
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_json_loads_with_defaults() {
        let o: Opportunity =
            serde_json::from_str(r#"{"id":"a","employer":"Acme","stage":"written_offer"}"#)
                .unwrap();
        assert_eq!(o.stage, Stage::WrittenOffer);
        assert_eq!(o.employment_model, EmploymentModel::Unknown);
        assert_eq!(o.score("base_pay"), None);
    }

    #[test]
    fn titles_use_whichever_names_are_filled_in() {
        let cases = [
            ("", "", "this opportunity"),
            (" Analyst ", "  ", "Analyst"),
            ("", "Acme", "Acme"),
            ("Analyst", " Acme", "Analyst at Acme"),
        ];
        for (role, employer, expected) in cases {
            let o = Opportunity {
                role: role.to_string(),
                employer: employer.to_string(),
                ..Opportunity::default()
            };
            assert_eq!(o.title(), expected, "role {role:?}, employer {employer:?}");
        }
    }

    #[test]
    fn scores_clamp_and_unknown_is_not_zero() {
        let mut o = Opportunity::new("a");
        o.set_score("x", Some(9));
        o.set_score("y", Some(0));
        assert_eq!(o.score("x"), Some(5));
        assert_eq!(o.score("y"), Some(0));
        assert_eq!(o.score("z"), None);
        o.set_score("x", None);
        assert_eq!(o.score("x"), None);
    }
}
