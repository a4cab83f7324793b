//! The side-by-side comparison: one column per open opportunity and the
//! current role, with the figures the charts draw and the dealbreakers each
//! one fails, plus the geometry of the bars so the chart is tested here.

use crate::core::assess::Assessment;
use crate::core::model::{Axis, Opportunity, Workspace};
use crate::core::money::{percent_change, Money};
use crate::core::number::whole;
use crate::core::recommend::confirmed_dealbreakers;
use crate::core::scoring::Scorecard;
use crate::core::value::YearlyValue;
use crate::core::worth::{assumptions, overtake, worth, Worth, COMMON_ASSUMPTIONS};

/// One column of the comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// The opportunity id ([`Workspace::CURRENT_ROLE_ID`] for the current role).
    pub opportunity_id: String,
    /// "Role at Employer", or "Your current role".
    pub title: String,
    /// Whether this is the current role.
    pub is_current_role: bool,
    /// Weighted total, 0–100.
    pub total: f64,
    /// Share of the matrix that is known, 0–1.
    pub confidence: f64,
    /// Subtotals in [`Axis::ALL`] order; `None` when nothing on that axis is scored.
    pub axes: [Option<f64>; 3],
    /// Mobility support, 0–100, for international moves.
    pub mobility: Option<f64>,
    /// Yearly value in the home currency, before any cost-of-living adjustment.
    pub yearly_value: f64,
    /// Yearly value adjusted for cost of living, when an index was entered.
    pub adjusted_value: Option<f64>,
    /// The home currency code.
    pub currency: String,
    /// Confirmed dealbreakers, in words ("Employment model: through an agency").
    pub dealbreakers: Vec<String>,
    /// Gross and net over the first four years, in the home currency.
    pub worth: Worth,
    /// The assumptions behind `worth`, in plain words.
    pub assumptions: Vec<String>,
}

impl Column {
    /// A key that changes whenever anything in the column does, for the list
    /// that draws the cards. Figures go in as their bits: writing them out
    /// would bring in the float formatter.
    pub fn key(&self) -> String {
        let bits = |x: Option<f64>| x.map_or(u64::MAX, f64::to_bits);
        format!(
            "{:?} {:?} {} {} {} {:?} {} {} {} {:?} {:?} {:?} {} {:?}",
            self.opportunity_id,
            self.title,
            self.is_current_role,
            self.total.to_bits(),
            self.confidence.to_bits(),
            self.axes.map(bits),
            bits(self.mobility),
            self.yearly_value.to_bits(),
            bits(self.adjusted_value),
            self.currency,
            self.dealbreakers,
            self.worth.years.map(|f| [f.gross.0, f.net.0]),
            self.worth.has_net,
            self.assumptions,
        )
    }
}

fn column(
    o: &Opportunity,
    title: String,
    is_current_role: bool,
    card: &Scorecard,
    value: &YearlyValue,
    ws: &Workspace,
) -> Column {
    let home = ws.settings.currency.as_str();
    let baseline_leave = ws.current_role.compensation.leave_days;
    Column {
        opportunity_id: o.id.clone(),
        title,
        is_current_role,
        total: card.total,
        confidence: card.confidence,
        axes: Axis::ALL.map(|a| card.axis(a)),
        mobility: card.mobility,
        yearly_value: value.total,
        adjusted_value: value.adjusted_total,
        currency: value.currency.clone(),
        dealbreakers: confirmed_dealbreakers(o, ws)
            .into_iter()
            .map(|d| d.input)
            .collect(),
        worth: worth(&o.compensation, baseline_leave, home),
        assumptions: assumptions(&o.compensation, baseline_leave, home),
    }
}

/// The current role first, then every opportunity still open (or accepted), in
/// the workspace's order: a stable order reads better than a ranking that
/// jumps while you type. The ranking is in [`Assessment::ranking`].
pub fn columns(ws: &Workspace, assessment: &Assessment) -> Vec<Column> {
    let current_title = match ws.current_role.title().as_str() {
        "this opportunity" => "Your current role".to_string(),
        t => format!("Your current role: {t}"),
    };
    let mut out = vec![column(
        &ws.current_role,
        current_title,
        true,
        &assessment.current_role,
        &assessment.current_role_value,
        ws,
    )];
    // The current role is judged on the matrix only: non-negotiables are for
    // what you would move to.
    out[0].dealbreakers.clear();
    for o in &ws.opportunities {
        if !(o.stage.is_active() || o.stage == crate::core::model::Stage::Accepted) {
            continue;
        }
        if let Some(a) = assessment.for_opportunity(&o.id) {
            out.push(column(o, o.title(), false, &a.scorecard, &a.value, ws));
        }
    }
    out
}

/// Length of a bar for `value` on a scale from 0 to `max`, drawn in `width`
/// units. Negative values and values with no scale draw nothing; values above
/// the scale are capped at full width.
pub fn bar_length(value: f64, max: f64, width: f64) -> f64 {
    if !(value.is_finite() && max.is_finite() && max > 0.0 && width > 0.0) || value <= 0.0 {
        return 0.0;
    }
    (value / max).min(1.0) * width
}

/// How the options' four years compare, in plain words: each offer's
/// four-year total against the current role's, in percent, and every year
/// one option overtakes another on the running total (gross, and net where
/// both have a tax rate).
pub fn worth_comparisons(columns: &[Column]) -> Vec<String> {
    let mut out = Vec::new();
    let current = columns.iter().find(|c| c.is_current_role);
    for c in columns.iter().filter(|c| !c.is_current_role) {
        let Some(now) = current else { break };
        let both_net = c.worth.has_net && now.worth.has_net;
        let (from, to, kind) = if both_net {
            (now.worth.total.net, c.worth.total.net, "net")
        } else {
            (now.worth.total.gross, c.worth.total.gross, "gross")
        };
        if let Some(p) = percent_change(from, to).filter(|_| !to.is_zero()) {
            let way = if p < 0.0 { "below" } else { "above" };
            out.push(format!(
                "{}: over four years, {}% {way} your current role ({kind}).",
                c.title,
                whole(p.abs())
            ));
        }
    }
    for (i, a) in columns.iter().enumerate() {
        for b in &columns[i + 1..] {
            let both_net = a.worth.has_net && b.worth.has_net;
            for (kind, pick) in [
                (
                    "gross",
                    (|f| f.gross) as fn(&crate::core::worth::Figures) -> Money,
                ),
                ("net", |f| f.net),
            ] {
                if kind == "net" && !both_net {
                    continue;
                }
                let years = |c: &Column| c.worth.years.map(|f| pick(&f));
                if let Some(o) = overtake(&years(a), &years(b)) {
                    let (ahead, behind) = if o.second { (b, a) } else { (a, b) };
                    out.push(format!(
                        "{} overtakes {} in year {} ({kind}, counting every year so far).",
                        ahead.title, behind.title, o.year
                    ));
                }
            }
        }
    }
    out
}

/// Every assumption behind the four-year figures: those common to all,
/// then each option's own, named ("Analyst at Acme: …").
pub fn worth_assumptions(columns: &[Column]) -> Vec<String> {
    let mut out: Vec<String> = COMMON_ASSUMPTIONS.map(str::to_string).to_vec();
    for c in columns {
        out.extend(c.assumptions.iter().map(|a| format!("{}: {a}", c.title)));
    }
    out
}

/// The scale for yearly values: the largest value shown, so the best offer
/// fills the width (0 when there is nothing positive to draw).
pub fn value_scale(columns: &[Column]) -> f64 {
    columns
        .iter()
        .map(|c| c.adjusted_value.unwrap_or(c.yearly_value))
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::assess::assess;
    use crate::core::date::Date;
    use crate::core::model::{EmploymentModel, NonNegotiable, RequiredFact, Stage};

    #[test]
    fn bars_scale_and_clamp() {
        assert_eq!(bar_length(50.0, 100.0, 200.0), 100.0);
        assert_eq!(bar_length(100.0, 100.0, 200.0), 200.0);
        assert_eq!(bar_length(150.0, 100.0, 200.0), 200.0);
        assert_eq!(bar_length(-5.0, 100.0, 200.0), 0.0);
        assert_eq!(bar_length(5.0, 0.0, 200.0), 0.0);
        assert_eq!(bar_length(f64::NAN, 100.0, 200.0), 0.0);
    }

    #[test]
    fn current_role_first_settled_left_out_dealbreakers_named() {
        let mut ws = Workspace::default();
        ws.non_negotiables.push(NonNegotiable::Requires {
            fact: RequiredFact::DirectEmployment,
        });
        let mut agency = Opportunity::new("a");
        agency.employer = "Agency".into();
        agency.stage = Stage::WrittenOffer;
        agency.employment_model = EmploymentModel::Agency;
        agency.compensation.base = crate::core::money::Money::major(60_000, "EUR");
        let mut direct = Opportunity::new("b");
        direct.stage = Stage::Interviewing;
        direct.employment_model = EmploymentModel::Direct;
        direct.compensation.base = crate::core::money::Money::major(40_000, "EUR");
        let mut closed = Opportunity::new("c");
        closed.stage = Stage::Declined;
        ws.opportunities = vec![agency, direct, closed];
        let a = assess(&ws, Date::from_ymd(2026, 3, 2).unwrap());
        let cols = columns(&ws, &a);
        let ids: Vec<&str> = cols.iter().map(|c| c.opportunity_id.as_str()).collect();
        assert_eq!(ids, ["current", "a", "b"]);
        assert_eq!(cols[0].title, "Your current role");
        assert_eq!(
            cols[1].dealbreakers,
            ["Employment model: through an agency"]
        );
        assert!(cols[2].dealbreakers.is_empty());
        assert_eq!(value_scale(&cols), 60_000.0);
    }

    #[test]
    fn four_years_are_compared_with_the_current_role_and_overtakes_named() {
        let mut ws = Workspace::default();
        ws.current_role.compensation.base = Money::major(50_000, "EUR");
        ws.current_role.compensation.tax_rate = Some(40.0);
        let mut front = Opportunity::new("front");
        front.employer = "Front".into();
        front.stage = Stage::WrittenOffer;
        front.compensation.base = Money::major(50_000, "EUR");
        front.compensation.sign_on = Money::major(10_000, "EUR");
        front.compensation.tax_rate = Some(40.0);
        let mut steady = Opportunity::new("steady");
        steady.employer = "Steady".into();
        steady.stage = Stage::WrittenOffer;
        steady.compensation.base = Money::major(30_000, "GBP");
        steady.compensation.currency = "GBP".into();
        steady.compensation.exchange_rate = Some(2.0);
        ws.opportunities = vec![front, steady];
        let a = assess(&ws, Date::from_ymd(2026, 3, 2).unwrap());
        let cols = columns(&ws, &a);
        assert_eq!(cols[2].worth.years[0].gross, Money::major(60_000, "EUR"));
        assert_eq!(cols[1].worth.total.net, Money::major(126_000, "EUR"));
        let listed = worth_assumptions(&cols);
        assert_eq!(listed[0], COMMON_ASSUMPTIONS[0]);
        assert!(listed.contains(&"Your current role: Effective tax rate 40%.".to_string()));
        let notes = worth_comparisons(&cols);
        // Front: 210k against 200k gross → 5 % above (net, both have rates).
        assert!(
            notes
                .contains(&"Front: over four years, 5% above your current role (net).".to_string()),
            "{notes:?}"
        );
        // Steady: 240k against 200k gross, no tax rate for Steady.
        assert!(
            notes.contains(
                &"Steady: over four years, 20% above your current role (gross).".to_string()
            ),
            "{notes:?}"
        );
        // Gross running totals: Front 60/110/160/210, Steady 60/120/… — a tie
        // in year one, so Steady leads from year two and never is overtaken.
        assert!(!notes.iter().any(|n| n.contains("overtakes")), "{notes:?}");
        ws.opportunities[1].compensation.base = Money::major(26_000, "GBP");
        let cols = columns(&ws, &assess(&ws, Date::from_ymd(2026, 3, 2).unwrap()));
        // Front 60/110/160/210, Steady 52/104/156/208: never.
        // Current 50/100/150/200 against Steady 52/104/…: Steady ahead all along.
        assert!(!worth_comparisons(&cols)
            .iter()
            .any(|n| n.contains("overtakes")));
        ws.opportunities[1].compensation.base = Money::major(27_000, "GBP");
        let cols = columns(&ws, &assess(&ws, Date::from_ymd(2026, 3, 2).unwrap()));
        // Front 60/110/160/210, Steady 54/108/162/216: overtaken in year 3.
        assert!(worth_comparisons(&cols).contains(
            &"Steady overtakes Front in year 3 (gross, counting every year so far).".to_string()
        ));
    }

    #[test]
    fn keys_follow_every_field() {
        let ws = Workspace::default();
        let a = assess(&ws, Date::from_ymd(2026, 3, 2).unwrap());
        let base = columns(&ws, &a).remove(0);
        assert_eq!(base.key(), base.clone().key());
        let changes: [fn(&mut Column); 10] = [
            |c| c.title.push('!'),
            |c| c.total += 0.001,
            |c| c.confidence = 0.5,
            |c| c.axes[1] = Some(1.0),
            |c| c.mobility = Some(0.0),
            |c| c.yearly_value = 1.0,
            |c| c.adjusted_value = Some(c.yearly_value),
            |c| c.dealbreakers.push("x".into()),
            |c| c.worth.years[3].net = Money(1),
            |c| c.assumptions.push("x".into()),
        ];
        for change in changes {
            let mut other = base.clone();
            change(&mut other);
            assert_ne!(other.key(), base.key(), "{other:?}");
        }
    }
}
