//! The ordered rules that turn findings into one action.
//!
//! [`RULES`] lists them in the order they are tried; the first that returns
//! a draft decides. Each rule is one named function that says `None` when it
//! does not apply (including when the opportunity is at a stage the rule is
//! not for). The module docs of [`crate::core::recommend`] give the same
//! order in words, with where each rule comes from.
//!
//! - [`saying_no`]: the rules that end a process (and what every "no" shares),
//! - [`caution`]: the rules that hold a decision back until it rests on
//!   firmer ground,
//! - [`before_offer`]: the rules for a process that has not reached an offer,
//! - [`offer`]: the rules for an offer on the table.

mod before_offer;
mod caution;
mod offer;
mod paths;
mod saying_no;

pub use paths::{is_exploding, late_dealbreaker, EXPLODING_UNDER_BUSINESS_DAYS};

use super::checks::{examine, Findings};
use super::{Action, Reason, Recommendation, RelatedMessage, Rule};
use crate::core::date::Date;
use crate::core::message_kind::{DeclineReason, MessageKind};
use crate::core::model::{Opportunity, Priorities, Settings, Workspace};
use crate::core::number::whole;
use crate::core::scoring::{self, Scorecard};
use crate::core::timeline;

/// Everything a rule may look at.
struct Inputs<'a> {
    ws: &'a Workspace,
    o: &'a Opportunity,
    card: &'a Scorecard,
    /// Every opportunity's scorecard, in the workspace's order.
    cards: &'a [Scorecard],
    current: &'a Scorecard,
    index: usize,
    weights: &'a Weights,
    /// The opportunity's scores, in priority order.
    scores: &'a [Option<u8>],
    findings: Findings<'a>,
    today: Date,
    /// Whether an offer is on the table: decides decline versus withdraw.
    offer: bool,
    /// When the answer to the offer is due.
    due: Date,
    /// Whether `due` is within the "soon" threshold (never before an offer).
    soon: bool,
    /// With an offer: other open processes you have scored well enough that
    /// score clearly better than this one.
    better: Vec<Contender<'a>>,
    /// With an offer: other live processes (in interviews or with an offer)
    /// you have not scored well enough to compare. Unknown is not zero:
    /// each could still be the better choice.
    unscored: Vec<Contender<'a>>,
}

impl Inputs<'_> {
    /// A date as the advice says it ("Friday 6 March"), with the year when
    /// it is not this year's.
    fn said(&self, date: Date) -> String {
        crate::core::date::spoken_date_from(date, self.today)
    }
}

/// Another open process weighed against this one.
#[derive(Clone, Copy)]
struct Contender<'a> {
    o: &'a Opportunity,
    card: &'a Scorecard,
}

impl Contender<'_> {
    /// The date this process settles on its side: the employer's stated
    /// decision, or for an offer, its deadline.
    fn settles_on(&self) -> Option<Date> {
        self.o.dates.employer_decision.or_else(|| {
            self.o
                .stage
                .has_offer()
                .then_some(self.o.dates.offer_deadline)
                .flatten()
        })
    }

    /// Whether it settles after `due`, or at a date nobody knows yet.
    fn settles_after(&self, due: Date) -> bool {
        self.settles_on().is_none_or(|d| d > due)
    }
}

/// A rule: a draft when it applies, `None` to pass to the next one.
type RuleFn = fn(&Inputs) -> Option<Draft>;

/// The rules in the order they are tried.
const RULES: &[RuleFn] = &[
    // Any stage.
    paths::backing_out,
    paths::offer_withdrawn,
    saying_no::settled,
    saying_no::accepted_elsewhere,
    saying_no::confirmed_dealbreaker,
    saying_no::not_interested,
    caution::counteroffer_not_in_writing,
    paths::counteroffer_misses_reason,
    caution::unverified_dealbreaker,
    // Before an offer.
    before_offer::hard_to_undo_before_offer,
    before_offer::goals_conflict_before_offer,
    before_offer::below_walk_away_before_offer,
    before_offer::keep_going_until_offer,
    // With an offer.
    offer::competing_deadline,
    offer::low_confidence,
    caution::hard_to_undo_with_offer,
    paths::exploding_offer,
    paths::current_counteroffer_answers_reason,
    offer::below_walk_away,
    offer::goals_conflict,
    offer::negotiable_gaps,
    offer::unscored_rival,
    offer::weak_move_support,
    offer::get_it_in_writing,
    offer::above_accept_line,
    offer::opportunity_cost,
    offer::compared_with_current_role,
];

/// Applies the rules in order; the first that matches decides. The last rule
/// of each stage always applies, so the fallback is only there to keep the
/// engine total.
fn decide(i: &Inputs) -> Draft {
    let draft = RULES
        .iter()
        .find_map(|rule| rule(i))
        .unwrap_or_else(|| before_offer::keep_going(i));
    paths::after(i, draft)
}

/// The recommendation being assembled.
struct Draft {
    action: Action,
    headline: String,
    reasons: Vec<Reason>,
    would_change: Vec<String>,
    next_steps: Vec<String>,
    messages: Vec<MessageKind>,
    related: Vec<RelatedMessage>,
    /// Set by every rule that says no.
    decline_reason: Option<DeclineReason>,
}

impl Draft {
    fn new(action: Action, headline: String) -> Draft {
        Draft {
            action,
            headline,
            reasons: Vec::new(),
            would_change: Vec::new(),
            next_steps: Vec::new(),
            messages: Vec::new(),
            related: Vec::new(),
            decline_reason: None,
        }
    }

    fn because(mut self, rule: Rule, input: impl Into<String>, text: impl Into<String>) -> Draft {
        self.reasons.push(Reason {
            rule,
            input: input.into(),
            text: text.into(),
        });
        self
    }

    fn unless(mut self, change: impl Into<String>) -> Draft {
        self.would_change.push(change.into());
        self
    }

    fn then(mut self, step: impl Into<String>) -> Draft {
        self.next_steps.push(step.into());
        self
    }

    fn send(mut self, kinds: &[MessageKind]) -> Draft {
        for k in kinds {
            if !self.messages.contains(k) {
                self.messages.push(*k);
            }
        }
        self
    }
}

/// Recommends what to do about `ws.opportunities[index]`.
///
/// `cards` are the scorecards of every opportunity, in the same order, and
/// `current` the current role's; `today` comes from the caller so the result
/// is deterministic.
pub fn recommend(
    ws: &Workspace,
    index: usize,
    cards: &[Scorecard],
    current: &Scorecard,
    today: Date,
) -> Recommendation {
    let scores = scoring::scores_in_order(&ws.opportunities[index], &ws.priorities);
    let weights = Weights::of(&ws.priorities);
    recommend_with(&weights, ws, index, &scores, cards, current, today)
}

/// Like [`recommend`], with the weights and the opportunity's scores
/// ([`scoring::scores_in_order`]) already looked up: [`crate::core::assess`]
/// works the weights out once for all opportunities, and the scores once for
/// both the scorecard and the recommendation.
pub(crate) fn recommend_with(
    weights: &Weights,
    ws: &Workspace,
    index: usize,
    scores: &[Option<u8>],
    cards: &[Scorecard],
    current: &Scorecard,
    today: Date,
) -> Recommendation {
    let inputs = inputs(weights, ws, index, scores, cards, current, today);
    let (o, settings) = (inputs.o, &ws.settings);
    let draft = decide(&inputs);
    let primary = draft.messages.first().copied();
    let mut follow_ups =
        timeline::follow_up_plan(o, &ws.current_role, &draft.action, primary, settings, today);
    // Time on an offer about to expire is asked for by phone.
    let by_phone = draft
        .messages
        .contains(&MessageKind::ExplodingOfferCallScript);
    // A dated step's message takes the form of the stage, like every other
    // suggestion (a withdrawal's script before any offer).
    for step in &mut follow_ups.steps {
        step.message = step.message.map(|kind| match kind {
            MessageKind::AskForTime if by_phone => MessageKind::ExplodingOfferCallScript,
            kind => crate::core::message_family::fit(kind, o),
        });
    }
    Recommendation {
        action: draft.action,
        headline: draft.headline,
        reasons: draft.reasons,
        would_change: draft.would_change,
        next_steps: draft.next_steps,
        messages: draft.messages,
        related_messages: draft.related,
        decline_reason: draft.decline_reason,
        follow_ups,
    }
}

/// Only the action [`recommend_with`] would give, without the reasons'
/// follow-up plan: what [`super::sensitivity`] asks hundreds of times.
pub(crate) fn action_with(
    weights: &Weights,
    ws: &Workspace,
    index: usize,
    scores: &[Option<u8>],
    cards: &[Scorecard],
    current: &Scorecard,
    today: Date,
) -> Action {
    decide(&inputs(weights, ws, index, scores, cards, current, today)).action
}

/// What every rule may look at, for `ws.opportunities[index]`.
fn inputs<'a>(
    weights: &'a Weights,
    ws: &'a Workspace,
    index: usize,
    scores: &'a [Option<u8>],
    cards: &'a [Scorecard],
    current: &'a Scorecard,
    today: Date,
) -> Inputs<'a> {
    let o = &ws.opportunities[index];
    let card = &cards[index];
    let settings = &ws.settings;
    let offer = o.stage.has_offer();
    let due = timeline::decision_due(o, settings, today);
    // Only an offer has an answer due and rivals to weigh it against.
    let soon = offer
        && timeline::business_days_between(today, due, settings)
            <= settings.soon_deadline_business_days as i32;
    let (better, unscored) = if offer && o.stage.is_active() {
        contenders(ws, index, cards)
    } else {
        (Vec::new(), Vec::new())
    };
    Inputs {
        ws,
        o,
        card,
        cards,
        current,
        index,
        weights,
        scores,
        findings: examine(o, ws, weights, scores),
        today,
        offer,
        due,
        soon,
        better,
        unscored,
    }
}

/// The other open processes, split into those you scored that score clearly
/// better than `ws.opportunities[index]`, and those still too unscored to
/// compare (only processes in interviews or with an offer count: an
/// exploratory one is not yet a real alternative).
fn contenders<'a>(
    ws: &'a Workspace,
    index: usize,
    cards: &'a [Scorecard],
) -> (Vec<Contender<'a>>, Vec<Contender<'a>>) {
    let settings = &ws.settings;
    let card = &cards[index];
    // A comparison needs something known on this side too.
    let this_scored = card.confidence > 0.0;
    let mut better = Vec::new();
    let mut unscored = Vec::new();
    for (j, (other, other_card)) in ws.opportunities.iter().zip(cards).enumerate() {
        if j == index || !other.stage.is_active() || other.not_interested {
            continue;
        }
        let contender = Contender {
            o: other,
            card: other_card,
        };
        if known_enough(other_card, settings) {
            if this_scored && other_card.total >= card.total + settings.better_option_margin {
                better.push(contender);
            }
        } else if other.stage != crate::core::model::Stage::Exploring {
            unscored.push(contender);
        }
    }
    (better, unscored)
}

/// Whether enough of a scorecard is known to compare or judge it on: some of
/// it, and at least the share the settings ask for. Below that its total is
/// not a score of its own, so it is never quoted as one.
fn known_enough(card: &Scorecard, settings: &Settings) -> bool {
    card.confidence > 0.0 && card.confidence >= settings.min_confidence
}

/// The criterion weights, in priority order, in the two forms the engine uses.
pub(crate) struct Weights {
    /// As [`Priorities::effective_weights`] gives them: what totals are
    /// computed with.
    pub raw: Vec<f64>,
    /// Scaled to sum to 1 (all zero when there is no weight at all): what a
    /// gap's importance is measured in.
    pub normalised: Vec<f64>,
    /// For each criterion, the normalised weight that looking its id up
    /// finds: its own, or the first one's when hand-edited data lists an id
    /// twice. Worked out once, so gaps need not search the criteria by id.
    pub normalised_by_id: Vec<f64>,
}

impl Weights {
    /// Works out both forms for `priorities`.
    pub(crate) fn of(priorities: &Priorities) -> Weights {
        let raw = priorities.effective_weights();
        let normalised = normalise(&raw);
        let normalised_by_id = priorities
            .criteria
            .iter()
            .map(|p| priorities.position(&p.id).map_or(0.0, |i| normalised[i]))
            .collect();
        Weights {
            raw,
            normalised,
            normalised_by_id,
        }
    }
}

/// Weights that sum to 1 (all zero when there is no weight at all).
fn normalise(raw: &[f64]) -> Vec<f64> {
    let sum: f64 = raw.iter().sum();
    if sum > 0.0 {
        raw.iter().map(|w| w / sum).collect()
    } else {
        raw.to_vec()
    }
}

/// The few most important things to find out: a short list gets asked, a
/// long one gets put off.
fn top_questions(card: &Scorecard) -> Vec<String> {
    const SHOWN: usize = 5;
    card.questions
        .iter()
        .take(SHOWN)
        .map(|q| q.question.to_string())
        .collect()
}

/// The total if every negotiable gap on a scored criterion were closed.
fn best_case(i: &Inputs) -> f64 {
    if i.findings.gaps.is_empty() {
        return i.card.total;
    }
    // Each gap lifts the criteria it sits on to its target.
    let mut best = i.scores.to_vec();
    for gap in &i.findings.gaps {
        let Some(id) = gap.criterion_id else {
            continue;
        };
        for (score, priority) in best.iter_mut().zip(&i.ws.priorities.criteria) {
            if priority.id == id {
                *score = Some(score.unwrap_or(0).max(gap.target));
            }
        }
    }
    scoring::weighted_total(&i.weights.raw, best)
}

/// Tells the other employers still deciding about your deadline: every
/// better option, and every unscored one that settles after it. An employer
/// that has made an offer of its own has nothing to decide, so it is not
/// told. This is a message *to them*: it never goes into this offer's own
/// messages.
fn tell_others(i: &Inputs, mut draft: Draft) -> Draft {
    let later_unscored = i.unscored.iter().filter(|c| c.settles_after(i.due));
    let mut due = None;
    for other in i.better.iter().chain(later_unscored) {
        if other.o.stage.has_offer() {
            continue;
        }
        // The same date in every message: spelled out once.
        let due = due.get_or_insert_with(|| i.said(i.due));
        draft.related.push(RelatedMessage {
            opportunity_id: other.o.id.clone(),
            message: MessageKind::CompetingDeadline,
            why: format!(
                "Tell {} you have an offer due on {due}, and ask whether they can decide by then.",
                other.o.employer_name(),
            ),
            decline_reason: None,
        });
    }
    draft
}

/// Ask for time, sized by the articles' ranges and stretched to cover the
/// latest stated decision date among `others`.
fn ask_for_time(i: &Inputs, others: &[Contender]) -> Draft {
    let s = &i.ws.settings;
    let (min, max) = if i.o.international_move {
        (
            s.ask_time_international_min_days,
            s.ask_time_international_max_days,
        )
    } else {
        (s.ask_time_local_min_days, s.ask_time_local_max_days)
    };
    let max = max.max(min);
    let latest_other = others
        .iter()
        .filter_map(|c| c.o.dates.employer_decision.map(|d| (c, d)))
        .filter(|(_, d)| *d > i.today)
        .max_by_key(|(_, d)| *d);
    // One business day after they decide, so their answer is in hand.
    let needed = latest_other
        .map(|(_, d)| timeline::business_days_between(i.today, d, s) + 1)
        .unwrap_or(min as i32);
    let days = (needed.max(0) as u32).clamp(min, max);
    let until = timeline::add_business_days(i.today, days as i32, s);
    let headline = match (latest_other, others.first()) {
        (Some((other, d)), _) => format!(
            "Ask for time until {} — {} decides on {}.",
            i.said(until),
            other.o.employer_name(),
            i.said(d)
        ),
        (None, Some(other)) if known_enough(other.card, s) => format!(
            "Ask for time until {} — {} is still deciding and scores higher.",
            i.said(until),
            other.o.employer_name()
        ),
        (None, Some(other)) => format!(
            "Ask for time until {} — {} is still in play and you have not scored it yet.",
            i.said(until),
            other.o.employer_name()
        ),
        (None, None) => format!(
            "Ask for time until {} — the deadline is close and you still have questions.",
            i.said(until)
        ),
    };
    Draft::new(
        Action::AskForTime {
            business_days: days,
            until,
        },
        headline,
    )
    .send(&[MessageKind::AskForTime])
    .then(format!(
        "Ask for {days} business days and name the date: {}.",
        i.said(until)
    ))
    .unless("If they cannot give more time, decide on what you know by their deadline.")
}

/// How the cautious rules find firmer ground with an offer on the table: more
/// time when the answer is due soon, otherwise the open questions.
/// `headline` is for the questions; asking for time words its own.
fn more_time_or_facts(i: &Inputs, rule: Rule, input: String, why: &str, headline: String) -> Draft {
    if i.soon {
        return tell_others(i, ask_for_time(i, &[]).because(rule, input, why));
    }
    let kind = if i.o.international_move {
        MessageKind::MobilityQuestions
    } else {
        MessageKind::AskTimeline
    };
    tell_others(
        i,
        Draft::new(
            Action::VerifyFacts {
                questions: top_questions(i.card),
            },
            headline,
        )
        .because(rule, input, why)
        .send(&[kind])
        .then("Ask the open questions in writing.")
        .unless("Answers that fill in the matrix let the other rules decide."),
    )
}

/// The share of the matrix (0–1) that is known, as a whole percentage.
fn percent(share: f64) -> i64 {
    whole(share.clamp(0.0, 1.0) * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_normalise_to_one_unless_all_zero() {
        let cases: [(&[f64], &[f64]); 4] = [
            (&[3.0, 1.0], &[0.75, 0.25]),
            (&[2.0, 0.0, 2.0], &[0.5, 0.0, 0.5]),
            (&[0.0, 0.0], &[0.0, 0.0]),
            (&[], &[]),
        ];
        for (raw, expected) in cases {
            assert_eq!(normalise(raw), expected, "normalising {raw:?}");
        }
    }

    #[test]
    fn weights_of_priorities_keep_both_forms() {
        // Three criteria by order weigh 3, 2 and 1.
        let mut p = Priorities { criteria: vec![] };
        for id in ["a", "b", "c"] {
            p.add(id, id, crate::core::model::Axis::RoleAlignment);
        }
        let w = Weights::of(&p);
        assert_eq!(w.raw, vec![3.0, 2.0, 1.0]);
        assert_eq!(w.normalised, vec![0.5, 2.0 / 6.0, 1.0 / 6.0]);
        assert_eq!(w.normalised_by_id, w.normalised);
    }

    #[test]
    fn a_repeated_id_looks_up_the_first_weight() {
        // Hand-edited data may list an id twice: lookups by id find the first.
        let mut p = Priorities { criteria: vec![] };
        for id in ["a", "b", "a", "c"] {
            p.criteria.push(crate::core::model::Priority {
                id: id.to_string(),
                ..Default::default()
            });
        }
        let w = Weights::of(&p);
        assert_eq!(w.normalised, vec![0.4, 0.3, 0.2, 0.1]);
        assert_eq!(w.normalised_by_id, vec![0.4, 0.3, 0.4, 0.1]);
    }

    #[test]
    fn known_enough_needs_something_known_and_the_settings_share() {
        let card = |confidence| Scorecard {
            opportunity_id: String::new(),
            total: 0.0,
            confidence,
            axes: Vec::new(),
            mobility: None,
            unknown_criteria: Vec::new(),
            questions: Vec::new(),
        };
        let with_min = |min_confidence| Settings {
            min_confidence,
            ..Settings::default()
        };
        let cases = [
            (0.0, 0.6, false),
            (0.59, 0.6, false),
            (0.6, 0.6, true),
            (1.0, 0.6, true),
            // Even a threshold of zero (or below) never makes nothing known.
            (0.0, 0.0, false),
            (0.0, -1.0, false),
            (0.01, 0.0, true),
        ];
        for (confidence, min, expected) in cases {
            assert_eq!(
                known_enough(&card(confidence), &with_min(min)),
                expected,
                "{confidence} known, {min} needed"
            );
        }
    }
}
