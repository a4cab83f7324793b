//! Reading an opportunity against your non-negotiables, concerns, scores and
//! mobility facts: which dealbreakers are confirmed, which rest on an
//! impression or an unknown, and which gaps could be negotiated.

use super::Topic;
use crate::core::model::{
    criterion, Concern, ConcernBasis, ConcernWeight, EmploymentModel, NonNegotiable, Opportunity,
    Priorities, RequiredFact, Support, VisaSponsorship, WorkArrangement, Workspace,
};
use crate::core::number::fixed;
use crate::core::recommend::Weights;
use crate::core::scoring;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Something that would make you say no.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Dealbreaker {
    /// What it is about: decides the plain words of a headline, the reason a
    /// decline gives and which decline message fits.
    pub topic: Topic,
    /// The input, in words, for your own screen: "Employment model: through
    /// an agency". For a concern it holds your own note, so it is never
    /// copied into a headline or a message.
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
    /// What it is about.
    pub topic: Topic,
    /// What to raise, in words, for your own screen (it may quote your note
    /// or your floor, so it is not for a message).
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
    pub topic: Topic,
    /// A plain name for a headline: the criterion's name, or the topic's
    /// words; never a note's text.
    pub name: Cow<'a, str>,
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
            topic: self.topic,
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
    /// Terms promised only by word of mouth or on a condition (copied into a
    /// recommendation only when it asks for them in writing).
    pub verbal_only: Vec<&'static str>,
}

/// The name of criterion `id` in `priorities`, or the topic's words when the
/// criterion is not (or no longer) in the list.
fn criterion_name<'a>(priorities: &'a Priorities, id: &str, topic: Topic) -> Cow<'a, str> {
    match priorities.position(id) {
        Some(at) if !priorities.criteria[at].name.trim().is_empty() => {
            Cow::Borrowed(priorities.criteria[at].name.trim())
        }
        _ => Cow::Borrowed(topic.subject()),
    }
}

/// A concern as a dealbreaker's input: the criterion it is about, the note in
/// the user's words, and whether it is a fact or an impression.
pub(super) fn concern_input(priorities: &Priorities, concern: &Concern) -> String {
    let about = concern
        .criterion_id
        .as_deref()
        .and_then(|id| priorities.position(id))
        .map(|at| priorities.criteria[at].name.trim())
        .filter(|name| !name.is_empty())
        .unwrap_or("Your note");
    let basis = match concern.basis {
        ConcernBasis::Fact => "a fact you noted",
        ConcernBasis::Perception => "your impression",
    };
    format!("{about}: {} ({basis})", concern.text.trim())
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

    // A move abroad with no sponsorship or no relocation support fails on the
    // basics (the articles treat both as decisive), whether or not the user
    // wrote them down as non-negotiables.
    if o.international_move {
        if o.mobility.visa_sponsorship == VisaSponsorship::No {
            breaker(Topic::Mobility, "Visa sponsorship: no".into(), true, None);
        }
        if o.mobility.relocation_support == Support::None {
            breaker(
                Topic::Mobility,
                "Relocation support: none".into(),
                true,
                None,
            );
        }
    }

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
                let topic = Topic::of_criterion(criterion_id, o.international_move);
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
                                topic,
                                name: Cow::Borrowed(&priority.name),
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
        let id = concern.criterion_id.as_deref();
        let topic = id.map_or(Topic::RoleFit, |c| {
            Topic::of_criterion(c, o.international_move)
        });
        let text = concern.text.trim();
        match (concern.weight, concern.basis) {
            (ConcernWeight::Dealbreaker, ConcernBasis::Fact) => {
                breaker(topic, concern_input(priorities, concern), true, None)
            }
            (ConcernWeight::Dealbreaker, ConcernBasis::Perception) => breaker(
                topic,
                concern_input(priorities, concern),
                false,
                Some(format!("Check whether this is really so: {text}")),
            ),
            (ConcernWeight::Negotiable, ConcernBasis::Fact) => {
                let score = id.and_then(|c| o.score(c));
                gaps.push(FoundGap {
                    importance: id.map_or(0.0, weight_of) * 1.0,
                    criterion_id: id,
                    topic,
                    name: match id {
                        Some(c) => criterion_name(priorities, c, topic),
                        None => Cow::Borrowed("what you noted"),
                    },
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
                    topic: Topic::of_criterion(&priority.id, o.international_move),
                    name: Cow::Borrowed(&priority.name),
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
fn required_fact<'a>(
    o: &Opportunity,
    fact: &RequiredFact,
    ws: &'a Workspace,
    can_still_negotiate: bool,
    breaker: &mut impl FnMut(Topic, String, bool, Option<String>),
    gaps: &mut Vec<FoundGap<'a>>,
    weight_of: &impl Fn(&str) -> f64,
) {
    match fact {
        // A refusal is confirmed by `examine` for every move abroad; the
        // non-negotiable adds the question while it is still open.
        RequiredFact::VisaSponsorship if o.international_move => match o.mobility.visa_sponsorship {
            VisaSponsorship::Unknown => breaker(
                Topic::Mobility,
                "Visa sponsorship: not known yet".into(),
                false,
                Some("Will they sponsor your visa — which type, who pays, and how long does it take?".into()),
            ),
            VisaSponsorship::No | VisaSponsorship::Yes | VisaSponsorship::Contingent => {}
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
                    Topic::Schedule,
                    format!("Remote days: not known yet (you need {days})"),
                    false,
                    Some("How many days a week could you work from home?".into()),
                ),
                Some(n) if n < *days && can_still_negotiate => gaps.push(FoundGap {
                    criterion_id: Some(criterion::FLEXIBILITY),
                    topic: Topic::Schedule,
                    name: Cow::Borrowed("remote days"),
                    label: Cow::Owned(format!("Remote days: {n} a week, you need {days}")),
                    score: o.score(criterion::FLEXIBILITY),
                    target: ws.settings.gap_score.min(5),
                    importance: weight_of(criterion::FLEXIBILITY) * f64::from(days - n),
                }),
                Some(n) if n < *days => breaker(
                    Topic::Schedule,
                    format!("Remote days: {n} a week, you need {days}"),
                    true,
                    None,
                ),
                Some(_) => {}
            }
        }
        RequiredFact::RelocationSupportInWriting if o.international_move => {
            match o.mobility.relocation_support {
                Support::Unknown => breaker(
                    Topic::Mobility,
                    "Relocation support: not known yet".into(),
                    false,
                    Some("What relocation support is there, and can it be put in writing?".into()),
                ),
                // None is confirmed by `examine` for every move abroad; verbal
                // support is a condition to get in writing, not a dealbreaker.
                Support::None | Support::Verbal | Support::InWriting => {}
            }
        }
        RequiredFact::MinimumBase { amount } => {
            let home = ws.settings.currency.as_str();
            let base_home = crate::core::worth::convert(o.compensation.base, &o.compensation, home);
            let base = base_home.to_major_f64(home);
            let floor = amount.to_major_f64(home);
            if base_home <= crate::core::money::Money::ZERO {
                breaker(
                    Topic::Pay,
                    format!(
                        "Base pay: not known yet (your floor is {})",
                        fixed(floor, 0)
                    ),
                    false,
                    Some("What is the base pay, or the range for this role?".into()),
                );
            } else if base_home < *amount {
                let input = format!(
                    "Base pay: {}, below your floor of {}",
                    fixed(base, 0),
                    fixed(floor, 0)
                );
                if can_still_negotiate {
                    gaps.push(FoundGap {
                        criterion_id: Some(criterion::BASE_PAY),
                        topic: Topic::Pay,
                        name: criterion_name(&ws.priorities, criterion::BASE_PAY, Topic::Pay),
                        label: Cow::Owned(input),
                        score: o.score(criterion::BASE_PAY),
                        target: ws.settings.gap_score.min(5),
                        // A floor is non-negotiable for you: rank it first.
                        importance: 1.0e9,
                    });
                } else {
                    breaker(Topic::Pay, input, true, None);
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
            (
                Some("base_pay"),
                Topic::Pay,
                Cow::Borrowed("Base pay"),
                Some(1),
                3,
                0.5,
            ),
            (
                None,
                Topic::Schedule,
                Cow::Owned("Remote days: 1 a week, you need 2".to_string()),
                None,
                3,
                0.0,
            ),
        ];
        for (criterion_id, topic, label, score, target, importance) in cases {
            let expected = Gap {
                criterion_id: criterion_id.map(str::to_string),
                topic,
                label: label.to_string(),
                score,
                target,
                importance,
            };
            let found = FoundGap {
                criterion_id,
                topic,
                name: Cow::Borrowed("a name for headlines only"),
                label,
                score,
                target,
                importance,
            };
            assert_eq!(found.to_gap(), expected);
        }
    }

    #[test]
    fn a_concern_reads_as_its_criterion_and_the_users_words() {
        let priorities = Priorities::default();
        let note = |criterion_id: Option<&str>, basis| Concern {
            text: " Long meetings every day ".to_string(),
            basis,
            criterion_id: criterion_id.map(str::to_string),
            ..Concern::default()
        };
        let cases = [
            (
                note(Some(criterion::CULTURE), ConcernBasis::Fact),
                "Culture and values: Long meetings every day (a fact you noted)",
            ),
            (
                note(None, ConcernBasis::Perception),
                "Your note: Long meetings every day (your impression)",
            ),
            // A criterion no longer in the list reads like no criterion.
            (
                note(Some("gone"), ConcernBasis::Fact),
                "Your note: Long meetings every day (a fact you noted)",
            ),
        ];
        for (concern, expected) in cases {
            assert_eq!(concern_input(&priorities, &concern), expected);
        }
    }
}
