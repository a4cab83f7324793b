//! The data model: everything the user enters about their situation.
//!
//! These are the product's nouns — an [`Opportunity`], the user's
//! [`Priorities`], their [`NonNegotiable`]s, [`Settings`] and the root
//! [`Workspace`] that is stored and exported as JSON. Every struct is
//! `#[serde(default)]` so data saved by an older version, or typed in part,
//! still loads; the engine treats a missing value as "not known yet", never as
//! a zero.

mod contacts;
mod journey;
mod negotiation;
mod non_negotiable_json;
mod opportunity;
mod priorities;
mod sample;
mod settings;
mod workspace;

pub use contacts::{sent_newest_first, Contact, FieldProblem, SentMessage};
pub use journey::{
    Addresses, Contingency, ContingencyKind, ContingencyStatus, CounterofferTerms, LookingReason,
    NoticePeriod, NoticeUnit, Round, RoundFormat,
};
pub use negotiation::{NegotiationPlan, PayPart, PlanLine, Rationale, TradeOff, TradeOffChoice};
pub use opportunity::{
    Alignment, Ask, CompanyStage, Compensation, Concern, ConcernBasis, ConcernWeight,
    EmploymentModel, EquityGrant, GoalsAlignment, KeyDates, LedgerEntry, LedgerKind, MobilityFacts,
    Observation, Opportunity, Reactions, Reversibility, Stage, Support, VisaSponsorship,
    WorkArrangement,
};
pub use priorities::{criterion, Axis, Priorities, Priority};
pub use settings::Settings;
pub use workspace::{Goals, NonNegotiable, RequiredFact, Workspace, CURRENT_VERSION};
