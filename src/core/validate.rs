//! What the forms accept, and the words they use when they don't.
//!
//! Each parser turns the text a person typed into a value the model stores,
//! or a message to show next to the field. Messages say what to do, not what
//! went wrong ("Enter 0 or more"), in the GOV.UK manner.

use crate::core::date::Date;
use crate::core::model::Opportunity;
use crate::core::number::{self, NumberError};

/// Reads a number through the app's one reader ([`number::parse`], which
/// states the comma policy); `not_a_number` is this field's own example for
/// text that is not a number at all.
fn number(text: &str, not_a_number: &'static str) -> Result<f64, &'static str> {
    number::parse(text).map_err(|e| e.message_or(not_a_number))
}

/// An amount of money: empty means "not entered" (0); never negative, and
/// cents at most, so "52.000" (52 thousand, written with a point in much of
/// Europe) is refused rather than read as 52.
pub fn money(text: &str) -> Result<f64, &'static str> {
    if text.trim().is_empty() {
        return Ok(0.0);
    }
    let typed =
        number::read(text).map_err(|e| e.message_or("Enter an amount in numbers, like 52000"))?;
    if typed.value < 0.0 {
        Err("Enter an amount of 0 or more")
    } else if typed.decimals > 2 {
        Err("Enter at most two decimals, like 52000 or 52000.50")
    } else {
        Ok(typed.value)
    }
}

/// A positive factor that may be left empty (exchange rate, cost-of-living
/// index): empty means "none".
pub fn optional_positive(text: &str) -> Result<Option<f64>, &'static str> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match number(text, "Enter a number, like 1.08, or leave it empty")? {
        x if x <= 0.0 => Err("Enter a number above 0, or leave it empty"),
        x => Ok(Some(x)),
    }
}

/// A percentage from 0 to 100 that may be left empty (a tax rate, a
/// pension match).
pub fn optional_percent(text: &str) -> Result<Option<f64>, &'static str> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match number(
        text,
        "Enter a percentage, like 38 or 12.5, or leave it empty",
    )? {
        x if (0.0..=100.0).contains(&x) => Ok(Some(x)),
        _ => Err("Enter a percentage from 0 to 100, or leave it empty"),
    }
}

/// Yearly vesting percentages, as "5/15/40/40" (slashes, commas or spaces
/// between them, a % sign allowed): whole numbers adding up to 100, at
/// most 10 years. Empty means none (even vesting).
pub fn percentages(text: &str) -> Result<Vec<u8>, String> {
    let parts: Vec<&str> = text
        .split(|c: char| matches!(c, '/' | ',' | ';' | '%') || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let mut out = Vec::new();
    for part in &parts {
        match part.parse::<u8>() {
            Ok(p) if p <= 100 => out.push(p),
            _ => return Err("Enter whole percentages for each year, like 25/25/25/25".to_string()),
        }
    }
    if out.len() > 10 {
        return Err("Enter at most 10 years of vesting".to_string());
    }
    let sum: u32 = out.iter().map(|p| u32::from(*p)).sum();
    if !out.is_empty() && sum != 100 {
        return Err(format!(
            "These add up to {sum}%; the years must add up to 100%"
        ));
    }
    Ok(out)
}

/// A whole number between `min` and `max`; empty means `None`.
pub fn whole_number_in(text: &str, min: u8, max: u8) -> Result<Option<u8>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let message = format!("Enter a whole number from {min} to {max}");
    let x = match number::parse(text) {
        Ok(x) => x,
        // Far out of range, or not a number: the range is what helps.
        Err(NumberError::Empty | NumberError::NotANumber | NumberError::TooBig) => {
            return Err(message)
        }
        Err(separators) => return Err(separators.message().to_string()),
    };
    if x.fract() != 0.0 || x < f64::from(min) || x > f64::from(max) {
        return Err(message);
    }
    Ok(Some(x as u8))
}

/// A notice period's count: a whole number up to 365 (days is the finest
/// unit, a year the longest notice); empty means "not entered" (0).
pub fn notice(text: &str) -> Result<u16, String> {
    if text.trim().is_empty() {
        return Ok(0);
    }
    let message = "Enter a whole number from 0 to 365, or leave it empty";
    match number::parse(text) {
        Ok(x) if x.fract() == 0.0 && (0.0..=365.0).contains(&x) => Ok(x as u16),
        Ok(_) | Err(NumberError::Empty | NumberError::NotANumber | NumberError::TooBig) => {
            Err(message.to_string())
        }
        Err(separators) => Err(separators.message().to_string()),
    }
}

/// Remote days a week: 0 to 7, or empty for "not known".
pub fn remote_days(text: &str) -> Result<Option<u8>, String> {
    whole_number_in(text, 0, 7)
}

/// A matrix score: 0 to 5, or empty for unknown (which is not 0).
pub fn score(text: &str) -> Result<Option<u8>, String> {
    whole_number_in(text, 0, 5)
}

/// A weight set by hand: 0 or more; empty lets it follow the order again.
pub fn weight(text: &str) -> Result<Option<f64>, &'static str> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match number(
        text,
        "Enter a weight in numbers, or leave it empty to follow the order",
    )? {
        x if x < 0.0 => Err("Enter a weight of 0 or more"),
        x => Ok(Some(x)),
    }
}

/// A line on the 0–100 total (walk-away or accept line).
pub fn line(text: &str) -> Result<f64, &'static str> {
    const MESSAGE: &str = "Enter a number from 0 to 100";
    match number(text, MESSAGE)? {
        x if (0.0..=100.0).contains(&x) => Ok(x),
        _ => Err(MESSAGE),
    }
}

/// The two lines together: walking away above accepting makes no sense.
pub fn lines_in_order(walk_away: f64, accept: f64) -> Option<&'static str> {
    (walk_away > accept).then_some(
        "Your walk-away line is above your accept line: lower it, or raise the accept line",
    )
}

/// A date from a date field: empty means "not set".
pub fn date(text: &str) -> Result<Option<Date>, &'static str> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    Date::parse(text)
        .map(Some)
        .map_err(|_| "Enter a real date, like 2026-03-27")
}

/// Which date field a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateField {
    /// The interview.
    Interview,
    /// The offer.
    Offer,
    /// The employer's decision date.
    EmployerDecision,
    /// The offer deadline.
    OfferDeadline,
    /// The day the user accepted.
    Accepted,
    /// The day the user signed the contract.
    Signed,
}

/// Dates that contradict each other, each reported on the later field so the
/// message sits where the person will fix it. An offer may follow a round held
/// after it (meeting the team), so the offer is checked against the first
/// round and the employer's decision against the latest.
pub fn date_problems(o: &Opportunity) -> Vec<(DateField, &'static str)> {
    let mut out = Vec::new();
    let dates = &o.dates;
    let first_round = o.rounds.iter().filter_map(|r| r.date).min();
    let before = |a: Option<Date>, b: Option<Date>| matches!((a, b), (Some(a), Some(b)) if a < b);
    if before(dates.offer, first_round) {
        out.push((
            DateField::Offer,
            "The offer date is before the interview: check both dates",
        ));
    }
    if before(dates.offer_deadline, dates.offer) {
        out.push((
            DateField::OfferDeadline,
            "The deadline is before the offer arrived: check both dates",
        ));
    }
    if before(dates.employer_decision, o.latest_round_date()) {
        out.push((
            DateField::EmployerDecision,
            "Their decision date is before the interview: check both dates",
        ));
    }
    if before(dates.accepted, dates.offer) {
        out.push((
            DateField::Accepted,
            "You accepted before the offer arrived: check both dates",
        ));
    }
    if before(dates.signed, dates.accepted) {
        out.push((
            DateField::Signed,
            "You signed before you accepted: check both dates",
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::KeyDates;

    #[test]
    fn money_accepts_separators_and_refuses_negatives() {
        assert_eq!(money(""), Ok(0.0));
        assert_eq!(money("52,000"), Ok(52_000.0));
        assert_eq!(money(" 61 500.50 "), Ok(61_500.5));
        assert_eq!(money("-1"), Err("Enter an amount of 0 or more"));
        assert_eq!(money("lots"), Err("Enter an amount in numbers, like 52000"));
        assert!(money("inf").is_err());
    }

    #[test]
    fn vesting_percentages_must_be_whole_and_add_up_to_100() {
        let cases: [(&str, Result<Vec<u8>, &str>); 7] = [
            ("", Ok(vec![])),
            ("5/15/40/40", Ok(vec![5, 15, 40, 40])),
            ("38, 32, 20, 10", Ok(vec![38, 32, 20, 10])),
            ("25% 25% 25% 25%", Ok(vec![25, 25, 25, 25])),
            (
                "5/15/40/30",
                Err("These add up to 90%; the years must add up to 100%"),
            ),
            (
                "33.3/33.3/33.4",
                Err("Enter whole percentages for each year, like 25/25/25/25"),
            ),
            (
                "half/half",
                Err("Enter whole percentages for each year, like 25/25/25/25"),
            ),
        ];
        for (text, want) in cases {
            assert_eq!(percentages(text), want.map_err(str::to_string), "{text:?}");
        }
    }

    #[test]
    fn percents_are_from_0_to_100_or_empty() {
        assert_eq!(optional_percent(""), Ok(None));
        assert_eq!(optional_percent("12.5"), Ok(Some(12.5)));
        assert_eq!(optional_percent("0"), Ok(Some(0.0)));
        assert!(optional_percent("101").is_err());
        assert!(optional_percent("-1").is_err());
    }

    #[test]
    fn optional_factors_are_positive_or_empty() {
        assert_eq!(optional_positive(""), Ok(None));
        assert_eq!(optional_positive("1.08"), Ok(Some(1.08)));
        assert!(optional_positive("0").is_err());
        assert!(optional_positive("-3").is_err());
    }

    #[test]
    fn scores_and_days_stay_in_range() {
        assert_eq!(score(""), Ok(None));
        assert_eq!(score("0"), Ok(Some(0)));
        assert_eq!(score("5"), Ok(Some(5)));
        assert_eq!(
            score("6"),
            Err("Enter a whole number from 0 to 5".to_string())
        );
        assert!(score("2.5").is_err());
        assert_eq!(remote_days("3"), Ok(Some(3)));
        assert!(remote_days("8").is_err());
        assert_eq!(notice(""), Ok(0));
        assert_eq!(notice("3"), Ok(3));
        assert_eq!(notice("365"), Ok(365));
        assert!(notice("366").is_err());
        assert!(notice("1.5").is_err());
        assert!(notice("-1").is_err());
        assert!(notice("a month").is_err());
    }

    #[test]
    fn weights_and_lines() {
        assert_eq!(weight(""), Ok(None));
        assert_eq!(weight("12"), Ok(Some(12.0)));
        assert!(weight("-1").is_err());
        assert_eq!(line("75"), Ok(75.0));
        assert!(line("101").is_err());
        assert!(line("").is_err());
        assert!(lines_in_order(80.0, 70.0).is_some());
        assert_eq!(lines_in_order(50.0, 75.0), None);
    }

    #[test]
    fn contradicting_dates_are_reported_on_the_later_field() {
        let d = |n| Some(Date::from_ymd(2026, 3, n).unwrap());
        let mut o = Opportunity::new("a");
        o.add_round(d(10));
        o.add_round(d(16));
        o.dates = KeyDates {
            offer: d(9),
            offer_deadline: d(8),
            employer_decision: d(15),
            ..KeyDates::default()
        };
        let fields = |o: &Opportunity| -> Vec<DateField> {
            date_problems(o).into_iter().map(|(f, _)| f).collect()
        };
        assert_eq!(
            fields(&o),
            [
                DateField::Offer,
                DateField::OfferDeadline,
                DateField::EmployerDecision
            ]
        );
        o.dates.offer = d(11);
        o.dates.offer_deadline = d(13);
        o.dates.employer_decision = d(16);
        assert!(fields(&o).is_empty(), "an offer between rounds is fine");
        assert!(date_problems(&Opportunity::default()).is_empty());
        assert_eq!(
            date("2026-02-30"),
            Err("Enter a real date, like 2026-03-27")
        );
        assert_eq!(date(""), Ok(None));
    }
}
