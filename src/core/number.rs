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
