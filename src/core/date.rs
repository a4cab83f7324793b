//! Calendar dates without a time zone, and the arithmetic the plan needs.
//!
//! The app only ever reasons in whole days in the user's own calendar, so a
//! date is a day count since 1970-01-01 (proleptic Gregorian). The browser
//! supplies "today"; nothing here reads a clock, which keeps every rule
//! deterministic and testable.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt::{self, Write};

/// A day of the week, Monday first as in ISO 8601.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    /// Monday.
    Monday,
    /// Tuesday.
    Tuesday,
    /// Wednesday.
    Wednesday,
    /// Thursday.
    Thursday,
    /// Friday.
    Friday,
    /// Saturday.
    Saturday,
    /// Sunday.
    Sunday,
}

impl Weekday {
    /// All seven days, Monday first.
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The English name, for labels.
    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }
}

/// A calendar date, stored as days since 1970-01-01.
///
/// Serialised as an ISO 8601 string (`"2026-11-22"`) so stored data and
/// exports stay readable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date(i32);

/// Why a string is not a date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

/// Days in `month` of `year`.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a valid date (Howard Hinnant's days_from_civil).
const fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i32;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Date {
    /// The earliest date the app accepts (years before make no sense for job offers
    /// and bounding the range keeps all arithmetic overflow-free).
    pub const MIN_YEAR: i32 = 1900;
    /// The latest year the app accepts.
    pub const MAX_YEAR: i32 = 2999;
    /// The day counts of the first and last accepted dates, worked out at
    /// compile time: every date sum clamps to them.
    const FIRST_DAY: i32 = days_from_civil(Self::MIN_YEAR, 1, 1);
    const LAST_DAY: i32 = days_from_civil(Self::MAX_YEAR, 12, 31);

    /// Builds a date, or `None` when the day does not exist or the year is out of range.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(Self::MIN_YEAR..=Self::MAX_YEAR).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date(days_from_civil(year, month, day)))
    }

    /// Builds a date from a day count since 1970-01-01, clamped to the accepted range.
    pub fn from_days(days: i32) -> Date {
        Date(days.clamp(Self::FIRST_DAY, Self::LAST_DAY))
    }

    /// Days since 1970-01-01.
    pub fn days(self) -> i32 {
        self.0
    }

    /// Year, month (1–12) and day (1–31).
    pub fn ymd(self) -> (i32, u32, u32) {
        // Howard Hinnant's civil_from_days.
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let y = yoe + era * 400 + i32::from(m <= 2);
        (y, m, d)
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3 with Monday = 0).
        Weekday::ALL[(self.0 + 3).rem_euclid(7) as usize]
    }

    /// The date `n` calendar days later (earlier when negative), clamped to the accepted range.
    pub fn add_days(self, n: i32) -> Date {
        Date::from_days(self.0.saturating_add(n))
    }

    /// Calendar days from `self` to `other` (negative when `other` is earlier).
    pub fn days_until(self, other: Date) -> i32 {
        other.0 - self.0
    }

    /// Parses `YYYY-MM-DD`, the format of `<input type="date">`.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bad = || DateError(format!("“{text}” is not a date in the form YYYY-MM-DD"));
        let mut parts = text.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if !(all_digits(y) && all_digits(m) && all_digits(d)) {
            return Err(bad());
        }
        let (y, m, d) = (
            y.parse().map_err(|_| bad())?,
            m.parse().map_err(|_| bad())?,
            d.parse().map_err(|_| bad())?,
        );
        Date::from_ymd(y, m, d)
            .ok_or_else(|| DateError(format!("{text} is not a day on the calendar")))
    }

    /// `YYYYMMDD`, the form iCalendar uses for a whole-day date.
    pub fn compact(self) -> String {
        let (y, m, d) = self.ymd();
        format!("{y:04}{m:02}{d:02}")
    }
}

/// English month names, January first: messages are written in English
/// whatever the browser's locale, so their dates are too.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// The year.
    pub fn year(self) -> i32 {
        self.ymd().0
    }

    /// The English name of the month ("March").
    pub fn month_name(self) -> &'static str {
        MONTHS[(self.ymd().1 - 1) as usize]
    }
}

/// Whether `date` needs its year written out to be read right on `today`:
/// a date in another year, shown without it, reads as this year's.
pub fn shows_year(date: Date, today: Date) -> bool {
    date.year() != today.year()
}

/// A date as people say it in English, without the year: "Friday 6 March".
/// For dates that may fall in another year, use [`spoken_date_from`].
pub fn spoken_date(date: Date) -> String {
    let (weekday, month) = (date.weekday().name(), date.month_name());
    let (_, _, d) = date.ymd();
    // Sized once (the day has at most two digits): `format!` would start
    // from an empty string and grow it two or three times.
    let mut spoken = String::with_capacity(weekday.len() + month.len() + 9);
    let _ = write!(spoken, "{weekday} {d} {month}");
    spoken
}

/// A date as people say it in English, with the year only when it is not
/// `today`'s: "Friday 6 March" this year, "Tuesday 2 March 2027" next year.
pub fn spoken_date_from(date: Date, today: Date) -> String {
    let mut spoken = spoken_date(date);
    if shows_year(date, today) {
        let _ = write!(spoken, " {}", date.year());
    }
    spoken
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_dates_and_weekdays() {
        // Expected day counts and weekdays come from Python's datetime.
        let cases = [
            ((1970, 1, 1), 0, Weekday::Thursday),
            ((2000, 2, 29), 11_016, Weekday::Tuesday),
            ((2026, 11, 22), 20_779, Weekday::Sunday),
            ((1900, 3, 1), -25_508, Weekday::Thursday),
        ];
        for ((y, m, d), days, weekday) in cases {
            let date = Date::from_ymd(y, m, d).unwrap();
            assert_eq!(date.days(), days, "{y}-{m}-{d}");
            assert_eq!(date.weekday(), weekday, "{y}-{m}-{d}");
            assert_eq!(date.ymd(), (y, m, d));
        }
    }

    #[test]
    fn day_counts_clamp_to_the_accepted_range() {
        let cases = [
            (i32::MIN, (1900, 1, 1)),
            (-25_568, (1900, 1, 1)),
            (-25_567, (1900, 1, 1)),
            (0, (1970, 1, 1)),
            (376_199, (2999, 12, 31)),
            (376_200, (2999, 12, 31)),
            (i32::MAX, (2999, 12, 31)),
        ];
        for (days, ymd) in cases {
            assert_eq!(Date::from_days(days).ymd(), ymd, "{days}");
        }
    }

    #[test]
    fn rejects_impossible_dates() {
        for text in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "26-1-1",
            "",
            "abcd-ef-gh",
            "2026-1-01",
            "+202-01-01",
        ] {
            assert!(Date::parse(text).is_err(), "{text:?} should be rejected");
        }
        assert!(Date::parse("2024-02-29").is_ok());
    }

    #[test]
    fn serialises_as_iso_string() {
        let date = Date::from_ymd(2026, 3, 6).unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2026-03-06\"");
        assert_eq!(
            serde_json::from_str::<Date>("\"2026-03-06\"").unwrap(),
            date
        );
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }

    #[test]
    fn spoken_dates_name_the_year_only_when_it_is_not_this_year() {
        let d = |y, m, day| Date::from_ymd(y, m, day).unwrap();
        let today = d(2026, 11, 24);
        // (date, without year, as read on 24 November 2026)
        let rows = [
            (d(2026, 3, 6), "Friday 6 March", "Friday 6 March"),
            (
                d(2026, 9, 30),
                "Wednesday 30 September",
                "Wednesday 30 September",
            ),
            (
                d(2026, 12, 31),
                "Thursday 31 December",
                "Thursday 31 December",
            ),
            (d(2027, 1, 1), "Friday 1 January", "Friday 1 January 2027"),
            (d(2027, 3, 2), "Tuesday 2 March", "Tuesday 2 March 2027"),
            (
                d(2025, 12, 25),
                "Thursday 25 December",
                "Thursday 25 December 2025",
            ),
        ];
        for (date, plain, from_today) in rows {
            assert_eq!(spoken_date(date), plain);
            assert_eq!(spoken_date_from(date, today), from_today);
            assert_eq!(shows_year(date, today), plain != from_today, "{date}");
        }
    }

    proptest! {
        #[test]
        fn display_parse_round_trips(days in -25_000i32..375_000) {
            let date = Date::from_days(days);
            prop_assert_eq!(Date::parse(&date.to_string()).unwrap(), date);
        }

        #[test]
        fn ymd_round_trips(days in -25_000i32..375_000) {
            let date = Date::from_days(days);
            let (y, m, d) = date.ymd();
            prop_assert_eq!(Date::from_ymd(y, m, d), Some(date));
        }

        #[test]
        fn parse_never_panics(text in ".{0,20}") {
            let _ = Date::parse(&text);
        }
    }
}
