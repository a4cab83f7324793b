//! Invariants of the engine that must hold for any input.

use crossroads::core::assess::{assess, Assessment};
use crossroads::core::date::{Date, Weekday};
use crossroads::core::message_kind::{DeclineReason, MessageKind};
use crossroads::core::model::Addresses;
use crossroads::core::model::{
    Alignment, Concern, ConcernBasis, ConcernWeight, EmploymentModel, GoalsAlignment, LedgerEntry,
    LedgerKind, NonNegotiable, Opportunity, Priorities, RequiredFact, Reversibility, Settings,
    Stage, Support, VisaSponsorship, Workspace,
};
use crossroads::core::money::Money;
use crossroads::core::recommend::{is_exploding, late_dealbreaker, Action, Recommendation, Rule};
use crossroads::core::scoring::scorecard;
use crossroads::core::timeline::add_business_days;
use proptest::prelude::*;

fn date() -> impl Strategy<Value = Date> {
    (-30_000i32..380_000).prop_map(Date::from_days)
}

fn near_date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of((20_400i32..20_600).prop_map(Date::from_days))
}

/// Scores for the twelve default criteria: unknown (one in four), or 0–7
/// (above 5 must clamp).
fn scores() -> impl Strategy<Value = Vec<Option<u8>>> {
    proptest::collection::vec(proptest::option::weighted(0.75, 0u8..8), 12)
}

prop_compose! {
    fn opportunity(id: usize)(
        // Mostly open processes: a settled one meets only the first rule.
        stage in prop_oneof![4 => 0usize..5, 1 => 5usize..11],
        model in 0usize..5,
        visa in 0usize..4,
        relocation in 0usize..4,
        scores in scores(),
        flags in proptest::collection::vec(any::<bool>(), 6),
        dates in proptest::collection::vec(near_date(), 5),
        concerns in proptest::collection::vec((any::<bool>(), proptest::bool::weighted(0.25), 0usize..13, near_date()), 0..4),
        base in prop_oneof![Just(f64::NAN), Just(-1.0), 0.0f64..200_000.0],
        rounds in 0u8..6,
        remote in proptest::option::of(0u8..8),
        more in (
            0usize..5,
            proptest::collection::vec((0usize..3, -4i8..5), 0..4),
            proptest::collection::vec(0usize..4, 5),
            (0usize..4, 0usize..4),
            proptest::bool::weighted(0.1),
        ),
        journey in (
            near_date(),
            proptest::option::weighted(0.3, near_date()),
            proptest::collection::vec(0usize..13, 0..3),
            proptest::collection::vec(0usize..13, 0..4),
        ),
    ) -> Opportunity {
        let priorities = Priorities::default();
        let mut o = Opportunity::new(format!("o{id}"));
        o.stage = Stage::ALL[stage];
        o.employment_model = [EmploymentModel::Unknown, EmploymentModel::Direct, EmploymentModel::Agency, EmploymentModel::Contractor, EmploymentModel::FixedTerm][model];
        o.mobility.visa_sponsorship = [VisaSponsorship::Unknown, VisaSponsorship::Yes, VisaSponsorship::No, VisaSponsorship::Contingent][visa];
        o.mobility.relocation_support = [Support::Unknown, Support::None, Support::Verbal, Support::InWriting][relocation];
        for (p, s) in priorities.criteria.iter().zip(scores) {
            o.scores.extend(s.map(|s| (p.id.clone(), s)));
        }
        o.international_move = flags[0];
        o.offer_in_writing = flags[1];
        o.contract_signed = flags[2];

        o.recruiter_involved = flags[3];
        o.verbal_negotiation = flags[4];
        for _ in 0..rounds {
            o.add_round(None);
        }
        o.set_latest_round_date(dates[0]);
        o.dates.offer = dates[1];
        o.dates.employer_decision = dates[2];
        o.dates.offer_deadline = dates[3];
        o.dates.closed = dates[4];
        o.compensation.base = Money::from_major_f64(base, "");
        o.remote_days_per_week = remote;
        // Names and notes no sentence of the engine could contain by chance.
        o.employer = format!("Employer{id}");
        o.role = format!("Role{id}");
        let (reversibility, ledger, support, (one_year, three_years), not_interested) = more;
        o.not_interested = not_interested;
        o.reversibility = [Reversibility::Unknown, Reversibility::Yes, Reversibility::Likely, Reversibility::Unlikely, Reversibility::No][reversibility];
        o.ledger = ledger.into_iter().enumerate().map(|(i, (kind, size))| LedgerEntry {
            id: format!("l{i}"),
            kind: [LedgerKind::Benefit, LedgerKind::Cost, LedgerKind::LongTermImpact][kind],
            text: format!("ledger note {i}"),
            size,
        }).collect();
        let supports = [Support::Unknown, Support::None, Support::Verbal, Support::InWriting];
        let m = &mut o.mobility;
        for (field, s) in [&mut m.temporary_housing, &mut m.family_visas, &mut m.partner_work_rights, &mut m.tax_support, &mut m.integration_support].into_iter().zip(support) {
            *field = supports[s];
        }
        let alignments = [Alignment::Unknown, Alignment::Advances, Alignment::Neutral, Alignment::Conflicts];
        o.goals_alignment = GoalsAlignment { one_year: alignments[one_year], three_years: alignments[three_years] };
        // The later paths: an acceptance date, a counteroffer (on the current
        // role: its employer's), and a reason for looking (read only on the
        // current role).
        let (accepted, received, reason, improves) = journey;
        let ids = |picks: Vec<usize>| -> Vec<String> {
            picks.into_iter().filter_map(|c| priorities.criteria.get(c).map(|p| p.id.clone())).collect()
        };
        o.dates.accepted = accepted;
        o.counteroffer.received = received.flatten();
        o.counteroffer.improves = ids(improves);
        o.counteroffer.summary = format!("Zq counter summary of o{id}");
        o.looking_reason.criteria = ids(reason);
        o.looking_reason.text = format!("Zq looking reason of o{id}");
        o.concerns = concerns.into_iter().enumerate().map(|(i, (fact, breaker, c, raised))| Concern {
            id: format!("c{i}"),
            text: format!("Zq note {i} of o{id}"),
            basis: if fact { ConcernBasis::Fact } else { ConcernBasis::Perception },
            weight: if breaker { ConcernWeight::Dealbreaker } else { ConcernWeight::Negotiable },
            criterion_id: priorities.criteria.get(c).map(|p| p.id.clone()),
            resolved: false,
            raised,
        }).collect();
        o
    }
}

prop_compose! {
    fn workspace()(
        opportunities in (0usize..5).prop_flat_map(|n| (0..n).map(opportunity).collect::<Vec<_>>()),
        current in opportunity(99),
        weekend in proptest::collection::vec(0usize..7, 0..8),
        holidays in proptest::collection::vec((20_400i32..20_600).prop_map(Date::from_days), 0..10),
        weights in proptest::collection::vec(proptest::option::of(prop_oneof![Just(f64::NAN), -5.0f64..50.0]), 12),
        drop in 0usize..13,
        rules in proptest::collection::vec(0usize..6, 0..3),
        lines in (-20.0f64..120.0, -20.0f64..120.0),
        confidence in -0.5f64..1.5,
    ) -> Workspace {
        let mut ws = Workspace {
            opportunities,
            current_role: current,
            ..Workspace::default()
        };
        ws.settings = Settings {
            weekend_days: weekend.into_iter().map(|i| Weekday::ALL[i]).collect(),
            holidays,
            min_confidence: confidence,
            ..Settings::default()
        };
        for (p, w) in ws.priorities.criteria.iter_mut().zip(weights) {
            p.weight = w;
        }
        ws.priorities.criteria.truncate(drop);
        ws.non_negotiables = rules.into_iter().map(|r| match r {
            0 => NonNegotiable::Requires { fact: RequiredFact::VisaSponsorship },
            1 => NonNegotiable::Requires { fact: RequiredFact::DirectEmployment },
            2 => NonNegotiable::Requires { fact: RequiredFact::RemoteDaysAtLeast { days: 2 } },
            3 => NonNegotiable::Requires { fact: RequiredFact::RelocationSupportInWriting },
            4 => NonNegotiable::Requires { fact: RequiredFact::MinimumBase { amount: Money::major(60_000, "EUR") } },
            _ => NonNegotiable::MinimumScore { criterion_id: "base_pay".into(), minimum: 3 },
        }).collect();
        ws.walk_away_line = lines.0;
        ws.accept_line = lines.1;
        ws
    }
}

fn scored(scores: &[Option<u8>]) -> Opportunity {
    let mut o = Opportunity::new("x");
    for (p, s) in Priorities::default().criteria.iter().zip(scores) {
        o.set_score(&p.id, *s);
    }
    o
}

proptest! {
    #[test]
    fn totals_stay_within_0_to_100(s in scores(), weights in proptest::collection::vec(proptest::option::of(-5.0f64..100.0), 12)) {
        let mut p = Priorities::default();
        for (c, w) in p.criteria.iter_mut().zip(weights) { c.weight = w; }
        let card = scorecard(&scored(&s), &p);
        prop_assert!((0.0..=100.0).contains(&card.total));
        prop_assert!((0.0..=1.0).contains(&card.confidence));
        for axis in &card.axes {
            if let Some(t) = axis.total { prop_assert!((0.0..=100.0).contains(&t)); }
        }
    }

    #[test]
    fn raising_one_score_never_lowers_the_total(s in scores(), which in 0usize..12) {
        let p = Priorities::default();
        let before = scorecard(&scored(&s), &p).total;
        let mut raised = s.clone();
        // Raise a known score by one, up to the top.
        if let Some(v) = raised[which] { raised[which] = Some(v.min(5).saturating_add(1).min(5)); }
        let after = scorecard(&scored(&raised), &p).total;
        prop_assert!(after >= before - 1e-9, "{before} → {after}");
    }

    #[test]
    fn scaling_all_weights_keeps_the_ranking(
        columns in proptest::collection::vec(scores(), 2..6),
        weights in proptest::collection::vec(0.1f64..10.0, 12),
        factor in 0.01f64..100.0,
    ) {
        let rank = |scale: f64| {
            let mut p = Priorities::default();
            for (c, w) in p.criteria.iter_mut().zip(&weights) { c.weight = Some(w * scale); }
            columns.iter().map(|s| scorecard(&scored(s), &p).total).collect::<Vec<f64>>()
        };
        let (a, b) = (rank(1.0), rank(factor));
        for i in 0..a.len() {
            for j in 0..a.len() {
                // Only compare pairs that are not tied to rounding noise.
                if (a[i] - a[j]).abs() > 1e-6 {
                    prop_assert_eq!(a[i] > a[j], b[i] > b[j]);
                }
            }
        }
    }

    #[test]
    fn business_days_round_trip(start in date(), n in 0i32..60, weekend in proptest::collection::vec(0usize..7, 0..4), holidays in proptest::collection::vec(20_400i32..20_600, 0..10)) {
        let settings = Settings {
            weekend_days: weekend.into_iter().map(|i| Weekday::ALL[i]).collect(),
            holidays: holidays.into_iter().map(Date::from_days).collect(),
            ..Settings::default()
        };
        // Start from a working day so the walk back has somewhere to land.
        let start = add_business_days(add_business_days(start, 1, &settings), -1, &settings);
        prop_assume!(start.ymd().0 > Date::MIN_YEAR && start.ymd().0 < Date::MAX_YEAR);
        let there = add_business_days(start, n, &settings);
        prop_assert_eq!(add_business_days(there, -n, &settings), start);
        prop_assert!(there >= start);
    }

    #[test]
    fn assess_never_panics_and_plans_strictly_increase(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        prop_assert_eq!(result.opportunities.len(), ws.opportunities.len());
        for a in &result.opportunities {
            prop_assert!((0.0..=100.0).contains(&a.scorecard.total));
            prop_assert!(!a.recommendation.headline.is_empty());
            prop_assert!(!a.recommendation.reasons.is_empty());
            let steps = &a.recommendation.follow_ups.steps;
            for pair in steps.windows(2) {
                prop_assert!(pair[0].date < pair[1].date, "{:?}", steps);
            }
        }
        // Whatever the engine produces can be stored and read back.
        let text = serde_json::to_string(&result).unwrap();
        prop_assert!(!text.is_empty());
    }
}

/// Workspaces of plain written offers (no dealbreakers, notes or moves
/// abroad) against a current role with nothing scored: the comparison with
/// staying put is what decides many of them.
fn plain_offers() -> impl Strategy<Value = Workspace> {
    workspace().prop_map(|mut ws| {
        ws.non_negotiables.clear();
        ws.current_role.scores.clear();
        for o in &mut ws.opportunities {
            o.stage = Stage::WrittenOffer;
            o.offer_in_writing = true;
            o.not_interested = false;
            o.international_move = false;
            o.concerns.clear();
            o.goals_alignment = GoalsAlignment::default();
            o.employment_model = EmploymentModel::Direct;
        }
        ws
    })
}

/// No headline or reason gives an option that is not scored at all a score.
fn no_score_for_the_unscored(ws: &Workspace, today: Date) -> Result<(), TestCaseError> {
    let result = assess(ws, today);
    let current_unscored = result.current_role.confidence == 0.0;
    for (_, rec, confidence) in each(ws, &result) {
        for text in sentences(rec) {
            if confidence == 0.0 {
                for said in ["Total: 0", "This offer: 0", "against 0", "it scores 0"] {
                    prop_assert!(!text.contains(said), "{:?} in {:?}", said, text);
                }
            }
            if current_unscored {
                prop_assert!(!text.contains("current role: 0"), "{}", text);
                prop_assert!(!text.contains("beats your current role"), "{}", text);
            }
            for (other, other_card) in ws.opportunities.iter().zip(&result.opportunities) {
                if other_card.scorecard.confidence == 0.0 {
                    let quoted = format!("{} scores", other.title());
                    prop_assert!(!text.contains(&quoted), "{}", text);
                }
            }
        }
    }
    Ok(())
}

/// The say-no actions (taking back an acceptance is one).
fn says_no(action: &Action) -> bool {
    matches!(
        action,
        Action::Decline | Action::Withdraw | Action::BackOut { .. }
    )
}

/// Every opportunity with its recommendation and scorecard confidence.
fn each<'a>(
    ws: &'a Workspace,
    result: &'a Assessment,
) -> impl Iterator<Item = (&'a Opportunity, &'a Recommendation, f64)> {
    ws.opportunities
        .iter()
        .zip(&result.opportunities)
        .map(|(o, a)| {
            assert_eq!(o.id, a.opportunity_id);
            (o, &a.recommendation, a.scorecard.confidence)
        })
}

/// The headline and every reason, as the user reads them.
fn sentences(rec: &Recommendation) -> Vec<&str> {
    let mut out = vec![rec.headline.as_str()];
    for r in &rec.reasons {
        out.push(&r.input);
        out.push(&r.text);
    }
    out
}

/// Whether `o` is still open, wanted and far enough along (in interviews or
/// with an offer) to be a real alternative.
fn live(o: &Opportunity) -> bool {
    o.stage.is_active() && !o.not_interested && o.stage != Stage::Exploring
}

fn known_enough(confidence: f64, settings: &Settings) -> bool {
    confidence > 0.0 && confidence >= settings.min_confidence
}

proptest! {
    #[test]
    fn a_no_always_carries_its_reason_and_nothing_else_does(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        for (o, rec, _) in each(&ws, &result) {
            prop_assert_eq!(says_no(&rec.action), rec.decline_reason.is_some(), "{}: {:?} {:?}", o.id, rec.action, rec.decline_reason);
        }
    }

    #[test]
    fn headlines_never_quote_a_note(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        let notes: Vec<&str> = ws.opportunities.iter().flat_map(|o| &o.concerns).map(|c| c.text.trim()).collect();
        for (_, rec, _) in each(&ws, &result) {
            for note in &notes {
                prop_assert!(!rec.headline.contains(note), "{:?} quotes {:?}", rec.headline, note);
            }
            prop_assert!(!rec.headline.to_lowercase().contains("zq note"), "{}", rec.headline);
            prop_assert!(!rec.headline.contains("dealbreaker):"), "{}", rec.headline);
        }
    }

    #[test]
    fn before_an_offer_it_is_always_a_withdrawal(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        for (o, rec, _) in each(&ws, &result) {
            if o.stage.has_offer() {
                continue;
            }
            prop_assert!(rec.action != Action::Decline, "{}: {:?}", o.id, rec.action);
            if o.stage.is_active() {
                prop_assert!(!rec.headline.to_lowercase().contains("decline"), "{}", rec.headline);
            }
        }
        // Messages set off by another opportunity follow the stage of the one
        // they go to.
        for (_, rec, _) in each(&ws, &result) {
            for m in &rec.related_messages {
                let to = ws.opportunities.iter().find(|o| o.id == m.opportunity_id).unwrap();
                if !to.stage.has_offer() {
                    prop_assert!(!matches!(m.message, MessageKind::DeclineAcceptedElsewhere | MessageKind::DeclineRoleFit | MessageKind::DeclineCompensation | MessageKind::DeclineEmploymentModel | MessageKind::DeclineMobility), "{:?} to {}", m.message, to.id);
                }
            }
        }
    }

    #[test]
    fn a_competing_deadline_only_goes_to_the_others(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        for (o, rec, _) in each(&ws, &result) {
            prop_assert!(!rec.messages.contains(&MessageKind::CompetingDeadline), "{}: {:?}", o.id, rec.messages);
            for m in rec.related_messages.iter().filter(|m| m.message == MessageKind::CompetingDeadline) {
                prop_assert!(m.opportunity_id != o.id);
                let to = ws.opportunities.iter().find(|x| x.id == m.opportunity_id).unwrap();
                prop_assert!(!to.stage.has_offer() && to.stage.is_active(), "{:?} told about a deadline", to.stage);
            }
        }
    }

    #[test]
    fn unscored_is_never_quoted_as_a_score(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        no_score_for_the_unscored(&ws, today)?;
    }

    #[test]
    fn an_unscored_current_role_is_never_beaten(ws in plain_offers(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        no_score_for_the_unscored(&ws, today)?;
    }

    #[test]
    fn an_offer_is_never_simply_accepted_while_an_option_is_unknown(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        for (o, rec, _) in each(&ws, &result) {
            if rec.action != Action::Accept {
                continue;
            }
            for (other, a) in ws.opportunities.iter().zip(&result.opportunities) {
                if other.id != o.id && live(other) {
                    prop_assert!(known_enough(a.scorecard.confidence, &ws.settings), "{} accepted while {} is {}% known", o.id, other.id, a.scorecard.confidence * 100.0);
                }
            }
            // Accepted between the lines only against a current role that is known.
            if rec.reasons.iter().any(|r| r.rule == crossroads::core::recommend::Rule::ComparedWithCurrentRole) {
                prop_assert!(known_enough(result.current_role.confidence, &ws.settings));
            }
        }
    }

    #[test]
    fn an_unscored_process_in_play_rules_out_a_plain_yes(
        ws in workspace(),
        stage in 1usize..5,
        decision in near_date(),
        today in (20_400i32..20_600).prop_map(Date::from_days),
    ) {
        // Whatever else is going on, one more live process with nothing
        // scored is an unknown, not a zero: no offer gets a plain yes.
        let mut ws = ws;
        let mut rival = Opportunity::new("unscored-rival");
        rival.stage = Stage::ALL[stage];
        rival.dates.employer_decision = decision;
        ws.opportunities.push(rival);
        let result = assess(&ws, today);
        for (o, rec, _) in each(&ws, &result) {
            prop_assert!(rec.action != Action::Accept, "{} accepted: {}", o.id, rec.headline);
        }
    }

    #[test]
    fn no_sponsorship_or_no_relocation_abroad_means_no(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        let accepted = ws.opportunities.iter().any(|o| o.stage == Stage::Accepted);
        for (o, rec, _) in each(&ws, &result) {
            let refused = o.mobility.visa_sponsorship == VisaSponsorship::No || o.mobility.relocation_support == Support::None;
            if !o.international_move || !refused || !o.stage.is_active() {
                continue;
            }
            prop_assert!(says_no(&rec.action), "{}: {:?}", o.id, rec.action);
            if !accepted {
                prop_assert_eq!(rec.decline_reason, Some(DeclineReason::MobilityConstraints));
            }
        }
    }

    #[test]
    fn a_no_is_never_sold_as_easy_to_take_back(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        for (o, rec, _) in each(&ws, &result) {
            for line in &rec.would_change {
                let line = line.to_lowercase();
                for reassurance in ["by mistake", "take it back", "window to reconnect", "easy to undo"] {
                    prop_assert!(!line.contains(reassurance), "{:?}", line);
                }
            }
            if says_no(&rec.action) && matches!(o.reversibility, Reversibility::Unlikely | Reversibility::No) {
                prop_assert!(rec.would_change.iter().any(|l| l.contains("hard to undo")), "{:?}", rec.would_change);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Taking back an acceptance is advised only for a real better option:
    /// an open offer held in writing that scores higher, or a confirmed
    /// dealbreaker raised after the yes; and always with its cost said.
    #[test]
    fn backing_out_needs_a_real_better_option(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        for (o, a) in ws.opportunities.iter().zip(&result.opportunities) {
            let rec = &a.recommendation;
            let Action::BackOut { signed } = rec.action else {
                continue;
            };
            prop_assert_eq!(o.stage, Stage::Accepted);
            let better = ws.opportunities.iter().zip(&result.opportunities).any(|(other, b)| {
                other.id != o.id
                    && matches!(other.stage, Stage::WrittenOffer | Stage::Counteroffer)
                    && other.offer_in_writing
                    && b.scorecard.total > a.scorecard.total
            });
            prop_assert!(better || late_dealbreaker(o).is_some(), "{}: {}", o.id, rec.headline);
            prop_assert!(rec.headline.contains("goodwill"), "{}", rec.headline);
            prop_assert!(rec.messages.starts_with(&[MessageKind::BackOutCallScript, MessageKind::BackOutConfirmation]), "{:?}", rec.messages);
            prop_assert_eq!(signed, o.contract_signed || o.dates.signed.is_some());
            if signed {
                prop_assert!(rec.headline.contains("rescission"), "{}", rec.headline);
            }
            prop_assert!(rec.decline_reason.is_some());
        }
    }

    /// A counteroffer that does not fix every part of why the user started
    /// looking never keeps them: no advice to stay, no yes to the new
    /// employer's counteroffer; and with an offer open, the current
    /// employer's is always checked against the reason.
    #[test]
    fn a_counteroffer_that_misses_the_reason_never_wins(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        let current = &ws.current_role;
        let reason = &current.looking_reason;
        let theirs = current.counteroffer.addresses(reason);
        for (o, rec, _) in each(&ws, &result) {
            if theirs != Addresses::Fully {
                for staying in [MessageKind::DeclineStayingInRole, MessageKind::StayingCallScript] {
                    prop_assert!(!rec.messages.contains(&staying), "{}: {:?}", o.id, rec.messages);
                }
            }
            if current.counteroffer.is_made() && o.stage.has_offer() && o.stage != Stage::Counteroffer {
                prop_assert!(rec.has_rule(Rule::CounterofferAgainstReason), "{}: {:?}", o.id, rec.reasons);
                if matches!(theirs, Addresses::No | Addresses::Partly) {
                    prop_assert!(rec.messages.contains(&MessageKind::DeclineCurrentCounteroffer));
                }
            }
            let own = o.counteroffer.addresses(reason);
            if o.stage == Stage::Counteroffer && o.counteroffer.is_made() && matches!(own, Addresses::No | Addresses::Partly) {
                prop_assert!(!matches!(rec.action, Action::Accept | Action::AcceptWithConditions { .. }), "{}: {}", o.id, rec.headline);
            }
        }
    }

    /// An offer due in under two business days (by the user's own calendar)
    /// is asked about by phone whenever the advice is to ask for time, and
    /// only such an offer is.
    #[test]
    fn an_exploding_offer_is_asked_about_by_phone(ws in workspace(), today in (20_400i32..20_600).prop_map(Date::from_days)) {
        let result = assess(&ws, today);
        for (o, rec, _) in each(&ws, &result) {
            let exploding = is_exploding(o, &ws.settings, today);
            if rec.has_rule(Rule::ExplodingOffer) {
                prop_assert!(exploding, "{}: {}", o.id, rec.headline);
            }
            if matches!(rec.action, Action::AskForTime { .. }) && exploding {
                prop_assert_eq!(rec.messages.first(), Some(&MessageKind::ExplodingOfferCallScript));
                prop_assert!(!rec.messages.contains(&MessageKind::AskForTime));
                prop_assert!(rec.has_rule(Rule::ExplodingOffer));
            }
        }
    }
}

/// Sensitivity against brute force: every single change on each lever is
/// tried, and the smallest that changes the kind of advice must be the one
/// the search reports (same size; and the reported change really flips it).
mod sensitivity_by_brute_force {
    use super::*;
    use crossroads::core::recommend::{action_of, sensitivity, Change, MAX_WEIGHT_STEPS};
    use std::mem::discriminant;

    fn flips(ws: &Workspace, index: usize, today: Date, now: &Action) -> bool {
        discriminant(&action_of(ws, index, today)) != discriminant(now)
    }

    /// The reported change, applied, changes the advice.
    fn applied(ws: &Workspace, index: usize, change: &Change) -> Workspace {
        let mut ws = ws.clone();
        match change {
            Change::Score {
                criterion_id, to, ..
            } => {
                ws.opportunities[index].set_score(criterion_id, Some(*to));
            }
            Change::Weight {
                criterion_id, to, ..
            } => {
                ws.priorities.set_weight(criterion_id, Some(*to));
            }
            Change::BasePay { to, .. } => ws.opportunities[index].compensation.base = *to,
        }
        ws
    }

    fn smallest_score_flip(ws: &Workspace, index: usize, today: Date, now: &Action) -> Option<f64> {
        let mut best: Option<f64> = None;
        for p in &ws.priorities.criteria {
            let Some(from) = ws.opportunities[index].score(&p.id) else {
                continue;
            };
            for to in 0..=5u8 {
                let mut tried = ws.clone();
                tried.opportunities[index].set_score(&p.id, Some(to));
                if to != from && flips(&tried, index, today, now) {
                    let size = (from as f64 - to as f64).abs();
                    best = Some(best.map_or(size, |b: f64| b.min(size)));
                }
            }
        }
        best
    }

    fn smallest_weight_flip(
        ws: &Workspace,
        index: usize,
        today: Date,
        now: &Action,
    ) -> Option<f64> {
        let mut best: Option<f64> = None;
        let effective = ws.priorities.effective_weights();
        for (p, from) in ws.priorities.criteria.iter().zip(effective) {
            for k in 1..=MAX_WEIGHT_STEPS {
                for to in [from - k as f64, from + k as f64] {
                    if to < 0.0 {
                        continue;
                    }
                    let mut tried = ws.clone();
                    tried.priorities.set_weight(&p.id, Some(to));
                    if flips(&tried, index, today, now) {
                        let size = k as f64;
                        best = Some(best.map_or(size, |b: f64| b.min(size)));
                    }
                }
            }
        }
        best
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(40))]

        #[test]
        fn the_reported_flip_is_the_smallest_score_or_weight_change(
            // Plain offers mostly, where scores decide; any workspace too.
            ws in prop_oneof![3 => plain_offers(), 1 => workspace()],
            pick in 0usize..5,
            today in (20_400i32..20_600).prop_map(Date::from_days),
        ) {
            prop_assume!(!ws.opportunities.is_empty());
            let index = pick % ws.opportunities.len();
            let found = sensitivity(&ws, index, today);
            if !ws.opportunities[index].stage.is_active() {
                prop_assert_eq!(found.score, None);
                prop_assert_eq!(found.weight, None);
                return Ok(());
            }
            let now = action_of(&ws, index, today);
            for flip in [&found.score, &found.weight].into_iter().flatten() {
                let after = applied(&ws, index, &flip.change);
                prop_assert_eq!(&action_of(&after, index, today), &flip.becomes);
                prop_assert!(discriminant(&flip.becomes) != discriminant(&now));
            }
            prop_assert_eq!(found.score.as_ref().map(|f| f.change.size()), smallest_score_flip(&ws, index, today, &now));
            prop_assert_eq!(found.weight.as_ref().map(|f| f.change.size()), smallest_weight_flip(&ws, index, today, &now));
        }

        #[test]
        fn the_reported_base_pay_is_the_nearest_that_flips_to_the_cent(
            ws in prop_oneof![3 => plain_offers(), 1 => workspace()],
            pick in 0usize..5,
            today in (20_400i32..20_600).prop_map(Date::from_days),
            floors in proptest::collection::vec(1_000u32..6_000, 1..3),
            base in 1_000u32..6_000,
            rate in prop_oneof![Just(None), Just(Some(1.1)), Just(Some(0.85)), Just(Some(3.0))],
        ) {
            prop_assume!(!ws.opportunities.is_empty());
            let index = pick % ws.opportunities.len();
            let mut ws = ws;
            // One or two floors, all within the grid searched below.
            ws.non_negotiables.retain(|n| !matches!(n, NonNegotiable::Requires { fact: RequiredFact::MinimumBase { .. } }));
            for floor in floors {
                ws.non_negotiables.push(NonNegotiable::Requires { fact: RequiredFact::MinimumBase { amount: Money::major(floor.into(), "EUR") } });
            }
            ws.settings.currency = "EUR".into();
            ws.opportunities[index].compensation.base = Money::major(base.into(), "");
            ws.opportunities[index].compensation.exchange_rate = rate;
            prop_assume!(ws.opportunities[index].stage.is_active());
            let now = action_of(&ws, index, today);
            let found = sensitivity(&ws, index, today);
            prop_assert!(found.base_pay_applies);
            let from = Money::major(base.into(), "");
            let with_base = |b: Money| {
                let mut tried = ws.clone();
                tried.opportunities[index].compensation.base = b;
                tried
            };
            // Brute force over whole amounts from 1 to 8,000 (in cents).
            let grid = (1..=8_000i64)
                .map(|b| Money::major(b, ""))
                .filter(|b| flips(&with_base(*b), index, today, &now))
                .map(|b| (b.0 - from.0).abs() as f64)
                .fold(f64::INFINITY, f64::min);
            match &found.base_pay {
                Some(flip) => {
                    let Change::BasePay { to, .. } = flip.change else { unreachable!() };
                    prop_assert!(flips(&with_base(to), index, today, &now));
                    // Exact to the cent: one cent nearer does not flip.
                    let nearer = if to > from { Money(to.0 - 1) } else { Money(to.0 + 1) };
                    prop_assert!(!flips(&with_base(nearer), index, today, &now), "{:?} flips too", nearer);
                    // No whole amount on the grid is nearer, and the grid's
                    // nearest is within a unit (100 cents) of it.
                    prop_assert!(flip.change.size() <= grid, "{} vs grid {}", flip.change.size(), grid);
                    prop_assert!(grid - flip.change.size() < 100.0);
                }
                None => prop_assert!(grid.is_infinite(), "grid flips at distance {}", grid),
            }
        }
    }
}
