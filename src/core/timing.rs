//! The dates a person needs in view while deciding: when the answer is due,
//! when the 48–72 hour window after a written offer ends, how much time is
//! reasonable to ask for, and whether the reactions were written while fresh.
//!
//! The days to act on (`due` when it is ours to set, `ask_min`, `ask_max`)
//! are working days by the user's calendar. Two dates are any day, and say
//! so: the employer's own deadline, which is theirs to set, and the moment
//! the 48–72 hours after the offer run out, which is a count of hours shown
//! for information.

use crate::core::calendar::add_business_days;
use crate::core::date::Date;
use crate::core::model::{Opportunity, Settings};
use crate::core::timeline::decision_due;

/// The decision dates for one opportunity with an offer.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionDates {
    /// When the answer is due: their deadline as they gave it (any day), or
    /// the first working day once the decision window has run out.
    pub due: Date,
    /// Whether `due` is the employer's own deadline (rather than the window's end).
    pub due_is_deadline: bool,
    /// The day the 48–72 hours after a written offer run out, when the offer
    /// date is known: any day, since hours run on weekends too.
    pub window_ends: Option<Date>,
    /// The shortest reasonable extension, in business days, and the working
    /// day it reaches.
    pub ask_min: (u32, Date),
    /// The longest reasonable extension, in business days, and the working
    /// day it reaches.
    pub ask_max: (u32, Date),
}

/// Works out the decision dates for `o`, or `None` before an offer.
pub fn decision_dates(o: &Opportunity, settings: &Settings, today: Date) -> Option<DecisionDates> {
    if !o.stage.has_offer() {
        return None;
    }
    let window = Settings::hours_as_days(settings.decision_window_hours) as i32;
    let (min, max) = if o.international_move {
        (
            settings.ask_time_international_min_days,
            settings.ask_time_international_max_days,
        )
    } else {
        (
            settings.ask_time_local_min_days,
            settings.ask_time_local_max_days,
        )
    };
    let max = max.max(min);
    Some(DecisionDates {
        due: decision_due(o, settings, today),
        due_is_deadline: o.dates.offer_deadline.is_some(),
        window_ends: o.dates.offer.map(|d| d.add_days(window)),
        ask_min: (min, add_business_days(today, min as i32, settings)),
        ask_max: (max, add_business_days(today, max as i32, settings)),
    })
}

/// Whether the first reactions have been written down while fresh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureNudge {
    /// No interview date yet: nothing to time it against.
    NoInterview,
    /// The interview is still ahead.
    Upcoming(Date),
    /// Within a day of the interview: write them now, while they are fresh.
    WriteNow {
        /// The interview.
        interview: Date,
    },
    /// More than a day has passed and nothing is written yet.
    Late {
        /// The interview.
        interview: Date,
        /// Days since.
        days: i32,
    },
    /// Written down on this date.
    Captured(Date),
}

/// The nudge to show on the reactions step: memory rewrites first
/// impressions within a day or so, so the app asks for them within 24 hours.
pub fn capture_nudge(o: &Opportunity, today: Date) -> CaptureNudge {
    if let Some(on) = o.reactions.captured_on {
        return CaptureNudge::Captured(on);
    }
    match o.latest_round_date() {
        None => CaptureNudge::NoInterview,
        Some(d) if d > today => CaptureNudge::Upcoming(d),
        Some(d) if d.days_until(today) <= 1 => CaptureNudge::WriteNow { interview: d },
        Some(d) => CaptureNudge::Late {
            interview: d,
            days: d.days_until(today),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::Stage;

    fn day(n: u32) -> Date {
        Date::from_ymd(2026, 3, n).unwrap()
    }

    #[test]
    fn offer_dates_follow_the_settings() {
        // Monday 2 March 2026.
        let mut o = Opportunity::new("a");
        assert_eq!(decision_dates(&o, &Settings::default(), day(2)), None);
        o.stage = Stage::WrittenOffer;
        o.dates.offer = Some(day(2));
        let d = decision_dates(&o, &Settings::default(), day(2)).unwrap();
        assert_eq!(d.window_ends, Some(day(5)));
        assert_eq!(d.due, day(5));
        assert!(!d.due_is_deadline);
        assert_eq!(d.ask_min, (3, day(5)));
        assert_eq!(d.ask_max, (7, day(11)));
        o.international_move = true;
        o.dates.offer_deadline = Some(day(6));
        let d = decision_dates(&o, &Settings::default(), day(2)).unwrap();
        assert!(d.due_is_deadline);
        assert_eq!(d.due, day(6));
        assert_eq!(d.ask_max, (10, day(16)));
    }

    #[test]
    fn days_to_act_on_are_working_days_by_the_users_calendar() {
        use crate::core::date::Weekday;
        let d = |m, n| Date::from_ymd(2026, m, n).unwrap();
        let sat_sun = Settings::default();
        let fri_sat = Settings {
            weekend_days: vec![Weekday::Friday, Weekday::Saturday],
            ..Settings::default()
        };
        let easter = Settings {
            holidays: vec![d(4, 3), d(4, 6)],
            ..Settings::default()
        };
        // (case, settings, offer received, today, window ends, due, ask_min's day)
        let rows = [
            // Thursday + 72 h is Sunday: answer on Monday.
            (
                "Thursday offer, Sat–Sun",
                &sat_sun,
                d(3, 5),
                d(3, 5),
                d(3, 8),
                d(3, 9),
                d(3, 10),
            ),
            // Tuesday + 72 h is Friday, a day off: answer on Sunday;
            // 3 working days from Tuesday skip Friday and Saturday.
            (
                "Tuesday offer, Fri–Sat",
                &fri_sat,
                d(3, 3),
                d(3, 3),
                d(3, 6),
                d(3, 8),
                d(3, 8),
            ),
            // Tuesday 31 March + 72 h is Good Friday: past Easter Monday to Tuesday.
            (
                "Offer before Easter",
                &easter,
                d(3, 31),
                d(3, 31),
                d(4, 3),
                d(4, 7),
                d(4, 7),
            ),
        ];
        for (case, settings, offer, today, window_ends, due, ask_min) in rows {
            let mut o = Opportunity::new("a");
            o.stage = Stage::WrittenOffer;
            o.dates.offer = Some(offer);
            let dates = decision_dates(&o, settings, today).unwrap();
            assert_eq!(dates.window_ends, Some(window_ends), "{case}");
            assert_eq!(dates.due, due, "{case}");
            assert_eq!(dates.ask_min.1, ask_min, "{case}");
            for day in [dates.due, dates.ask_min.1, dates.ask_max.1] {
                assert!(settings.is_business_day(day), "{case}: {day}");
            }
        }
        // The employer's own deadline stays theirs, even on a Saturday.
        let mut o = Opportunity::new("a");
        o.stage = Stage::WrittenOffer;
        o.dates.offer_deadline = Some(d(3, 7));
        let dates = decision_dates(&o, &sat_sun, d(3, 2)).unwrap();
        assert_eq!((dates.due, dates.due_is_deadline), (d(3, 7), true));
    }

    #[test]
    fn nudge_asks_within_a_day() {
        let mut o = Opportunity::new("a");
        assert_eq!(capture_nudge(&o, day(2)), CaptureNudge::NoInterview);
        o.add_round(Some(day(4)));
        assert_eq!(capture_nudge(&o, day(2)), CaptureNudge::Upcoming(day(4)));
        assert_eq!(
            capture_nudge(&o, day(5)),
            CaptureNudge::WriteNow { interview: day(4) }
        );
        assert_eq!(
            capture_nudge(&o, day(8)),
            CaptureNudge::Late {
                interview: day(4),
                days: 4
            }
        );
        o.reactions.captured_on = Some(day(4));
        assert_eq!(capture_nudge(&o, day(8)), CaptureNudge::Captured(day(4)));
    }
}
