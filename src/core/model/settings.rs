//! The user's calendar and every number the rules use.
//!
//! Each threshold is a field here, so no rule hides a magic number and a user
//! (or a test) can change any of them. A default is the articles' figure
//! where they give one, and a Crossroads default where they give none;
//! [`crate::core::settings_form`] says which is which, field by field.

use crate::core::date::{Date, Weekday};
use serde::{Deserialize, Serialize};

/// Calendar and thresholds.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Settings {
    /// Your name, for signing messages; empty until you give it.
    pub your_name: String,
    /// Days that are not working days. Saturday and Sunday by default;
    /// Friday and Saturday, or a single day, are just as valid.
    pub weekend_days: Vec<Weekday>,
    /// Public holidays and other days off, skipped like weekends.
    pub holidays: Vec<Date>,
    /// Home currency code; the value comparison converts into it.
    pub currency: String,

    // Scoring.
    /// Below this share of known weight (0–1) the matrix is too incomplete to
    /// accept on; the engine asks you to find out more first. A Crossroads
    /// default.
    pub min_confidence: f64,
    /// A criterion scored below this (out of 5) counts as a gap worth raising.
    /// A Crossroads default.
    pub gap_score: u8,
    /// At most this many gaps go into a negotiation: focus on the few that
    /// would change your decision, not a long list (the articles' advice; the
    /// number is a Crossroads default).
    pub max_negotiation_gaps: usize,
    /// Another option counts as "better" when its total is at least this many
    /// points (out of 100) higher. A Crossroads default.
    pub better_option_margin: f64,
    /// Years over which one-time payments and costs are spread in the yearly
    /// value. A Crossroads default.
    pub value_horizon_years: f64,

    // Timing.
    /// A deadline this many business days away or fewer counts as soon. A
    /// Crossroads default.
    pub soon_deadline_business_days: u32,
    /// Hours to decide after a written offer: the articles' 48–72 hour window.
    pub decision_window_hours: u32,
    /// The shortest time worth asking for, in business days, for a local
    /// offer: the articles' 3 of 3–7.
    pub ask_time_local_min_days: u32,
    /// The longest reasonable time to ask for locally, in business days: the
    /// articles' 7 of 3–7.
    pub ask_time_local_max_days: u32,
    /// The shortest time to ask for when the job means moving country, in
    /// business days: the articles' one week.
    pub ask_time_international_min_days: u32,
    /// The longest reasonable time to ask for with an international move, in
    /// business days: the articles' two weeks.
    pub ask_time_international_max_days: u32,
    /// Hours to evaluate a counteroffer once it is in writing: the articles'
    /// 24–72 hours.
    pub counteroffer_window_hours: u32,
    /// Working days after an interview by which the thank-you note goes out.
    /// The articles ask for a thank-you but give no day count: a Crossroads
    /// default.
    pub thank_you_within_days: u32,
    /// Business days after the employer's stated decision date before the
    /// first check: the articles' two.
    pub first_check_after_decision_business_days: u32,
    /// Calendar days after the interview before the first check when no date
    /// was given: the articles' one week (the check itself is moved to a
    /// working day).
    pub first_check_without_date_days: u32,
    /// Calendar days between the first, second and final checks: the
    /// articles' one week.
    pub check_interval_days: u32,
    /// An interview this many days away or fewer counts as imminent: withdraw
    /// before they spend more time on you. A Crossroads default.
    pub imminent_interview_days: u32,
    /// From this many interview rounds on, the relationship deserves a call
    /// (confirmed in writing) rather than only an email when you say no. The
    /// articles say "multiple rounds"; the number is a Crossroads default.
    /// The engine and the channel advice both read it.
    pub call_after_interview_rounds: u8,
    /// Months after declining for a light staying-in-touch note: the
    /// articles' three.
    pub touchpoint_after_months: u32,
    /// Months after declining from which a follow-up to reconnect makes
    /// sense: the start of the articles' 6–12 months.
    pub reengage_from_months: u32,
    /// Months after declining by which that follow-up is suggested: the end
    /// of the articles' 6–12 months. Nothing closes then; it is simply the
    /// last note the plan dates.
    pub reengage_until_months: u32,
    /// You would rather write than call: the channel advice suggests email
    /// first and offers a call as the alternative. Set by the "I would rather
    /// write than call" choice where a message is sent, and kept for every
    /// message.
    pub prefers_writing: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            your_name: String::new(),
            weekend_days: vec![Weekday::Saturday, Weekday::Sunday],
            holidays: Vec::new(),
            currency: "EUR".to_string(),
            min_confidence: 0.6,
            gap_score: 3,
            max_negotiation_gaps: 3,
            better_option_margin: 5.0,
            value_horizon_years: 3.0,
            soon_deadline_business_days: 3,
            decision_window_hours: 72,
            ask_time_local_min_days: 3,
            ask_time_local_max_days: 7,
            ask_time_international_min_days: 5,
            ask_time_international_max_days: 10,
            counteroffer_window_hours: 72,
            thank_you_within_days: 1,
            first_check_after_decision_business_days: 2,
            first_check_without_date_days: 7,
            check_interval_days: 7,
            imminent_interview_days: 3,
            call_after_interview_rounds: 3,
            touchpoint_after_months: 3,
            reengage_from_months: 6,
            reengage_until_months: 12,
            prefers_writing: false,
        }
    }
}

impl Settings {
    /// Whether `date` is a working day: not a weekend day, not a holiday.
    /// One definition for the whole app: see [`crate::core::calendar`].
    pub fn is_business_day(&self, date: Date) -> bool {
        crate::core::calendar::is_business_day(date, self)
    }

    /// Whole days in an hour-based window, at least one (72 h → 3 days).
    pub fn hours_as_days(hours: u32) -> u32 {
        hours.div_ceil(24).max(1)
    }
}
