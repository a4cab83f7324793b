//! One job the user is considering (or their current job): the facts, dates,
//! money, mobility details, first reactions and concerns the engine reasons
//! about.

use super::journey::{Contingency, CounterofferTerms, LookingReason, NoticePeriod, Round};
use super::negotiation::NegotiationPlan;
use crate::core::date::Date;
use crate::core::money::{self, Money};
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

/// Money, in the offer's own currency: whole minor units of its code (see
/// [`crate::core::money`]; hundredths while the code is empty, so changing
/// the home currency never rereads a stored amount). Zero means "not
/// entered".
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(default)]
pub struct Compensation {
    /// Base pay per year.
    pub base: Money,
    /// Target (not guaranteed) bonus per year.
    pub target_bonus: Money,
    /// Equity: a grant, how it vests, refreshers and a risk discount.
    pub equity: EquityGrant,
    /// Yearly value of benefits (health, allowances; the pension match has
    /// its own field).
    pub benefits_per_year: Money,
    /// One-time sign-on payment.
    pub sign_on: Money,
    /// Months after the start within which leaving means paying the sign-on
    /// back; 0 when there is no clawback or it is not known.
    pub sign_on_clawback_months: u16,
    /// One-time relocation allowance.
    pub relocation_allowance: Money,
    /// What the move itself would cost you, once.
    pub relocation_cost: Money,
    /// What commuting would cost you per year.
    pub commute_cost_per_year: Money,
    /// Currency code, e.g. "EUR". Empty means the home currency.
    pub currency: String,
    /// Home-currency units per one unit of this currency, entered by the user
    /// (the app never goes online for rates). `None` means 1.
    pub exchange_rate: Option<f64>,
    /// The day the exchange rate was looked up, so its age shows.
    pub exchange_rate_date: Option<Date>,
    /// Cost of living where this job is, with home = 100. `None` means no
    /// adjustment.
    pub cost_of_living_index: Option<f64>,
    /// The effective tax rate on pay, in percent (all tax and social
    /// contributions over gross pay), as the user estimates it for the
    /// country. `None` when not entered: no net figure then.
    pub tax_rate: Option<f64>,
    /// Paid leave days a year.
    pub leave_days: Option<u16>,
    /// The employer's pension or retirement contribution, in percent of base.
    pub pension_match: Option<f64>,
}

impl Compensation {
    /// The currency amounts are in: the offer's own, or `home` when none was
    /// entered.
    pub fn currency_or<'a>(&'a self, home: &'a str) -> &'a str {
        match self.currency.trim() {
            "" => home,
            code => code,
        }
    }

    /// Every amount, for rescaling and checks.
    fn amounts_mut(&mut self) -> [&mut Money; 9] {
        [
            &mut self.base,
            &mut self.target_bonus,
            &mut self.equity.grant,
            &mut self.equity.refresher_per_year,
            &mut self.benefits_per_year,
            &mut self.sign_on,
            &mut self.relocation_allowance,
            &mut self.relocation_cost,
            &mut self.commute_cost_per_year,
        ]
    }

    /// Changes the currency code, keeping every amount the same in major
    /// units: 52,000.00 EUR stays 52,000 when the code becomes JPY, rather
    /// than turning into 5,200,000 yen.
    pub fn set_currency(&mut self, code: &str) {
        let before = money::exponent(&self.currency);
        self.currency = code.trim().to_ascii_uppercase();
        let after = money::exponent(&self.currency);
        for m in self.amounts_mut() {
            *m = money::rescale(*m, before, after);
        }
    }
}

/// How far a company is from its shares being sellable, which sets how much
/// equity is worth discounting.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum CompanyStage {
    /// Not said: no discount is suggested.
    #[default]
    Unknown,
    /// Listed on a stock exchange: shares can be sold once vested.
    Listed,
    /// Private, late stage (large, funded, an exit in sight).
    LatePrivate,
    /// Private, early stage (a start-up).
    EarlyPrivate,
}

impl CompanyStage {
    /// The suggested risk discount in percent: nothing for listed shares,
    /// 30 % for a late-stage private company, 60 % for an early-stage one
    /// (Crossroads defaults: private shares may never become sellable, and
    /// most early ones do not).
    pub fn suggested_discount(self) -> u8 {
        match self {
            CompanyStage::Unknown | CompanyStage::Listed => 0,
            CompanyStage::LatePrivate => 30,
            CompanyStage::EarlyPrivate => 60,
        }
    }
}

/// An equity grant and the way it vests.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct EquityGrant {
    /// The value of the whole grant when granted.
    pub grant: Money,
    /// Years it vests over, evenly, when no per-year percentages are given.
    pub vesting_years: u8,
    /// The share vesting in each year, in percent, summing to 100 (for
    /// example 5/15/40/40); empty means even over `vesting_years`.
    pub vesting_percentages: Vec<u8>,
    /// Months before anything vests; what would have vested by then vests at
    /// the cliff.
    pub cliff_months: u8,
    /// The value of a new grant each year from the second year on, vesting
    /// on the same schedule (without a cliff).
    pub refresher_per_year: Money,
    /// How far the company is from its shares being sellable.
    pub stage: CompanyStage,
    /// How much to take off the equity for the risk it is never worth its
    /// grant value, in percent; `None` uses the stage's suggestion.
    pub risk_discount: Option<u8>,
}

impl Default for EquityGrant {
    fn default() -> Self {
        EquityGrant {
            grant: Money::ZERO,
            vesting_years: 4,
            vesting_percentages: Vec::new(),
            cliff_months: 0,
            refresher_per_year: Money::ZERO,
            stage: CompanyStage::Unknown,
            risk_discount: None,
        }
    }
}

impl EquityGrant {
    /// The risk discount used: the user's, or the stage's suggestion.
    pub fn discount(&self) -> u8 {
        self.risk_discount
            .unwrap_or_else(|| self.stage.suggested_discount())
            .min(100)
    }

    /// The weight of each year's vesting, out of their sum: the per-year
    /// percentages when given, else 1 for each of the vesting years (at
    /// least one). Whole numbers, so what vests adds up to the grant exactly.
    pub fn schedule(&self) -> Vec<u32> {
        if self.vesting_percentages.iter().any(|p| *p > 0) {
            self.vesting_percentages
                .iter()
                .map(|p| u32::from(*p))
                .collect()
        } else {
            vec![1; usize::from(self.vesting_years.max(1))]
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
    /// The amount asked for, in whole minor units of the offer's currency
    /// (the home currency's when the offer names none), when the item is
    /// money. Base pay and relocation keep theirs in the negotiation plan.
    pub amount: Option<Money>,
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
