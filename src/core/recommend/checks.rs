//! Reading an opportunity against your non-negotiables, concerns and scores:
//! which dealbreakers are confirmed, which rest on an impression or an
//! unknown, and which gaps could be negotiated.

use crate::core::message_kind::MessageKind;
use crate::core::model::{
    criterion, ConcernBasis, ConcernWeight, EmploymentModel, NonNegotiable, Opportunity,
    RequiredFact, Support, VisaSponsorship, WorkArrangement, Workspace,
};
use crate::core::number::fixed;
use crate::core::recommend::Weights;
use crate::core::scoring;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What a dealbreaker is about, which decides the wording of a decline.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The work, the people, the culture, the goals.
    RoleFit,
    /// Pay and rewards.
    Compensation,
    /// Agency, contractor or fixed-term arrangements.
    EmploymentModel,
    /// Visa, relocation and family.
    Mobility,
}

impl Topic {
    /// The decline (or withdrawal) message that names this reason.
    pub fn decline_message(self) -> MessageKind {
        match self {
            Topic::RoleFit => MessageKind::DeclineRoleFit,
            Topic::Compensation => MessageKind::DeclineCompensation,
            Topic::EmploymentModel => MessageKind::DeclineEmploymentModel,
            Topic::Mobility => MessageKind::DeclineMobility,
        }
    }

    /// The topic a criterion belongs to.
    fn of_criterion(id: &str) -> Topic {
        match id {
            criterion::BASE_PAY | criterion::TOTAL_REWARDS => Topic::Compensation,
            criterion::EMPLOYMENT => Topic::EmploymentModel,
            criterion::MOBILITY => Topic::Mobility,
            _ => Topic::RoleFit,
        }
    }
}

/// Something that would make you say no.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Dealbreaker {
    /// What it is about.
    pub topic: Topic,
    /// The input, in words: "Employment model: through an agency".
    pub input: String,
    /// `true` when it is a known fact; `false` when it rests on an impression
    /// or an unknown and should be checked first.
    pub confirmed: bool,
    /// For an unconfirmed one, what to ask.
    pub question: Option<String>,
}

/// A shortfall the employer could fix.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Gap {
    /// The criterion it sits on, if any.
    pub criterion_id: Option<String>,
    /// What to raise, in words.
    pub label: String,
    /// The current score, if it is a scored criterion.
    pub score: Option<u8>,
    /// The score that would close it.
    pub target: u8,
    /// How much closing it would move the total (weight × shortfall); gaps are
    /// ordered by this.
    pub importance: f64,
}

/// A [`Gap`] as [`examine`] finds it, borrowing its words from the workspace:
/// most gaps only weigh in the rules and never reach a recommendation, so
/// they are copied ([`FoundGap::to_gap`]) only when one does.
pub(crate) struct FoundGap<'a> {
    pub criterion_id: Option<&'a str>,
    pub label: Cow<'a, str>,
    pub score: Option<u8>,
    pub target: u8,
    pub importance: f64,
}

impl FoundGap<'_> {
    /// The gap as a recommendation keeps it.
    pub fn to_gap(&self) -> Gap {
        Gap {
            criterion_id: self.criterion_id.map(str::to_string),
            label: self.label.to_string(),
            score: self.score,
            target: self.target,
            importance: self.importance,
        }
    }
}

/// Everything the rules need to know about dealbreakers and gaps.
pub(crate) struct Findings<'a> {
    pub confirmed: Vec<Dealbreaker>,
    pub unverified: Vec<Dealbreaker>,
    /// All negotiable gaps, most important first.
    pub gaps: Vec<FoundGap<'a>>,
    /// Terms promised only by word of mouth (copied into a recommendation
    /// only when it asks for them in writing).
    pub verbal_only: Vec<&'static str>,
}

/// Examines one opportunity. `scores` are its scores in priority order
/// ([`scoring::scores_in_order`]).
pub(crate) fn examine<'a>(
    o: &'a Opportunity,
    ws: &'a Workspace,
    weights: &Weights,
    scores: &[Option<u8>],
) -> Findings<'a> {
    let mut f = Findings {
        confirmed: Vec::new(),
        unverified: Vec::new(),
        gaps: Vec::new(),
        verbal_only: Vec::new(),
    };
    let priorities = &ws.priorities;
    let weight_of = |id: &str| {
        priorities
            .position(id)
            .and_then(|i| weights.normalised.get(i).copied())
            .unwrap_or(0.0)
    };
    // A gap on something already negotiated by voice has been tried: it is
    // now a fact about what this employer will do.
    let can_still_negotiate = !o.verbal_negotiation;
    let mut breaker = |topic, input: String, confirmed, question: Option<String>| {
        let d = Dealbreaker {
            topic,
            input,
            confirmed,
            question,
        };
        if confirmed {
            f.confirmed.push(d);
        } else {
            f.unverified.push(d);
        }
    };
    let mut gaps: Vec<FoundGap> = Vec::new();

    for rule in &ws.non_negotiables {
        match rule {
            NonNegotiable::MinimumScore {
                criterion_id,
                minimum,
            } => {
                let Some(at) = priorities.position(criterion_id) else {
                    continue;
                };
                let priority = &priorities.criteria[at];
                let topic = Topic::of_criterion(criterion_id);
                match scores[at] {
                    None => breaker(
                        topic,
                        format!(
                            "{}: not scored yet (you need at least {minimum})",
                            priority.name
                        ),
                        false,
                        Some(
                            scoring::criterion_question(criterion_id, &priority.name).into_owned(),
                        ),
                    ),
                    Some(s) if s < *minimum => {
                        if priority.negotiable && can_still_negotiate {
                            gaps.push(FoundGap {
                                criterion_id: Some(criterion_id),
                                label: Cow::Borrowed(&priority.name),
                                score: Some(s),
                                target: *minimum,
                                importance: weight_of(criterion_id) * f64::from(minimum - s),
                            });
                        } else {
                            breaker(
                                topic,
                                format!(
                                    "{}: {s} of 5, below your minimum of {minimum}",
                                    priority.name
                                ),
                                true,
                                None,
                            );
                        }
                    }
                    Some(_) => {}
                }
            }
            NonNegotiable::Requires { fact } => required_fact(
                o,
                fact,
                ws,
                can_still_negotiate,
                &mut breaker,
                &mut gaps,
                &weight_of,
            ),
        }
    }

    for concern in o.open_concerns() {
        let topic = concern
            .criterion_id
            .as_deref()
            .map_or(Topic::RoleFit, Topic::of_criterion);
        let text = concern.text.trim();
        match (concern.weight, concern.basis) {
            (ConcernWeight::Dealbreaker, ConcernBasis::Fact) => breaker(
                topic,
                format!("Concern (fact, dealbreaker): {text}"),
                true,
                None,
            ),
            (ConcernWeight::Dealbreaker, ConcernBasis::Perception) => breaker(
                topic,
                format!("Concern (impression, dealbreaker): {text}"),
                false,
                Some(format!("Check whether this is really so: {text}")),
            ),
            (ConcernWeight::Negotiable, ConcernBasis::Fact) => {
                let id = concern.criterion_id.as_deref();
                let score = id.and_then(|c| o.score(c));
                gaps.push(FoundGap {
                    importance: id.map_or(0.0, weight_of) * 1.0,
                    criterion_id: id,
                    label: Cow::Borrowed(text),
                    score,
                    target: ws.settings.gap_score.min(5),
                })
            }
            // A negotiable impression is worth a question, not a rule.
            (ConcernWeight::Negotiable, ConcernBasis::Perception) => {}
        }
    }

    // Low scores on criteria an employer can usually change.
    let gap_score = ws.settings.gap_score.min(5);
    let negotiable = priorities
        .criteria
        .iter()
        .zip(scores)
        .zip(&weights.normalised_by_id)
        .filter(|((p, _), _)| p.negotiable);
    for ((priority, score), weight) in negotiable {
        if let Some(s) = *score {
            let already = gaps
                .iter()
                .any(|g| g.criterion_id == Some(priority.id.as_str()));
            if s < gap_score && !already {
                gaps.push(FoundGap {
                    criterion_id: Some(&priority.id),
                    label: Cow::Borrowed(&priority.name),
                    score: Some(s),
                    target: gap_score,
                    importance: weight * f64::from(gap_score - s),
                });
            }
        }
    }
    crate::core::sort::sort_by(&mut gaps, |a, b| b.importance.total_cmp(&a.importance));
    f.gaps = gaps;

    if o.international_move {
        let m = &o.mobility;
        let verbal = [
            (m.relocation_support, "the relocation support"),
            (m.temporary_housing, "temporary housing"),
            (m.family_visas, "visas for your family"),
            (m.partner_work_rights, "your partner's right to work"),
            (m.tax_support, "tax support"),
            (m.integration_support, "language and settling-in support"),
        ];
        if m.visa_sponsorship == VisaSponsorship::Contingent {
            f.verbal_only
                .push("visa sponsorship, with what happens if the visa is delayed or refused");
        }
        f.verbal_only.extend(
            verbal
                .iter()
                .filter(|(s, _)| *s == Support::Verbal)
                .map(|(_, what)| *what),
        );
    }
    f
}

/// Checks one required fact.
fn required_fact(
    o: &Opportunity,
    fact: &RequiredFact,
    ws: &Workspace,
    can_still_negotiate: bool,
    breaker: &mut impl FnMut(Topic, String, bool, Option<String>),
    gaps: &mut Vec<FoundGap>,
    weight_of: &impl Fn(&str) -> f64,
) {
    match fact {
        RequiredFact::VisaSponsorship if o.international_move => match o.mobility.visa_sponsorship {
            VisaSponsorship::No => breaker(Topic::Mobility, "Visa sponsorship: no".into(), true, None),
            VisaSponsorship::Unknown => breaker(
                Topic::Mobility,
                "Visa sponsorship: not known yet".into(),
                false,
                Some("Will they sponsor your visa — which type, who pays, and how long does it take?".into()),
            ),
            VisaSponsorship::Yes | VisaSponsorship::Contingent => {}
        },
        RequiredFact::DirectEmployment => match o.employment_model {
            EmploymentModel::Agency | EmploymentModel::Contractor => breaker(
                Topic::EmploymentModel,
                format!("Employment model: {}", o.employment_model.label()),
                true,
                None,
            ),
            EmploymentModel::Unknown => breaker(
                Topic::EmploymentModel,
                "Employment model: not known yet".into(),
                false,
                Some("Would you be employed by the company directly, or through an agency or as a contractor?".into()),
            ),
            EmploymentModel::Direct | EmploymentModel::FixedTerm => {}
        },
        RequiredFact::RemoteDaysAtLeast { days } => {
            let offered = match (o.remote_days_per_week, o.work_arrangement) {
                (Some(n), _) => Some(n),
                (None, WorkArrangement::Remote) => Some(5),
                (None, WorkArrangement::OnSite) => Some(0),
                (None, _) => None,
            };
            match offered {
                None => breaker(
                    Topic::RoleFit,
                    format!("Remote days: not known yet (you need {days})"),
                    false,
                    Some("How many days a week could you work from home?".into()),
                ),
                Some(n) if n < *days && can_still_negotiate => gaps.push(FoundGap {
                    criterion_id: Some(criterion::FLEXIBILITY),
                    label: Cow::Owned(format!("Remote days: {n} a week, you need {days}")),
                    score: o.score(criterion::FLEXIBILITY),
                    target: ws.settings.gap_score.min(5),
                    importance: weight_of(criterion::FLEXIBILITY) * f64::from(days - n),
                }),
                Some(n) if n < *days => breaker(
                    Topic::RoleFit,
                    format!("Remote days: {n} a week, you need {days}"),
                    true,
                    None,
                ),
                Some(_) => {}
            }
        }
        RequiredFact::RelocationSupportInWriting if o.international_move => {
            match o.mobility.relocation_support {
                Support::None => breaker(Topic::Mobility, "Relocation support: none".into(), true, None),
                Support::Unknown => breaker(
                    Topic::Mobility,
                    "Relocation support: not known yet".into(),
                    false,
                    Some("What relocation support is there, and can it be put in writing?".into()),
                ),
                // Verbal support is a condition to get in writing, not a dealbreaker.
                Support::Verbal | Support::InWriting => {}
            }
        }
        RequiredFact::MinimumBase { amount } => {
            let rate = o.compensation.exchange_rate.filter(|r| r.is_finite() && *r > 0.0).unwrap_or(1.0);
            let base = o.compensation.base * rate;
            if base.is_nan() || base <= 0.0 {
                breaker(
                    Topic::Compensation,
                    format!(
                        "Base pay: not known yet (your floor is {})",
                        fixed(*amount, 0)
                    ),
                    false,
                    Some("What is the base pay, or the range for this role?".into()),
                );
            } else if base < *amount {
                let input = format!(
                    "Base pay: {}, below your floor of {}",
                    fixed(base, 0),
                    fixed(*amount, 0)
                );
                if can_still_negotiate {
                    gaps.push(FoundGap {
                        criterion_id: Some(criterion::BASE_PAY),
                        label: Cow::Owned(input),
                        score: o.score(criterion::BASE_PAY),
                        target: ws.settings.gap_score.min(5),
                        // A floor is non-negotiable for you: rank it first.
                        importance: 1.0e9,
                    });
                } else {
                    breaker(Topic::Compensation, input, true, None);
                }
            }
        }
        RequiredFact::VisaSponsorship | RequiredFact::RelocationSupportInWriting => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_found_gap_copies_into_the_same_gap() {
        let cases = [
            (Some("base_pay"), Cow::Borrowed("Base pay"), Some(1), 3, 0.5),
            (
                None,
                Cow::Owned("Remote days: 1 a week, you need 2".to_string()),
                None,
                3,
                0.0,
            ),
        ];
        for (criterion_id, label, score, target, importance) in cases {
            let expected = Gap {
                criterion_id: criterion_id.map(str::to_string),
                label: label.to_string(),
                score,
                target,
                importance,
            };
            let found = FoundGap {
                criterion_id,
                label,
                score,
                target,
                importance,
            };
            assert_eq!(found.to_gap(), expected);
        }
    }
}
