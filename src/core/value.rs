//! Total value per year, so offers in different shapes and currencies can be
//! compared: salary alone hides bonus, equity, benefits, one-time payments and
//! the cost of moving or commuting.

use crate::core::model::{Compensation, Settings};
use crate::core::money::Money;
use crate::core::worth;
use serde::{Deserialize, Serialize};

/// One line of the value breakdown, in the home currency per year.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct ValueLine {
    /// What it is.
    pub label: String,
    /// Its yearly amount (negative for costs).
    pub amount: f64,
}

/// An offer's yearly value in the home currency.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct YearlyValue {
    /// The home currency code.
    pub currency: String,
    /// The parts that add up to [`YearlyValue::total`].
    pub lines: Vec<ValueLine>,
    /// Everything per year, converted into the home currency.
    pub total: f64,
    /// The total adjusted for cost of living (what it buys at home), when an
    /// index was entered.
    pub adjusted_total: Option<f64>,
}

impl YearlyValue {
    /// The figure to compare: adjusted for cost of living when known.
    pub fn comparable(&self) -> f64 {
        self.adjusted_total.unwrap_or(self.total)
    }
}

/// Works out the yearly value of an offer.
///
/// base + target bonus + equity per year (what vests over the first four
/// years, after its risk discount, on average) + benefits + (sign-on + relocation
/// allowance − relocation cost) ÷ horizon − commute, times the exchange rate;
/// then divided by the cost-of-living index over 100 when one is given.
pub fn yearly_value(compensation: &Compensation, settings: &Settings) -> YearlyValue {
    let c = compensation;
    let horizon = if settings.value_horizon_years.is_finite() && settings.value_horizon_years >= 1.0
    {
        settings.value_horizon_years
    } else {
        1.0
    };
    let rate = match c.exchange_rate {
        Some(r) if r.is_finite() && r > 0.0 => r,
        _ => 1.0,
    };
    let amount = |m: Money| m.to_major_f64(&c.currency);
    let equity = worth::equity_by_year(&c.equity)
        .into_iter()
        .fold(Money::ZERO, Money::plus);
    let one_time = amount(c.sign_on) + amount(c.relocation_allowance) - amount(c.relocation_cost);
    let parts = [
        ("Base pay", amount(c.base)),
        ("Target bonus", amount(c.target_bonus)),
        ("Equity per year", amount(equity) / worth::YEARS as f64),
        ("Benefits", amount(c.benefits_per_year)),
        (
            "One-time payments less moving costs, spread over the horizon",
            one_time / horizon,
        ),
        ("Commute", -amount(c.commute_cost_per_year)),
    ];
    let lines: Vec<ValueLine> = parts
        .into_iter()
        .filter(|(_, a)| *a != 0.0)
        .map(|(label, a)| ValueLine {
            label: label.to_string(),
            amount: a * rate,
        })
        .collect();
    let total = lines.iter().map(|l| l.amount).sum::<f64>();
    let adjusted_total = match c.cost_of_living_index {
        Some(index) if index.is_finite() && index > 0.0 => Some(total * 100.0 / index),
        _ => None,
    };
    YearlyValue {
        currency: settings.currency.clone(),
        lines,
        total,
        adjusted_total,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::EquityGrant;

    fn eur(units: i64) -> Money {
        Money::major(units, "EUR")
    }

    #[test]
    fn spreads_one_time_items_and_subtracts_costs() {
        let settings = Settings {
            value_horizon_years: 2.0,
            ..Settings::default()
        };
        let c = Compensation {
            base: eur(50_000),
            target_bonus: eur(5_000),
            equity: EquityGrant {
                grant: eur(8_000),
                ..EquityGrant::default()
            },
            benefits_per_year: eur(3_000),
            sign_on: eur(4_000),
            relocation_allowance: eur(6_000),
            relocation_cost: eur(8_000),
            commute_cost_per_year: eur(1_000),
            ..Compensation::default()
        };
        // 50 + 5 + 2 + 3 + (4 + 6 − 8) / 2 − 1 = 60 thousand.
        let v = yearly_value(&c, &settings);
        assert_eq!(v.total, 60_000.0);
        assert_eq!(v.adjusted_total, None);
    }

    #[test]
    fn converts_and_adjusts_for_cost_of_living() {
        let c = Compensation {
            base: eur(1_000),
            exchange_rate: Some(2.0),
            cost_of_living_index: Some(80.0),
            ..Compensation::default()
        };
        let v = yearly_value(&c, &Settings::default());
        assert_eq!(v.total, 2_000.0);
        assert_eq!(v.adjusted_total, Some(2_500.0));
        assert_eq!(v.comparable(), 2_500.0);
    }

    #[test]
    fn nonsense_inputs_become_zero_or_neutral() {
        let c = Compensation {
            base: Money::ZERO,
            exchange_rate: Some(-1.0),
            cost_of_living_index: Some(0.0),
            ..Compensation::default()
        };
        let v = yearly_value(&c, &Settings::default());
        assert_eq!(v.total, 0.0);
        assert_eq!(v.adjusted_total, None);
    }
}
