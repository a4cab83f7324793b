//! The dates that follow from resigning: the last working day at the current
//! job and the earliest day a new one can start, from the notice period kept
//! on the current role.
//!
//! The count follows the usual rule: notice runs from the day after it is
//! handed in, so two weeks' notice given on a Monday runs out on the Monday
//! two weeks later, and one month given on 15 March on 15 April. The last
//! working day is the last working day by the user's calendar on or before
//! that day; the earliest start is the working day after it. A contract can
//! say otherwise, which is why every sentence built on these dates says
//! "by the usual count".

use crate::core::calendar::{add_months, WorkingDays};
use crate::core::date::Date;
use crate::core::model::{NoticePeriod, NoticeUnit, Opportunity, Settings};

/// Where resigning leads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoticeDates {
    /// The day notice is (or would be) handed in.
    pub hand_in: Date,
    /// The last working day at the current job.
    pub last_day: Date,
    /// The first working day after it: the earliest start elsewhere.
    pub earliest_start: Date,
}

impl NoticePeriod {
    /// Whether a notice period has been entered.
    pub fn is_set(&self) -> bool {
        self.count > 0
    }

    /// "1 month", "3 weeks".
    pub fn describe(&self) -> String {
        let unit = self.unit.label();
        if self.count == 1 {
            format!("1 {}", unit.trim_end_matches('s'))
        } else {
            format!("{} {unit}", self.count)
        }
    }

    /// The day the notice runs out when handed in on `hand_in`.
    fn runs_out(&self, hand_in: Date) -> Date {
        let n = i32::from(self.count);
        match self.unit {
            NoticeUnit::Days => hand_in.add_days(n),
            NoticeUnit::Weeks => hand_in.add_days(7 * n),
            NoticeUnit::Months => add_months(hand_in, u32::from(self.count)),
        }
    }
}

/// The notice dates for the current role, handing in on its recorded
/// resignation date or else on `hand_in`. `None` when no notice period is
/// entered.
pub fn notice_dates(
    current: &Opportunity,
    settings: &Settings,
    hand_in: Date,
) -> Option<NoticeDates> {
    let notice = current.notice_period;
    if !notice.is_set() {
        return None;
    }
    let week = WorkingDays::of(settings);
    let hand_in = current.dates.resignation.unwrap_or(hand_in);
    let runs_out = notice.runs_out(hand_in);
    // With notice shorter than the days off around it there may be no
    // working day left after handing in: the last day is then the hand-in day.
    let last_day = week
        .latest_within(hand_in.add_days(1), runs_out)
        .unwrap_or(hand_in);
    Some(NoticeDates {
        hand_in,
        last_day,
        earliest_start: week.add(last_day, 1),
    })
}

/// A start date agreed with a new employer that comes before the notice
/// at the current job can have run out: `(start date, earliest start)`.
pub fn start_too_early(
    o: &Opportunity,
    current: &Opportunity,
    settings: &Settings,
    hand_in: Date,
) -> Option<(Date, Date)> {
    let start = o.dates.start_date?;
    let dates = notice_dates(current, settings, hand_in)?;
    (start < dates.earliest_start).then_some((start, dates.earliest_start))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Weekday;

    fn d(m: u32, day: u32) -> Date {
        Date::from_ymd(2026, m, day).unwrap()
    }

    fn current(count: u16, unit: NoticeUnit) -> Opportunity {
        let mut o = Opportunity::new("current");
        o.notice_period = NoticePeriod { count, unit };
        o
    }

    #[test]
    fn notice_runs_from_the_day_after_it_is_handed_in() {
        let sat_sun = Settings::default();
        let fri_sat = Settings {
            weekend_days: vec![Weekday::Friday, Weekday::Saturday],
            ..Settings::default()
        };
        let holiday = Settings {
            holidays: vec![d(3, 16)],
            ..Settings::default()
        };
        // (case, notice, settings, handed in, last day, earliest start)
        let rows = [
            (
                "2 weeks from Monday 2 March",
                (2, NoticeUnit::Weeks),
                &sat_sun,
                d(3, 2),
                d(3, 16),
                d(3, 17),
            ),
            (
                "1 month from Friday 13 March",
                (1, NoticeUnit::Months),
                &sat_sun,
                d(3, 13),
                d(4, 13),
                d(4, 14),
            ),
            (
                "1 month from 30 January ends with February",
                (1, NoticeUnit::Months),
                &sat_sun,
                d(1, 30),
                d(2, 27),
                d(3, 2),
            ),
            (
                "runs out on a Saturday: Friday is the last day",
                (5, NoticeUnit::Days),
                &sat_sun,
                d(3, 2),
                d(3, 6),
                d(3, 9),
            ),
            (
                "runs out on a Friday, Fri–Sat weekend: Thursday",
                (4, NoticeUnit::Days),
                &fri_sat,
                d(3, 2),
                d(3, 5),
                d(3, 8),
            ),
            (
                "runs out on a holiday: the day before",
                (2, NoticeUnit::Weeks),
                &holiday,
                d(3, 2),
                d(3, 13),
                d(3, 17),
            ),
            (
                "one day given on a Friday: the hand-in day",
                (1, NoticeUnit::Days),
                &sat_sun,
                d(3, 6),
                d(3, 6),
                d(3, 9),
            ),
            (
                "3 months",
                (3, NoticeUnit::Months),
                &sat_sun,
                d(9, 1),
                d(12, 1),
                d(12, 2),
            ),
        ];
        for (case, (count, unit), settings, hand_in, last_day, start) in rows {
            let dates = notice_dates(&current(count, unit), settings, hand_in).unwrap();
            assert_eq!(
                (dates.hand_in, dates.last_day, dates.earliest_start),
                (hand_in, last_day, start),
                "{case}"
            );
        }
    }

    #[test]
    fn a_recorded_resignation_date_wins_and_no_period_means_no_dates() {
        let settings = Settings::default();
        let mut o = current(1, NoticeUnit::Weeks);
        o.dates.resignation = Some(d(3, 2));
        let dates = notice_dates(&o, &settings, d(5, 4)).unwrap();
        assert_eq!((dates.hand_in, dates.last_day), (d(3, 2), d(3, 9)));
        assert_eq!(
            notice_dates(&current(0, NoticeUnit::Months), &settings, d(3, 2)),
            None
        );
    }

    #[test]
    fn a_start_date_before_the_notice_runs_out_is_flagged() {
        let settings = Settings::default();
        let now = current(2, NoticeUnit::Weeks);
        let mut offer = Opportunity::new("a");
        offer.dates.start_date = Some(d(3, 16));
        assert_eq!(
            start_too_early(&offer, &now, &settings, d(3, 2)),
            Some((d(3, 16), d(3, 17)))
        );
        offer.dates.start_date = Some(d(3, 17));
        assert_eq!(start_too_early(&offer, &now, &settings, d(3, 2)), None);
        offer.dates.start_date = None;
        assert_eq!(start_too_early(&offer, &now, &settings, d(3, 2)), None);
    }

    #[test]
    fn periods_are_described_in_words() {
        let cases = [
            (1, NoticeUnit::Months, "1 month"),
            (3, NoticeUnit::Weeks, "3 weeks"),
            (1, NoticeUnit::Days, "1 day"),
        ];
        for (count, unit, text) in cases {
            assert_eq!(NoticePeriod { count, unit }.describe(), text);
        }
    }
}
