//! What the settings screen edits, and the rules for what it accepts.
//!
//! Every threshold in [`Settings`] is described once here — label, hint,
//! unit, allowed range, where its default comes from, and how to read and
//! write it — so the screen is a loop over [`THRESHOLDS`] and a test can
//! prove that no threshold is left out, and none claims the articles for a
//! figure they do not give.

use crate::core::date::{Date, Weekday};
use crate::core::model::{Settings, Workspace};
use crate::core::number;

/// Which part of the screen a threshold sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// How offers are scored and compared.
    Scoring,
    /// How long to take and how long to ask for.
    Timing,
    /// When to follow up after an interview.
    FollowUps,
    /// Keeping in touch after a no.
    AfterNo,
}

impl Group {
    /// All groups, in screen order.
    pub const ALL: [Group; 4] = [
        Group::Scoring,
        Group::Timing,
        Group::FollowUps,
        Group::AfterNo,
    ];

    /// The group's heading.
    pub fn title(self) -> &'static str {
        match self {
            Group::Scoring => "Scoring",
            Group::Timing => "Deciding and asking for time",
            Group::FollowUps => "Following up",
            Group::AfterNo => "After you say no",
        }
    }
}

/// Where a default figure comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The articles give this figure, or the range it is the end of.
    Articles,
    /// Crossroads chose it: the articles give the idea but no figure, or
    /// nothing at all.
    Crossroads,
}

impl Source {
    /// The attribution as the screen shows it.
    pub fn label(self) -> &'static str {
        match self {
            Source::Articles => "From the articles",
            Source::Crossroads => "Crossroads default",
        }
    }

    /// The attribution inside a sentence ("Default: 3 (from the articles)"):
    /// lower case, except the product's name, which keeps its capital.
    pub fn in_sentence(self) -> &'static str {
        match self {
            Source::Articles => "from the articles",
            Source::Crossroads => "Crossroads default",
        }
    }
}

/// One editable threshold.
#[derive(Debug, Clone, Copy)]
pub struct Threshold {
    /// The field's name in [`Settings`], also used for element ids.
    pub key: &'static str,
    /// The label above the field.
    pub label: &'static str,
    /// The hint under the label.
    pub hint: &'static str,
    /// The unit after the field ("days", "%").
    pub unit: &'static str,
    /// Which part of the screen.
    pub group: Group,
    /// Smallest accepted value, in the unit shown.
    pub min: f64,
    /// Largest accepted value, in the unit shown.
    pub max: f64,
    /// Whether only whole numbers make sense.
    pub whole: bool,
    /// Where the default comes from.
    pub source: Source,
    get: fn(&Settings) -> f64,
    set: fn(&mut Settings, f64),
}

impl Threshold {
    /// The current value, in the unit shown.
    pub fn value(&self, settings: &Settings) -> f64 {
        (self.get)(settings)
    }

    /// The default, in the unit shown ([`Threshold::source`] says whose).
    pub fn default_value(&self) -> f64 {
        (self.get)(&Settings::default())
    }

    /// Writes a value (already checked by [`Threshold::parse`]).
    pub fn apply(&self, settings: &mut Settings, value: f64) {
        (self.set)(settings, value);
    }

    /// The value as the field shows it: no trailing ".0" for whole numbers.
    pub fn display(&self, value: f64) -> String {
        format_number(value)
    }

    /// Reads what the user typed, checking it against the range and against
    /// the threshold it pairs with (a minimum may not pass its maximum).
    pub fn parse(&self, text: &str, settings: &Settings) -> Result<f64, String> {
        if text.trim().is_empty() {
            return Err(format!(
                "Enter a number, or reset it to the default of {}",
                self.display(self.default_value())
            ));
        }
        let value =
            number::parse(text).map_err(|e| e.message_or("Enter a number, like 3").to_string())?;
        if self.whole && value.fract() != 0.0 {
            return Err("Enter a whole number, like 3".to_string());
        }
        if value < self.min || value > self.max {
            return Err(format!(
                "Enter a number from {} to {}",
                self.display(self.min),
                self.display(self.max)
            ));
        }
        let mut next = settings.clone();
        self.apply(&mut next, value);
        match pair_problem(self.key, &next) {
            Some(problem) => Err(problem),
            None => Ok(value),
        }
    }
}

/// A number as a settings field shows it: up to two decimals, no trailing
/// zeros ("72", "2.5"), through [`crate::core::number`], which keeps the
/// float formatter, and its tables, out of the browser build.
pub fn format_number(value: f64) -> String {
    crate::core::number::trimmed(value, 2)
}

/// Thresholds that come as a lower and an upper bound must stay in order.
fn pair_problem(key: &str, s: &Settings) -> Option<String> {
    let pairs = [
        (
            "ask_time_local_min_days",
            "ask_time_local_max_days",
            s.ask_time_local_min_days,
            s.ask_time_local_max_days,
        ),
        (
            "ask_time_international_min_days",
            "ask_time_international_max_days",
            s.ask_time_international_min_days,
            s.ask_time_international_max_days,
        ),
        (
            "reengage_from_months",
            "reengage_until_months",
            s.reengage_from_months,
            s.reengage_until_months,
        ),
    ];
    pairs.into_iter().find_map(|(low, high, a, b)| {
        if a <= b {
            None
        } else if key == low {
            Some(format!("This must not be more than the longest, {b}"))
        } else if key == high {
            Some(format!("This must not be less than the shortest, {a}"))
        } else {
            None
        }
    })
}

macro_rules! whole {
    ($key:ident, $label:expr, $hint:expr, $unit:expr, $group:expr, $min:expr, $max:expr, $source:expr) => {
        Threshold {
            key: stringify!($key),
            label: $label,
            hint: $hint,
            unit: $unit,
            group: $group,
            min: $min,
            max: $max,
            whole: true,
            source: $source,
            get: |s| f64::from(s.$key as u32),
            // The range check runs before this, so the value fits the field.
            set: |s, v| s.$key = v as _,
        }
    };
}

/// Every threshold in [`Settings`], in screen order.
pub const THRESHOLDS: &[Threshold] = &[
    Threshold {
        key: "min_confidence",
        label: "How complete the matrix must be to accept",
        hint: "The share of your priorities' weight that must be scored before the app suggests accepting.",
        unit: "%",
        group: Group::Scoring,
        min: 0.0,
        max: 100.0,
        whole: true,
        source: Source::Crossroads,
        get: |s| (s.min_confidence * 100.0).round(),
        set: |s, v| s.min_confidence = v / 100.0,
    },
    whole!(gap_score, "Score that counts as a gap", "A priority scored below this, out of 5, is worth raising with the employer.", "out of 5", Group::Scoring, 1.0, 5.0, Source::Crossroads),
    whole!(max_negotiation_gaps, "Most points to negotiate at once", "The articles say to focus on the few things that would change your decision; how many is yours to set.", "points", Group::Scoring, 1.0, 12.0, Source::Crossroads),
    Threshold {
        key: "better_option_margin",
        label: "Margin for a clearly better option",
        hint: "How many points out of 100 higher another option must total to count as better.",
        unit: "points",
        group: Group::Scoring,
        min: 0.0,
        max: 50.0,
        whole: false,
        source: Source::Crossroads,
        get: |s| s.better_option_margin,
        set: |s, v| s.better_option_margin = v,
    },
    Threshold {
        key: "value_horizon_years",
        label: "Years to spread one-time payments over",
        hint: "Sign-on payments and moving costs are divided over this many years in the yearly value.",
        unit: "years",
        group: Group::Scoring,
        min: 1.0,
        max: 10.0,
        whole: false,
        source: Source::Crossroads,
        get: |s| s.value_horizon_years,
        set: |s, v| s.value_horizon_years = v,
    },
    whole!(soon_deadline_business_days, "A deadline counts as soon within", "Business days left before an answer is due.", "business days", Group::Timing, 0.0, 20.0, Source::Crossroads),
    whole!(decision_window_hours, "Time to decide after a written offer", "The articles suggest 48 to 72 hours. The answer is then planned for the next working day.", "hours", Group::Timing, 24.0, 336.0, Source::Articles),
    whole!(ask_time_local_min_days, "Shortest time to ask for, local offer", "The articles suggest 3 to 7 business days.", "business days", Group::Timing, 1.0, 30.0, Source::Articles),
    whole!(ask_time_local_max_days, "Longest time to ask for, local offer", "The articles suggest 3 to 7 business days.", "business days", Group::Timing, 1.0, 30.0, Source::Articles),
    whole!(ask_time_international_min_days, "Shortest time to ask for, move abroad", "The articles suggest one to two weeks.", "business days", Group::Timing, 1.0, 30.0, Source::Articles),
    whole!(ask_time_international_max_days, "Longest time to ask for, move abroad", "The articles suggest one to two weeks.", "business days", Group::Timing, 1.0, 30.0, Source::Articles),
    whole!(counteroffer_window_hours, "Time to weigh a counteroffer", "Once it is in writing; the articles suggest 24 to 72 hours.", "hours", Group::Timing, 24.0, 336.0, Source::Articles),
    whole!(thank_you_within_days, "Send the thank-you note within", "Working days after the interview. The articles ask for a thank-you without naming a day.", "business days", Group::FollowUps, 0.0, 7.0, Source::Crossroads),
    whole!(first_check_after_decision_business_days, "First check after their decision date", "Business days to wait past the date they gave you; the articles say two.", "business days", Group::FollowUps, 0.0, 20.0, Source::Articles),
    whole!(first_check_without_date_days, "First check when they gave no date", "Days after the interview; the articles say a week. The check lands on a working day.", "days", Group::FollowUps, 1.0, 60.0, Source::Articles),
    whole!(check_interval_days, "Days between follow-ups", "Between the first, second and final checks; the articles say a week.", "days", Group::FollowUps, 1.0, 60.0, Source::Articles),
    whole!(imminent_interview_days, "An interview counts as close within", "Days before it; withdraw before they spend more time on you.", "days", Group::FollowUps, 0.0, 30.0, Source::Crossroads),
    whole!(call_after_interview_rounds, "Call rather than email from", "Interview rounds after which a no deserves a call, confirmed in writing. The articles say several rounds call for a call; the number is yours to set.", "rounds", Group::FollowUps, 1.0, 10.0, Source::Crossroads),
    whole!(touchpoint_after_months, "Light note after a no", "Months after you declined; the articles suggest about three.", "months", Group::AfterNo, 1.0, 24.0, Source::Articles),
    whole!(reengage_from_months, "Follow up to reconnect from", "Months after you declined; the articles suggest 6 to 12.", "months", Group::AfterNo, 1.0, 36.0, Source::Articles),
    whole!(reengage_until_months, "Follow up to reconnect by", "Months after you declined; the articles suggest 6 to 12. Nothing closes then: you can reach out whenever something changes.", "months", Group::AfterNo, 1.0, 60.0, Source::Articles),
];

/// The threshold with this key.
pub fn threshold(key: &str) -> Option<&'static Threshold> {
    THRESHOLDS.iter().find(|t| t.key == key)
}

/// Ticks or unticks a weekend day. Refuses to leave a week without a working day.
pub fn set_weekend_day(settings: &mut Settings, day: Weekday, weekend: bool) -> Result<(), String> {
    let mut days: Vec<Weekday> = settings
        .weekend_days
        .iter()
        .copied()
        .filter(|d| *d != day)
        .collect();
    if weekend {
        days.push(day);
    }
    if days.len() >= Weekday::ALL.len() {
        return Err("Leave at least one working day in the week".to_string());
    }
    crate::core::sort::sort(&mut days);
    settings.weekend_days = days;
    Ok(())
}

/// Reads a holiday from a date field and adds it, keeping the list in order.
pub fn add_holiday(settings: &mut Settings, text: &str) -> Result<Date, String> {
    if text.trim().is_empty() {
        return Err("Enter a date".to_string());
    }
    let date = Date::parse(text).map_err(|_| "Enter a real date, like 2026-12-25".to_string())?;
    if settings.holidays.contains(&date) {
        return Err("That day is already in the list".to_string());
    }
    settings.holidays.push(date);
    crate::core::sort::sort(&mut settings.holidays);
    Ok(date)
}

/// Checks a currency code: three letters, returned in capitals.
pub fn parse_currency(text: &str) -> Result<String, String> {
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(code)
    } else {
        Err("Enter a three-letter currency code, like EUR or USD".to_string())
    }
}

/// Which of the two decision lines is being edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Below this total you would say no, even after negotiating.
    WalkAway,
    /// At or above this total an offer is good enough to take.
    Accept,
}

impl Line {
    /// The line's current value.
    pub fn value(self, workspace: &Workspace) -> f64 {
        match self {
            Line::WalkAway => workspace.walk_away_line,
            Line::Accept => workspace.accept_line,
        }
    }

    /// The app's default for the line.
    pub fn default_value(self) -> f64 {
        self.value(&Workspace::default())
    }

    /// Where the default comes from: the articles ask you to set a
    /// walk-away point before you look at an offer, but give no number.
    pub fn source(self) -> Source {
        Source::Crossroads
    }

    /// Reads a line (0–100) and checks that walk-away stays below accept.
    pub fn parse(self, text: &str, workspace: &Workspace) -> Result<f64, String> {
        let value = number::parse(text)
            .map_err(|e| e.message_or("Enter a number from 0 to 100").to_string())?;
        if !(0.0..=100.0).contains(&value) {
            return Err("Enter a number from 0 to 100".to_string());
        }
        match self {
            Line::WalkAway if value >= workspace.accept_line => Err(format!(
                "Set this below your accept line, {}",
                format_number(workspace.accept_line)
            )),
            Line::Accept if value <= workspace.walk_away_line => Err(format!(
                "Set this above your walk-away line, {}",
                format_number(workspace.walk_away_line)
            )),
            _ => Ok(value),
        }
    }

    /// Writes a checked value.
    pub fn apply(self, workspace: &mut Workspace, value: f64) {
        match self {
            Line::WalkAway => workspace.walk_away_line = value,
            Line::Accept => workspace.accept_line = value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_numeric_setting_has_exactly_one_threshold() {
        let json = serde_json::to_value(Settings::default()).unwrap();
        let numeric: HashSet<&str> = json
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, v)| v.is_number())
            .map(|(k, _)| k.as_str())
            .collect();
        let described: Vec<&str> = THRESHOLDS.iter().map(|t| t.key).collect();
        let unique: HashSet<&str> = described.iter().copied().collect();
        assert_eq!(unique.len(), described.len(), "a key is listed twice");
        assert_eq!(unique, numeric);
    }

    /// The figures the articles give, read from the articles themselves (not
    /// from `Settings`): key, where, and the figure or range in the
    /// threshold's unit. A week of business days is five.
    const ARTICLE_FIGURES: [(&str, &str, f64, f64); 12] = [
        (
            "decision_window_hours",
            "003: a 48–72 hour decision window",
            48.0,
            72.0,
        ),
        (
            "ask_time_local_min_days",
            "000: 3–7 business days locally",
            3.0,
            3.0,
        ),
        (
            "ask_time_local_max_days",
            "000: 3–7 business days locally",
            7.0,
            7.0,
        ),
        (
            "ask_time_international_min_days",
            "000: 1–2 weeks abroad",
            5.0,
            5.0,
        ),
        (
            "ask_time_international_max_days",
            "000: 1–2 weeks abroad",
            10.0,
            10.0,
        ),
        (
            "counteroffer_window_hours",
            "001: 24–72 hours, in writing",
            24.0,
            72.0,
        ),
        (
            "first_check_after_decision_business_days",
            "000: two business days past their date",
            2.0,
            2.0,
        ),
        (
            "first_check_without_date_days",
            "000: one week without a date",
            7.0,
            7.0,
        ),
        (
            "check_interval_days",
            "000: a week between follow-ups",
            7.0,
            7.0,
        ),
        (
            "touchpoint_after_months",
            "003: a note three months after",
            3.0,
            3.0,
        ),
        (
            "reengage_from_months",
            "002: follow up in 6–12 months",
            6.0,
            6.0,
        ),
        (
            "reengage_until_months",
            "002: follow up in 6–12 months",
            12.0,
            12.0,
        ),
    ];

    #[test]
    fn every_figure_says_truthfully_where_it_comes_from() {
        let claimed: HashSet<&str> = THRESHOLDS
            .iter()
            .filter(|t| t.source == Source::Articles)
            .map(|t| t.key)
            .collect();
        let from_articles: HashSet<&str> = ARTICLE_FIGURES.iter().map(|row| row.0).collect();
        assert_eq!(claimed, from_articles, "claimed as the articles' figures");
        for (key, article, low, high) in ARTICLE_FIGURES {
            let value = threshold(key).unwrap().default_value();
            assert!(
                (low..=high).contains(&value),
                "{key} = {value}, but article {article}"
            );
        }
        // A Crossroads default never dresses up as an article's figure.
        for t in THRESHOLDS.iter().filter(|t| t.source == Source::Crossroads) {
            assert!(!t.hint.contains("articles suggest"), "{}", t.key);
        }
        // The product's own picks, named one by one: these figures appear in
        // no article (thank-you timing, completeness, margins, rounds).
        for key in [
            "min_confidence",
            "gap_score",
            "max_negotiation_gaps",
            "better_option_margin",
            "value_horizon_years",
            "soon_deadline_business_days",
            "thank_you_within_days",
            "imminent_interview_days",
            "call_after_interview_rounds",
        ] {
            assert_eq!(threshold(key).unwrap().source, Source::Crossroads, "{key}");
        }
        // The walk-away and accept lines: the articles name the idea, not a number.
        assert_eq!(Line::WalkAway.source(), Source::Crossroads);
        assert_eq!(Line::Accept.source(), Source::Crossroads);
        assert_eq!(Source::Articles.label(), "From the articles");
        assert_eq!(Source::Crossroads.label(), "Crossroads default");
        assert_eq!(Source::Articles.in_sentence(), "from the articles");
        assert_eq!(Source::Crossroads.in_sentence(), "Crossroads default");
    }

    #[test]
    fn each_threshold_reads_and_writes_its_own_field() {
        for t in THRESHOLDS {
            let json = serde_json::to_value(Settings::default()).unwrap();
            let mut s = Settings::default();
            let changed = if t.default_value() < t.max {
                t.max
            } else {
                t.min
            };
            t.apply(&mut s, changed);
            assert_eq!(t.value(&s), changed, "{}", t.key);
            let after = serde_json::to_value(&s).unwrap();
            let differing: Vec<&String> = after
                .as_object()
                .unwrap()
                .iter()
                .filter(|(k, v)| json[k.as_str()] != **v)
                .map(|(k, _)| k)
                .collect();
            assert_eq!(differing, [t.key], "{} must change only itself", t.key);
        }
    }

    #[test]
    fn defaults_sit_inside_their_ranges() {
        for t in THRESHOLDS {
            let d = t.default_value();
            assert!(t.min <= d && d <= t.max, "{}", t.key);
            assert_eq!(
                t.parse(&t.display(d), &Settings::default()),
                Ok(d),
                "{}",
                t.key
            );
        }
        assert_eq!(
            threshold("decision_window_hours").unwrap().default_value(),
            72.0
        );
        assert_eq!(threshold("min_confidence").unwrap().default_value(), 60.0);
    }

    #[test]
    fn parsing_explains_what_is_wrong() {
        let s = Settings::default();
        let t = threshold("check_interval_days").unwrap();
        assert_eq!(t.parse(" 10 ", &s), Ok(10.0));
        assert!(t.parse("", &s).unwrap_err().contains("default of 7"));
        assert!(t
            .parse("abc", &s)
            .unwrap_err()
            .starts_with("Enter a number"));
        assert!(t.parse("2.5", &s).unwrap_err().contains("whole number"));
        assert_eq!(t.parse("0", &s).unwrap_err(), "Enter a number from 1 to 60");
        let years = threshold("value_horizon_years").unwrap();
        assert_eq!(years.parse("2,5", &s), Ok(2.5));
        let pct = threshold("min_confidence").unwrap();
        let mut s2 = s.clone();
        pct.apply(&mut s2, 75.0);
        assert_eq!(s2.min_confidence, 0.75);
    }

    #[test]
    fn numbers_show_as_typed() {
        // Reading is `core::number::parse`, tested in tests/number.rs.
        assert_eq!(format_number(72.0), "72");
        assert_eq!(format_number(2.5), "2.5");
        assert_eq!(format_number(0.25), "0.25");
        assert_eq!(format_number(-1.0), "-1");
    }

    #[test]
    fn a_minimum_may_not_pass_its_maximum() {
        let s = Settings::default();
        let low = threshold("ask_time_local_min_days").unwrap();
        let high = threshold("ask_time_local_max_days").unwrap();
        assert!(low.parse("8", &s).unwrap_err().contains("longest, 7"));
        assert!(high.parse("2", &s).unwrap_err().contains("shortest, 3"));
        assert_eq!(low.parse("7", &s), Ok(7.0));
        let until = threshold("reengage_until_months").unwrap();
        assert!(until.parse("5", &s).is_err());
    }

    #[test]
    fn weekend_days_can_move_but_not_fill_the_week() {
        let mut s = Settings::default();
        set_weekend_day(&mut s, Weekday::Sunday, false).unwrap();
        set_weekend_day(&mut s, Weekday::Friday, true).unwrap();
        assert_eq!(s.weekend_days, [Weekday::Friday, Weekday::Saturday]);
        let friday = Date::from_ymd(2026, 3, 6).unwrap();
        assert_eq!(friday.weekday(), Weekday::Friday);
        assert!(!s.is_business_day(friday));
        assert!(s.is_business_day(friday.add_days(2)));
        for day in Weekday::ALL.into_iter().take(4) {
            set_weekend_day(&mut s, day, true).unwrap();
        }
        assert!(set_weekend_day(&mut s, Weekday::Sunday, true).is_err());
        assert_eq!(s.weekend_days.len(), 6);
    }

    #[test]
    fn holidays_are_dated_sorted_and_unique() {
        let mut s = Settings::default();
        add_holiday(&mut s, "2026-12-25").unwrap();
        add_holiday(&mut s, "2026-01-01").unwrap();
        assert_eq!(s.holidays[0].to_string(), "2026-01-01");
        assert!(add_holiday(&mut s, "2026-12-25")
            .unwrap_err()
            .contains("already"));
        assert!(add_holiday(&mut s, "2026-02-30").is_err());
        assert!(add_holiday(&mut s, "")
            .unwrap_err()
            .contains("Enter a date"));
    }

    #[test]
    fn currency_codes_and_lines() {
        assert_eq!(parse_currency(" usd "), Ok("USD".to_string()));
        assert!(parse_currency("euro").is_err());
        assert!(parse_currency("€").is_err());
        let w = Workspace::default();
        assert_eq!(Line::WalkAway.parse("40", &w), Ok(40.0));
        assert!(Line::WalkAway
            .parse("80", &w)
            .unwrap_err()
            .contains("below"));
        assert!(Line::Accept.parse("50", &w).unwrap_err().contains("above"));
        assert!(Line::Accept.parse("101", &w).is_err());
        assert_eq!(Line::Accept.default_value(), 75.0);
    }
}
