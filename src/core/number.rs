//! Numbers as text, without Rust's float formatter.
//!
//! `format!("{x:.0}")`, `x.to_string()` and friends on an `f64` pull in
//! core's float-to-decimal code (Grisu, the Dragon fallback and their tables)
//! for the browser build. Everything the app writes out is a rounded figure,
//! so it is done here with integer arithmetic instead, and the tests check
//! the result against `format!` itself.
//!
//! - [`whole`]: a score, a share or a line as a whole number, rounded like
//!   `{:.0}` (half to even).
//! - [`fixed`]: exactly what `format!("{:.N$}", x)` writes, for any finite `x`.
//! - [`trimmed`]: up to N decimals without trailing zeros, for form fields
//!   ("52000", "1.08"): [`money`] with two decimals, [`plain`] with six.
//! - [`clamp`]: `f64::clamp` without its panic message, which formats floats.
//! - [`parse`] and [`read`]: the one reader of numbers the user types, with
//!   the comma policy below. Every numeric field in the app goes through it.
//!
//! # How typed numbers are read
//!
//! People type numbers the way their country writes them, so the reader
//! accepts the common ways and refuses the ones it would have to guess at:
//!
//! - **Thousands** may be grouped with a comma, a point, a space (any width),
//!   an underscore or an apostrophe: "60,000", "1.234.567", "52 000",
//!   "1_000", "1'234". Groups come in threes ("1,234,567"), or in the Indian
//!   way, twos then a three ("12,34,567"). One kind of separator per number.
//! - **The point** on its own is always the decimal point ("2.5", "1.085"):
//!   the app is written in English, where a rate like 1.085 is common.
//! - **A lone comma** is a thousands separator when exactly three digits
//!   follow it and one to three digits (not starting with 0) come before it:
//!   "60,000" is 60000. Otherwise it is a decimal comma: "2,5" is 2.5,
//!   "0,125" is 0.125, "1,0825" is 1.0825. After a space, underscore or
//!   apostrophe grouping, a single comma is decimal: "1 234,5" is 1234.5.
//! - **Both a point and a comma**: the last one is the decimal mark and the
//!   other groups thousands, so "1.234,56" and "1,234.56" are both 1234.56.
//! - A leading `-` or `+` (or the minus sign "−") gives the sign; ".5" and
//!   "7." are 0.5 and 7.
//!
//! Anything else is refused with a message that says what to change, rather
//! than guessed: digits grouped unevenly ("1,23,4"), two decimal marks
//! ("1,234.5.6"), two kinds of grouping ("1 234,567,890"), separators side by
//! side ("1,,000"), letters, exponents ("1e3"), "NaN" and "inf", and whole
//! numbers of more than [`MAX_WHOLE_DIGITS`] digits.
//!
//! The value is the nearest double to what was typed whenever it has at most
//! 15 significant digits (and in fact whenever its digits, read as a whole
//! number, stay below 2^53, with at most 22 decimals). Longer inputs are
//! within one unit in the last place. It is worked out with integer
//! arithmetic and one multiplication or division, for the same reason as the
//! formatting above: no float parser in the browser build.

/// `x` rounded to the nearest whole number, halves to even, the way
/// `format!("{x:.0}")` rounds: 0.5 → 0, 1.5 → 2, 2.5 → 2, -2.5 → -2.
/// Not a number and infinities give 0; values past `i64` saturate.
pub fn whole(x: f64) -> i64 {
    if x.is_finite() {
        x.round_ties_even() as i64
    } else {
        0
    }
}

/// The most decimals [`fixed`] writes; more are cut to this.
pub const MAX_DECIMALS: u32 = 20;

/// `x` with exactly `decimals` decimals, the same text as
/// `format!("{x:.decimals$}")` for every finite `x` (sign, rounding of the
/// exact binary value, halves to even), up to [`MAX_DECIMALS`] decimals.
/// Not a number and infinities are written as 0.
pub fn fixed(x: f64, decimals: u32) -> String {
    let decimals = decimals.min(MAX_DECIMALS) as usize;
    let x = if x.is_finite() { x } else { 0.0 };
    let mut digits = scaled_digits(x.abs(), decimals as u32);
    if digits.len() <= decimals {
        let zeros = "0".repeat(decimals + 1 - digits.len());
        digits.insert_str(0, &zeros);
    }
    let mut out = String::with_capacity(digits.len() + 2);
    if x.is_sign_negative() {
        out.push('-');
    }
    let point = digits.len() - decimals;
    out.push_str(&digits[..point]);
    if decimals > 0 {
        out.push('.');
        out.push_str(&digits[point..]);
    }
    out
}

/// `x` with up to `max_decimals` decimals and no trailing zeros or point:
/// 72 → "72", 2.5 → "2.5", 1.085 with 2 → "1.08" (the double just below
/// 1.085). Never "-0".
pub fn trimmed(x: f64, max_decimals: u32) -> String {
    let mut text = fixed(x, max_decimals);
    if text.contains('.') {
        let kept = text.trim_end_matches('0').trim_end_matches('.').len();
        text.truncate(kept);
    }
    if text == "-0" {
        text.remove(0);
    }
    text
}

/// An amount of money as a form field shows it: cents at most, no trailing
/// zeros ("52000", "1234.5", "0.05"). Read back by
/// [`crate::core::validate::money`] it gives the same amount for any amount
/// with at most two decimals.
pub fn money(x: f64) -> String {
    trimmed(x, 2)
}

/// A number as a form field shows it for editing (an exchange rate, a
/// weight): up to six decimals, no trailing zeros, so what was typed with six
/// decimals or fewer reads back as the same number.
pub fn plain(x: f64) -> String {
    trimmed(x, 6)
}

/// `x` kept within `low..=high` (`low <= high`), as `f64::clamp` does,
/// including not-a-number staying not-a-number, but without `clamp`'s check
/// of its bounds, whose panic message formats floats.
pub fn clamp(x: f64, low: f64, high: f64) -> f64 {
    if x < low {
        low
    } else if x > high {
        high
    } else {
        x
    }
}

/// The most digits the whole part of a typed number may have: far above any
/// amount, rate or count the app stores, and low enough that the value is
/// worked out exactly.
pub const MAX_WHOLE_DIGITS: usize = 15;

/// Why typed text is not a number, each with the words to show next to the
/// field ([`NumberError::message`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but spaces.
    Empty,
    /// Letters, symbols, or separators without digits.
    NotANumber,
    /// Two separators side by side, or one at the start or end that cannot
    /// be a decimal mark ("1,,000", "_5", "5 ").
    StraySeparator,
    /// The decimal mark appears twice ("1,234.5.6", "1.234,5,6").
    TwoDecimalMarks,
    /// Thousands grouped with two kinds of separator ("1 234,567,890").
    MixedGrouping,
    /// Groups that are not threes, nor twos ending in a three ("1,23,4").
    UnevenGroups,
    /// A whole part of more than [`MAX_WHOLE_DIGITS`] digits.
    TooBig,
}

impl NumberError {
    /// What to do about it, in the words a field shows.
    pub fn message(self) -> &'static str {
        match self {
            NumberError::Empty => "Enter a number",
            NumberError::NotANumber => "Enter a number in digits, like 52000 or 2.5",
            NumberError::StraySeparator => {
                "Check the separators: put digits on both sides of each one, like 52,000 or 2.5"
            }
            NumberError::TwoDecimalMarks => {
                "Use one decimal point or comma, like 1234.56 or 1234,56"
            }
            NumberError::MixedGrouping => {
                "Use one kind of thousands separator, like 1,234,567 or 1 234 567"
            }
            NumberError::UnevenGroups => {
                "Group the digits in threes, like 1,234,567, or leave the separators out"
            }
            NumberError::TooBig => "Enter a smaller number",
        }
    }

    /// The field's own message when the text is simply not a number (so it
    /// can give an example that fits the field), otherwise this error's.
    pub fn message_or(self, not_a_number: &'static str) -> &'static str {
        match self {
            NumberError::Empty | NumberError::NotANumber => not_a_number,
            other => other.message(),
        }
    }
}

/// A number as typed: its value, and how many decimals were written (so
/// "52.000" can be told from "52" where that matters).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Typed {
    /// The value, never not-a-number nor infinite, and 0 rather than -0.
    pub value: f64,
    /// Digits written after the decimal mark, trailing zeros included.
    pub decimals: usize,
}

/// Reads a number the way people type it; see the module documentation for
/// the policy on commas, points and other separators.
///
/// ```
/// use crossroads::core::number::{parse, NumberError};
///
/// assert_eq!(parse("60,000"), Ok(60_000.0));
/// assert_eq!(parse("2,5"), Ok(2.5));
/// assert_eq!(parse("1.234,56"), Ok(1234.56));
/// assert_eq!(parse("1,234.56"), Ok(1234.56));
/// assert_eq!(parse("52 000"), Ok(52_000.0));
/// assert_eq!(parse("1,23,4"), Err(NumberError::UnevenGroups));
/// ```
pub fn parse(text: &str) -> Result<f64, NumberError> {
    read(text).map(|typed| typed.value)
}

/// [`parse`], also saying how many decimals were typed.
pub fn read(text: &str) -> Result<Typed, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, body) = split_sign(text);
    let tokens = Tokens::of(body)?;
    let (whole, fraction) = tokens.whole_and_fraction()?;
    let value = exact_value(&whole, fraction)?;
    Ok(Typed {
        value: if negative && value != 0.0 {
            -value
        } else {
            value
        },
        decimals: fraction.len(),
    })
}

fn split_sign(text: &str) -> (bool, &str) {
    if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        (true, rest)
    } else {
        (false, text.strip_prefix('+').unwrap_or(text))
    }
}

/// A separator between digits. Spaces of any width count as one kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Point,
    Comma,
    Space,
    Underscore,
    Apostrophe,
}

impl Separator {
    fn of(c: char) -> Option<Separator> {
        Some(match c {
            '.' => Separator::Point,
            ',' => Separator::Comma,
            ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' => Separator::Space,
            '_' => Separator::Underscore,
            '\'' | '\u{2019}' => Separator::Apostrophe,
            _ => return None,
        })
    }

    /// Whether it can be a decimal mark.
    fn is_mark(self) -> bool {
        matches!(self, Separator::Point | Separator::Comma)
    }
}

/// Typed text cut into runs of digits and the separators between them.
struct Tokens<'a> {
    /// A decimal mark before any digit (".5").
    leading: Option<Separator>,
    /// The runs of digits, never empty.
    groups: Vec<&'a str>,
    /// `between[i]` sits between `groups[i]` and `groups[i + 1]`.
    between: Vec<Separator>,
    /// A separator after the last digit ("7.").
    trailing: Option<Separator>,
}

impl<'a> Tokens<'a> {
    fn of(body: &'a str) -> Result<Tokens<'a>, NumberError> {
        let mut tokens = Tokens {
            leading: None,
            groups: Vec::new(),
            between: Vec::new(),
            trailing: None,
        };
        let mut start = None;
        for (i, c) in body.char_indices() {
            if c.is_ascii_digit() {
                start = start.or(Some(i));
                continue;
            }
            let separator = Separator::of(c).ok_or(NumberError::NotANumber)?;
            match start.take() {
                Some(s) => tokens.groups.push(&body[s..i]),
                None if i == 0 && separator.is_mark() => {
                    tokens.leading = Some(separator);
                    continue;
                }
                None => return Err(NumberError::StraySeparator),
            }
            tokens.between.push(separator);
        }
        match start {
            Some(s) => tokens.groups.push(&body[s..]),
            None => tokens.trailing = tokens.between.pop(),
        }
        if tokens.groups.is_empty() {
            return Err(NumberError::NotANumber);
        }
        if tokens.trailing.is_some_and(|t| !t.is_mark()) {
            return Err(NumberError::StraySeparator);
        }
        Ok(tokens)
    }

    /// Which separator is the decimal mark, as an index into `between`
    /// (`between.len()` for a trailing one); `None` for a whole number.
    fn decimal_mark(&self) -> Result<Option<usize>, NumberError> {
        let count = |s: Separator| self.between.iter().filter(|&&b| b == s).count();
        if let Some(mark) = self.trailing {
            return if count(mark) > 0 {
                Err(NumberError::TwoDecimalMarks)
            } else {
                Ok(Some(self.between.len()))
            };
        }
        let Some(&last) = self.between.last() else {
            return Ok(None);
        };
        let at = self.between.len() - 1;
        let other = match last {
            Separator::Point => Separator::Comma,
            Separator::Comma => Separator::Point,
            _ => return Ok(None),
        };
        Ok(match (count(last), count(other)) {
            (1, 0) if last == Separator::Comma => self.lone_comma_is_decimal().then_some(at),
            (1, _) => Some(at),
            (_, 0) => None,
            _ => return Err(NumberError::TwoDecimalMarks),
        })
    }

    /// The one case to weigh: a single comma, the last separator, with no
    /// point anywhere. Three digits after it, and a group before it that
    /// could start a grouped number, read as thousands ("60,000").
    fn lone_comma_is_decimal(&self) -> bool {
        if self.between.len() > 1 {
            // Already grouped with spaces, underscores or apostrophes.
            return true;
        }
        let before = self.groups[self.groups.len() - 2];
        let after = self.groups[self.groups.len() - 1];
        !(after.len() == 3 && leads_a_group(before, 3))
    }

    /// The whole part's digits and the fraction's, once the separators are
    /// checked.
    fn whole_and_fraction(&self) -> Result<(String, &'a str), NumberError> {
        if self.leading.is_some() {
            return match (&self.groups[..], &self.between[..], self.trailing) {
                ([fraction], [], None) => Ok((String::new(), fraction)),
                _ => Err(NumberError::StraySeparator),
            };
        }
        let (whole_groups, thousands, fraction) = match self.decimal_mark()? {
            Some(at) if at == self.between.len() => (&self.groups[..], &self.between[..], ""),
            Some(at) => (
                &self.groups[..=at],
                &self.between[..at],
                self.groups[at + 1],
            ),
            None => (&self.groups[..], &self.between[..], ""),
        };
        if let Some(&first) = thousands.first() {
            if thousands.iter().any(|&s| s != first) {
                return Err(NumberError::MixedGrouping);
            }
            if !evenly_grouped(whole_groups) {
                return Err(NumberError::UnevenGroups);
            }
        }
        Ok((whole_groups.concat(), fraction))
    }
}

/// Whether `group` can be the first group of a number grouped in runs of
/// `size`: 1 to `size` digits, and no leading zero.
fn leads_a_group(group: &str, size: usize) -> bool {
    (1..=size).contains(&group.len()) && !group.starts_with('0')
}

/// Threes throughout ("1,234,567"), or the Indian way: twos, then a final
/// three ("12,34,567").
fn evenly_grouped(groups: &[&str]) -> bool {
    let (first, rest) = match groups.split_first() {
        Some(split) => split,
        None => return true,
    };
    let threes = leads_a_group(first, 3) && rest.iter().all(|g| g.len() == 3);
    let indian = leads_a_group(first, 2)
        && rest.last().is_some_and(|g| g.len() == 3)
        && rest[..rest.len() - 1].iter().all(|g| g.len() == 2);
    threes || indian
}

/// Exact powers of ten: every one up to 10^22 is a double.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The most significant digits kept: all of them fit a `u64`.
const MAX_SIGNIFICANT: usize = 19;

/// The value of `whole.fraction` (ASCII digits), nearest double when the
/// digits fit below 2^53 (Clinger's fast path: both factors are exact, so the
/// one division or multiplication rounds once).
fn exact_value(whole: &str, fraction: &str) -> Result<f64, NumberError> {
    let whole = whole.trim_start_matches('0');
    if whole.len() > MAX_WHOLE_DIGITS {
        return Err(NumberError::TooBig);
    }
    let mut digits = String::with_capacity(whole.len() + fraction.len());
    digits.push_str(whole);
    digits.push_str(fraction);
    let mut exponent = -(fraction.len() as i32);
    let trimmed = digits.trim_end_matches('0');
    exponent += (digits.len() - trimmed.len()) as i32;
    let mut significant = trimmed.trim_start_matches('0');
    if significant.is_empty() {
        return Ok(0.0);
    }
    if significant.len() > MAX_SIGNIFICANT {
        // Past the 19th digit a double cannot tell the difference anyway.
        exponent += (significant.len() - MAX_SIGNIFICANT) as i32;
        significant = &significant[..MAX_SIGNIFICANT];
    }
    let mantissa = significant
        .parse::<u64>()
        .map_err(|_| NumberError::NotANumber)? as f64;
    let mut value = mantissa;
    while exponent < 0 {
        let step = exponent.unsigned_abs().min(22);
        value /= POWERS_OF_TEN[step as usize];
        exponent += step as i32;
    }
    // A positive exponent only comes from trailing zeros of a whole part of
    // at most 15 digits, so it is at most 15.
    Ok(value * POWERS_OF_TEN[exponent as usize])
}

/// A big whole number in base 10^9 limbs, least significant first.
const LIMB: u64 = 1_000_000_000;

/// The decimal digits of `x × 10^decimals` rounded to a whole number (halves
/// to even), for a finite, non-negative `x`, computed exactly from its bits.
fn scaled_digits(x: f64, decimals: u32) -> String {
    let bits = x.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // x = mantissa × 2^power exactly.
    let (mantissa, power) = if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent - 1075)
    };
    let mut limbs;
    if power >= 0 {
        // A whole number already: mantissa × 2^power, then the zeros.
        limbs = limbs_of(u128::from(mantissa));
        double(&mut limbs, power as u32);
        let mut text = text_of(&limbs);
        text.extend(std::iter::repeat_n('0', decimals as usize));
        return text;
    }
    // mantissa < 2^53 and 10^20 < 2^67, so this fits.
    let scaled = u128::from(mantissa) * 10u128.pow(decimals);
    let shift = power.unsigned_abs();
    let rounded = if shift >= 128 {
        // Below 2^120, so under half of 2^shift: rounds to 0.
        0
    } else {
        let quotient = scaled >> shift;
        let rest = scaled & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rest > half || (rest == half && quotient % 2 == 1) {
            quotient + 1
        } else {
            quotient
        }
    };
    limbs = limbs_of(rounded);
    text_of(&limbs)
}

fn limbs_of(mut n: u128) -> Vec<u32> {
    let mut limbs = Vec::new();
    loop {
        limbs.push((n % u128::from(LIMB)) as u32);
        n /= u128::from(LIMB);
        if n == 0 {
            return limbs;
        }
    }
}

/// Multiplies by 2^times.
fn double(limbs: &mut Vec<u32>, mut times: u32) {
    while times > 0 {
        // A limb is below 2^30, so shifting by 32 stays below 2^62.
        let step = times.min(32);
        times -= step;
        let mut carry = 0u64;
        for limb in limbs.iter_mut() {
            let v = (u64::from(*limb) << step) + carry;
            *limb = (v % LIMB) as u32;
            carry = v / LIMB;
        }
        while carry > 0 {
            limbs.push((carry % LIMB) as u32);
            carry /= LIMB;
        }
    }
}

fn text_of(limbs: &[u32]) -> String {
    let mut text = String::new();
    let mut from_top = limbs.iter().rev();
    if let Some(top) = from_top.next() {
        text.push_str(&top.to_string());
    }
    for limb in from_top {
        text.push_str(&format!("{limb:09}"));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_numbers_are_written_as_zero() {
        assert_eq!(fixed(f64::NAN, 0), "0");
        assert_eq!(fixed(f64::INFINITY, 1), "0.0");
        assert_eq!(fixed(f64::NEG_INFINITY, 2), "0.00");
        assert_eq!(trimmed(f64::NAN, 2), "0");
    }

    #[test]
    fn trimmed_drops_zeros_and_minus_zero() {
        assert_eq!(trimmed(72.0, 2), "72");
        assert_eq!(trimmed(2.5, 2), "2.5");
        assert_eq!(trimmed(0.25, 2), "0.25");
        assert_eq!(trimmed(-1.0, 2), "-1");
        assert_eq!(trimmed(-0.001, 2), "0");
        assert_eq!(trimmed(1.08, 6), "1.08");
        assert_eq!(trimmed(100.0, 0), "100");
        assert_eq!(money(52000.0), "52000");
        assert_eq!(money(1234.5), "1234.5");
        assert_eq!(money(0.05), "0.05");
    }

    #[test]
    fn clamp_is_f64_clamp() {
        for x in [-1.0, 0.0, 0.5, 1.0, 2.0, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(clamp(x, 0.0, 1.0), x.clamp(0.0, 1.0));
        }
        assert!(clamp(f64::NAN, 0.0, 1.0).is_nan());
    }
}
