//! How close a recommendation is to changing: the smallest change to one
//! input that would make the engine advise something else.
//!
//! Three levers, each searched on its own, because a person can act on each:
//! - **a score** of this opportunity, one whole point at a time (a score the
//!   user has not given is left alone: finding it out is already advice);
//! - **a weight** of one criterion, one whole unit at a time, up to
//!   [`MAX_WEIGHT_STEPS`] units either way (setting it by hand, as the
//!   priorities step does);
//! - **the offer's base pay**, to the minor unit (the cent), when a minimum base pay is one
//!   of the user's non-negotiables (the only place the engine reads money).
//!
//! "Something else" means another kind of [`Action`]: asking for three more
//! days instead of four is the same advice. Each search tries changes in
//! order of size, so the first change that flips the advice is the smallest;
//! ties go to the more important criterion, and to lowering before raising.
//! A settled opportunity has nothing left to flip.

use super::Action;
use super::{action_with, Weights};
use crate::core::date::Date;
use crate::core::model::{NonNegotiable, RequiredFact, Workspace};
use crate::core::money::Money;
use crate::core::number::plain;
use crate::core::scoring::{scorecard_from_scores, scores_in_order, Scorecard};
use crate::core::text::lowercase_first;
use crate::core::worth::convert;
use std::mem::discriminant;

/// How far a weight is moved either way, in whole units, before the search
/// gives up: twice the largest weight the order gives twelve criteria.
pub const MAX_WEIGHT_STEPS: u32 = 24;

/// One change to one input.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// This opportunity's score for a criterion.
    Score {
        /// Which criterion.
        criterion_id: String,
        /// Its name, as the user wrote it.
        name: String,
        /// The score now.
        from: u8,
        /// The score that flips the advice.
        to: u8,
    },
    /// A criterion's weight (for every opportunity).
    Weight {
        /// Which criterion.
        criterion_id: String,
        /// Its name, as the user wrote it.
        name: String,
        /// The weight now (its place in the order, or the hand-set weight).
        from: f64,
        /// The weight that flips the advice.
        to: f64,
    },
    /// The offer's base pay, in minor units of the offer's currency.
    BasePay {
        /// The base pay now.
        from: Money,
        /// The base pay that flips the advice.
        to: Money,
    },
}

impl Change {
    /// How big the change is, in the lever's own unit (points, weight
    /// units, minor units of money): what "smallest" compares.
    pub fn size(&self) -> f64 {
        match self {
            Change::Score { from, to, .. } => (*from as f64 - *to as f64).abs(),
            Change::Weight { from, to, .. } => (from - to).abs(),
            Change::BasePay { from, to } => (from.0 - to.0).abs() as f64,
        }
    }
}

/// A change and the advice it would lead to.
#[derive(Clone, Debug, PartialEq)]
pub struct Flip {
    /// The change.
    pub change: Change,
    /// The advice after it.
    pub becomes: Action,
}

/// The smallest flip found on each lever (`None`: no change on that lever
/// within its range changes the advice).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Sensitivity {
    /// The nearest flip through one of this opportunity's scores.
    pub score: Option<Flip>,
    /// The nearest flip through one criterion's weight.
    pub weight: Option<Flip>,
    /// The nearest flip through the offer's base pay, when a minimum base
    /// pay is among the non-negotiables and the base pay is known.
    pub base_pay: Option<Flip>,
    /// Whether the base-pay lever applies at all (a floor is set and the
    /// offer's base pay is known), so "no flip" can be told from "not asked".
    pub base_pay_applies: bool,
}

/// The advice for `ws.opportunities[index]` on `today`, worked out from
/// scratch (every scorecard, since weights touch them all).
pub fn action_of(ws: &Workspace, index: usize, today: Date) -> Action {
    let weights = Weights::of(&ws.priorities);
    let cards = cards(ws, &weights);
    let current = current_card(ws, &weights);
    let scores = scores_in_order(&ws.opportunities[index], &ws.priorities);
    action_with(&weights, ws, index, &scores, &cards, &current, today)
}

fn cards(ws: &Workspace, weights: &Weights) -> Vec<Scorecard> {
    ws.opportunities
        .iter()
        .map(|o| {
            let row = scores_in_order(o, &ws.priorities);
            scorecard_from_scores(o, &ws.priorities, &weights.raw, &row)
        })
        .collect()
}

fn current_card(ws: &Workspace, weights: &Weights) -> Scorecard {
    let row = scores_in_order(&ws.current_role, &ws.priorities);
    scorecard_from_scores(&ws.current_role, &ws.priorities, &weights.raw, &row)
}

/// Searches the three levers for `ws.opportunities[index]`. Returns the
/// default (nothing found, nothing applies) for a settled opportunity or an
/// index out of range.
pub fn sensitivity(ws: &Workspace, index: usize, today: Date) -> Sensitivity {
    let Some(o) = ws.opportunities.get(index) else {
        return Sensitivity::default();
    };
    if !o.stage.is_active() {
        return Sensitivity::default();
    }
    let now = action_of(ws, index, today);
    let flips = |a: &Action| discriminant(a) != discriminant(&now);
    let mut scratch = ws.clone();
    let (base_pay_applies, base_pay) = base_pay_flip(&mut scratch, index, today, &flips);
    Sensitivity {
        score: score_flip(&mut scratch, index, today, &flips),
        weight: weight_flip(&mut scratch, index, today, &flips),
        base_pay,
        base_pay_applies,
    }
}

/// Scores: one point, then two, … five, on every scored criterion in
/// priority order. Changes are made on `ws` and undone.
fn score_flip(
    ws: &mut Workspace,
    index: usize,
    today: Date,
    flips: &impl Fn(&Action) -> bool,
) -> Option<Flip> {
    let weights = Weights::of(&ws.priorities);
    let mut cards = cards(ws, &weights);
    let current = current_card(ws, &weights);
    let criteria: Vec<(String, String)> = ws.priorities.choices();
    for step in 1..=5u8 {
        for (id, name) in &criteria {
            let Some(from) = ws.opportunities[index].score(id) else {
                continue;
            };
            let candidates = [
                from.checked_sub(step),
                Some(from + step).filter(|s| *s <= 5),
            ];
            for to in candidates.into_iter().flatten() {
                ws.opportunities[index].set_score(id, Some(to));
                let scores = scores_in_order(&ws.opportunities[index], &ws.priorities);
                cards[index] = scorecard_from_scores(
                    &ws.opportunities[index],
                    &ws.priorities,
                    &weights.raw,
                    &scores,
                );
                let action = action_with(&weights, ws, index, &scores, &cards, &current, today);
                ws.opportunities[index].set_score(id, Some(from));
                if flips(&action) {
                    return Some(Flip {
                        change: Change::Score {
                            criterion_id: id.clone(),
                            name: name.clone(),
                            from,
                            to,
                        },
                        becomes: action,
                    });
                }
            }
        }
    }
    None
}

/// Weights: one unit, then two, … [`MAX_WEIGHT_STEPS`], on every criterion
/// in priority order, never below zero. Changes are made on `ws` and undone.
fn weight_flip(
    ws: &mut Workspace,
    index: usize,
    today: Date,
    flips: &impl Fn(&Action) -> bool,
) -> Option<Flip> {
    let effective = ws.priorities.effective_weights();
    let criteria: Vec<(String, String, Option<f64>, f64)> = ws
        .priorities
        .criteria
        .iter()
        .zip(&effective)
        .map(|(p, w)| (p.id.clone(), p.name.clone(), p.weight, *w))
        .collect();
    for step in 1..=MAX_WEIGHT_STEPS {
        for (id, name, stored, from) in &criteria {
            let step = step as f64;
            let candidates = [Some(from - step).filter(|w| *w >= 0.0), Some(from + step)];
            for to in candidates.into_iter().flatten() {
                ws.priorities.set_weight(id, Some(to));
                let action = action_of(ws, index, today);
                ws.priorities.set_weight(id, *stored);
                if flips(&action) {
                    return Some(Flip {
                        change: Change::Weight {
                            criterion_id: id.clone(),
                            name: name.clone(),
                            from: *from,
                            to,
                        },
                        becomes: action,
                    });
                }
            }
        }
    }
    None
}

/// Base pay: the engine reads money only through minimum-base-pay floors,
/// so the advice can only change where the base pay crosses one. The
/// candidates are the nearest minor unit on the far side of each floor; the
/// nearest candidate that flips the advice wins. Returns whether the lever
/// applies, and the flip.
fn base_pay_flip(
    ws: &mut Workspace,
    index: usize,
    today: Date,
    flips: &impl Fn(&Action) -> bool,
) -> (bool, Option<Flip>) {
    let from = ws.opportunities[index].compensation.base;
    let floors: Vec<Money> = ws
        .non_negotiables
        .iter()
        .filter_map(|n| match n {
            NonNegotiable::Requires {
                fact: RequiredFact::MinimumBase { amount },
            } if *amount > Money::ZERO => Some(*amount),
            _ => None,
        })
        .collect();
    let home = ws.settings.currency.clone();
    let pay = ws.opportunities[index].compensation.clone();
    let in_home = |b: Money| convert(b, &pay, &home);
    if floors.is_empty() || in_home(from) <= Money::ZERO {
        return (false, None);
    }
    let mut candidates: Vec<Money> = floors
        .iter()
        .filter_map(|floor| across(from, *floor, &in_home))
        .collect();
    candidates.sort_by_key(|to| (to.0 - from.0).abs());
    let mut found = None;
    for to in candidates {
        ws.opportunities[index].compensation.base = to;
        let action = action_of(ws, index, today);
        if flips(&action) {
            found = Some(Flip {
                change: Change::BasePay { from, to },
                becomes: action,
            });
            break;
        }
    }
    ws.opportunities[index].compensation.base = from;
    (true, found)
}

/// The nearest base pay, in minor units of the offer's currency, on the
/// other side of `floor` (home currency) from `from`, as the floor check
/// sees it through `in_home` (the conversion at the entered rate, rounded to
/// the home currency's minor unit): the lowest that meets it, or the highest
/// that falls short of it while still being a known pay (above zero).
fn across(from: Money, floor: Money, in_home: &impl Fn(Money) -> Money) -> Option<Money> {
    let meets = |b: i64| in_home(Money(b)) >= floor;
    // Search between a pay that falls short (0) and one that meets the floor.
    let (mut short, mut met) = (0_i64, from.0.max(1));
    while !meets(met) {
        if met > i64::MAX / 4 {
            return None;
        }
        short = met;
        met *= 2;
    }
    while met - short > 1 {
        let mid = short + (met - short) / 2;
        if meets(mid) {
            met = mid;
        } else {
            short = mid;
        }
    }
    if in_home(from) >= floor {
        (short > 0 && in_home(Money(short)) > Money::ZERO).then_some(Money(short))
    } else {
        Some(Money(met))
    }
}

impl Sensitivity {
    /// How firm the advice is, in a few words.
    pub fn summary(&self) -> &'static str {
        let sizes = [&self.score, &self.weight]
            .into_iter()
            .flatten()
            .map(|f| f.change.size());
        let smallest = sizes.fold(f64::INFINITY, f64::min);
        if self.score.as_ref().is_some_and(|f| f.change.size() <= 1.0) {
            "A close call: one point on one score would change it."
        } else if smallest <= 2.0 {
            "Fairly close: a small change would change it."
        } else if smallest.is_finite() || self.base_pay.is_some() {
            "Fairly firm: only a larger change would change it."
        } else {
            "Firm: no single change within reach would change it."
        }
    }

    /// Each lever in a sentence, with `money` writing an amount in the
    /// offer's currency. Only the user sees this (the panel, Compare): it
    /// names their scores, weights and floor, so no message ever uses it.
    pub fn lines(&self, money: impl Fn(Money) -> String) -> Vec<String> {
        let becomes = |f: &Flip| {
            format!(
                "would make the advice \u{201c}{}\u{201d}",
                f.becomes.label()
            )
        };
        let mut lines = vec![match &self.score {
            Some(
                f @ Flip {
                    change: Change::Score { name, from, to, .. },
                    ..
                },
            ) => {
                format!(
                    "Scoring {} {to} instead of {from} {}.",
                    lowercase_first(name),
                    becomes(f)
                )
            }
            _ => "No change to one score on its own changes the advice.".to_string(),
        }];
        lines.push(match &self.weight {
            Some(
                f @ Flip {
                    change: Change::Weight { name, from, to, .. },
                    ..
                },
            ) => format!(
                "A weight of {} for {} instead of {} {}.",
                plain(*to),
                lowercase_first(name),
                plain(*from),
                becomes(f)
            ),
            _ => format!("No change of up to {MAX_WEIGHT_STEPS} to one weight changes the advice."),
        });
        match &self.base_pay {
            Some(
                f @ Flip {
                    change: Change::BasePay { from, to },
                    ..
                },
            ) => lines.push(format!(
                "A base pay of {} instead of {} {}.",
                money(*to),
                money(*from),
                becomes(f)
            )),
            _ if self.base_pay_applies => {
                lines.push("No change to the base pay on its own changes the advice.".to_string())
            }
            _ => {}
        }
        lines
    }
}
