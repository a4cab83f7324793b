//! What the scenario tables share: the day they are set on and an
//! opportunity scored the same on every default criterion.

#![allow(dead_code)]

use crossroads::core::date::Date;
use crossroads::core::model::{EmploymentModel, Opportunity, Priorities, Stage};

/// Monday 2 March 2026.
pub fn today() -> Date {
    Date::from_ymd(2026, 3, 2).unwrap()
}

/// `offset` days from [`today`].
pub fn day(offset: i32) -> Date {
    today().add_days(offset)
}

/// An opportunity with every default criterion scored `score`.
pub fn scored(id: &str, stage: Stage, score: u8) -> Opportunity {
    let mut o = Opportunity::new(id);
    o.employer = format!("{id} Ltd");
    o.role = "Analyst".to_string();
    o.stage = stage;
    o.employment_model = EmploymentModel::Direct;
    for p in Priorities::default().criteria {
        o.set_score(&p.id, Some(score));
    }
    if stage.has_offer() {
        o.offer_in_writing = stage != Stage::VerbalOffer;
        o.dates.offer = Some(day(0));
        // A week to answer: not a "soon" deadline unless a row says so.
        o.dates.offer_deadline = Some(day(7));
    }
    o
}
