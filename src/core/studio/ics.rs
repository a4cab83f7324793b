//! The follow-up plan as an iCalendar file (RFC 5545) that common calendar
//! apps import: one all-day event per step, each with a reminder.
//!
//! The core reads no clock, so the caller passes the DTSTAMP time. UIDs come
//! from the caller too and must be stable (for example the opportunity id, the
//! message kind and the date), so importing an updated plan replaces events
//! instead of duplicating them.

use serde::{Deserialize, Serialize};

use crate::core::date::Date;

/// Content lines may be at most this many octets, line break excluded.
const MAX_LINE_OCTETS: usize = 75;

/// Hour of the day (local) at which reminders fire: nobody wants one at midnight.
const REMINDER_HOUR: i64 = 9;

/// One step of the plan, as an all-day event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarEvent {
    /// A stable, unique id; the same step keeps the same id across exports.
    pub uid: String,
    /// The day of the step.
    pub date: Date,
    /// The title shown in the calendar.
    pub summary: String,
    /// Details: what to send and to whom.
    pub description: String,
    /// Remind this many days before, at 09:00; `None` reminds at 09:00 on the day.
    pub alarm_days_before: Option<u32>,
}

/// Renders `events` as a VCALENDAR. `now_unix_seconds` is the export time
/// (UTC), written as every event's DTSTAMP.
///
/// ```
/// use crossroads::core::date::Date;
/// use crossroads::core::studio::{calendar, CalendarEvent};
///
/// let event = CalendarEvent {
///     uid: "opp-1-status-check@crossroads".into(),
///     date: Date::from_ymd(2026, 3, 6).unwrap(),
///     summary: "Status check: Northwind".into(),
///     description: "Send the first status check.".into(),
///     alarm_days_before: None,
/// };
/// let ics = calendar(&[event], 1_767_225_600);
/// assert!(ics.contains("DTSTART;VALUE=DATE:20260306\r\n"));
/// assert!(ics.contains("DTEND;VALUE=DATE:20260307\r\n"));
/// ```
pub fn calendar(events: &[CalendarEvent], now_unix_seconds: i64) -> String {
    let stamp = utc_stamp(now_unix_seconds);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Crossroads//Follow-up plan//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
    ];
    for event in events {
        lines.extend([
            "BEGIN:VEVENT".into(),
            format!("UID:{}", escape_text(&event.uid)),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", event.date.compact()),
            format!("DTEND;VALUE=DATE:{}", event.date.add_days(1).compact()),
            format!("SUMMARY:{}", escape_text(&event.summary)),
            format!("DESCRIPTION:{}", escape_text(&event.description)),
            "TRANSP:TRANSPARENT".into(),
            "BEGIN:VALARM".into(),
            "ACTION:DISPLAY".into(),
            format!("TRIGGER:{}", trigger(event.alarm_days_before)),
            format!("DESCRIPTION:{}", escape_text(&event.summary)),
            "END:VALARM".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold(line)).collect()
}

/// `YYYYMMDDTHHMMSSZ` for a Unix time.
fn utc_stamp(unix_seconds: i64) -> String {
    let days = unix_seconds.div_euclid(86_400);
    let seconds = unix_seconds.rem_euclid(86_400);
    // Dates beyond i32 days are hundreds of millions of years away.
    let date = Date::from_days(days.clamp(i32::MIN as i64, i32::MAX as i64) as i32);
    format!(
        "{}T{:02}{:02}{:02}Z",
        date.compact(),
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

/// The alarm offset from the start of the all-day event (local midnight).
fn trigger(days_before: Option<u32>) -> String {
    let hours = REMINDER_HOUR - 24 * i64::from(days_before.unwrap_or(0));
    if hours < 0 {
        format!("-PT{}H", -hours)
    } else {
        format!("PT{hours}H")
    }
}

/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line
/// breaks as `\n`.
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line into CRLF-terminated physical lines of at most 75
/// octets, continuation lines starting with a space, never splitting a
/// UTF-8 character.
///
/// Where it can, it also avoids breaking next to whitespace: some parsers
/// trim physical lines before unfolding and would lose that space.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    // The physical line being built; a continuation starts with its space.
    let mut current: Vec<char> = Vec::new();
    let mut width = 0;
    for ch in line.chars() {
        if width + ch.len_utf8() > MAX_LINE_OCTETS {
            let first = usize::from(!out.is_empty());
            let split = break_point(&current, ch, first);
            out.extend(&current[..split]);
            out.push_str("\r\n");
            let carried: Vec<char> = current[split..].to_vec();
            current = vec![' '];
            current.extend(carried);
            width = current.iter().map(|c| c.len_utf8()).sum();
        }
        current.push(ch);
        width += ch.len_utf8();
    }
    out.extend(&current);
    out.push_str("\r\n");
    out
}

/// Where to end the full physical line `current` before adding `next`:
/// the latest point with no whitespace on either side whose carried-over
/// tail still fits, or the end of the line if there is none.
fn break_point(current: &[char], next: char, first: usize) -> usize {
    let is_space = |c: char| c.is_whitespace();
    let mut tail_width = next.len_utf8() + 1;
    for split in (first + 1..=current.len()).rev() {
        if split < current.len() {
            tail_width += current[split].len_utf8();
        }
        if tail_width > MAX_LINE_OCTETS {
            break;
        }
        let after = current.get(split).copied().unwrap_or(next);
        if !is_space(current[split - 1]) && !is_space(after) {
            return split;
        }
    }
    current.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escaping() {
        assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(
            escape_text("one\ntwo\r\nthree\rfour"),
            r"one\ntwo\nthree\nfour"
        );
        assert_eq!(escape_text("tab\there"), "tabhere");
    }

    #[test]
    fn stamps_are_utc() {
        assert_eq!(utc_stamp(0), "19700101T000000Z");
        assert_eq!(utc_stamp(1_772_804_096), "20260306T133456Z");
        assert_eq!(utc_stamp(-1), "19691231T235959Z");
    }

    #[test]
    fn triggers_fire_in_the_morning() {
        assert_eq!(trigger(None), "PT9H");
        assert_eq!(trigger(Some(0)), "PT9H");
        assert_eq!(trigger(Some(1)), "-PT15H");
        assert_eq!(trigger(Some(2)), "-PT39H");
    }

    #[test]
    fn folding_respects_the_limit_and_characters() {
        for text in [
            "é".repeat(80),
            "ab ".repeat(60),
            " ".repeat(200),
            "x".repeat(75),
        ] {
            let folded = fold(&text);
            for line in folded.split("\r\n").filter(|l| !l.is_empty()) {
                assert!(line.len() <= MAX_LINE_OCTETS, "{line:?}");
            }
            assert_eq!(
                folded.strip_suffix("\r\n").unwrap().replace("\r\n ", ""),
                text
            );
        }
    }

    #[test]
    fn folds_avoid_whitespace_at_the_break() {
        let folded = fold(&"ab ".repeat(60));
        for line in folded.trim_end().split("\r\n") {
            assert!(!line.ends_with(' '), "{line:?}");
            assert!(!line[1..].starts_with(' '), "{line:?}");
        }
    }
}
