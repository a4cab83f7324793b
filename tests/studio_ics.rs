//! The .ics export read back by a real iCalendar parser (the `ical` crate):
//! dates, summaries and alarms survive; lines are folded and escaped per RFC 5545.
#![cfg(not(target_arch = "wasm32"))]

use crossroads::core::date::Date;
use crossroads::core::studio::ics::escape_text;
use crossroads::core::studio::{calendar, CalendarEvent};
use ical::parser::ical::component::{IcalCalendar, IcalEvent};
use ical::property::Property;
use proptest::prelude::*;

/// 2026-03-01 12:00:00 UTC.
const NOW: i64 = 1_772_366_400;

fn plan() -> Vec<CalendarEvent> {
    vec![
        CalendarEvent {
            uid: "opp-7-status-check-first@crossroads".into(),
            date: Date::from_ymd(2026, 3, 10).unwrap(),
            summary: "Status check: Northwind, Senior Designer".into(),
            description: "Send the first status check; ask about timing.\nThen wait a week.".into(),
            alarm_days_before: None,
        },
        CalendarEvent {
            uid: "opp-7-decision@crossroads".into(),
            date: Date::from_ymd(2026, 12, 31).unwrap(),
            summary: "Decide on Northwind — “offer” deadline".into(),
            description: r"Back\slash, semi;colon and comma, all escaped.".into(),
            alarm_days_before: Some(2),
        },
    ]
}

fn parse(text: &str) -> IcalCalendar {
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let calendar = parser.next().expect("one calendar").expect("it parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    calendar
}

fn value<'a>(properties: &'a [Property], name: &str) -> &'a str {
    properties
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.value.as_deref().unwrap_or(""))
        .unwrap_or_else(|| panic!("{name} missing"))
}

fn param(properties: &[Property], name: &str, key: &str) -> Vec<String> {
    let property = properties.iter().find(|p| p.name == name).expect(name);
    property
        .params
        .iter()
        .flatten()
        .filter(|(k, _)| k == key)
        .flat_map(|(_, values)| values.clone())
        .collect()
}

/// Reverses TEXT escaping, as a calendar app would when displaying it.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(ch) = chars.next() {
        if ch == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(ch);
        }
    }
    out
}

#[test]
fn a_real_parser_reads_the_plan_back() {
    let events = plan();
    let parsed = parse(&calendar(&events, NOW));
    assert_eq!(value(&parsed.properties, "VERSION"), "2.0");
    assert!(value(&parsed.properties, "PRODID").contains("Crossroads"));
    assert_eq!(value(&parsed.properties, "CALSCALE"), "GREGORIAN");
    assert_eq!(parsed.events.len(), 2);

    let expected = [
        ("20260310", "20260311", "PT9H"),
        ("20261231", "20270101", "-PT39H"),
    ];
    for ((event, source), (start, end, trigger)) in parsed.events.iter().zip(&events).zip(expected)
    {
        let IcalEvent { properties, alarms } = event;
        assert_eq!(value(properties, "UID"), source.uid);
        assert_eq!(value(properties, "DTSTAMP"), "20260301T120000Z");
        assert_eq!(value(properties, "DTSTART"), start);
        assert_eq!(param(properties, "DTSTART", "VALUE"), ["DATE"]);
        assert_eq!(value(properties, "DTEND"), end);
        assert_eq!(unescape(value(properties, "SUMMARY")), source.summary);
        assert_eq!(
            unescape(value(properties, "DESCRIPTION")),
            source.description
        );
        assert_eq!(alarms.len(), 1, "one alarm per event");
        let alarm = &alarms[0].properties;
        assert_eq!(value(alarm, "ACTION"), "DISPLAY");
        assert_eq!(value(alarm, "TRIGGER"), trigger);
        assert_eq!(unescape(value(alarm, "DESCRIPTION")), source.summary);
    }
}

#[test]
fn the_same_plan_exports_the_same_uids() {
    let first = parse(&calendar(&plan(), NOW));
    let later = parse(&calendar(&plan(), NOW + 86_400));
    let uids = |c: &IcalCalendar| -> Vec<String> {
        c.events
            .iter()
            .map(|e| value(&e.properties, "UID").to_string())
            .collect()
    };
    assert_eq!(uids(&first), uids(&later));
}

#[test]
fn every_line_ends_in_crlf() {
    let text = calendar(&plan(), NOW);
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    assert!(!text.contains("\r\n\r\n"), "no blank lines");
}

#[test]
fn escaping_of_the_special_characters() {
    assert_eq!(escape_text("a,b"), r"a\,b");
    assert_eq!(escape_text("a;b"), r"a\;b");
    assert_eq!(escape_text(r"a\b"), r"a\\b");
    assert_eq!(escape_text("a\nb"), r"a\nb");
    assert_eq!(escape_text("a\r\nb"), r"a\nb");
}

#[test]
fn an_empty_plan_is_still_a_valid_calendar() {
    let parsed = parse(&calendar(&[], NOW));
    assert!(parsed.events.is_empty());
}

proptest! {
    #[test]
    fn lines_fold_within_75_octets_and_unfold_to_the_text(
        summary in "\\PC{0,200}",
        description in "(\\PC|\n){0,300}",
        days in 0i32..40_000,
        alarm in proptest::option::of(0u32..30),
    ) {
        // A fixed first word keeps the value from starting with ':' or a
        // space, which the `ical` parser strips (a quirk of that parser, not
        // of the format).
        let summary = format!("Step {summary}");
        let event = CalendarEvent {
            uid: "prop@crossroads".into(),
            date: Date::from_days(days),
            summary: summary.clone(),
            description: description.clone(),
            alarm_days_before: alarm,
        };
        let text = calendar(std::slice::from_ref(&event), NOW);
        for line in text.split("\r\n") {
            prop_assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Unfolding (RFC 5545 §3.1) restores each logical line exactly.
        let unfolded = text.replace("\r\n ", "");
        let summary_line = format!("SUMMARY:{}\r\n", escape_text(&summary));
        let description_line = format!("DESCRIPTION:{}\r\n", escape_text(&description));
        prop_assert!(unfolded.contains(&summary_line));
        prop_assert!(unfolded.contains(&description_line));

        let parsed = parse(&text);
        let properties = &parsed.events[0].properties;
        // The parser trims surrounding whitespace from values; so do calendar apps.
        let read_back = unescape(value(properties, "SUMMARY"));
        prop_assert_eq!(read_back.trim(), summary.trim());
        prop_assert_eq!(value(properties, "DTSTART"), event.date.compact());
    }
}
