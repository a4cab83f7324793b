//! Dates and money in the user's own locale, through the browser's Intl
//! rather than a formatting crate. For the screen only: dates inside a
//! message are written in English by the core
//! ([`crate::core::date::spoken_date_from`]).

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

use crate::app::state::today;
use crate::core::date::{shows_year, Date};
use crate::core::money::{exponent, field_text, Money};
use crate::core::number::whole;

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

fn js_date(date: Date) -> js_sys::Date {
    let (y, m, d) = date.ymd();
    // Noon, so no time-zone shift can move it to another day.
    js_sys::Date::new_with_year_month_day_hr(y as u32, m as i32 - 1, d as i32, 12)
}

fn format_with(date: Date, pairs: &[(&str, &str)]) -> String {
    let format = Intl::DateTimeFormat::new(&Array::new(), &options(pairs));
    format
        .format()
        .call1(&JsValue::UNDEFINED, &js_date(date))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| date.to_string())
}

/// "Fri, 27 Nov" in the user's locale, with the year when it is not this
/// year ("Tue, 2 Mar 2027"), so a date in a list never passes for this
/// year's.
pub fn short_date(date: Date) -> String {
    let short = [("weekday", "short"), ("day", "numeric"), ("month", "short")];
    if shows_year(date, today()) {
        format_with(date, &[short[0], short[1], short[2], ("year", "numeric")])
    } else {
        format_with(date, &short)
    }
}

/// "Friday 27 November 2026" in the user's locale: always with the year.
pub fn long_date(date: Date) -> String {
    format_with(
        date,
        &[
            ("weekday", "long"),
            ("day", "numeric"),
            ("month", "long"),
            ("year", "numeric"),
        ],
    )
}

/// A weighted total as the screen writes it, or "Unknown" while nothing in
/// it is scored: an unscored option has no total, and 0 would read as one.
pub fn total_text(total: f64, confidence: f64) -> String {
    if confidence > 0.0 {
        crate::core::number::whole(total).to_string()
    } else {
        "Unknown".to_string()
    }
}

/// An amount of money with its currency in the user's locale ("€52,000",
/// "€52,000.50", "¥8,000,000"): the currency's decimals when there are
/// cents to show, none for a whole amount. Intl accepts any well-formed
/// three-letter code and throws on anything else, so a malformed code falls
/// back to plain "52000.5 XYZ".
pub fn money(amount: Money, currency: &str) -> String {
    let code = currency.trim().to_ascii_uppercase();
    let plain = || {
        format!("{} {}", field_or_zero(amount, &code), currency.trim())
            .trim()
            .to_string()
    };
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return plain();
    }
    let decimals = exponent(&code);
    let whole = amount.0 % 10_i64.pow(decimals) == 0;
    let shown = if whole { 0 } else { decimals };
    let opts = options(&[("style", "currency"), ("currency", &code)]);
    for key in ["minimumFractionDigits", "maximumFractionDigits"] {
        let _ = Reflect::set(&opts, &key.into(), &JsValue::from_f64(f64::from(shown)));
    }
    let format = Intl::NumberFormat::new(&Array::new(), &opts);
    format
        .format()
        .call1(
            &JsValue::UNDEFINED,
            &JsValue::from_f64(amount.to_major_f64(&code)),
        )
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(plain)
}

/// An amount as a field shows it, but "0" for zero.
fn field_or_zero(amount: Money, currency: &str) -> String {
    match field_text(amount, currency) {
        t if t.is_empty() => "0".to_string(),
        t => t,
    }
}

/// A yearly value in major units (the value chart's figures), to the
/// nearest whole unit.
pub fn whole_money(amount: f64, currency: &str) -> String {
    money(Money::major(whole(amount), currency), currency)
}

/// "in 3 days", "tomorrow", "today", "2 days ago".
pub fn relative_days(days: i32) -> String {
    match days {
        0 => "today".to_string(),
        1 => "tomorrow".to_string(),
        -1 => "yesterday".to_string(),
        n if n > 1 => format!("in {n} days"),
        n => format!("{} days ago", -n),
    }
}
