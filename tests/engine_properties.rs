//! Invariants of the engine that must hold for any input.

use crossroads::core::assess::assess;
use crossroads::core::date::{Date, Weekday};
use crossroads::core::model::{
    Concern, ConcernBasis, ConcernWeight, EmploymentModel, NonNegotiable, Opportunity, Priorities,
    RequiredFact, Settings, Stage, Support, VisaSponsorship, Workspace,
};
use crossroads::core::scoring::scorecard;
use crossroads::core::timeline::add_business_days;
use proptest::prelude::*;

fn date() -> impl Strategy<Value = Date> {
    (-30_000i32..380_000).prop_map(Date::from_days)
}

fn near_date() -> impl Strategy<Value = Option<Date>> {
    proptest::option::of((20_400i32..20_600).prop_map(Date::from_days))
}

/// Scores for the twelve default criteria: unknown, or 0–7 (above 5 must clamp).
fn scores() -> impl Strategy<Value = Vec<Option<u8>>> {
    proptest::collection::vec(proptest::option::of(0u8..8), 12)
}

prop_compose! {
    fn opportunity(id: usize)(
        stage in 0usize..9,
        model in 0usize..5,
        visa in 0usize..4,
        relocation in 0usize..4,
        scores in scores(),
        flags in proptest::collection::vec(any::<bool>(), 6),
        dates in proptest::collection::vec(near_date(), 5),
        concerns in proptest::collection::vec((any::<bool>(), any::<bool>(), 0usize..13), 0..4),
        base in prop_oneof![Just(f64::NAN), Just(-1.0), 0.0f64..200_000.0],
        rounds in 0u8..6,
        remote in proptest::option::of(0u8..8),
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
        o.not_interested = flags[2];
        o.recruiter_involved = flags[3];
        o.verbal_negotiation = flags[4];
        o.dates.interview = dates[0];
        o.dates.offer = dates[1];
        o.dates.employer_decision = dates[2];
        o.dates.offer_deadline = dates[3];
        o.dates.closed = dates[4];
        o.compensation.base = base;
        o.interview_rounds = rounds;
        o.remote_days_per_week = remote;
        o.concerns = concerns.into_iter().enumerate().map(|(i, (fact, breaker, c))| Concern {
            id: format!("c{i}"),
            text: format!("concern {i}"),
            basis: if fact { ConcernBasis::Fact } else { ConcernBasis::Perception },
            weight: if breaker { ConcernWeight::Dealbreaker } else { ConcernWeight::Negotiable },
            criterion_id: priorities.criteria.get(c).map(|p| p.id.clone()),
            resolved: false,
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
        rules in proptest::collection::vec(0usize..6, 0..4),
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
            4 => NonNegotiable::Requires { fact: RequiredFact::MinimumBase { amount: 60_000.0 } },
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
