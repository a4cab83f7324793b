//! Working-day arithmetic on the user's own calendar: their weekend days and
//! holidays, nothing else.
//!
//! This is the bottom of the date stack: it reads [`Date`] and the calendar
//! part of [`Settings`] (`weekend_days`, `holidays`) and never a
//! recommendation or a plan, so the dependencies run one way:
//! `calendar` ← `timeline` ← `recommend`.
//!
//! ```
//! use crossroads::core::calendar::WorkingDays;
//! use crossroads::core::date::{Date, Weekday};
//!
//! // A Friday–Saturday weekend: Thursday plus one working day is Sunday.
//! let week = WorkingDays::new(&[Weekday::Friday, Weekday::Saturday], &[]);
//! let thursday = Date::from_ymd(2026, 3, 5).unwrap();
//! assert_eq!(week.add(thursday, 1), Date::from_ymd(2026, 3, 8).unwrap());
//! ```

use crate::core::date::{days_in_month, Date, Weekday};
use crate::core::model::Settings;

/// Guards every day-by-day walk: no real calendar has this many days off in a
/// row, so hitting it means the holidays cover years on end.
const MAX_WALK: i32 = 3_700;

/// A working week and its days off, in a form cheap to query in a loop (the
/// engine walks day by day on every recompute).
#[derive(Debug, Clone, Copy)]
pub struct WorkingDays<'a> {
    /// Days off by weekday index, Monday = 0.
    weekend: [bool; 7],
    holidays: &'a [Date],
}

impl<'a> WorkingDays<'a> {
    /// A calendar with these weekend days and holidays. With every day of
    /// the week marked as weekend there would be no working day at all, so
    /// every weekday counts instead and the arithmetic still ends.
    pub fn new(weekend_days: &[Weekday], holidays: &'a [Date]) -> WorkingDays<'a> {
        let mut weekend = [false; 7];
        for day in weekend_days {
            weekend[*day as usize] = true; // Monday = 0, as in Weekday::ALL.
        }
        if weekend.iter().all(|off| *off) {
            weekend = [false; 7];
        }
        WorkingDays { weekend, holidays }
    }

    /// The user's calendar from their settings.
    pub fn of(settings: &'a Settings) -> WorkingDays<'a> {
        WorkingDays::new(&settings.weekend_days, &settings.holidays)
    }

    /// Whether `date` is a working day: not a weekend day, not a holiday.
    pub fn is_working(&self, date: Date) -> bool {
        self.is_working_count(date.days())
    }

    /// [`WorkingDays::is_working`] on a raw day count, for the walks.
    fn is_working_count(&self, days: i32) -> bool {
        // 1970-01-01 was a Thursday, index 3 with Monday = 0.
        !self.weekend[(days + 3).rem_euclid(7) as usize]
            && !self.holidays.iter().any(|h| h.days() == days)
    }

    /// The date `n` working days after `date` (before it when `n` is
    /// negative). `n = 0` returns `date` unchanged, even on a day off.
    pub fn add(&self, date: Date, n: i32) -> Date {
        let step = n.signum();
        let mut left = n.abs();
        let mut current = date.days();
        let limit = MAX_WALK.saturating_mul(n.abs().max(1));
        let mut walked = 0;
        while left > 0 && walked < limit {
            current += step;
            walked += 1;
            if self.is_working_count(current) {
                left -= 1;
            }
        }
        // from_days clamps to the calendar's range, so the edges stay safe.
        Date::from_days(current)
    }

    /// Working days after `from` up to and including `to` (negative when
    /// `to` is earlier).
    pub fn between(&self, from: Date, to: Date) -> i32 {
        let (start, end, sign) = if to >= from {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let span = start.days_until(end).min(MAX_WALK * 10);
        let first = start.days();
        let count = (1..=span)
            .filter(|&i| self.is_working_count(first + i))
            .count() as i32;
        sign * count
    }

    /// `date` itself if it is a working day, otherwise the next one.
    pub fn on_or_next(&self, date: Date) -> Date {
        if self.is_working(date) {
            date
        } else {
            self.add(date, 1)
        }
    }

    /// The latest working day from `from` to `by`, both included, or `None`
    /// when every day in between is a day off (or `by` comes first).
    pub fn latest_within(&self, from: Date, by: Date) -> Option<Date> {
        if by < from {
            return None;
        }
        let last = if self.is_working(by) {
            by
        } else {
            self.add(by, -1)
        };
        (last >= from && self.is_working(last)).then_some(last)
    }
}

/// Whether `date` is a working day by the user's calendar.
pub fn is_business_day(date: Date, settings: &Settings) -> bool {
    WorkingDays::of(settings).is_working(date)
}

/// The date `n` business days after `date` (before it when `n` is negative).
/// `n = 0` returns `date` unchanged, even on a weekend.
pub fn add_business_days(date: Date, n: i32, settings: &Settings) -> Date {
    WorkingDays::of(settings).add(date, n)
}

/// Business days after `from` up to and including `to` (negative when `to`
/// is earlier).
pub fn business_days_between(from: Date, to: Date, settings: &Settings) -> i32 {
    WorkingDays::of(settings).between(from, to)
}

/// `date` itself if it is a business day, otherwise the next one.
pub fn on_or_next_business_day(date: Date, settings: &Settings) -> Date {
    WorkingDays::of(settings).on_or_next(date)
}

/// The latest business day from `from` to `by`, both included: the day to
/// act on when something is due by `by`. `None` when there is none.
pub fn last_business_day_within(from: Date, by: Date, settings: &Settings) -> Option<Date> {
    WorkingDays::of(settings).latest_within(from, by)
}

/// The same day `months` months later, or the month's last day when it is
/// shorter (31 January + 1 month = 28 or 29 February). Calendar months, not
/// working days: round the result with [`on_or_next_business_day`] when it
/// is a day to act on.
pub fn add_months(date: Date, months: u32) -> Date {
    let (y, m, d) = date.ymd();
    let index = i64::from(y) * 12 + i64::from(m - 1) + i64::from(months);
    let year =
        (index.div_euclid(12)).clamp(i64::from(Date::MIN_YEAR), i64::from(Date::MAX_YEAR)) as i32;
    let month = index.rem_euclid(12) as u32 + 1;
    let day = d.min(days_in_month(year, month));
    Date::from_ymd(year, month, day).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd(y, m, day).unwrap()
    }

    /// Friday–Saturday weekend with Sunday 8 March 2026 a holiday.
    fn gulf_week() -> Settings {
        Settings {
            weekend_days: vec![Weekday::Friday, Weekday::Saturday],
            holidays: vec![d(2026, 3, 8)],
            ..Settings::default()
        }
    }

    #[test]
    fn working_days_follow_the_users_own_week() {
        let sat_sun = Settings::default();
        let gulf = gulf_week();
        // (date, working with Sat–Sun, working with Fri–Sat + holiday)
        let rows = [
            (d(2026, 3, 5), true, true),   // Thursday
            (d(2026, 3, 6), true, false),  // Friday
            (d(2026, 3, 7), false, false), // Saturday
            (d(2026, 3, 8), false, false), // Sunday, the holiday
            (d(2026, 3, 9), true, true),   // Monday
        ];
        for (date, western, gulf_working) in rows {
            assert_eq!(is_business_day(date, &sat_sun), western, "{date}");
            assert_eq!(is_business_day(date, &gulf), gulf_working, "{date}");
            assert_eq!(sat_sun.is_business_day(date), western, "{date}");
        }
    }

    #[test]
    fn adding_and_counting_working_days() {
        let gulf = gulf_week();
        // (from, n, expected) on a Fri–Sat weekend with Sunday 8 March off.
        let rows = [
            (d(2026, 3, 5), 1, d(2026, 3, 9)),  // Thu + 1: Fri, Sat, Sun off
            (d(2026, 3, 9), -1, d(2026, 3, 5)), // and back
            (d(2026, 3, 2), 5, d(2026, 3, 10)), // Mon + 5: Tue–Thu, Mon, Tue
            (d(2026, 3, 7), 0, d(2026, 3, 7)),  // zero leaves a day off alone
        ];
        for (from, n, expected) in rows {
            assert_eq!(add_business_days(from, n, &gulf), expected, "{from} + {n}");
            assert_eq!(business_days_between(from, expected, &gulf), n, "{from}");
        }
    }

    #[test]
    fn rounding_to_a_working_day() {
        let gulf = gulf_week();
        // (date, on or next, latest within [date − 3, date])
        let rows = [
            (d(2026, 3, 5), d(2026, 3, 5), Some(d(2026, 3, 5))),
            (d(2026, 3, 6), d(2026, 3, 9), Some(d(2026, 3, 5))),
            (d(2026, 3, 8), d(2026, 3, 9), Some(d(2026, 3, 5))),
        ];
        for (date, next, within) in rows {
            assert_eq!(on_or_next_business_day(date, &gulf), next, "{date}");
            assert_eq!(
                last_business_day_within(date.add_days(-3), date, &gulf),
                within,
                "{date}"
            );
        }
        // Friday to Sunday holds no working day at all.
        assert_eq!(
            last_business_day_within(d(2026, 3, 6), d(2026, 3, 8), &gulf),
            None
        );
        assert_eq!(
            last_business_day_within(d(2026, 3, 9), d(2026, 3, 5), &gulf),
            None
        );
    }

    #[test]
    fn months_clamp_to_short_months() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(add_months(d(2026, 11, 15), 3), d(2027, 2, 15));
    }

    #[test]
    fn all_days_off_still_terminates() {
        let s = Settings {
            weekend_days: Weekday::ALL.to_vec(),
            ..Settings::default()
        };
        assert_eq!(add_business_days(d(2026, 3, 6), 2, &s), d(2026, 3, 8));
        assert!(is_business_day(d(2026, 3, 7), &s));
    }

    fn any_week() -> impl Strategy<Value = (Vec<Weekday>, Vec<Date>)> {
        (
            proptest::sample::subsequence(Weekday::ALL.to_vec(), 0..=6),
            proptest::collection::vec((20_400i32..20_800).prop_map(Date::from_days), 0..20),
        )
    }

    proptest! {
        #[test]
        fn every_rounded_day_is_a_working_day(
            (weekend, holidays) in any_week(),
            day in 20_400i32..20_800,
            n in 1i32..30,
        ) {
            let week = WorkingDays::new(&weekend, &holidays);
            let date = Date::from_days(day);
            let next = week.on_or_next(date);
            prop_assert!(week.is_working(next));
            prop_assert!(next >= date);
            if next > date {
                // Nothing between the date and its rounding is a working day.
                prop_assert_eq!(week.between(date, next), 1);
            }
            let later = week.add(date, n);
            prop_assert!(week.is_working(later));
            prop_assert_eq!(week.between(date, later), n);
            if let Some(by) = week.latest_within(date.add_days(-n), date) {
                prop_assert!(week.is_working(by));
                prop_assert_eq!(week.between(by, date), 0);
            }
        }
    }
}
