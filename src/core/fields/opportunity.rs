//! The fields of an opportunity (and of the current role, which is one):
//! the details step, the key dates and the mobility step, as data.

pub use super::optional_text;
use super::{
    at_position, choices, field, flag_text, in_order, pick, position_text, slug_of, Choice,
    Control, Field, Section,
};
use crate::core::model::{
    CompanyStage, EmploymentModel, NoticeUnit, Opportunity, Stage, Support, VisaSponsorship,
    WorkArrangement,
};
use crate::core::money;
use crate::core::number;
use crate::core::validate::{self, date_problems, DateField};

/// The part of an opportunity a field edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)] // each name is the field it edits
pub enum OpportunityField {
    Employer,
    Role,
    Location,
    WorkArrangement,
    RemoteDays,
    InternationalMove,
    EmploymentModel,
    Stage,
    OfferInWriting,
    WrittenProcess,
    RecruiterInvolved,
    VerbalNegotiation,
    Offer,
    EmployerDecision,
    OfferDeadline,
    StartDate,
    Accepted,
    ContractSigned,
    Signed,
    NoticeCount,
    NoticeUnit,
    Resignation,
    LookingReason,
    CounterofferReceived,
    CounterofferSummary,
    Currency,
    Base,
    TargetBonus,
    Benefits,
    SignOn,
    ClawbackMonths,
    RelocationAllowance,
    RelocationCost,
    CommuteCost,
    ExchangeRate,
    RateDate,
    CostOfLiving,
    TaxRate,
    LeaveDays,
    PensionMatch,
    EquityGrant,
    VestingYears,
    VestingPercentages,
    CliffMonths,
    Refresher,
    CompanyStage,
    RiskDiscount,
    VisaSponsorship,
    VisaType,
    VisaFeesPaidBy,
    RelocationSupport,
    TemporaryHousing,
    FamilyVisas,
    PartnerWorkRights,
    TaxSupport,
    IntegrationSupport,
    RelocationTimeline,
}

/// A count where 0 means "none": empty then.
fn nonzero_text<T: Into<u32>>(n: T) -> String {
    let n = n.into();
    if n == 0 {
        String::new()
    } else {
        n.to_string()
    }
}

/// Yearly vesting percentages as typed: "5/15/40/40".
pub fn percentages_text(p: &[u8]) -> String {
    p.iter().map(u8::to_string).collect::<Vec<_>>().join("/")
}

/// An optional factor (exchange rate, cost-of-living index) as field text:
/// empty for "none", else up to six decimals ([`number::plain`]).
pub fn factor_text(x: Option<f64>) -> String {
    x.map(number::plain).unwrap_or_default()
}

impl OpportunityField {
    /// The field's value as the control shows it.
    pub fn read(self, o: &Opportunity) -> String {
        use OpportunityField as F;
        let c = &o.compensation;
        let m = &o.mobility;
        let d = &o.dates;
        match self {
            F::Employer => o.employer.clone(),
            F::Role => o.role.clone(),
            F::Location => o.location.clone(),
            F::WorkArrangement => slug_of(&o.work_arrangement),
            F::RemoteDays => optional_text(o.remote_days_per_week),
            F::InternationalMove => flag_text(o.international_move),
            F::EmploymentModel => slug_of(&o.employment_model),
            F::Stage => slug_of(&o.stage),
            F::OfferInWriting => flag_text(o.offer_in_writing),
            F::WrittenProcess => flag_text(o.written_process),
            F::RecruiterInvolved => flag_text(o.recruiter_involved),
            F::VerbalNegotiation => flag_text(o.verbal_negotiation),
            F::Offer => optional_text(d.offer),
            F::EmployerDecision => optional_text(d.employer_decision),
            F::OfferDeadline => optional_text(d.offer_deadline),
            F::StartDate => optional_text(d.start_date),
            F::Accepted => optional_text(d.accepted),
            F::ContractSigned => flag_text(o.contract_signed),
            F::Signed => optional_text(d.signed),
            F::NoticeCount => {
                optional_text((o.notice_period.count > 0).then_some(o.notice_period.count))
            }
            F::NoticeUnit => position_text(&NoticeUnit::ALL, &o.notice_period.unit),
            F::Resignation => optional_text(d.resignation),
            F::LookingReason => o.looking_reason.text.clone(),
            F::CounterofferReceived => optional_text(o.counteroffer.received),
            F::CounterofferSummary => o.counteroffer.summary.clone(),
            F::Currency => c.currency.clone(),
            F::Base => money::field_text(c.base, &c.currency),
            F::TargetBonus => money::field_text(c.target_bonus, &c.currency),
            F::Benefits => money::field_text(c.benefits_per_year, &c.currency),
            F::SignOn => money::field_text(c.sign_on, &c.currency),
            F::ClawbackMonths => nonzero_text(c.sign_on_clawback_months),
            F::RelocationAllowance => money::field_text(c.relocation_allowance, &c.currency),
            F::RelocationCost => money::field_text(c.relocation_cost, &c.currency),
            F::CommuteCost => money::field_text(c.commute_cost_per_year, &c.currency),
            F::ExchangeRate => factor_text(c.exchange_rate),
            F::RateDate => optional_text(c.exchange_rate_date),
            F::CostOfLiving => factor_text(c.cost_of_living_index),
            F::TaxRate => factor_text(c.tax_rate),
            F::LeaveDays => optional_text(c.leave_days),
            F::PensionMatch => factor_text(c.pension_match),
            F::EquityGrant => money::field_text(c.equity.grant, &c.currency),
            F::VestingYears => c.equity.vesting_years.to_string(),
            F::VestingPercentages => percentages_text(&c.equity.vesting_percentages),
            F::CliffMonths => nonzero_text(c.equity.cliff_months),
            F::Refresher => money::field_text(c.equity.refresher_per_year, &c.currency),
            F::CompanyStage => slug_of(&c.equity.stage),
            F::RiskDiscount => optional_text(c.equity.risk_discount),
            F::VisaSponsorship => slug_of(&m.visa_sponsorship),
            F::VisaType => m.visa_type.clone(),
            F::VisaFeesPaidBy => m.visa_fees_paid_by.clone(),
            F::RelocationSupport => slug_of(&m.relocation_support),
            F::TemporaryHousing => slug_of(&m.temporary_housing),
            F::FamilyVisas => slug_of(&m.family_visas),
            F::PartnerWorkRights => slug_of(&m.partner_work_rights),
            F::TaxSupport => slug_of(&m.tax_support),
            F::IntegrationSupport => slug_of(&m.integration_support),
            F::RelocationTimeline => m.relocation_timeline.clone(),
        }
    }

    /// Stores what the user typed or chose, or says what is wrong with it
    /// (and changes nothing).
    pub fn write(self, o: &mut Opportunity, text: &str) -> Result<(), String> {
        use OpportunityField as F;
        let on = !text.is_empty();
        let c = &mut o.compensation;
        let m = &mut o.mobility;
        let d = &mut o.dates;
        match self {
            F::Employer => o.employer = text.to_string(),
            F::Role => o.role = text.to_string(),
            F::Location => o.location = text.to_string(),
            F::WorkArrangement => o.work_arrangement = pick(text)?,
            F::RemoteDays => o.remote_days_per_week = validate::remote_days(text)?,
            F::InternationalMove => o.international_move = on,
            F::EmploymentModel => o.employment_model = pick(text)?,
            F::Stage => o.stage = pick(text)?,
            F::OfferInWriting => o.offer_in_writing = on,
            F::WrittenProcess => o.written_process = on,
            F::RecruiterInvolved => o.recruiter_involved = on,
            F::VerbalNegotiation => o.verbal_negotiation = on,
            F::Offer => d.offer = validate::date(text)?,
            F::EmployerDecision => d.employer_decision = validate::date(text)?,
            F::OfferDeadline => d.offer_deadline = validate::date(text)?,
            F::StartDate => d.start_date = validate::date(text)?,
            F::Accepted => d.accepted = validate::date(text)?,
            F::ContractSigned => o.contract_signed = on,
            F::Signed => d.signed = validate::date(text)?,
            F::NoticeCount => o.notice_period.count = validate::notice(text)?,
            F::NoticeUnit => o.notice_period.unit = at_position(&NoticeUnit::ALL, text)?,
            F::Resignation => d.resignation = validate::date(text)?,
            F::LookingReason => o.looking_reason.text = text.to_string(),
            F::CounterofferReceived => o.counteroffer.received = validate::date(text)?,
            F::CounterofferSummary => o.counteroffer.summary = text.to_string(),
            F::Currency => c.set_currency(text),
            F::Base => c.base = money::parse(text, &c.currency)?,
            F::TargetBonus => c.target_bonus = money::parse(text, &c.currency)?,
            F::Benefits => c.benefits_per_year = money::parse(text, &c.currency)?,
            F::SignOn => c.sign_on = money::parse(text, &c.currency)?,
            F::ClawbackMonths => {
                c.sign_on_clawback_months =
                    validate::whole_number_in(text, 0, 120)?.map_or(0, u16::from)
            }
            F::RelocationAllowance => c.relocation_allowance = money::parse(text, &c.currency)?,
            F::RelocationCost => c.relocation_cost = money::parse(text, &c.currency)?,
            F::CommuteCost => c.commute_cost_per_year = money::parse(text, &c.currency)?,
            F::ExchangeRate => c.exchange_rate = validate::optional_positive(text)?,
            F::RateDate => c.exchange_rate_date = validate::date(text)?,
            F::CostOfLiving => c.cost_of_living_index = validate::optional_positive(text)?,
            F::TaxRate => c.tax_rate = validate::optional_percent(text)?,
            F::LeaveDays => c.leave_days = validate::whole_number_in(text, 0, 250)?.map(u16::from),
            F::PensionMatch => c.pension_match = validate::optional_percent(text)?,
            F::EquityGrant => c.equity.grant = money::parse(text, &c.currency)?,
            F::VestingYears => {
                c.equity.vesting_years = validate::whole_number_in(text, 1, 10)?.unwrap_or(4)
            }
            F::VestingPercentages => c.equity.vesting_percentages = validate::percentages(text)?,
            F::CliffMonths => {
                c.equity.cliff_months = validate::whole_number_in(text, 0, 60)?.unwrap_or(0)
            }
            F::Refresher => c.equity.refresher_per_year = money::parse(text, &c.currency)?,
            F::CompanyStage => c.equity.stage = pick(text)?,
            F::RiskDiscount => c.equity.risk_discount = validate::whole_number_in(text, 0, 100)?,
            F::VisaSponsorship => m.visa_sponsorship = pick(text)?,
            F::VisaType => m.visa_type = text.to_string(),
            F::VisaFeesPaidBy => m.visa_fees_paid_by = text.to_string(),
            F::RelocationSupport => m.relocation_support = pick(text)?,
            F::TemporaryHousing => m.temporary_housing = pick(text)?,
            F::FamilyVisas => m.family_visas = pick(text)?,
            F::PartnerWorkRights => m.partner_work_rights = pick(text)?,
            F::TaxSupport => m.tax_support = pick(text)?,
            F::IntegrationSupport => m.integration_support = pick(text)?,
            F::RelocationTimeline => m.relocation_timeline = text.to_string(),
        }
        Ok(())
    }

    /// A problem this field has with another (dates out of order), shown on
    /// the later field so the message sits where the person will fix it.
    pub fn cross_problem(self, o: &Opportunity) -> Option<&'static str> {
        let field = match self {
            OpportunityField::Offer => DateField::Offer,
            OpportunityField::EmployerDecision => DateField::EmployerDecision,
            OpportunityField::OfferDeadline => DateField::OfferDeadline,
            OpportunityField::Accepted => DateField::Accepted,
            OpportunityField::Signed => DateField::Signed,
            _ => return None,
        };
        date_problems(o)
            .into_iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m)
    }
}

use OpportunityField as F;

const TEXT: Control = Control::Text {
    autocomplete: "off",
};
const MONEY: Control = Control::Number { decimal: true };
const FACTOR: Control = Control::Number { decimal: true };
const WHOLE: Control = Control::Number { decimal: false };

fn arrangements() -> Vec<Choice> {
    choices(&[
        (WorkArrangement::Unknown, "Not known yet"),
        (WorkArrangement::OnSite, "On site"),
        (WorkArrangement::Hybrid, "Hybrid"),
        (WorkArrangement::Remote, "Remote"),
    ])
}

fn employment_models() -> Vec<Choice> {
    choices(&[
        (EmploymentModel::Unknown, "Not known yet"),
        (EmploymentModel::Direct, "Employed directly by the company"),
        (EmploymentModel::Agency, "Through an agency or third party"),
        (EmploymentModel::Contractor, "As a contractor"),
        (EmploymentModel::FixedTerm, "Fixed-term contract"),
    ])
}

fn notice_units() -> Vec<Choice> {
    in_order(&NoticeUnit::ALL, NoticeUnit::label)
}

fn stages() -> Vec<Choice> {
    choices(&Stage::ALL.map(|s| (s, s.label())))
}

fn visa_answers() -> Vec<Choice> {
    choices(&[
        (VisaSponsorship::Unknown, "Not known yet"),
        (VisaSponsorship::Yes, "Yes"),
        (VisaSponsorship::No, "No"),
        (
            VisaSponsorship::Contingent,
            "Yes, but depending on something",
        ),
    ])
}

fn support_answers() -> Vec<Choice> {
    choices(&[
        (Support::Unknown, "Not known yet"),
        (Support::None, "Not offered"),
        (Support::Verbal, "Promised verbally"),
        (Support::InWriting, "Confirmed in writing"),
    ])
}

/// The details step: the job itself.
#[rustfmt::skip]
pub const JOB: Section<OpportunityField> = Section {
    legend: "The job",
    fields: &[
        field(F::Employer, "employer", "Employer", "", Control::Text { autocomplete: "organization" }),
        field(F::Role, "role", "Role", "", TEXT),
        field(F::Location, "location", "Location", "City or country.", TEXT),
        field(F::WorkArrangement, "arrangement", "Work arrangement", "", Control::Choice(arrangements)),
        field(F::RemoteDays, "remote-days", "Remote days a week", "0 to 7. Leave empty if you don't know yet.", WHOLE),
        field(F::InternationalMove, "abroad", "Taking it means moving country", "Turns on the mobility questions: visa, relocation, family.", Control::Flag),
        field(F::EmploymentModel, "employment-model", "Employment model", "", Control::Choice(employment_models)),
    ],
};

/// The details step: where the process stands (not for the current role).
#[rustfmt::skip]
pub const STANDING: Section<OpportunityField> = Section {
    legend: "Where it stands",
    fields: &[
        field(F::Stage, "stage", "Stage", "", Control::Choice(stages)),
        field(F::OfferInWriting, "offer-in-writing", "The offer is in writing", "", Control::Flag),
        field(F::WrittenProcess, "written-process", "The process was mostly in writing (emails, a portal)", "Then an email is the natural way to give your answer.", Control::Flag),
        field(F::RecruiterInvolved, "recruiter", "A recruiter is involved", "A decline can then go through them.", Control::Flag),
        field(F::VerbalNegotiation, "negotiated", "You have already negotiated by voice", "A spoken negotiation means a no deserves a call, and the gaps have been tried.", Control::Flag),
    ],
};

/// The dates the plan runs on, and the start date an acceptance confirms.
#[rustfmt::skip]
pub const KEY_DATES: Section<OpportunityField> = Section {
    legend: "Key dates",
    fields: &[
        field(F::Offer, "date-offer", "Offer received", "", Control::Date),
        field(F::EmployerDecision, "date-decision", "Their decision date", "When they said they would decide. Follow-ups are planned from it.", Control::Date),
        field(F::OfferDeadline, "date-deadline", "Answer due by", "The deadline they gave for your answer to an offer.", Control::Date),
        field(F::StartDate, "date-start", "Start date", "The first day in the new job, once you have agreed one. An acceptance confirms it in writing.", Control::Date),
    ],
};

/// Saying yes: when, and the contract (the start date is a key date).
#[rustfmt::skip]
pub const ACCEPTING: Section<OpportunityField> = Section {
    legend: "Accepting and signing",
    fields: &[
        field(F::Accepted, "date-accepted", "Date you accepted", "When you said yes, by voice or in writing.", Control::Date),
        field(F::ContractSigned, "contract-signed", "You have signed the contract", "", Control::Flag),
        field(F::Signed, "date-signed", "Date you signed", "", Control::Date),
    ],
};

/// The current role: leaving it.
#[rustfmt::skip]
pub const NOTICE: Section<OpportunityField> = Section {
    legend: "Leaving your current job",
    fields: &[
        field(F::NoticeCount, "notice-count", "Notice period", "How much notice your contract asks for. Leave empty if you don't know.", WHOLE),
        field(F::NoticeUnit, "notice-unit", "Notice counted in", "", Control::Choice(notice_units)),
        field(F::Resignation, "date-resignation", "Resignation date", "When you hand in your notice, planned or done.", Control::Date),
    ],
};

/// The current role: why the user started looking (the criteria it is
/// about are ticked beside it).
#[rustfmt::skip]
pub const LOOKING: Section<OpportunityField> = Section {
    legend: "Why you started looking",
    fields: &[
        field(F::LookingReason, "looking-reason", "In your own words", "Private: it stays in this browser and is never written into a message.", Control::Paragraph),
    ],
};

/// The current role: a counteroffer from the current employer (the
/// criteria it improves are ticked beside it).
#[rustfmt::skip]
pub const COUNTEROFFER: Section<OpportunityField> = Section {
    legend: "A counteroffer from your employer",
    fields: &[
        field(F::CounterofferReceived, "counteroffer-date", "Date they made it", "Leave empty if they have not made one.", Control::Date),
        field(F::CounterofferSummary, "counteroffer-summary", "What they offered", "Private: it stays in this browser and is never written into a message.", Control::Paragraph),
    ],
};

/// An opportunity: better terms from the employer after a no or a push
/// back (the criteria they improve are ticked beside them).
#[rustfmt::skip]
pub const NEW_TERMS: Section<OpportunityField> = Section {
    legend: "A counteroffer from them",
    fields: &[
        field(F::CounterofferReceived, "new-terms-date", "Date they came back", "With better terms, after you said no or pushed back. Leave empty if they have not.", Control::Date),
        field(F::CounterofferSummary, "new-terms-summary", "What they offered", "Private: it stays in this browser and is never written into a message.", Control::Paragraph),
    ],
};

/// The details step: money.
#[rustfmt::skip]
pub const PAY: Section<OpportunityField> = Section {
    legend: "Compensation",
    fields: &[
        field(F::Currency, "currency", "Currency", "A three-letter code such as EUR, GBP or USD. Leave empty for your home currency.", TEXT),
        field(F::Base, "base", "Base pay per year", "", MONEY),
        field(F::TargetBonus, "bonus", "Target bonus per year", "What they expect to pay, not a guarantee.", MONEY),
        field(F::Benefits, "benefits", "Benefits per year", "Health, allowances: their worth to you.", MONEY),
        field(F::PensionMatch, "pension", "Pension or retirement match", "What the employer pays in, in percent of base. Counted each year, untaxed.", FACTOR),
        field(F::LeaveDays, "leave-days", "Paid leave days a year", "Days beyond your current job's count at a day's base pay (base ÷ 260).", WHOLE),
        field(F::SignOn, "sign-on", "Sign-on payment", "Once, counted in the first year.", MONEY),
        field(F::ClawbackMonths, "clawback", "Sign-on clawback in months", "If you leave within this many months you pay it back.", WHOLE),
        field(F::RelocationAllowance, "relocation-allowance", "Relocation allowance", "Once.", MONEY),
        field(F::RelocationCost, "relocation-cost", "What the move would cost you", "Once.", MONEY),
        field(F::CommuteCost, "commute-cost", "Commuting cost per year", "", MONEY),
        field(F::TaxRate, "tax-rate", "Effective tax rate", "All tax and contributions as a percent of gross pay where the job is, like 38. Needed for net figures.", FACTOR),
        field(F::ExchangeRate, "exchange-rate", "Exchange rate", "Home currency for one unit of this currency. Leave empty if it is the same.", FACTOR),
        field(F::RateDate, "rate-date", "Exchange rate date", "The day you looked the rate up.", Control::Date),
        field(F::CostOfLiving, "cost-of-living", "Cost of living there", "With home as 100: 120 means a fifth dearer. Leave empty to compare without it.", FACTOR),
    ],
};

fn company_stages() -> Vec<Choice> {
    choices(&[
        (CompanyStage::Unknown, "Not said (no discount suggested)"),
        (
            CompanyStage::Listed,
            "Listed on a stock exchange (0% suggested)",
        ),
        (
            CompanyStage::LatePrivate,
            "Private, late stage (30% suggested)",
        ),
        (
            CompanyStage::EarlyPrivate,
            "Private, early stage (60% suggested)",
        ),
    ])
}

/// The details step: equity, as a grant that vests.
#[rustfmt::skip]
pub const EQUITY: Section<OpportunityField> = Section {
    legend: "Equity",
    fields: &[
        field(F::EquityGrant, "equity-grant", "Equity grant", "The value of the whole grant, in the offer's currency.", MONEY),
        field(F::VestingYears, "vesting-years", "Vesting years", "Vests evenly over this many years unless you give yearly percentages.", WHOLE),
        field(F::VestingPercentages, "vesting-percentages", "Vesting by year in percent", "For uneven schedules, like 5/15/40/40. They must add up to 100.", Control::Parsed),
        field(F::CliffMonths, "cliff", "Cliff in months", "Nothing vests before it; what built up vests at the cliff.", WHOLE),
        field(F::Refresher, "refresher", "Refresher grant per year", "A new grant each year from year 2, on the same schedule.", MONEY),
        field(F::CompanyStage, "company-stage", "Company stage", "", Control::Choice(company_stages)),
        field(F::RiskDiscount, "risk-discount", "Risk discount in percent", "What to take off for the risk the shares never pay out. Leave empty for the stage's suggestion.", WHOLE),
    ],
};

/// The mobility step's own switch (the same fact as on the details step).
pub const MOVING_COUNTRY: Field<OpportunityField> = field(
    F::InternationalMove,
    "mobility-abroad",
    "Taking it means moving country",
    "These questions count only for a move abroad.",
    Control::Flag,
);

/// The mobility step: the visa.
#[rustfmt::skip]
pub const VISA: Section<OpportunityField> = Section {
    legend: "Visa",
    fields: &[
        field(F::VisaSponsorship, "visa", "Visa sponsorship", "", Control::Choice(visa_answers)),
        field(F::VisaType, "visa-type", "Visa type", "As the employer named it.", TEXT),
        field(F::VisaFeesPaidBy, "visa-payer", "Who pays the visa fees", "", TEXT),
    ],
};

/// The mobility step: moving and settling in.
#[rustfmt::skip]
pub const SETTLING: Section<OpportunityField> = Section {
    legend: "Moving and settling in",
    fields: &[
        field(F::RelocationSupport, "relocation", "Relocation support", "", Control::Choice(support_answers)),
        field(F::TemporaryHousing, "housing", "Temporary housing", "", Control::Choice(support_answers)),
        field(F::FamilyVisas, "family-visas", "Visas for your family", "", Control::Choice(support_answers)),
        field(F::PartnerWorkRights, "partner-work", "Your partner's right to work", "", Control::Choice(support_answers)),
        field(F::TaxSupport, "tax", "Help with tax", "", Control::Choice(support_answers)),
        field(F::IntegrationSupport, "integration", "Language and settling-in support", "", Control::Choice(support_answers)),
        field(F::RelocationTimeline, "relocation-timeline", "Relocation timeline", "When the move would happen, as agreed.", TEXT),
    ],
};

/// Every section of an opportunity's forms, for tests and for screens that
/// list them all.
pub const ALL: [&Section<OpportunityField>; 12] = [
    &JOB,
    &STANDING,
    &KEY_DATES,
    &ACCEPTING,
    &NEW_TERMS,
    &PAY,
    &EQUITY,
    &VISA,
    &SETTLING,
    &NOTICE,
    &LOOKING,
    &COUNTEROFFER,
];
