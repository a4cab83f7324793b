//! The ordered rules that turn findings into one action. See the module docs
//! of [`crate::core::recommend`] for the order and where each rule comes from.

use super::checks::{examine, Dealbreaker, Findings, FoundGap, Topic};
use super::{Action, Reason, Recommendation, RelatedMessage, Rule};
use crate::core::date::Date;
use crate::core::message_kind::MessageKind;
use crate::core::model::{Opportunity, Priorities, Settings, Stage, Workspace};
use crate::core::number::whole;
use crate::core::scoring::{self, Scorecard};
use crate::core::timeline::{self, spoken_date};

/// Everything a rule may look at.
struct Inputs<'a> {
    ws: &'a Workspace,
    o: &'a Opportunity,
    card: &'a Scorecard,
    current: &'a Scorecard,
    cards: &'a [Scorecard],
    index: usize,
    weights: &'a Weights,
    /// The opportunity's scores, in priority order.
    scores: &'a [Option<u8>],
    findings: Findings<'a>,
    today: Date,
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
    let o = &ws.opportunities[index];
    let inputs = Inputs {
        ws,
        o,
        card: &cards[index],
        current,
        cards,
        index,
        weights,
        scores,
        findings: examine(o, ws, weights, scores),
        today,
    };
    let draft = decide(&inputs);
    let primary = draft.messages.first().copied();
    let follow_ups = timeline::follow_up_plan(o, &draft.action, primary, &ws.settings, today);
    Recommendation {
        action: draft.action,
        headline: draft.headline,
        reasons: draft.reasons,
        would_change: draft.would_change,
        next_steps: draft.next_steps,
        messages: draft.messages,
        related_messages: draft.related,
        decline_reason: None,
        follow_ups,
    }
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

/// Applies the rules in order; the first that matches decides.
fn decide(i: &Inputs) -> Draft {
    if i.o.stage.is_settled() {
        return settled(i);
    }
    if let Some(accepted) =
        i.ws.opportunities
            .iter()
            .enumerate()
            .find(|(j, other)| *j != i.index && other.stage == Stage::Accepted)
            .map(|(_, other)| other)
    {
        return accepted_elsewhere(i, accepted);
    }
    if let Some(first) = i.findings.confirmed.first() {
        return confirmed_dealbreaker(i, first);
    }
    if i.o.not_interested {
        return not_interested(i);
    }
    if i.o.stage == Stage::Counteroffer && !i.o.offer_in_writing {
        return counteroffer_not_in_writing(i);
    }
    if !i.findings.unverified.is_empty() {
        return verify_first(i);
    }
    if i.o.stage.has_offer() {
        offer_rules(i)
    } else {
        before_offer(i)
    }
}

fn with_offer(i: &Inputs) -> bool {
    i.o.stage.has_offer()
}

/// Decline after an offer, withdraw before one.
fn say_no_action(i: &Inputs) -> Action {
    if with_offer(i) {
        Action::Decline
    } else {
        Action::Withdraw
    }
}

/// How to deliver a no: a recruiter note when a recruiter ran it; a call,
/// confirmed in writing, after several rounds or a spoken negotiation.
fn delivery_messages(o: &Opportunity, settings: &Settings) -> Vec<MessageKind> {
    let mut out = Vec::new();
    if o.recruiter_involved {
        out.push(MessageKind::RecruiterNote);
    }
    if o.verbal_negotiation || o.interview_rounds >= settings.call_after_interview_rounds {
        out.push(MessageKind::CallScript);
        out.push(MessageKind::CallConfirmation);
    }
    out
}

/// The common tail of every "say no" draft.
fn saying_no(i: &Inputs, draft: Draft) -> Draft {
    let verb = if with_offer(i) { "decline" } else { "withdraw" };
    draft
        .send(&delivery_messages(i.o, &i.ws.settings))
        .then(format!(
            "Tell {} promptly: thanks, your decision, at most one short reason, and an open door.",
            i.o.employer_name()
        ))
        .then("Write down why you said no, so you can spot the pattern next time.")
        .unless(format!(
            "If you {verb} by mistake, the follow-up plan keeps a window to reconnect."
        ))
}

fn settled(i: &Inputs) -> Draft {
    let headline = match i.o.stage {
        Stage::Accepted => {
            "You accepted. Get the final terms in writing and give notice.".to_string()
        }
        Stage::ClosedByEmployer => format!(
            "{} closed the process. A light note in a few months keeps the door open.",
            i.o.employer_name()
        ),
        _ => "You said no. A light note in a few months keeps the relationship warm.".to_string(),
    };
    Draft::new(Action::Closed, headline).because(
        Rule::Settled,
        format!("Stage: {}", i.o.stage.label()),
        "This one is settled; only closing the loop remains.",
    )
}

fn accepted_elsewhere(i: &Inputs, accepted: &Opportunity) -> Draft {
    let draft = Draft::new(
        say_no_action(i),
        format!(
            "Let {} know now — you have accepted {}.",
            i.o.employer_name(),
            accepted.title()
        ),
    )
    .because(
        Rule::AcceptedElsewhere,
        format!("Accepted: {}", accepted.title()),
        "Once you take one offer, everyone else still waiting on you deserves a prompt, final answer.",
    )
    .send(&[MessageKind::DeclineAcceptedElsewhere]);
    saying_no(i, draft)
}

fn confirmed_dealbreaker(i: &Inputs, first: &Dealbreaker) -> Draft {
    let (verb, noun) = if with_offer(i) {
        ("Decline", "offer")
    } else {
        ("Withdraw", "process")
    };
    let mut draft = Draft::new(
        say_no_action(i),
        format!(
            "{verb} now — {} rules this {noun} out for you.",
            lowercase_first(&first.input)
        ),
    );
    for d in &i.findings.confirmed {
        draft = draft.because(
            Rule::ConfirmedDealbreaker,
            d.input.clone(),
            format!(
                "{} is a confirmed fact and one of your dealbreakers, so waiting only delays everyone.",
                d.input
            ),
        );
    }
    draft = draft.send(&[first.topic.decline_message()]);
    if !with_offer(i) {
        draft = draft.send(&[MessageKind::WithdrawWithReason]);
    }
    if first.topic == Topic::Mobility || first.topic == Topic::EmploymentModel {
        draft = draft
            .send(&[MessageKind::WithdrawKeepInTouch])
            .unless(format!(
                "If {} changes this (for example offers {}), it would be worth reopening.",
                i.o.employer_name(),
                if first.topic == Topic::Mobility {
                    "sponsorship or relocation support"
                } else {
                    "direct employment"
                }
            ));
    }
    saying_no(i, draft)
}

fn not_interested(i: &Inputs) -> Draft {
    let o = i.o;
    let settings = &i.ws.settings;
    let upcoming = o.dates.interview.filter(|d| {
        *d >= i.today && i.today.days_until(*d) <= settings.imminent_interview_days as i32
    });
    let headline = match (with_offer(i), upcoming) {
        (true, _) => format!(
            "Decline now — you have decided {} is not for you.",
            o.title()
        ),
        (false, Some(d)) => format!(
            "Withdraw now, before the interview on {} — two sentences are enough.",
            spoken_date(d)
        ),
        (false, None) => "Withdraw now — you have decided this job is not for you.".to_string(),
    };
    let mut draft = Draft::new(say_no_action(i), headline).because(
        Rule::NotInterested,
        "You marked this one as not wanted",
        "Once you know, saying so promptly saves everyone's time; a better offer later would not oblige you to take it.",
    );
    draft = if o.stage == Stage::Counteroffer {
        draft.send(&[MessageKind::FirmReply])
    } else if with_offer(i) {
        draft.send(&[MessageKind::DeclineRoleFit])
    } else {
        draft.send(&[
            MessageKind::WithdrawNoReason,
            MessageKind::WithdrawKeepInTouch,
        ])
    };
    if let Some(d) = upcoming {
        draft = draft.because(
            Rule::NotInterested,
            format!("Next interview: {}", spoken_date(d)),
            "The next interview is close: a short note now spares them preparing for it.",
        );
    }
    saying_no(i, draft)
}

fn counteroffer_not_in_writing(i: &Inputs) -> Draft {
    let hours = i.ws.settings.counteroffer_window_hours;
    Draft::new(
        Action::VerifyFacts {
            questions: vec!["Could you send the revised offer in writing?".to_string()],
        },
        format!(
            "Ask for the counteroffer in writing, then give yourself up to {hours} hours to weigh it."
        ),
    )
    .because(
        Rule::CounterofferInWriting,
        "Counteroffer: not in writing yet",
        "A counteroffer is only real once it is written down; then judge it on the few points that would change your mind.",
    )
    .send(&[MessageKind::CounterofferInWriting])
    .then("Reply that you'd like the revised terms in writing.")
    .then("When they arrive, score them against your priorities, not against the relief of being wanted.")
    .unless("Once it is in writing, the engine weighs it like any offer.")
}

fn verify_first(i: &Inputs) -> Draft {
    let questions: Vec<String> = i
        .findings
        .unverified
        .iter()
        .filter_map(|d| d.question.clone())
        .collect();
    if with_offer(i) && deadline_is_soon(i) {
        let first = &i.findings.unverified[0];
        return ask_for_time(i, None).because(
            Rule::VerifyBeforeDeciding,
            first.input.clone(),
            "A possible dealbreaker is still unconfirmed and the deadline is close: get the time to check it.",
        );
    }
    let mobility = i
        .findings
        .unverified
        .iter()
        .any(|d| d.topic == Topic::Mobility);
    let mut draft = Draft::new(
        Action::VerifyFacts { questions },
        format!(
            "Check the facts before you decide — {} could be a dealbreaker.",
            lowercase_first(&i.findings.unverified[0].input)
        ),
    );
    for d in &i.findings.unverified {
        draft = draft.because(
            Rule::VerifyBeforeDeciding,
            d.input.clone(),
            format!("{} rests on an impression or an unknown, and more information could change your mind.", d.input),
        );
    }
    let kinds: &[MessageKind] = if mobility {
        &[MessageKind::MobilityQuestions]
    } else {
        &[MessageKind::AskTimeline]
    };
    draft
        .send(kinds)
        .then("Ask these questions in writing.")
        .then("Set yourself a date to decide once the answers are in.")
        .unless(
            "A clear no on any of these makes it a confirmed dealbreaker: then say no promptly.",
        )
        .unless("Clear yeses let the matrix decide.")
}

fn before_offer(i: &Inputs) -> Draft {
    if i.o.goals_alignment.conflicts() {
        let draft = Draft::new(
            Action::Withdraw,
            "Withdraw — this role pulls against your goals.".to_string(),
        )
        .because(
            Rule::GoalsConflict,
            "Goals: works against one, advances neither",
            "A role that works against where you want to be in one or three years costs you momentum.",
        )
        .send(&[MessageKind::WithdrawWithReason, MessageKind::DeclineRoleFit]);
        return saying_no(i, draft);
    }
    let settings = &i.ws.settings;
    if i.card.confidence >= settings.min_confidence
        && i.card.total < i.ws.walk_away_line
        && best_case(i) < i.ws.walk_away_line
    {
        let draft = Draft::new(
            Action::Withdraw,
            format!(
                "Withdraw — it scores {}, under your walk-away line of {}, even if the fixable gaps were closed.",
                whole(i.card.total),
                whole(i.ws.walk_away_line)
            ),
        )
        .because(
            Rule::BelowWalkAway,
            format!("Total: {} of 100", whole(i.card.total)),
            "Below your walk-away line, and negotiation could not lift it above.",
        )
        .send(&[MessageKind::WithdrawWithReason, MessageKind::WithdrawKeepInTouch]);
        return saying_no(i, draft);
    }
    let questions = top_questions(i.card);
    let has_questions = !questions.is_empty();
    let mut draft = Draft::new(
        Action::KeepGoing { questions },
        "Keep going, and keep other options open until you hold a written offer.".to_string(),
    )
    .because(
        Rule::KeepGoingUntilOffer,
        format!("Stage: {}", i.o.stage.label()),
        "An interview is not a commitment. Nothing rules this out, so see it through while you keep looking.",
    )
    .then("Keep applying and interviewing elsewhere.")
    .unless("A confirmed dealbreaker, or deciding you don't want it, means withdraw promptly.")
    .unless("A written offer brings the offer rules into play.");
    if let Some(interview) = i.o.dates.interview {
        if interview <= i.today {
            draft = draft.send(&[MessageKind::ThankYou]);
        }
    }
    if i.o.dates.employer_decision.is_none() {
        draft = draft
            .send(&[MessageKind::AskTimeline])
            .then("Ask when they expect to decide, and use that date to plan your follow-ups.");
    }
    if has_questions {
        draft = draft.then("Use the next conversation to find out what you can't score yet.");
    }
    draft.send(&[MessageKind::StatusCheckFirst])
}

/// Whether the answer is due within the "soon" threshold.
fn deadline_is_soon(i: &Inputs) -> bool {
    let due = timeline::decision_due(i.o, &i.ws.settings, i.today);
    timeline::business_days_between(i.today, due, &i.ws.settings)
        <= i.ws.settings.soon_deadline_business_days as i32
}

/// Other open opportunities that score clearly better than this one.
fn better_options<'a>(i: &'a Inputs) -> Vec<(&'a Opportunity, &'a Scorecard)> {
    i.ws.opportunities
        .iter()
        .zip(i.cards)
        .enumerate()
        .filter(|(j, (other, card))| {
            *j != i.index
                && other.stage.is_active()
                && !other.not_interested
                && card.confidence > 0.0
                && card.total >= i.card.total + i.ws.settings.better_option_margin
        })
        .map(|(_, pair)| pair)
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

/// Ask for time, sized by the articles' ranges and stretched to cover the
/// latest stated decision date among `others`.
fn ask_for_time(i: &Inputs, others: Option<&[(&Opportunity, &Scorecard)]>) -> Draft {
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
        .unwrap_or(&[])
        .iter()
        .filter_map(|(o, _)| o.dates.employer_decision)
        .filter(|d| *d > i.today)
        .max();
    // One business day after they decide, so their answer is in hand.
    let needed = latest_other
        .map(|d| timeline::business_days_between(i.today, d, s) + 1)
        .unwrap_or(min as i32);
    let days = (needed.max(0) as u32).clamp(min, max);
    let until = timeline::add_business_days(i.today, days as i32, s);
    let headline = match (others.and_then(|o| o.first()), latest_other) {
        (Some((other, _)), Some(d)) => format!(
            "Ask for time until {} — {} decides on {}.",
            spoken_date(until),
            other.employer_name(),
            d.weekday().name()
        ),
        (Some((other, _)), None) => format!(
            "Ask for time until {} — {} is still deciding and scores higher.",
            spoken_date(until),
            other.employer_name()
        ),
        _ => format!(
            "Ask for time until {} — the deadline is close and you still have questions.",
            spoken_date(until)
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
        spoken_date(until)
    ))
    .unless("If they cannot give more time, decide on what you know by their deadline.")
}

fn offer_rules(i: &Inputs) -> Draft {
    let ws = i.ws;
    let settings = &ws.settings;
    let better = better_options(i);
    let soon = deadline_is_soon(i);
    let due = timeline::decision_due(i.o, settings, i.today);
    let tell_others = |mut draft: Draft| {
        if better.is_empty() {
            return draft;
        }
        // The same date in every message: spelled out once.
        let due = spoken_date(due);
        for (other, _) in &better {
            draft.related.push(RelatedMessage {
                opportunity_id: other.id.clone(),
                message: MessageKind::CompetingDeadline,
                why: format!(
                    "Tell {} you have an offer due on {due}, and ask whether they can decide by then.",
                    other.employer_name(),
                ),
            });
        }
        draft
    };

    // A close deadline while a better option is still in process.
    if soon && !better.is_empty() {
        let (other, other_card) = better[0];
        let draft = ask_for_time(i, Some(&better))
            .because(
                Rule::CompetingDeadline,
                format!(
                    "Deadline: {}; {} scores {} against {}",
                    spoken_date(due),
                    other.title(),
                    whole(other_card.total),
                    whole(i.card.total)
                ),
                "The answer is due soon while an option you rate higher is still in process: ask for time and tell the others your deadline.",
            )
            .send(&[MessageKind::CompetingDeadline])
            .then("Tell the other employers your deadline and ask whether they can decide by then.")
            .then("Keep interviewing discreetly; don't say you have accepted anywhere.");
        return tell_others(draft);
    }

    // Too much unknown.
    if i.card.confidence < settings.min_confidence {
        let input = format!(
            "Known: {}% of what matters (you need {}%)",
            whole(i.card.confidence * 100.0),
            whole(settings.min_confidence * 100.0)
        );
        let why =
            "Too much of the matrix is blank to decide well; the blanks are questions to ask.";
        if soon {
            return tell_others(ask_for_time(i, None).because(Rule::LowConfidence, input, why));
        }
        let questions = top_questions(i.card);
        let kinds = if i.o.international_move {
            MessageKind::MobilityQuestions
        } else {
            MessageKind::AskTimeline
        };
        return tell_others(
            Draft::new(
                Action::VerifyFacts { questions },
                format!(
                    "Find out more before {} — too much is still unknown to decide well.",
                    spoken_date(due)
                ),
            )
            .because(Rule::LowConfidence, input, why)
            .send(&[kinds])
            .then("Ask the open questions in writing.")
            .unless("Answers that fill in the matrix let the other rules decide."),
        );
    }

    // The few gaps worth raising, borrowed: they are copied into the action
    // only when the rules do decide to negotiate.
    let all_gaps = &i.findings.gaps;
    let gaps = &all_gaps[..all_gaps.len().min(settings.max_negotiation_gaps)];
    let negotiate = |rule: Rule, input: String, text: &str| {
        let names: Vec<String> = gaps.iter().map(|g| lowercase_first(&g.label)).collect();
        Draft::new(
            Action::Negotiate {
                gaps: gaps.iter().map(FoundGap::to_gap).collect(),
                walk_away: ws.walk_away_line,
            },
            format!(
                "Negotiate {} — then decide against your walk-away line of {}.",
                join_words(&names),
                whole(ws.walk_away_line)
            ),
        )
        .because(rule, input, text)
        .send(&[MessageKind::NegotiationAsk])
        .then("Ask for the few changes that matter, in one message, with a reason for each.")
        .then("Get any change in writing.")
        .unless("If they can't move on these, weigh the offer as it stands against your walk-away line.")
    };

    // Below the walk-away line.
    if i.card.total < ws.walk_away_line {
        let input = format!(
            "Total: {}; walk-away line: {}",
            whole(i.card.total),
            whole(ws.walk_away_line)
        );
        if !gaps.is_empty() && !i.o.verbal_negotiation && best_case(i) >= ws.walk_away_line {
            return tell_others(negotiate(
                Rule::NegotiableGaps,
                input,
                "It sits under your walk-away line, but closing the negotiable gaps would lift it above: try that first.",
            ));
        }
        let topic = match i.card.weakest_axis() {
            Some(crate::core::model::Axis::Compensation) => Topic::Compensation,
            Some(crate::core::model::Axis::LifeContext) if i.o.international_move => {
                Topic::Mobility
            }
            _ => Topic::RoleFit,
        };
        let draft = Draft::new(
            Action::Decline,
            format!(
                "Decline — it scores {}, under your walk-away line of {}, and negotiating could not change that.",
                whole(i.card.total),
                whole(ws.walk_away_line)
            ),
        )
        .because(
            Rule::BelowWalkAway,
            input,
            if i.o.verbal_negotiation {
                "You have already negotiated and it is still under your walk-away line."
            } else {
                "Even with the fixable gaps closed it would stay under your walk-away line."
            },
        )
        .send(&[topic.decline_message()]);
        return saying_no(i, draft);
    }

    if i.o.goals_alignment.conflicts() && i.card.total < ws.accept_line {
        let draft = Draft::new(
            Action::Decline,
            "Decline — the offer pulls against your goals and doesn't clear your accept line."
                .to_string(),
        )
        .because(
            Rule::GoalsConflict,
            "Goals: works against one, advances neither",
            "A role that works against your one- or three-year goals costs you momentum.",
        )
        .send(&[MessageKind::DeclineRoleFit]);
        return saying_no(i, draft);
    }

    if !gaps.is_empty() && !i.o.verbal_negotiation {
        let input = gaps
            .iter()
            .map(|g| match g.score {
                Some(s) => format!("{}: {s} of 5", g.label),
                None => g.label.to_string(),
            })
            .collect::<Vec<_>>()
            .join("; ");
        return tell_others(negotiate(
            Rule::NegotiableGaps,
            input,
            "These fall short but an employer can usually change them, and the offer is above your walk-away line.",
        ));
    }

    let mut in_writing = Vec::new();
    if i.o.stage == Stage::VerbalOffer || !i.o.offer_in_writing {
        in_writing.push("the full offer: pay, title, start date and contract terms".to_string());
    }
    in_writing.extend(i.findings.verbal_only.iter().map(|what| what.to_string()));
    if !in_writing.is_empty() {
        let terms = join_words(&in_writing);
        let input = format!("Only spoken so far: {terms}");
        let verb = if in_writing.len() == 1 { "is" } else { "are" };
        let headline = format!("Say yes only once {terms} {verb} in writing.");
        let mobility = !i.findings.verbal_only.is_empty();
        let mut draft = Draft::new(Action::AcceptWithConditions { in_writing }, headline)
            .because(
                Rule::GetItInWriting,
                input,
                "Spoken promises can disappear; hold off accepting until they are written into the offer.",
            )
            .then("Ask for the missing terms in writing.")
            .then("Accept once they arrive as promised.")
            .unless("If they won't put it in writing, treat it as not offered.");
        if mobility {
            draft = draft
                .send(&[MessageKind::MobilityQuestions])
                .then("Map the move's timeline and what it means for your family before you sign.");
        }
        return tell_others(draft.send(&[MessageKind::ConditionalAcceptance]));
    }

    let accept = |draft: Draft| {
        let mut draft = draft
            .send(&[MessageKind::WrittenAcceptance])
            .then("Accept in writing and confirm the start date.")
            .then("Give notice at your current job with a handover plan.")
            .unless("A better written offer arriving before you accept.");
        for (other, card) in
            i.ws.opportunities
                .iter()
                .zip(i.cards)
                .enumerate()
                .filter_map(|(j, pair)| (j != i.index).then_some(pair))
        {
            let _ = card;
            if other.stage.is_active() {
                draft.related.push(RelatedMessage {
                    opportunity_id: other.id.clone(),
                    message: MessageKind::DeclineAcceptedElsewhere,
                    why: format!("Once you accept, tell {} promptly.", other.employer_name()),
                });
            }
        }
        draft
    };

    if i.card.total >= ws.accept_line {
        return accept(
            Draft::new(
                Action::Accept,
                format!(
                    "Accept — it scores {}, above your accept line of {}, with the terms in writing.",
                    whole(i.card.total),
                    whole(ws.accept_line)
                ),
            )
            .because(
                Rule::AboveAcceptLine,
                format!(
                    "Total: {}; accept line: {}",
                    whole(i.card.total),
                    whole(ws.accept_line)
                ),
                "It clears your accept line, nothing rules it out, and what you need is in writing.",
            ),
        );
    }

    // Between the lines: staying put is the alternative.
    let input = format!(
        "This offer: {}; your current role: {}",
        whole(i.card.total),
        whole(i.current.total)
    );
    if i.current.confidence > 0.0 && i.current.total >= i.card.total {
        let draft = Draft::new(
            Action::Decline,
            "Decline — staying where you are scores as well or better.".to_string(),
        )
        .because(
            Rule::ComparedWithCurrentRole,
            input,
            "Between your walk-away and accept lines, and no better than what you have now.",
        )
        .send(&[MessageKind::DeclineRoleFit]);
        return saying_no(i, draft);
    }
    accept(
        Draft::new(
            Action::Accept,
            "Accept — it beats your current role and nothing is left to negotiate.".to_string(),
        )
        .because(
            Rule::ComparedWithCurrentRole,
            input,
            "Above your walk-away line, better than staying put, and nothing negotiable is left open.",
        ),
    )
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

/// "a", "a and b", "a, b and c".
fn join_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            // Grown in place: joining and then formatting would copy the
            // joined words into a second string.
            let mut words = rest.join(", ");
            words.push_str(" and ");
            words.push_str(last);
            words
        }
    }
}

/// Lower-cases the first letter, for an input used mid-sentence.
fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    // Sized once; collecting the characters would grow the string as it goes.
    let mut out = String::with_capacity(text.len());
    out.extend(first.to_lowercase());
    out.push_str(chars.as_str());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_words_lists_with_commas_and_a_final_and() {
        let cases: [(&[&str], &str); 4] = [
            (&[], ""),
            (&["pay"], "pay"),
            (&["pay", "title"], "pay and title"),
            (&["pay", "title", "start date"], "pay, title and start date"),
        ];
        for (items, expected) in cases {
            let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
            assert_eq!(join_words(&items), expected);
        }
    }

    #[test]
    fn lowercase_first_changes_only_the_first_letter() {
        let cases = [
            ("", ""),
            ("Base pay", "base pay"),
            ("visa sponsorship: no", "visa sponsorship: no"),
            ("ÉTÉ", "éTÉ"),
            // Lower-casing can lengthen a letter: İ becomes i and a combining dot.
            ("İstanbul office", "i\u{307}stanbul office"),
        ];
        for (text, expected) in cases {
            assert_eq!(lowercase_first(text), expected, "lower-casing {text:?}");
        }
    }

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
}
