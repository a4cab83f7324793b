//! The decision matrix: how well each opportunity scores against your
//! priorities, how sure that score is, and what to find out next.
//!
//! Each cell is 0–5 or unknown. Unknown is left out of the total rather than
//! counted as 0 — an unasked question is not a bad answer — and instead lowers
//! the stated confidence and becomes a "find out" question.

use crate::core::model::{
    criterion, Axis, EmploymentModel, MobilityFacts, Opportunity, Priorities, Support,
    VisaSponsorship,
};
use crate::core::number::clamp;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The subtotal on one of the three axes.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct AxisScore {
    /// Which axis.
    pub axis: Axis,
    /// 0–100 over the known criteria on this axis, `None` if none is known.
    pub total: Option<f64>,
}

/// Something to find out before deciding.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FindOut {
    /// The criterion it would score, if it belongs to one.
    pub criterion_id: Option<String>,
    /// The question, in words you could ask the employer. Borrowed for the
    /// built-in questions so a recompute does not allocate them.
    pub question: Cow<'static, str>,
}

/// One column of the matrix, summed up.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Scorecard {
    /// The opportunity (or current role) it scores.
    pub opportunity_id: String,
    /// Weighted total, 0–100, over the criteria that are known.
    pub total: f64,
    /// Share of the total weight that is known, 0–1.
    pub confidence: f64,
    /// Subtotals on role alignment, compensation and life-context fit.
    pub axes: Vec<AxisScore>,
    /// Mobility support, 0–100, for international moves with any fact known.
    pub mobility: Option<f64>,
    /// Criteria with no score yet, most important first.
    pub unknown_criteria: Vec<String>,
    /// What to find out, most important first.
    pub questions: Vec<FindOut>,
}

impl Scorecard {
    /// The subtotal on one axis.
    pub fn axis(&self, axis: Axis) -> Option<f64> {
        self.axes
            .iter()
            .find(|a| a.axis == axis)
            .and_then(|a| a.total)
    }

    /// The axis that scores lowest among those known.
    pub fn weakest_axis(&self) -> Option<Axis> {
        self.axes
            .iter()
            .filter_map(|a| a.total.map(|t| (a.axis, t)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(axis, _)| axis)
    }
}

/// Running sums of weight × score, to keep totals and subtotals in one pass.
#[derive(Default, Clone, Copy)]
struct Sums {
    weighted: f64,
    known_weight: f64,
    all_weight: f64,
}

impl Sums {
    fn add(&mut self, weight: f64, score: Option<u8>) {
        self.all_weight += weight;
        if let Some(s) = score {
            self.known_weight += weight;
            self.weighted += weight * f64::from(s.min(5));
        }
    }

    /// 0–100 over the known part, `None` when nothing with weight is known.
    fn percent(self) -> Option<f64> {
        (self.known_weight > 0.0)
            .then(|| clamp(self.weighted / self.known_weight * 20.0, 0.0, 100.0))
    }
}

/// Scores one opportunity against the priorities.
pub fn scorecard(opportunity: &Opportunity, priorities: &Priorities) -> Scorecard {
    scorecard_with_weights(opportunity, priorities, &priorities.effective_weights())
}

/// Like [`scorecard`], with the weights already worked out (they are the same
/// for every column, so [`crate::core::assess`] computes them once).
pub fn scorecard_with_weights(
    opportunity: &Opportunity,
    priorities: &Priorities,
    weights: &[f64],
) -> Scorecard {
    let scores = scores_in_order(opportunity, priorities);
    scorecard_from_scores(opportunity, priorities, weights, &scores)
}

/// An opportunity's scores in the order of the criteria (`None` when
/// unknown): looked up once, then read by position by the scorecard and the
/// rules instead of searching the scores by id each time.
pub(crate) fn scores_in_order(
    opportunity: &Opportunity,
    priorities: &Priorities,
) -> Vec<Option<u8>> {
    priorities
        .criteria
        .iter()
        .map(|p| opportunity.score(&p.id))
        .collect()
}

/// Like [`scorecard_with_weights`], with the scores already looked up by
/// [`scores_in_order`].
pub(crate) fn scorecard_from_scores(
    opportunity: &Opportunity,
    priorities: &Priorities,
    weights: &[f64],
    scores: &[Option<u8>],
) -> Scorecard {
    let mut total = Sums::default();
    let mut per_axis = [Sums::default(); 3];
    let mut unknown: Vec<(f64, &str, &str)> = Vec::new();
    for ((priority, &weight), &score) in priorities.criteria.iter().zip(weights).zip(scores) {
        total.add(weight, score);
        let axis_index = Axis::ALL
            .iter()
            .position(|a| *a == priority.axis)
            .unwrap_or(0);
        per_axis[axis_index].add(weight, score);
        if score.is_none() {
            unknown.push((weight, &priority.id, &priority.name));
        }
    }
    // Most important unknowns first: they move the total most.
    crate::core::sort::sort_by(&mut unknown, |a, b| b.0.total_cmp(&a.0));
    let confidence = if total.all_weight > 0.0 {
        clamp(total.known_weight / total.all_weight, 0.0, 1.0)
    } else {
        0.0
    };
    let mut questions: Vec<FindOut> = unknown
        .iter()
        .map(|(_, id, name)| FindOut {
            criterion_id: Some((*id).to_string()),
            question: criterion_question(id, name),
        })
        .collect();
    fact_questions(opportunity, &mut questions);
    Scorecard {
        opportunity_id: opportunity.id.clone(),
        total: total.percent().unwrap_or(0.0),
        confidence,
        axes: Axis::ALL
            .iter()
            .zip(per_axis)
            .map(|(axis, sums)| AxisScore {
                axis: *axis,
                total: sums.percent(),
            })
            .collect(),
        mobility: opportunity
            .international_move
            .then(|| mobility_subscore(&opportunity.mobility))
            .flatten(),
        unknown_criteria: unknown.iter().map(|(_, id, _)| (*id).to_string()).collect(),
        questions,
    }
}

/// The weighted total (0–100) for `scores` given in priority order, without
/// building a whole [`Scorecard`]: used for "what if" totals such as the best
/// case after a negotiation.
pub fn weighted_total(weights: &[f64], scores: impl IntoIterator<Item = Option<u8>>) -> f64 {
    let mut sums = Sums::default();
    for (&weight, score) in weights.iter().zip(scores) {
        sums.add(weight, score);
    }
    sums.percent().unwrap_or(0.0)
}

/// How well the employer supports an international move, 0–100, over the
/// facts that are known: in writing counts fully, verbal half, none zero.
pub fn mobility_subscore(facts: &MobilityFacts) -> Option<f64> {
    let visa = match facts.visa_sponsorship {
        VisaSponsorship::Unknown => None,
        VisaSponsorship::Yes => Some(1.0),
        VisaSponsorship::Contingent => Some(0.5),
        VisaSponsorship::No => Some(0.0),
    };
    let support = |s: Support| match s {
        Support::Unknown => None,
        Support::None => Some(0.0),
        Support::Verbal => Some(0.5),
        Support::InWriting => Some(1.0),
    };
    let values = [
        visa,
        support(facts.relocation_support),
        support(facts.temporary_housing),
        support(facts.family_visas),
        support(facts.partner_work_rights),
        support(facts.tax_support),
        support(facts.integration_support),
    ];
    // Summed and counted as they come, without collecting them first.
    let known = values.into_iter().flatten();
    let (sum, count) = known.fold((0.0, 0), |(sum, n), v| (sum + v, n + 1));
    (count > 0).then(|| sum / f64::from(count) * 100.0)
}

/// A question that would let you score a criterion.
pub(crate) fn criterion_question(id: &str, name: &str) -> Cow<'static, str> {
    let text = match id {
        criterion::RESPONSIBILITIES => "What would you own day to day, and how is success measured in the first six months?",
        criterion::TRAJECTORY => "Where have people in this role gone next, and how does promotion work?",
        criterion::BASE_PAY => "What is the base pay, or the range for this role?",
        criterion::TOTAL_REWARDS => "What bonus, equity and benefits come with the base pay?",
        criterion::MANAGER_TEAM => "Who would you report to, and could you meet the team?",
        criterion::CULTURE => "How are decisions made, and what happens when someone disagrees?",
        criterion::FLEXIBILITY => "How many days a week could you work from home, and how fixed are the hours?",
        criterion::LOCATION => "Where exactly is the office, and how often would you need to be there?",
        criterion::LEARNING => "What training, budget or mentoring would you get?",
        criterion::EMPLOYMENT => "Who would employ you, on what kind of contract, and with what probation and notice terms?",
        criterion::MOBILITY => "What visa, relocation, housing and family support comes with the move?",
        criterion::WORK_LIFE => "What are typical hours, on-call duties and travel?",
        _ => return Cow::Owned(format!("Find out enough to score “{name}”.")),
    };
    Cow::Borrowed(text)
}

/// Adds to `out` the questions about facts the rules need that are still
/// unknown (straight into the scorecard's list, without a list of their own).
fn fact_questions(opportunity: &Opportunity, out: &mut Vec<FindOut>) {
    let mut ask = |text: &'static str| {
        out.push(FindOut {
            criterion_id: None,
            question: Cow::Borrowed(text),
        })
    };
    if opportunity.employment_model == EmploymentModel::Unknown {
        ask(
            "Would you be employed by the company directly, through an agency, or as a contractor?",
        );
    }
    if opportunity.international_move {
        let m = &opportunity.mobility;
        if m.visa_sponsorship == VisaSponsorship::Unknown {
            ask("Will they sponsor your visa — which type, who pays the fees, and how long does it take?");
        }
        if m.visa_sponsorship == VisaSponsorship::Contingent {
            ask("What happens to the offer if the visa is delayed or refused?");
        }
        if m.relocation_support == Support::Unknown {
            ask("What relocation support is there: allowance, shipping, flights?");
        }
        if m.temporary_housing == Support::Unknown {
            ask("Is temporary housing covered when you arrive, and for how long?");
        }
        if m.family_visas == Support::Unknown || m.partner_work_rights == Support::Unknown {
            ask("Can your family come with you, and may your partner work?");
        }
        if m.tax_support == Support::Unknown {
            ask("Is there help with tax across the two countries?");
        }
        if m.integration_support == Support::Unknown {
            ask("Is there language or settling-in support?");
        }
        if m.relocation_timeline.trim().is_empty() {
            ask("When would the move need to happen?");
        }
    }
}

/// Orders scorecards best first: higher total, then higher confidence, then
/// the order given (so ties never shuffle).
pub fn rank(scorecards: &[&Scorecard]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scorecards.len()).collect();
    crate::core::sort::sort_by(&mut order, |&a, &b| {
        let (x, y) = (scorecards[a], scorecards[b]);
        y.total
            .total_cmp(&x.total)
            .then(y.confidence.total_cmp(&x.confidence))
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    fn two_criteria() -> Priorities {
        let mut p = Priorities { criteria: vec![] };
        p.add("a", "A", Axis::RoleAlignment);
        p.add("b", "B", Axis::Compensation);
        p
    }

    #[test]
    fn unknown_is_left_out_not_zero() {
        let p = two_criteria();
        let mut o = Opportunity::new("x");
        o.set_score("a", Some(5));
        let card = scorecard(&o, &p);
        // Only "a" is known and it is perfect, so the total is 100; weights
        // by order are 2 and 1, so two thirds of the weight is known.
        assert_eq!(card.total, 100.0);
        assert!((card.confidence - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(card.unknown_criteria, vec!["b".to_string()]);
        o.set_score("b", Some(0));
        let card = scorecard(&o, &p);
        assert!((card.total - 200.0 / 3.0).abs() < 1e-9);
        assert_eq!(card.confidence, 1.0);
    }

    #[test]
    fn axes_split_the_criteria() {
        let p = two_criteria();
        let mut o = Opportunity::new("x");
        o.set_score("a", Some(4));
        o.set_score("b", Some(1));
        let card = scorecard(&o, &p);
        assert_eq!(card.axis(Axis::RoleAlignment), Some(80.0));
        assert_eq!(card.axis(Axis::Compensation), Some(20.0));
        assert_eq!(card.axis(Axis::LifeContext), None);
        assert_eq!(card.weakest_axis(), Some(Axis::Compensation));
    }

    #[test]
    fn scores_in_order_follow_the_priorities() {
        // Listed out of id order, with an id listed twice as hand-edited data
        // may have it; scores for ids before, between and after the listed ones.
        let mut p = Priorities { criteria: vec![] };
        for id in ["m", "c", "x"] {
            p.add(id, id, Axis::RoleAlignment);
        }
        p.criteria.push(p.criteria[0].clone());
        // The scores by id, and the row expected for m, c, x, m.
        type Case = (&'static [(&'static str, u8)], [Option<u8>; 4]);
        let cases: [Case; 6] = [
            (&[], [None; 4]),
            (&[("m", 4)], [Some(4), None, None, Some(4)]),
            (&[("x", 0), ("c", 2)], [None, Some(2), Some(0), None]),
            (&[("a", 1), ("d", 2), ("n", 3), ("z", 4)], [None; 4]),
            (&[("a", 1), ("c", 3), ("y", 1)], [None, Some(3), None, None]),
            // Out of range: clamped to 5 like Opportunity::score.
            (&[("x", 9)], [None, None, Some(5), None]),
        ];
        for (scores, expected) in cases {
            let mut o = Opportunity::new("x");
            o.scores = scores.iter().map(|(id, s)| (id.to_string(), *s)).collect();
            let looked_up: Vec<_> = p.criteria.iter().map(|c| o.score(&c.id)).collect();
            assert_eq!(looked_up, expected, "scores {scores:?}");
            assert_eq!(scores_in_order(&o, &p), expected, "scores {scores:?}");
        }
    }

    #[test]
    fn weighted_total_leaves_unknowns_out() {
        // Weights, scores and the total they give.
        type Case = (&'static [f64], &'static [Option<u8>], f64);
        let cases: [Case; 5] = [
            (&[2.0, 1.0], &[Some(5), None], 100.0),
            (&[2.0, 1.0], &[Some(4), Some(1)], 60.0),
            (&[2.0, 1.0], &[None, None], 0.0),
            (&[0.0, 1.0], &[Some(5), Some(1)], 20.0),
            (&[], &[], 0.0),
        ];
        for (weights, scores, expected) in cases {
            let total = weighted_total(weights, scores.iter().copied());
            assert!(
                (total - expected).abs() < 1e-9,
                "{weights:?} × {scores:?} gave {total}, not {expected}"
            );
        }
    }

    #[test]
    fn mobility_counts_verbal_as_half() {
        let with = |visa_sponsorship, relocation_support, tax_support| MobilityFacts {
            visa_sponsorship,
            relocation_support,
            tax_support,
            ..MobilityFacts::default()
        };
        use {Support as S, VisaSponsorship as V};
        let cases = [
            (with(V::Yes, S::Verbal, S::Unknown), Some(75.0)),
            (with(V::Unknown, S::Unknown, S::Unknown), None),
            (with(V::No, S::None, S::Unknown), Some(0.0)),
            (
                with(V::Contingent, S::InWriting, S::Verbal),
                Some(2.0 / 3.0 * 100.0),
            ),
            (with(V::Unknown, S::Unknown, S::InWriting), Some(100.0)),
        ];
        for (facts, expected) in cases {
            assert_eq!(mobility_subscore(&facts), expected, "{facts:?}");
        }
    }

    #[test]
    fn empty_priorities_score_zero_with_no_confidence() {
        let card = scorecard(&Opportunity::new("x"), &Priorities { criteria: vec![] });
        assert_eq!((card.total, card.confidence), (0.0, 0.0));
    }
}
