//! What an offer is worth over its first four years, gross and net, in the
//! home currency: pay, equity as it vests (after a cliff, less a risk
//! discount), refreshers, a sign-on in year one, leave and pension valued
//! per year, and costs taken off. All in whole minor units, so each year's
//! figure and their total add up exactly as shown.
//!
//! How the parts are counted (and said in [`assumptions`]):
//! - base, bonus (at its target) and benefits are the same every year: no
//!   raise is assumed;
//! - equity vests month by month through each vesting year at that year's
//!   share; nothing vests before the cliff and what would have vested by
//!   then vests at the cliff; a refresher of the stated value is granted at
//!   the start of every year from the second, vesting on the same schedule
//!   without a cliff; the risk discount comes off all of it;
//! - the sign-on and the relocation allowance count in year one, the cost
//!   of moving comes off in year one, commuting every year;
//! - paid leave beyond the current role's is valued at a day's base pay,
//!   base ÷ 260 working days (fewer days count against the offer);
//! - the pension match is its percentage of base;
//! - net takes the effective tax rate off base, bonus, equity, sign-on,
//!   relocation allowance and the value of leave; benefits and the pension
//!   match (paid before tax in most countries) and costs count in full;
//! - everything is converted at the rate the user entered.

use crate::core::model::{Compensation, EquityGrant};
use crate::core::money::{self, Money};
use crate::core::number;

/// The years shown.
pub const YEARS: usize = 4;

/// Working days in a year, for a day's pay: 52 weeks of 5 days.
pub const WORKING_DAYS: i64 = 260;

/// One year's figures (or the total), in the home currency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Before tax.
    pub gross: Money,
    /// After the effective tax rate; equal to gross when no rate is known.
    pub net: Money,
}

/// What an offer is worth, year by year.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Worth {
    /// Years one to four.
    pub years: [Figures; YEARS],
    /// The four years together: exactly the sum of `years`.
    pub total: Figures,
    /// Whether a tax rate was entered (otherwise net is not known).
    pub has_net: bool,
}

/// What of a grant of `grant` has vested `month` months after it was made,
/// on a schedule of yearly weights (each year's share is its weight over
/// their sum, vesting evenly month by month through that year) with a cliff
/// of `cliff_months`: nothing before it, everything built up by then at it.
/// Rounded down to a whole minor unit; the whole grant once the schedule
/// has run.
pub fn vested_by(grant: Money, schedule: &[u32], cliff_months: u32, month: u32) -> Money {
    let total_weight: u64 = schedule.iter().map(|w| u64::from(*w)).sum();
    if total_weight == 0 || month < cliff_months {
        return Money::ZERO;
    }
    let whole_years = (month / 12) as usize;
    let done: u64 = schedule
        .iter()
        .take(whole_years)
        .map(|w| u64::from(*w))
        .sum();
    let part = schedule
        .get(whole_years)
        .map_or(0, |w| u64::from(*w) * u64::from(month % 12));
    let weight = (12 * done + part) as i64;
    // Within i64: at most 10^14 minor units (a form's limit) times 12 × 1000.
    Money(grant.0.saturating_mul(weight) / (12 * total_weight) as i64)
}

/// What vests in each of the four years of an offer from a grant made
/// `delay` years after the start (0 for the grant itself, 1 for the
/// refresher granted in year two …). The years of a whole schedule add up
/// to the grant exactly, as each is the difference of what has vested.
pub fn vesting(grant: Money, schedule: &[u32], cliff_months: u32, delay: usize) -> Vec<Money> {
    (0..YEARS)
        .map(|year| {
            if year < delay {
                return Money::ZERO;
            }
            let end = 12 * (year - delay + 1) as u32;
            vested_by(grant, schedule, cliff_months, end).minus(vested_by(
                grant,
                schedule,
                cliff_months,
                end - 12,
            ))
        })
        .collect()
}

/// The equity counted in each of the four years, in the offer's currency:
/// the grant (with its cliff) and the refreshers, less the risk discount.
pub fn equity_by_year(e: &EquityGrant) -> [Money; YEARS] {
    let schedule = e.schedule();
    let mut years = [Money::ZERO; YEARS];
    let grants = std::iter::once((e.grant, u32::from(e.cliff_months), 0))
        .chain((1..YEARS).map(|delay| (e.refresher_per_year, 0, delay)));
    for (grant, cliff, delay) in grants {
        for (year, m) in vesting(grant, &schedule, cliff, delay)
            .into_iter()
            .enumerate()
        {
            years[year] = years[year].plus(m);
        }
    }
    let keep = i64::from(100 - e.discount());
    years.map(|m| Money(m.0.saturating_mul(keep) / 100))
}

/// What leaving after `months_stayed` months would mean paying back of the
/// sign-on: all of it within the clawback period, nothing after (contracts
/// that taper it ask for less; this is the most it could be).
pub fn clawback(c: &Compensation, months_stayed: u32) -> Money {
    if months_stayed < u32::from(c.sign_on_clawback_months) {
        c.sign_on
    } else {
        Money::ZERO
    }
}

/// A percentage of an amount, to the nearest minor unit.
fn percent_of(amount: Money, percent: f64) -> Money {
    Money(number::whole(amount.0 as f64 * percent / 100.0))
}

/// The value of paid leave beyond `baseline_days` (the current role's), at
/// a day's base pay; negative when the offer has fewer days. Nothing when
/// either is not known.
pub fn leave_value(c: &Compensation, baseline_days: Option<u16>) -> Money {
    match (c.leave_days, baseline_days) {
        (Some(days), Some(baseline)) => {
            let extra = i64::from(days) - i64::from(baseline);
            Money(c.base.0.saturating_mul(extra) / WORKING_DAYS)
        }
        _ => Money::ZERO,
    }
}

/// An amount in the offer's currency converted into the home currency at
/// the entered rate (1 when none), to the nearest minor unit.
pub fn convert(amount: Money, c: &Compensation, home: &str) -> Money {
    let rate = match c.exchange_rate {
        Some(r) if r.is_finite() && r > 0.0 => r,
        _ => 1.0,
    };
    Money::from_major_f64(amount.to_major_f64(&c.currency) * rate, home)
}

/// Net of the effective tax rate `percent` (clamped to 0–100).
pub fn after_tax(amount: Money, percent: f64) -> Money {
    amount.minus(percent_of(amount, percent.clamp(0.0, 100.0)))
}

/// What the offer `c` is worth in each of its first four years, in the home
/// currency `home`, with leave valued against `baseline_leave` days.
pub fn worth(c: &Compensation, baseline_leave: Option<u16>, home: &str) -> Worth {
    let equity = equity_by_year(&c.equity);
    let pension = percent_of(c.base, c.pension_match.unwrap_or(0.0));
    let leave = leave_value(c, baseline_leave);
    let tax = c.tax_rate.filter(|t| t.is_finite());
    let mut out = Worth {
        has_net: tax.is_some(),
        ..Worth::default()
    };
    for (year, equity) in equity.into_iter().enumerate() {
        let first = year == 0;
        let once = |m: Money| if first { m } else { Money::ZERO };
        let taxed = [
            c.base,
            c.target_bonus,
            equity,
            leave,
            once(c.sign_on),
            once(c.relocation_allowance),
        ]
        .into_iter()
        .fold(Money::ZERO, Money::plus);
        let untaxed = c
            .benefits_per_year
            .plus(pension)
            .minus(c.commute_cost_per_year)
            .minus(once(c.relocation_cost));
        let net_taxed = tax.map_or(taxed, |t| after_tax(taxed, t));
        let figures = Figures {
            gross: convert(taxed.plus(untaxed), c, home),
            net: convert(net_taxed.plus(untaxed), c, home),
        };
        out.total.gross = out.total.gross.plus(figures.gross);
        out.total.net = out.total.net.plus(figures.net);
        out.years[year] = figures;
    }
    out
}

/// Which of two offers catches up with the other, and in which year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overtake {
    /// True when the second offer overtakes the first.
    pub second: bool,
    /// The year (1–4) by whose end it has paid more in total.
    pub year: usize,
}

/// The year in which the offer behind after the first year (counting every
/// year so far) has paid more in total than the other, if it ever does
/// within the four years. Ties are not a lead.
pub fn overtake(first: &[Money; YEARS], second: &[Money; YEARS]) -> Option<Overtake> {
    let (mut a, mut b) = (Money::ZERO, Money::ZERO);
    let mut leader: Option<bool> = None;
    for year in 0..YEARS {
        a = a.plus(first[year]);
        b = b.plus(second[year]);
        let now = match a.cmp(&b) {
            std::cmp::Ordering::Greater => Some(false),
            std::cmp::Ordering::Less => Some(true),
            std::cmp::Ordering::Equal => None,
        };
        match (leader, now) {
            (None, now) => leader = now,
            (Some(was), Some(now)) if was != now => {
                return Some(Overtake {
                    second: now,
                    year: year + 1,
                })
            }
            _ => {}
        }
    }
    None
}

/// A percentage as the assumptions write it: "40", "12.5".
fn pct(x: f64) -> String {
    number::trimmed(x, 2)
}

/// The assumptions behind one offer's figures, in plain words, each a
/// sentence; `home` is the home currency.
pub fn assumptions(c: &Compensation, baseline_leave: Option<u16>, home: &str) -> Vec<String> {
    let mut out = Vec::new();
    let currency = c.currency_or(home).trim().to_string();
    if !currency.eq_ignore_ascii_case(home.trim()) {
        let rate = c
            .exchange_rate
            .filter(|r| r.is_finite() && *r > 0.0)
            .map_or("1 (no rate entered)".to_string(), |r| number::trimmed(r, 6));
        let when = c
            .exchange_rate_date
            .map_or("with no date given".to_string(), |d| format!("as of {d}"));
        out.push(format!(
            "Converted at 1 {currency} = {rate} {}, {when}.",
            home.trim()
        ));
    }
    out.push(match c.tax_rate {
        Some(t) => format!("Effective tax rate {}%.", pct(t)),
        None => "No tax rate entered: net is shown as gross.".to_string(),
    });
    let e = &c.equity;
    if !(e.grant.is_zero() && e.refresher_per_year.is_zero()) {
        let schedule = if e.vesting_percentages.iter().any(|p| *p > 0) {
            let parts: Vec<String> = e.vesting_percentages.iter().map(u8::to_string).collect();
            format!("{} % a year", parts.join("/"))
        } else {
            format!("evenly over {} years", e.vesting_years.max(1))
        };
        let cliff = match e.cliff_months {
            0 => "no cliff".to_string(),
            m => format!("a cliff of {m} months (nothing before it, then what had built up)"),
        };
        let refresh = if e.refresher_per_year.is_zero() {
            ""
        } else {
            ", a refresher each year from year 2 on the same schedule"
        };
        out.push(format!(
            "Equity vests {schedule} after {cliff}{refresh}, less a {}% risk discount.",
            e.discount()
        ));
    }
    if !c.sign_on.is_zero() {
        out.push(match c.sign_on_clawback_months {
            0 => "The sign-on counts in year 1, with no clawback entered.".to_string(),
            m => format!(
                "The sign-on counts in year 1; leaving within {m} months would mean paying back up to {} {currency}.",
                money::field_text(clawback(c, 0), &c.currency)
            ),
        });
    }
    if let (Some(days), Some(baseline)) = (c.leave_days, baseline_leave) {
        if days != baseline {
            out.push(format!(
                "Paid leave of {days} days against {baseline} now, each day valued at base pay ÷ {WORKING_DAYS}."
            ));
        }
    }
    if let Some(p) = c.pension_match.filter(|p| *p > 0.0) {
        out.push(format!(
            "Pension match of {}% of base each year, untaxed.",
            pct(p)
        ));
    }
    out
}

/// What holds for every offer's figures, in plain words.
pub const COMMON_ASSUMPTIONS: [&str; 3] = [
    "Base pay, target bonus and benefits stay the same each year: no raise is assumed.",
    "Net takes the tax rate off base, bonus, equity, sign-on, relocation allowance and extra leave; benefits and the pension match count in full.",
    "The sign-on and relocation count in year 1; moving and commuting costs come off in full.",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::CompanyStage;
    use proptest::prelude::*;

    fn eur(units: i64) -> Money {
        Money::major(units, "EUR")
    }

    #[test]
    fn vesting_follows_the_schedule_and_the_cliff_catches_up() {
        let even4 = [1, 1, 1, 1];
        let cases: [(&[u32], u32, usize, [i64; 4]); 6] = [
            (&even4, 0, 0, [100, 100, 100, 100]),
            (&even4, 12, 0, [100, 100, 100, 100]),
            // 18 months: nothing in year 1, a year and a half at once in year 2.
            (&even4, 18, 0, [0, 200, 100, 100]),
            (&[5, 15, 40, 40], 12, 0, [20, 60, 160, 160]),
            (&[38, 32, 20, 10], 0, 0, [152, 128, 80, 40]),
            // A refresher granted in year 2 starts vesting then.
            (&even4, 0, 1, [0, 100, 100, 100]),
        ];
        for (schedule, cliff, delay, want) in cases {
            let got = vesting(eur(400), schedule, cliff, delay);
            assert_eq!(got, want.map(eur).to_vec(), "{schedule:?} cliff {cliff}");
        }
        // Rounded down as it builds up, so the last year takes the remainder.
        assert_eq!(
            vesting(Money(100), &[1, 1, 1], 0, 0),
            [33, 33, 34, 0].map(Money).to_vec()
        );
    }

    #[test]
    fn equity_counts_refreshers_and_takes_off_the_risk_discount() {
        let e = EquityGrant {
            grant: eur(40_000),
            cliff_months: 12,
            refresher_per_year: eur(8_000),
            stage: CompanyStage::LatePrivate,
            ..EquityGrant::default()
        };
        // Grant 10k a year; refreshers add 2k, 4k, 6k; less 30 %.
        assert_eq!(equity_by_year(&e), [7_000, 8_400, 9_800, 11_200].map(eur));
        let own = EquityGrant {
            risk_discount: Some(50),
            ..e.clone()
        };
        assert_eq!(equity_by_year(&own)[0], eur(5_000));
        for (stage, d) in [
            (CompanyStage::Listed, 0),
            (CompanyStage::LatePrivate, 30),
            (CompanyStage::EarlyPrivate, 60),
            (CompanyStage::Unknown, 0),
        ] {
            assert_eq!(stage.suggested_discount(), d);
        }
    }

    #[test]
    fn the_sign_on_counts_once_and_is_repaid_within_the_clawback() {
        let c = Compensation {
            base: eur(50_000),
            sign_on: eur(6_000),
            sign_on_clawback_months: 12,
            ..Compensation::default()
        };
        let w = worth(&c, None, "EUR");
        assert_eq!(w.years[0].gross, eur(56_000));
        assert_eq!(w.years[1].gross, eur(50_000));
        assert_eq!(w.total.gross, eur(206_000));
        assert_eq!(clawback(&c, 0), eur(6_000));
        assert_eq!(clawback(&c, 11), eur(6_000));
        assert_eq!(clawback(&c, 12), Money::ZERO);
    }

    #[test]
    fn net_takes_tax_off_pay_but_not_off_pension_benefits_or_costs() {
        let c = Compensation {
            base: eur(60_000),
            target_bonus: eur(10_000),
            benefits_per_year: eur(2_000),
            pension_match: Some(5.0),
            commute_cost_per_year: eur(1_000),
            tax_rate: Some(40.0),
            leave_days: Some(30),
            ..Compensation::default()
        };
        // Leave: 5 days more at 60,000 / 260 a day.
        let leave = Money(6_000_000 * 5 / 260);
        let taxed = eur(70_000).plus(leave);
        let untaxed = eur(2_000 + 3_000 - 1_000);
        let w = worth(&c, Some(25), "EUR");
        assert!(w.has_net);
        assert_eq!(w.years[2].gross, taxed.plus(untaxed));
        assert_eq!(
            w.years[2].net,
            Money(number::whole(taxed.0 as f64 * 0.6)).plus(untaxed)
        );
        let no_tax = Compensation {
            tax_rate: None,
            ..c
        };
        let w = worth(&no_tax, None, "EUR");
        assert!(!w.has_net);
        assert_eq!(w.years[0].net, w.years[0].gross);
    }

    #[test]
    fn conversion_uses_the_entered_rate_into_the_home_currency() {
        let c = Compensation {
            base: Money::major(50_000, "GBP"),
            currency: "GBP".into(),
            exchange_rate: Some(1.17),
            ..Compensation::default()
        };
        assert_eq!(worth(&c, None, "EUR").years[0].gross, eur(58_500));
        let yen = Compensation {
            base: Money::major(100_000, "EUR"),
            currency: "EUR".into(),
            exchange_rate: Some(160.25),
            ..Compensation::default()
        };
        assert_eq!(worth(&yen, None, "JPY").years[0].gross, Money(16_025_000));
        // No rate, or a nonsense one, is 1.
        let none = Compensation {
            exchange_rate: Some(-2.0),
            ..c
        };
        assert_eq!(worth(&none, None, "EUR").years[0].gross, eur(50_000));
    }

    #[test]
    fn overtaking_is_counted_on_the_running_total() {
        let front = [eur(70), eur(50), eur(50), eur(50)];
        let steady = [eur(55), eur(55), eur(55), eur(55)];
        // 70/55, 120/110, 170/165, 220/220: caught up, never passed.
        assert_eq!(overtake(&front, &steady), None);
        let steadier = [eur(55), eur(56), eur(56), eur(56)];
        // 70/55, 120/111, 170/167, 220/223.
        assert_eq!(
            overtake(&front, &steadier),
            Some(Overtake {
                second: true,
                year: 4
            })
        );
        assert_eq!(
            overtake(&steadier, &front),
            Some(Overtake {
                second: false,
                year: 4
            })
        );
        assert_eq!(overtake(&steady, &steady), None);
    }

    #[test]
    fn assumptions_name_the_rate_its_date_tax_vesting_and_clawback() {
        let c = Compensation {
            currency: "GBP".into(),
            exchange_rate: Some(1.17),
            exchange_rate_date: crate::core::date::Date::from_ymd(2026, 11, 20),
            tax_rate: Some(42.5),
            sign_on: Money::major(5_000, "GBP"),
            sign_on_clawback_months: 12,
            equity: EquityGrant {
                grant: Money::major(40_000, "GBP"),
                vesting_percentages: vec![5, 15, 40, 40],
                cliff_months: 12,
                stage: CompanyStage::EarlyPrivate,
                ..EquityGrant::default()
            },
            ..Compensation::default()
        };
        let text = assumptions(&c, None, "EUR").join(" ");
        for part in [
            "1 GBP = 1.17 EUR, as of 2026-11-20",
            "tax rate 42.5%",
            "5/15/40/40 % a year",
            "a cliff of 12 months",
            "60% risk discount",
            "within 12 months would mean paying back up to 5000 GBP",
        ] {
            assert!(text.contains(part), "{part:?} in {text}");
        }
        assert!(!assumptions(&Compensation::default(), None, "EUR")
            .join(" ")
            .contains("Converted"));
    }

    fn schedules() -> impl Strategy<Value = Vec<u32>> {
        prop_oneof![
            (1u32..=6).prop_map(|n| vec![1; n as usize]),
            proptest::collection::vec(0u32..=100, 1..=6)
                .prop_filter("some weight", |v| v.iter().any(|w| *w > 0)),
        ]
    }

    proptest! {
        #[test]
        fn a_whole_schedule_vests_the_whole_grant_and_nothing_before_the_cliff(
            grant in 0i64..10_000_000_000,
            schedule in schedules(),
            cliff in 0u32..48,
        ) {
            let g = Money(grant);
            let end = 12 * schedule.len() as u32;
            prop_assert_eq!(vested_by(g, &schedule, cliff, end.max(cliff)), g);
            let mut last = Money::ZERO;
            for month in 0..=end.max(cliff) {
                let now = vested_by(g, &schedule, cliff, month);
                prop_assert!(now >= last, "never goes down");
                if month < cliff {
                    prop_assert_eq!(now, Money::ZERO);
                } else {
                    // At and after the cliff, the same as with no cliff.
                    prop_assert_eq!(now, vested_by(g, &schedule, 0, month));
                }
                last = now;
            }
            if schedule.len() <= YEARS {
                let years = vesting(g, &schedule, cliff.min(end), 0);
                prop_assert_eq!(years.iter().fold(Money::ZERO, |a, m| a.plus(*m)), g);
            }
        }

        #[test]
        fn net_is_never_above_gross_and_tax_is_its_rate(
            base in 0i64..10_000_000_000,
            rate in 0.0f64..=100.0,
        ) {
            let net = after_tax(Money(base), rate);
            prop_assert!(net <= Money(base));
            let expected = base as f64 * (1.0 - rate / 100.0);
            prop_assert!((net.0 as f64 - expected).abs() <= 1.0);
        }

        #[test]
        fn the_total_is_the_sum_of_the_years_and_the_rate_scales_it(
            base in 0i64..100_000_000,
            sign_on in 0i64..10_000_000,
            rate in 0.01f64..10.0,
        ) {
            let c = Compensation {
                base: Money(base),
                sign_on: Money(sign_on),
                currency: "GBP".into(),
                exchange_rate: Some(rate),
                ..Compensation::default()
            };
            let w = worth(&c, None, "EUR");
            let sum = w.years.iter().fold(Money::ZERO, |a, y| a.plus(y.gross));
            prop_assert_eq!(sum, w.total.gross);
            let expected = (base * 4 + sign_on) as f64 * rate;
            prop_assert!((w.total.gross.0 as f64 - expected).abs() <= 4.0);
        }

        #[test]
        fn the_clawback_is_the_whole_sign_on_inside_the_period_and_nothing_after(
            sign_on in 0i64..100_000_000,
            period in 0u16..60,
            stayed in 0u32..120,
        ) {
            let c = Compensation {
                sign_on: Money(sign_on),
                sign_on_clawback_months: period,
                ..Compensation::default()
            };
            let repay = clawback(&c, stayed);
            if stayed < u32::from(period) {
                prop_assert_eq!(repay, Money(sign_on));
            } else {
                prop_assert_eq!(repay, Money::ZERO);
            }
            // Whatever the clawback, the sign-on counts once, in year 1.
            let w = worth(&c, None, "EUR");
            prop_assert_eq!(w.years[0].gross, Money(sign_on));
            prop_assert!(w.years[1..].iter().all(|y| y.gross.is_zero()));
        }

        #[test]
        fn converting_there_and_back_loses_at_most_rounding(
            amount in 0i64..10_000_000_000,
            rate in 0.05f64..20.0,
        ) {
            let there = Compensation {
                currency: "GBP".into(),
                exchange_rate: Some(rate),
                ..Compensation::default()
            };
            let back = Compensation {
                currency: "EUR".into(),
                exchange_rate: Some(1.0 / rate),
                ..Compensation::default()
            };
            let eur = convert(Money(amount), &there, "EUR");
            let gbp = convert(eur, &back, "GBP");
            // Half a minor unit each way, scaled by the rate on the way back.
            prop_assert!((gbp.0 - amount).abs() as f64 <= 1.0 + 0.5 / rate);
        }

        #[test]
        fn percent_change_takes_a_change_back_to_where_it_started(
            from in 1i64..1_000_000_000,
            to in 0i64..1_000_000_000,
        ) {
            let p = money::percent_change(Money(from), Money(to)).unwrap();
            let back = from as f64 * (1.0 + p / 100.0);
            prop_assert!((back - to as f64).abs() < 1e-3);
        }
    }
}
