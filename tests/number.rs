//! The integer-based number text in `core::number` against Rust's own float
//! formatting and parsing, which the app no longer links but the tests keep
//! as the oracle; and the one reader of typed numbers against its stated
//! comma policy.

use crossroads::core::model::{Settings, Workspace};
use crossroads::core::number::{
    clamp, fixed, money, parse, plain, read, trimmed, whole, NumberError, MAX_DECIMALS,
};
use crossroads::core::settings_form::{format_number, threshold, Line};
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
        prop_assert_eq!(parse(&trimmed(x, 6)), Ok(x));
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

// ---------------------------------------------------------------------------
// Reading typed numbers: one reader, one comma policy.

/// What each way of writing a number reads as. The expected values are
/// written out by hand from the policy in `core::number`'s documentation.
#[test]
fn the_comma_policy_row_by_row() {
    let rows: &[(&str, f64)] = &[
        // Plain numbers.
        ("0", 0.0),
        ("3", 3.0),
        (" 72 ", 72.0),
        ("007", 7.0),
        ("-1", -1.0),
        ("+4", 4.0),
        ("\u{2212}2", -2.0),
        ("-0", 0.0),
        // The point on its own is always decimal.
        ("2.5", 2.5),
        ("1.085", 1.085),
        ("0.125", 0.125),
        ("1234.567", 1234.567),
        (".5", 0.5),
        ("7.", 7.0),
        ("-.25", -0.25),
        // A lone comma followed by exactly three digits groups thousands.
        ("60,000", 60_000.0),
        ("1,500", 1500.0),
        ("999,999", 999_999.0),
        ("-1,000", -1000.0),
        // Otherwise a lone comma is decimal.
        ("2,5", 2.5),
        ("2,50", 2.5),
        ("1,0825", 1.0825),
        ("0,125", 0.125),
        ("0,5", 0.5),
        (",5", 0.5),
        ("1234,567", 1234.567),
        ("12,34", 12.34),
        ("52,", 52.0),
        // Repeated commas or points are thousands.
        ("1,234,567", 1_234_567.0),
        ("1.234.567", 1_234_567.0),
        ("12.345.678", 12_345_678.0),
        // Both marks: the last one is decimal.
        ("1,234.56", 1234.56),
        ("1.234,56", 1234.56),
        ("1.234,5", 1234.5),
        ("1,234,567.891", 1_234_567.891),
        ("1.234.567,891", 1_234_567.891),
        ("1,234.", 1234.0),
        ("1.234,", 1234.0),
        // Spaces, underscores and apostrophes group thousands.
        ("52 000", 52_000.0),
        ("1 000 000", 1_000_000.0),
        ("52\u{a0}000", 52_000.0),
        ("52\u{202f}000,50", 52_000.5),
        ("1\u{2009}234", 1234.0),
        ("1_000_000", 1_000_000.0),
        ("1'234'567.5", 1_234_567.5),
        ("1\u{2019}234", 1234.0),
        // ...and after them a single comma or point is decimal.
        ("1 234,5", 1234.5),
        ("1 234,567", 1234.567),
        ("1 234.567", 1234.567),
        ("1_234,56", 1234.56),
        // Indian grouping: twos, then a final three.
        ("12,34,567", 1_234_567.0),
        ("1,00,000", 100_000.0),
        ("1,23,45,678.9", 12_345_678.9),
        // Precision: the nearest double to what was typed.
        ("0.1", 0.1),
        ("0.3", 0.3),
        ("999999999999999", 999_999_999_999_999.0),
        ("1125899906842.62", 1_125_899_906_842.62),
        ("123456789012345", 123_456_789_012_345.0),
        ("0.000001", 0.000_001),
        ("1,000,000,000,000.01", 1_000_000_000_000.01),
    ];
    for &(text, value) in rows {
        assert_eq!(parse(text), Ok(value), "{text:?}");
        assert!(
            parse(text).unwrap().is_sign_positive() || value < 0.0,
            "{text:?}"
        );
    }
}

/// What is refused, and why: never a guess.
#[test]
fn unclear_numbers_are_refused_with_a_reason() {
    use NumberError::*;
    let rows: &[(&str, NumberError)] = &[
        ("", Empty),
        ("   ", Empty),
        ("abc", NotANumber),
        ("-", NotANumber),
        (".", NotANumber),
        (",", NotANumber),
        ("1e3", NotANumber),
        ("NaN", NotANumber),
        ("inf", NotANumber),
        ("+-1", NotANumber),
        ("--1", NotANumber),
        ("$52,000", NotANumber),
        ("52k", NotANumber),
        ("1,,000", StraySeparator),
        ("1 ,000", StraySeparator),
        ("1., 5", StraySeparator),
        ("_5", StraySeparator),
        ("5_", StraySeparator),
        ("5'", StraySeparator),
        (".5.5", StraySeparator),
        (",5,000", StraySeparator),
        ("1,234.5.6", TwoDecimalMarks),
        ("1.234,5,6", TwoDecimalMarks),
        ("1,234,", TwoDecimalMarks),
        ("1.2.", TwoDecimalMarks),
        ("1 234,567,890", MixedGrouping),
        ("1'234 567", MixedGrouping),
        ("1 234.567.890,5", MixedGrouping),
        ("1.2.3", UnevenGroups),
        ("1,23,4", UnevenGroups),
        ("1,2345,678", UnevenGroups),
        ("1234,567,890", UnevenGroups),
        ("0,123,456", UnevenGroups),
        ("12 34", UnevenGroups),
        ("1 2345", UnevenGroups),
        ("123,45,678", UnevenGroups),
        ("1,2.5", UnevenGroups),
        ("1000000000000000", TooBig),
        ("1,000,000,000,000,000", TooBig),
    ];
    for &(text, error) in rows {
        assert_eq!(parse(text), Err(error), "{text:?}");
    }
    // Every refusal says what to do, the way the forms speak ("Enter …").
    for &(text, error) in rows {
        let message = error.message();
        let verb = message.split(' ').next().unwrap();
        assert!(
            ["Enter", "Use", "Check", "Group"].contains(&verb),
            "{text:?}: {message}"
        );
    }
}

#[test]
fn decimals_are_counted_as_typed() {
    for (text, decimals) in [
        ("52", 0),
        ("52.000", 3),
        ("52,000", 0),
        ("2,50", 2),
        (".5", 1),
        ("7.", 0),
        ("1.234,567", 3),
    ] {
        assert_eq!(read(text).map(|t| t.decimals), Ok(decimals), "{text:?}");
    }
}

/// The bug this reader replaced: "2,5" was 2.5 in Settings and 25 in an
/// opportunity's details. Every numeric field now reads the same text the
/// same way.
#[test]
fn every_field_reads_the_same_text_the_same_way() {
    let settings = Settings::default();
    let years = threshold("value_horizon_years").unwrap();
    let workspace = Workspace::default();
    for (text, value) in [("2,5", 2.5), ("2.5", 2.5), ("1,5", 1.5)] {
        assert_eq!(years.parse(text, &settings), Ok(value), "{text}");
        assert_eq!(validate::money(text), Ok(value), "{text}");
        assert_eq!(validate::optional_positive(text), Ok(Some(value)), "{text}");
        assert_eq!(validate::weight(text), Ok(Some(value)), "{text}");
        assert_eq!(validate::line(text), Ok(value), "{text}");
        assert!(validate::score(text).is_err(), "{text}: a score is whole");
    }
    assert_eq!(Line::WalkAway.parse("40,5", &workspace), Ok(40.5));
    assert_eq!(validate::money("60,000"), Ok(60_000.0));
    assert_eq!(
        validate::line("60,000"),
        Err("Enter a number from 0 to 100")
    );
    // The settings screen no longer refuses grouped numbers.
    let days = threshold("check_interval_days").unwrap();
    assert_eq!(
        days.parse("1 0", &settings).unwrap_err(),
        "Group the digits in threes, like 1,234,567, or leave the separators out"
    );
    // And an unclear number gets the same explanation on every screen.
    let unclear = "1,23,4";
    let why = NumberError::UnevenGroups.message();
    assert_eq!(validate::money(unclear), Err(why));
    assert_eq!(validate::optional_positive(unclear), Err(why));
    assert_eq!(validate::weight(unclear), Err(why));
    assert_eq!(validate::line(unclear), Err(why));
    assert_eq!(validate::score(unclear), Err(why.to_string()));
    assert_eq!(years.parse(unclear, &settings), Err(why.to_string()));
    assert_eq!(
        Line::Accept.parse(unclear, &workspace),
        Err(why.to_string())
    );
}

#[test]
fn money_takes_cents_at_most() {
    assert_eq!(
        validate::money("52.000"),
        Err("Enter at most two decimals, like 52000 or 52000.50")
    );
    assert_eq!(validate::money("52.000,00"), Ok(52_000.0));
    assert_eq!(validate::money("52.000.000"), Ok(52_000_000.0));
    assert_eq!(validate::money("1 234,56"), Ok(1234.56));
    assert_eq!(validate::money("-5"), Err("Enter an amount of 0 or more"));
    assert_eq!(
        validate::money("lots"),
        Err("Enter an amount in numbers, like 52000")
    );
}

/// How to write a number: the thousands separator and the decimal mark.
#[derive(Debug, Clone, Copy)]
struct Style {
    thousands: Option<&'static str>,
    decimal: char,
    indian: bool,
}

const STYLES: [Style; 11] = [
    Style {
        thousands: None,
        decimal: '.',
        indian: false,
    },
    Style {
        thousands: None,
        decimal: ',',
        indian: false,
    },
    Style {
        thousands: Some(","),
        decimal: '.',
        indian: false,
    },
    Style {
        thousands: Some("."),
        decimal: ',',
        indian: false,
    },
    Style {
        thousands: Some(" "),
        decimal: ',',
        indian: false,
    },
    Style {
        thousands: Some(" "),
        decimal: '.',
        indian: false,
    },
    Style {
        thousands: Some("\u{a0}"),
        decimal: ',',
        indian: false,
    },
    Style {
        thousands: Some("\u{202f}"),
        decimal: ',',
        indian: false,
    },
    Style {
        thousands: Some("_"),
        decimal: '.',
        indian: false,
    },
    Style {
        thousands: Some("'"),
        decimal: '.',
        indian: false,
    },
    Style {
        thousands: Some(","),
        decimal: '.',
        indian: true,
    },
];

/// Writes `whole` grouped the style's way (written here from scratch, not
/// with the app's code), then the decimals after its decimal mark.
fn written(style: Style, whole: u64, decimals: &str) -> String {
    let digits = whole.to_string();
    let mut groups = Vec::new();
    let mut rest = digits.as_str();
    let mut size = 3;
    while rest.len() > size {
        let (head, tail) = rest.split_at(rest.len() - size);
        groups.insert(0, tail);
        rest = head;
        if style.indian {
            size = 2;
        }
    }
    groups.insert(0, rest);
    let mut text = groups.join(style.thousands.unwrap_or(""));
    if !decimals.is_empty() {
        text.push(style.decimal);
        text.push_str(decimals);
    }
    text
}

/// The one documented case where a well-formed number reads another way:
/// a single separator that is a point (always decimal) or a comma followed by
/// three digits (thousands), with nothing else to tell them apart.
fn reads_as_written(style: Style, whole: u64, decimals: &str) -> bool {
    let text = written(style, whole, decimals);
    let separators = text.chars().filter(|c| !c.is_ascii_digit()).count();
    let lone_point_grouping = style.thousands == Some(".") && decimals.is_empty();
    let lone_comma_three = style.decimal == ',' && decimals.len() == 3 && whole < 1000 && whole > 0;
    !(separators == 1 && (lone_point_grouping || lone_comma_three))
}

fn style() -> impl Strategy<Value = Style> {
    (0..STYLES.len()).prop_map(|i| STYLES[i])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Written with any style's separators, a number reads back as itself
    /// (Rust's own parser on the plain digits is the oracle).
    #[test]
    fn grouped_numbers_read_back(
        style in style(),
        whole in prop_oneof![0u64..1000, 0u64..10_000_000, 0u64..1_000_000_000_000],
        decimals in "[0-9]{0,3}",
    ) {
        prop_assume!(reads_as_written(style, whole, &decimals));
        let text = written(style, whole, &decimals);
        let expected: f64 = format!("{whole}.{decimals}0").parse().unwrap();
        prop_assert_eq!(parse(&text), Ok(expected), "{:?}", text);
        prop_assert_eq!(parse(&format!("-{text}")), Ok(if expected == 0.0 { 0.0 } else { -expected }));
    }

    /// The exception reads the other way, as documented: a lone point is a
    /// decimal point, a lone comma before three digits groups thousands.
    #[test]
    fn the_lone_separator_reads_by_the_policy(whole in 1u64..1_000_000, three in "[0-9]{3}") {
        let german = written(STYLES[3], whole, "");
        if german.contains('.') {
            let expected: f64 = german.parse().unwrap();
            prop_assert_eq!(parse(&german), Ok(expected));
        }
        if whole < 1000 {
            let expected: f64 = format!("{whole}{three}").parse().unwrap();
            prop_assert_eq!(parse(&format!("{whole},{three}")), Ok(expected));
        }
    }

    /// Plain decimals of up to 15 significant digits are the nearest double,
    /// exactly as Rust's parser reads them.
    #[test]
    fn plain_decimals_are_the_nearest_double(whole in "[0-9]{1,9}", decimals in "[0-9]{0,6}") {
        let text = format!("{whole}.{decimals}");
        prop_assert_eq!(parse(&text), Ok(text.parse::<f64>().unwrap()));
        if decimals.len() != 3 {
            // With a decimal comma instead, the same number.
            prop_assert_eq!(parse(&text.replace('.', ",")), parse(&text));
        }
    }

    /// Longer inputs are within one unit in the last place.
    #[test]
    fn long_decimals_are_close(whole in "[1-9][0-9]{0,14}", decimals in "[0-9]{5,30}") {
        let text = format!("{whole}.{decimals}");
        let oracle = text.parse::<f64>().unwrap();
        let ours = parse(&text).unwrap();
        let ulps = (ours.to_bits() as i64 - oracle.to_bits() as i64).abs();
        prop_assert!(ulps <= 1, "{} read as {} not {}", text, ours, oracle);
    }

    /// No text makes the reader panic, and what it reads is a real number.
    #[test]
    fn any_text_reads_safely(text in "[-+0-9.,' _a-z\u{a0}]{0,16}") {
        if let Ok(x) = parse(&text) {
            prop_assert!(x.is_finite());
        }
    }
}
