//! The integer-based number text in `core::number` against Rust's own float
//! formatting, which the app no longer links but the tests keep as the oracle.

use crossroads::core::number::{clamp, fixed, money, plain, trimmed, whole, MAX_DECIMALS};
use crossroads::core::settings_form::{format_number, parse_number};
use crossroads::core::validate;
use proptest::prelude::*;

/// What `format!("{x:.0}")` says, as a number ("-0" is 0).
fn oracle_whole(x: f64) -> i64 {
    format!("{x:.0}").parse().unwrap()
}

/// Any finite double: every bit pattern but not-a-number and the infinities.
fn any_finite() -> impl Strategy<Value = f64> {
    any::<u64>()
        .prop_map(f64::from_bits)
        .prop_filter("finite", |x| x.is_finite())
}

/// Doubles that sit exactly on a rounding tie for some number of decimals:
/// n / 2^k has a 5 as its last decimal, k places after the point.
fn ties() -> impl Strategy<Value = (f64, u32)> {
    (-(1i64 << 40)..(1i64 << 40), 1u32..12).prop_map(|(n, k)| {
        let x = (2 * n + 1) as f64 / (1u64 << k) as f64;
        (x, k - 1)
    })
}

/// The sizes the app shows: scores, shares, amounts, megabytes.
fn everyday() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1000.0f64..1000.0,
        0.0f64..100.0,
        0.0f64..10_000_000.0,
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 2.0),
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64 / 100.0),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn fixed_is_format_for_any_finite(x in any_finite(), d in 0..=MAX_DECIMALS) {
        let d = d as usize;
        prop_assert_eq!(fixed(x, d as u32), format!("{x:.d$}"));
    }

    #[test]
    fn fixed_is_format_for_everyday_values(x in everyday(), d in 0usize..4) {
        prop_assert_eq!(fixed(x, d as u32), format!("{x:.d$}"));
    }

    #[test]
    fn fixed_is_format_on_ties((x, d) in ties()) {
        let d = d as usize;
        prop_assert_eq!(fixed(x, d as u32), format!("{x:.d$}"));
        prop_assert_eq!(fixed(x, d as u32 + 1), format!("{x:.0$}", d + 1));
    }

    #[test]
    fn whole_is_format_within_i64(x in prop_oneof![
        everyday(),
        -9.0e18f64..9.0e18,
        (-(1i64 << 52)..(1i64 << 52)).prop_map(|n| n as f64 + 0.5),
    ]) {
        prop_assert_eq!(whole(x), oracle_whole(x));
        // And the text agrees, but for the sign of a rounded-away negative.
        prop_assert_eq!(whole(x).to_string(), fixed(x, 0).replace("-0", "0"));
    }

    #[test]
    fn money_reads_back_the_same_amount(cents in 0u64..(1u64 << 50)) {
        let amount = cents as f64 / 100.0;
        let text = money(amount);
        prop_assert_eq!(validate::money(&text), Ok(amount), "{}", text);
    }

    #[test]
    fn money_is_short_round_trip_for_cents(cents in 0u64..100_000_000) {
        // What the field used to show ("{x}") for amounts with cents.
        let amount = cents as f64 / 100.0;
        prop_assert_eq!(money(amount), format!("{amount}"));
    }

    #[test]
    fn trimmed_reads_back_up_to_its_decimals(n in 0u64..(1u64 << 40), k in 0u32..=6) {
        let x = n as f64 / 10f64.powi(k as i32);
        prop_assert_eq!(trimmed(x, 6).parse::<f64>(), Ok(x));
        prop_assert_eq!(parse_number(&trimmed(x, 6)), parse_number(&format!("{x}")));
    }

    #[test]
    fn plain_reads_back_through_the_forms(n in 1u64..(1u64 << 40), k in 0u32..=6) {
        // Exchange rates, cost-of-living indexes and weights, as typed.
        let typed = format!("{}.{:0>width$}", n / 10u64.pow(k), n % 10u64.pow(k), width = k as usize);
        let x = validate::optional_positive(&typed).unwrap().unwrap();
        prop_assert_eq!(validate::optional_positive(&plain(x)), Ok(Some(x)));
        prop_assert_eq!(validate::weight(&plain(x)), Ok(Some(x)));
    }

    #[test]
    fn clamp_is_f64_clamp(x in any_finite(), a in -1e6f64..1e6, b in -1e6f64..1e6) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        prop_assert_eq!(clamp(x, low, high), x.clamp(low, high));
    }
}

#[test]
fn whole_edges() {
    for x in [
        0.0,
        -0.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        -0.5,
        0.49999999999999994,
        99.5,
        100.5,
    ] {
        assert_eq!(whole(x), oracle_whole(x), "{x}");
    }
    assert_eq!(whole(f64::NAN), 0);
    assert_eq!(whole(f64::INFINITY), 0);
    assert_eq!(whole(f64::NEG_INFINITY), 0);
    assert_eq!(whole(1e300), i64::MAX);
}

#[test]
fn fixed_edges() {
    let cases = [
        (0.0, 0, "0"),
        (-0.0, 0, "-0"),
        (0.5, 0, "0"),
        (1.5, 0, "2"),
        (2.5, 0, "2"),
        (-2.5, 0, "-2"),
        (-0.4, 0, "-0"),
        (0.25, 1, "0.2"),
        (0.35, 1, "0.3"),
        (2.675, 2, "2.67"),
        (1e20, 0, "100000000000000000000"),
        (1.0 / 3.0, 1, "0.3"),
        (1.25 * 1024.0 * 1024.0 / (1024.0 * 1024.0), 1, "1.2"),
        (f64::NAN, 1, "0.0"),
        (f64::INFINITY, 0, "0"),
    ];
    for (x, d, text) in cases {
        assert_eq!(fixed(x, d), text, "{x} with {d}");
        if x.is_finite() {
            assert_eq!(fixed(x, d), format!("{x:.0$}", d as usize), "{x} with {d}");
        }
    }
    let huge = f64::MAX;
    assert_eq!(fixed(huge, 2), format!("{huge:.2}"));
    assert_eq!(fixed(-huge, 0), format!("{:.0}", -huge));
}

#[test]
fn money_edges() {
    for (amount, text) in [
        (52_000.0, "52000"),
        (1234.5, "1234.5"),
        (1234.56, "1234.56"),
        (0.01, "0.01"),
        (0.1 + 0.2, "0.3"),
        (1e15 + 0.25, "1000000000000000.25"),
    ] {
        assert_eq!(money(amount), text);
    }
    for typed in ["52000", "52,000.50", "0.05", "1 234.56", "99999999.99"] {
        let amount = validate::money(typed).unwrap();
        assert_eq!(validate::money(&money(amount)), Ok(amount), "{typed}");
    }
}

#[test]
fn settings_numbers_unchanged() {
    for x in [72.0, 2.5, 0.25, -1.0, 0.0, 14.0, 100.0, 0.6] {
        assert_eq!(format_number(x), trimmed(x, 2));
    }
}
