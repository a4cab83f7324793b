//! How a non-negotiable is stored: one flat JSON object whose `kind` (and,
//! for a required fact, `fact`) names the rule, e.g.
//! `{"kind": "minimum_score", "criterion_id": "base_pay", "minimum": 3}` or
//! `{"kind": "requires", "fact": "remote_days_at_least", "days": 2}`.
//!
//! serde's tagged enums would read this shape too, but they buffer every
//! object into an intermediate tree first, which adds about 15 KB of wasm.
//! A plain struct with optional fields reads it directly.

use super::{NonNegotiable, RequiredFact};
use crate::core::money::Money;
use serde::{Deserialize, Serialize};

/// The stored shape: every field any rule uses, each optional.
#[derive(Serialize, Deserialize, Default)]
pub(super) struct Record {
    kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    criterion_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    minimum: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    fact: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    days: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amount: Option<Money>,
}

impl From<NonNegotiable> for Record {
    fn from(rule: NonNegotiable) -> Self {
        match rule {
            NonNegotiable::MinimumScore {
                criterion_id,
                minimum,
            } => Record {
                kind: "minimum_score".into(),
                criterion_id: Some(criterion_id),
                minimum: Some(minimum),
                ..Record::default()
            },
            NonNegotiable::Requires { fact } => {
                let (name, days, amount) = match fact {
                    RequiredFact::VisaSponsorship => ("visa_sponsorship", None, None),
                    RequiredFact::DirectEmployment => ("direct_employment", None, None),
                    RequiredFact::RemoteDaysAtLeast { days } => {
                        ("remote_days_at_least", Some(days), None)
                    }
                    RequiredFact::RelocationSupportInWriting => {
                        ("relocation_support_in_writing", None, None)
                    }
                    RequiredFact::MinimumBase { amount } => ("minimum_base", None, Some(amount)),
                };
                Record {
                    kind: "requires".into(),
                    fact: Some(name.into()),
                    days,
                    amount,
                    ..Record::default()
                }
            }
        }
    }
}

impl TryFrom<Record> for NonNegotiable {
    type Error = String;

    fn try_from(r: Record) -> Result<Self, String> {
        let missing = |field: &str| format!("a \"{}\" rule needs \"{field}\"", r.kind);
        match r.kind.as_str() {
            "minimum_score" => Ok(NonNegotiable::MinimumScore {
                criterion_id: r
                    .criterion_id
                    .clone()
                    .ok_or_else(|| missing("criterion_id"))?,
                minimum: r.minimum.ok_or_else(|| missing("minimum"))?,
            }),
            "requires" => {
                let fact = match r.fact.as_deref() {
                    Some("visa_sponsorship") => RequiredFact::VisaSponsorship,
                    Some("direct_employment") => RequiredFact::DirectEmployment,
                    Some("remote_days_at_least") => RequiredFact::RemoteDaysAtLeast {
                        days: r.days.ok_or_else(|| missing("days"))?,
                    },
                    Some("relocation_support_in_writing") => {
                        RequiredFact::RelocationSupportInWriting
                    }
                    Some("minimum_base") => RequiredFact::MinimumBase {
                        amount: r.amount.ok_or_else(|| missing("amount"))?,
                    },
                    Some(other) => return Err(format!("unknown required fact \"{other}\"")),
                    None => return Err(missing("fact")),
                };
                Ok(NonNegotiable::Requires { fact })
            }
            other => Err(format!("unknown kind of non-negotiable \"{other}\"")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn every_rule() -> Vec<NonNegotiable> {
        let requires = |fact| NonNegotiable::Requires { fact };
        vec![
            NonNegotiable::MinimumScore {
                criterion_id: "base_pay".into(),
                minimum: 3,
            },
            requires(RequiredFact::VisaSponsorship),
            requires(RequiredFact::DirectEmployment),
            requires(RequiredFact::RemoteDaysAtLeast { days: 2 }),
            requires(RequiredFact::RelocationSupportInWriting),
            requires(RequiredFact::MinimumBase {
                amount: Money(5_200_050),
            }),
        ]
    }

    #[test]
    fn every_rule_round_trips() {
        for rule in every_rule() {
            let text = serde_json::to_string(&rule).unwrap();
            let back: NonNegotiable = serde_json::from_str(&text).unwrap();
            assert_eq!(back, rule, "{text}");
        }
    }

    /// The shape version 1 data was written in (tests/fixtures/workspace-v1.json),
    /// but for the floor, in minor units since version 4.
    #[test]
    fn the_stored_shape_is_the_one_version_1_wrote() {
        let stored: Vec<Value> = every_rule()
            .iter()
            .map(|r| serde_json::to_value(r).unwrap())
            .collect();
        assert_eq!(
            stored,
            [
                json!({"kind": "minimum_score", "criterion_id": "base_pay", "minimum": 3}),
                json!({"kind": "requires", "fact": "visa_sponsorship"}),
                json!({"kind": "requires", "fact": "direct_employment"}),
                json!({"kind": "requires", "fact": "remote_days_at_least", "days": 2}),
                json!({"kind": "requires", "fact": "relocation_support_in_writing"}),
                json!({"kind": "requires", "fact": "minimum_base", "amount": 5200050}),
            ]
        );
    }

    #[test]
    fn broken_rules_are_refused_with_the_reason() {
        let cases = [
            (json!({"kind": "maximum_commute"}), "unknown kind"),
            (
                json!({"kind": "requires", "fact": "free_lunch"}),
                "unknown required fact",
            ),
            (json!({"kind": "requires"}), "needs \"fact\""),
            (
                json!({"kind": "minimum_score", "minimum": 3}),
                "needs \"criterion_id\"",
            ),
            (
                json!({"kind": "requires", "fact": "remote_days_at_least"}),
                "needs \"days\"",
            ),
            (
                json!({"kind": "requires", "fact": "minimum_base"}),
                "needs \"amount\"",
            ),
            (json!({"criterion_id": "x"}), "kind"),
        ];
        for (input, expected) in cases {
            let err = serde_json::from_value::<NonNegotiable>(input.clone()).unwrap_err();
            assert!(err.to_string().contains(expected), "{input}: {err}");
        }
    }
}
