//! Times a full recompute — scoring, value, rules and plans — for 10
//! opportunities × 15 criteria, and prints the median in microseconds; then
//! the same for the heavy-use workspace (200 × 30, tests/support/heavy.rs),
//! where anything that grows with the square of the opportunities shows.
//! Run with `cargo bench --bench engine`; the target is under 50 µs.
//! `cargo bench --bench engine -- --json` prints the same workspace as JSON
//! instead: scripts/bench/typing.mjs loads it into the browser app.

use crossroads::core::assess::assess;
use crossroads::core::date::Date;
use crossroads::core::model::{
    Axis, EmploymentModel, NonNegotiable, Opportunity, RequiredFact, Stage, Support,
    VisaSponsorship, Workspace,
};
use crossroads::core::money::Money;
use std::hint::black_box;

#[path = "../support/heavy.rs"]
mod heavy;
use std::time::Instant;

fn workspace(today: Date) -> Workspace {
    let mut ws = Workspace::sample(today);
    for (i, name) in ["Commute time", "Team size", "Travel"].iter().enumerate() {
        ws.priorities
            .add(format!("extra{i}"), *name, Axis::LifeContext);
    }
    ws.non_negotiables = vec![
        NonNegotiable::Requires {
            fact: RequiredFact::DirectEmployment,
        },
        NonNegotiable::Requires {
            fact: RequiredFact::VisaSponsorship,
        },
        NonNegotiable::MinimumScore {
            criterion_id: "base_pay".to_string(),
            minimum: 2,
        },
    ];
    let stages = [
        Stage::Interviewing,
        Stage::WrittenOffer,
        Stage::VerbalOffer,
        Stage::Counteroffer,
        Stage::Exploring,
    ];
    let ids: Vec<String> = ws
        .priorities
        .criteria
        .iter()
        .map(|p| p.id.clone())
        .collect();
    ws.opportunities = (0..10)
        .map(|i| {
            let mut o = Opportunity::new(format!("opp{i}"));
            o.employer = format!("Employer {i}");
            o.role = "Analyst".to_string();
            o.stage = stages[i % stages.len()];
            o.offer_in_writing = i % 2 == 0;
            o.employment_model = EmploymentModel::Direct;
            o.international_move = i % 3 == 0;
            o.mobility.visa_sponsorship = VisaSponsorship::Yes;
            o.mobility.relocation_support = Support::Verbal;
            o.set_latest_round_date(Some(today.add_days(-(i as i32))));
            o.dates.offer = Some(today.add_days(-1));
            o.dates.offer_deadline = Some(today.add_days(2 + i as i32));
            o.compensation.base = Money::major(50_000 + 1_000 * i as i64, "EUR");
            for (j, id) in ids.iter().enumerate() {
                o.set_score(id, ((i + j) % 7 != 0).then_some(((i * 3 + j) % 6) as u8));
            }
            o
        })
        .collect();
    ws
}

fn main() {
    let today = Date::from_ymd(2026, 3, 2).expect("valid date");
    let ws = workspace(today);
    assert_eq!(ws.priorities.criteria.len(), 15);
    if std::env::args().any(|a| a == "--json") {
        println!(
            "{}",
            serde_json::to_string(&ws).expect("a workspace serializes")
        );
        return;
    }
    let (median, p90) = time(&ws, today, 2_000);
    println!(
        "assess: 10 opportunities × 15 criteria — median {median:.1} µs, p90 {p90:.1} µs per recompute (target < 50 µs)"
    );
    let heavy = heavy::heavy_workspace(today);
    let (median, p90) = time(&heavy, today, 200);
    println!(
        "assess heavy: {} opportunities × {} criteria — median {median:.0} µs, p90 {p90:.0} µs per recompute",
        heavy::OPPORTUNITIES,
        heavy::CRITERIA
    );
}

/// The median and p90 of `runs` recomputes, in microseconds, after a warm-up.
fn time(ws: &Workspace, today: Date, runs: usize) -> (f64, f64) {
    // Warm up caches and the allocator.
    for _ in 0..runs / 10 {
        black_box(assess(black_box(ws), today));
    }
    let mut samples: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(assess(black_box(ws), today));
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    (samples[samples.len() / 2], samples[samples.len() * 9 / 10])
}
