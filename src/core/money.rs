//! Money as stored: whole minor units of a currency (cents, pence, yen), so
//! sums and comparisons are exact and nothing drifts by a cent on the way
//! through a form and back.
//!
//! An amount carries no currency of its own: it is always in the currency of
//! the record that holds it (an offer's `compensation.currency`, or the home
//! currency in settings). [`exponent`] says how many minor units make one
//! major unit for a currency, from ISO 4217. Typed text goes through
//! [`parse`], which uses the app's one number reader
//! ([`crate::core::number::read`]) and so its comma policy.

use crate::core::number;
use serde::{Deserialize, Serialize};

/// An amount in whole minor units of its record's currency.
#[derive(
    Serialize, Deserialize, Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(transparent)]
pub struct Money(pub i64);

/// The largest amount a form accepts, in major units: more than any pay
/// packet, and far enough below 2^53 minor units that every value on the way
/// (f64 for charts, sums of a few dozen lines) stays exact.
pub const MAX_MAJOR: i64 = 1_000_000_000_000;

/// ISO 4217 currencies without minor units.
const NO_DECIMALS: [&str; 17] = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND",
    "VUV", "XAF", "XOF", "XPF",
];
/// ISO 4217 currencies with a thousandth as their minor unit.
const THREE_DECIMALS: [&str; 7] = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

/// Decimals of a currency's minor unit: 0 for yen, 3 for the Kuwaiti dinar,
/// 2 for everything else, including codes the app does not know and the
/// empty code (the home currency before one is chosen).
pub fn exponent(currency: &str) -> u32 {
    // Read for every amount the engine values, so it compares in place
    // rather than allocating an upper-case copy.
    let code = currency.trim();
    let listed = |codes: &[&str]| codes.iter().any(|c| c.eq_ignore_ascii_case(code));
    if listed(&NO_DECIMALS) {
        0
    } else if listed(&THREE_DECIMALS) {
        3
    } else {
        2
    }
}

fn scale(currency: &str) -> i64 {
    10_i64.pow(exponent(currency))
}

impl Money {
    /// Nothing.
    pub const ZERO: Money = Money(0);

    /// Whole major units ("52000 EUR" → 5,200,000 cents).
    pub fn major(units: i64, currency: &str) -> Money {
        Money(units.saturating_mul(scale(currency)))
    }

    /// The nearest amount to a major-unit figure (a stored float from before
    /// amounts were whole minor units, or the result of a rate or a
    /// percentage). Not-a-number and infinities give zero.
    pub fn from_major_f64(x: f64, currency: &str) -> Money {
        Money(number::whole(x * scale(currency) as f64))
    }

    /// The amount in major units, for arithmetic with rates and for charts.
    pub fn to_major_f64(self, currency: &str) -> f64 {
        self.0 as f64 / scale(currency) as f64
    }

    /// True when nothing was entered (zero).
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// `self + other`, saturating rather than wrapping.
    pub fn plus(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }

    /// `self − other`, saturating rather than wrapping.
    pub fn minus(self, other: Money) -> Money {
        Money(self.0.saturating_sub(other.0))
    }
}

/// The same amount in major units after the minor unit changes from
/// `10^-from` to `10^-to` (a currency code changed from EUR to JPY, say):
/// rounded to the nearest new minor unit, halves away from zero.
pub fn rescale(amount: Money, from: u32, to: u32) -> Money {
    if to >= from {
        Money(amount.0.saturating_mul(10_i64.pow(to - from)))
    } else {
        let d = 10_i64.pow(from - to);
        let half = d / 2 * amount.0.signum();
        Money((amount.0 + half) / d)
    }
}

/// The change from `from` to `to` in percent of `from`, or `None` when
/// `from` is zero (no base to compare against).
pub fn percent_change(from: Money, to: Money) -> Option<f64> {
    if from.0 == 0 {
        None
    } else {
        Some((to.0 as f64 - from.0 as f64) * 100.0 / from.0 as f64)
    }
}

/// Reads an amount as typed into a money field of a record in `currency`:
/// empty means "not entered" (zero); never negative; no more decimals than
/// the currency has, so "52.000" (52 thousand, written with a point in much
/// of Europe) is refused for euros rather than read as 52.
pub fn parse(text: &str, currency: &str) -> Result<Money, &'static str> {
    if text.trim().is_empty() {
        return Ok(Money::ZERO);
    }
    let typed =
        number::read(text).map_err(|e| e.message_or("Enter an amount in numbers, like 52000"))?;
    if typed.value < 0.0 {
        return Err("Enter an amount of 0 or more");
    }
    if typed.value >= MAX_MAJOR as f64 {
        return Err("Enter an amount under 1,000,000,000,000");
    }
    match (exponent(currency), typed.decimals) {
        (0, d) if d > 0 => Err("Enter a whole amount: this currency has no cents"),
        (2, d) if d > 2 => Err("Enter at most two decimals, like 52000 or 52000.50"),
        (3, d) if d > 3 => Err("Enter at most three decimals, like 1200.500"),
        _ => Ok(Money::from_major_f64(typed.value, currency)),
    }
}

/// An amount as a form field shows it for editing: major units with the
/// currency's decimals only when there are any ("52000", "52000.5",
/// "0.05"), empty for zero ("not entered"). [`parse`] reads it back as the
/// same amount.
pub fn field_text(amount: Money, currency: &str) -> String {
    if amount.is_zero() {
        return String::new();
    }
    let scale = scale(currency);
    let sign = if amount.0 < 0 { "-" } else { "" };
    let abs = amount.0.unsigned_abs();
    let (whole, part) = (abs / scale as u64, abs % scale as u64);
    if part == 0 {
        return format!("{sign}{whole}");
    }
    let width = exponent(currency) as usize;
    let fraction = format!("{part:0width$}");
    format!("{sign}{whole}.{}", fraction.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exponents_follow_iso_4217() {
        for (code, e) in [
            ("EUR", 2),
            ("usd", 2),
            ("JPY", 0),
            ("KWD", 3),
            ("", 2),
            ("XYZ", 2),
        ] {
            assert_eq!(exponent(code), e, "{code}");
        }
    }

    #[test]
    fn parse_reads_minor_units_per_currency() {
        let cases: [(&str, &str, Result<Money, &str>); 10] = [
            ("", "EUR", Ok(Money(0))),
            ("52,000", "EUR", Ok(Money(5_200_000))),
            ("61 500.50", "EUR", Ok(Money(6_150_050))),
            ("1.234,56", "EUR", Ok(Money(123_456))),
            ("8,000,000", "JPY", Ok(Money(8_000_000))),
            (
                "12.5",
                "JPY",
                Err("Enter a whole amount: this currency has no cents"),
            ),
            ("1200.125", "KWD", Ok(Money(1_200_125))),
            (
                "52.000",
                "EUR",
                Err("Enter at most two decimals, like 52000 or 52000.50"),
            ),
            ("-1", "EUR", Err("Enter an amount of 0 or more")),
            ("lots", "EUR", Err("Enter an amount in numbers, like 52000")),
        ];
        for (text, currency, want) in cases {
            assert_eq!(parse(text, currency), want, "{text:?} in {currency}");
        }
        assert!(parse("1000000000000", "EUR").is_err());
    }

    #[test]
    fn field_text_reads_back_as_the_same_amount() {
        for currency in ["EUR", "JPY", "KWD"] {
            for minor in [0, 1, 5, 10, 99, 100, 123_456, 5_200_000, 999_999_999_999] {
                let m = Money(minor);
                assert_eq!(
                    parse(&field_text(m, currency), currency),
                    Ok(m),
                    "{minor} {currency}"
                );
            }
        }
        assert_eq!(field_text(Money(6_150_050), "EUR"), "61500.5");
        assert_eq!(field_text(Money(5), "EUR"), "0.05");
        assert_eq!(field_text(Money(1_200_100), "KWD"), "1200.1");
    }

    #[test]
    fn rescaling_keeps_the_amount_in_major_units() {
        assert_eq!(rescale(Money(5_200_000), 2, 0), Money(52_000));
        assert_eq!(rescale(Money(52_000), 0, 2), Money(5_200_000));
        assert_eq!(rescale(Money(150), 2, 0), Money(2));
        assert_eq!(rescale(Money(149), 2, 0), Money(1));
        assert_eq!(rescale(Money(1_234), 2, 3), Money(12_340));
        assert_eq!(rescale(Money(7), 2, 2), Money(7));
    }

    #[test]
    fn percent_change_is_against_the_first_amount() {
        assert_eq!(percent_change(Money(100), Money(110)), Some(10.0));
        assert_eq!(percent_change(Money(200), Money(150)), Some(-25.0));
        assert_eq!(percent_change(Money(0), Money(150)), None);
    }

    #[test]
    fn floats_from_older_data_round_to_the_nearest_minor_unit() {
        assert_eq!(Money::from_major_f64(0.1 + 0.2, "EUR"), Money(30));
        assert_eq!(Money::from_major_f64(61_500.5, "EUR"), Money(6_150_050));
        assert_eq!(Money::from_major_f64(f64::NAN, "EUR"), Money(0));
        assert_eq!(Money::from_major_f64(1234.4, "JPY"), Money(1234));
        assert_eq!(Money::major(52_000, "EUR").to_major_f64("EUR"), 52_000.0);
    }
}
